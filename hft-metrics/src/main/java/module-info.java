/**
 * Tickers, per-stage latency tracking on HdrHistogram and shared-memory metrics export.
 *
 * <p>{@code io.hftengine.metrics} is the in-process API (tickers, the on/off switch, the latency
 * tracker); {@code io.hftengine.metrics.shm} is the memory-mapped metrics file shared with the
 * monitor. The monitor program ({@code io.hftengine.metrics.monitor.MonitorMain}) is runnable
 * with {@code java -m io.hftengine.metrics/io.hftengine.metrics.monitor.MonitorMain} (a main
 * class needs no export) and is not an API: its package is exported only to the reference engine.
 */
// The reference engine is built after this module, so javac cannot see the qualified export's
// target yet.
@SuppressWarnings("module")
module io.hftengine.metrics {
    requires transitive HdrHistogram;
    requires transitive org.agrona;
    requires jdk.httpserver;

    exports io.hftengine.metrics;
    exports io.hftengine.metrics.shm;
    // The monitor program, so the engine's `hft monitor` can run it in process; not API.
    exports io.hftengine.metrics.monitor to io.hftengine.engine;
}
