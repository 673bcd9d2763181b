/**
 * Tickers, per-stage latency tracking on HdrHistogram and shared-memory metrics export.
 */
module io.hftengine.metrics {
    requires transitive HdrHistogram;
    requires org.agrona;

}
