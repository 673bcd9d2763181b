package io.hftengine.metrics.internal.tsc;

/** The JNI entry point; touched only after {@link TscLoader} has loaded the library. */
final class TscNative {
    private TscNative() {
    }

    /** Executes RDTSC: the CPU's time-stamp counter, unfenced. */
    static native long rdtsc();
}
