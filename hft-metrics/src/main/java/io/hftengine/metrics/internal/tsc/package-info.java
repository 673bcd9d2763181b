/**
 * Internal: the optional RDTSC ticker (JNI library built when gcc is present) and its loader.
 * Not exported; reach it through {@link io.hftengine.metrics.Tickers}.
 */
package io.hftengine.metrics.internal.tsc;
