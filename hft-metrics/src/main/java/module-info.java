/**
 * Tickers, per-stage latency tracking on HdrHistogram and shared-memory metrics export.
 *
 * <p>{@code io.hftengine.metrics} is the in-process API (tickers, the on/off switch, the latency
 * tracker); {@code io.hftengine.metrics.shm} is the memory-mapped metrics file shared with the
 * monitor. The monitor program ({@code io.hftengine.metrics.monitor.MonitorMain}) is runnable
 * with {@code java -m io.hftengine.metrics/io.hftengine.metrics.monitor.MonitorMain} and is not
 * an API.
 */
module io.hftengine.metrics {
    requires transitive HdrHistogram;
    requires transitive org.agrona;
    requires jdk.httpserver;

    exports io.hftengine.metrics;
    exports io.hftengine.metrics.shm;
    // The monitor program, so the engine's `hft monitor` can run it.
    exports io.hftengine.metrics.monitor;
}
