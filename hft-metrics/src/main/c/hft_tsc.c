/*
 * rdtsc for io.hftengine.metrics.internal.tsc.TscNative, built by the hft-metrics build when gcc
 * is present (x86-64 Linux only). Unfenced on purpose: a fence costs as much as System.nanoTime
 * on the machines measured, and latency stamps bracket whole stages, not single instructions.
 */
#include <jni.h>
#if !defined(__x86_64__)
#error "hft_tsc.c supports x86-64 only; the Java side falls back to System.nanoTime"
#endif
#include <x86intrin.h>

JNIEXPORT jlong JNICALL Java_io_hftengine_metrics_internal_tsc_TscNative_rdtsc(JNIEnv *env, jclass cls) {
    (void) env;
    (void) cls;
    return (jlong) __rdtsc();
}
