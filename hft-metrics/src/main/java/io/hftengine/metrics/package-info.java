/**
 * In-process latency measurement: {@link io.hftengine.metrics.Ticker} time sources,
 * the {@link io.hftengine.metrics.MetricsSwitch} compile-time-style switch and the per-stage
 * {@link io.hftengine.metrics.LatencyTracker}.
 */
package io.hftengine.metrics;
