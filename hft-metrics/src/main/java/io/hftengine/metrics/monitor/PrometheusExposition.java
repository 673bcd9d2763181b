package io.hftengine.metrics.monitor;

import io.hftengine.metrics.shm.MetricsFileDescriptor;
import io.hftengine.metrics.shm.MetricsFileReader;
import io.hftengine.metrics.shm.StageSnapshot;
import io.hftengine.metrics.shm.WriterStatus;

/**
 * Renders a metrics file as Prometheus text exposition format 0.0.4.
 *
 * <p>Written by hand rather than with the official client (prometheus-metrics-*): those jars are
 * automatic modules that this library module would have to require, dragging five extra
 * artifacts into every engine that only wants the recording API, for a format this small. Counter
 * labels become a {@code name} label rather than part of the metric name, so two labels can never
 * collide after sanitising.
 */
final class PrometheusExposition {
    /** The content type of the format written here. */
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private static final double NANOS_PER_SECOND = 1e9;

    private PrometheusExposition() {
    }

    static String render(final MetricsFileReader reader, final WriterStatus status, final long nowEpochMs) {
        final StringBuilder out = new StringBuilder(4096);
        family(out, "hft_writer_up", "gauge", "1 if the engine's heartbeat is recent, else 0");
        sample(out, "hft_writer_up", null, null, status == WriterStatus.LIVE ? "1" : "0");
        family(out, "hft_writer_status", "gauge", "1 for the current writer status");
        for (final WriterStatus s : WriterStatus.values()) {
            sample(out, "hft_writer_status", "status", s.name(), s == status ? "1" : "0");
        }
        if (!reader.isMapped()) {
            return out.toString();
        }
        family(out, "hft_writer_heartbeat_age_seconds", "gauge", "Seconds since the engine's last heartbeat");
        sample(out, "hft_writer_heartbeat_age_seconds", null, null,
            Double.toString((nowEpochMs - reader.heartbeatEpochMs()) / 1000.0));
        family(out, "hft_kill_switch_requested", "gauge", "1 while the kill switch is requested");
        sample(out, "hft_kill_switch_requested", null, null, reader.control().killSwitchRequested() ? "1" : "0");
        counters(out, reader, MetricsFileDescriptor.TYPE_COUNTER, "hft_counter_total", "counter", "Engine counters");
        counters(out, reader, MetricsFileDescriptor.TYPE_GAUGE, "hft_gauge", "gauge", "Engine gauges");
        stages(out, reader);
        return out.toString();
    }

    private static void counters(
        final StringBuilder out, final MetricsFileReader reader, final int type, final String metric,
        final String promType, final String help) {
        boolean headed = false;
        for (int id = 0; id < reader.counterCapacity(); id++) {
            if (!reader.isAllocated(id) || reader.counterType(id) != type) {
                continue;
            }
            if (!headed) {
                family(out, metric, promType, help);
                headed = true;
            }
            sample(out, metric, "name", reader.counterLabel(id), Long.toString(reader.counterValue(id)));
        }
    }

    private static void stages(final StringBuilder out, final MetricsFileReader reader) {
        final StageSnapshot snapshot = new StageSnapshot();
        final StringBuilder max = new StringBuilder();
        final StringBuilder clamped = new StringBuilder();
        final StringBuilder negative = new StringBuilder();
        family(out, "hft_stage_latency_seconds", "summary", "Per-stage latency since engine start");
        for (int stage = 0; stage < reader.stageCount(); stage++) {
            if (!reader.readSnapshot(stage, snapshot)) {
                continue;
            }
            final String name = reader.stageName(stage);
            // No observations (never published, or nothing recorded yet): the summary convention
            // is NaN; the histogram's 0 would read as a perfect latency.
            final boolean observed = snapshot.count() > 0;
            quantile(out, name, "0.5", observed, snapshot.p50());
            quantile(out, name, "0.9", observed, snapshot.p90());
            quantile(out, name, "0.99", observed, snapshot.p99());
            quantile(out, name, "0.999", observed, snapshot.p999());
            quantile(out, name, "0.9999", observed, snapshot.p9999());
            sample(out, "hft_stage_latency_seconds_sum", "stage", name, seconds(snapshot.sumNs()));
            sample(out, "hft_stage_latency_seconds_count", "stage", name, Long.toString(snapshot.count()));
            sample(max, "hft_stage_latency_max_seconds", "stage", name, seconds(snapshot.max()));
            sample(clamped, "hft_stage_latency_clamped_total", "stage", name, Long.toString(snapshot.clampedCount()));
            sample(negative, "hft_stage_latency_negative_total", "stage", name, Long.toString(snapshot.negativeCount()));
        }
        family(out, "hft_stage_latency_max_seconds", "gauge", "Largest latency per stage since engine start");
        out.append(max);
        family(out, "hft_stage_latency_clamped_total", "counter", "Latencies clamped to the histogram maximum");
        out.append(clamped);
        family(out, "hft_stage_latency_negative_total", "counter",
            "Negative latencies (stamps out of order) left out of the summary");
        out.append(negative);
    }

    private static void quantile(
        final StringBuilder out, final String stage, final String q, final boolean observed, final long nanos) {
        out.append("hft_stage_latency_seconds{stage=\"");
        escape(out, stage);
        out.append("\",quantile=\"").append(q).append("\"} ").append(observed ? seconds(nanos) : "NaN").append('\n');
    }

    private static String seconds(final long nanos) {
        return Double.toString(nanos / NANOS_PER_SECOND);
    }

    private static void family(final StringBuilder out, final String name, final String type, final String help) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    private static void sample(
        final StringBuilder out, final String name, final String label, final String labelValue, final String value) {
        out.append(name);
        if (label != null) {
            out.append('{').append(label).append("=\"");
            escape(out, labelValue);
            out.append("\"}");
        }
        out.append(' ').append(value).append('\n');
    }

    private static void escape(final StringBuilder out, final String value) {
        for (int i = 0; i < value.length(); i++) {
            final char c = value.charAt(i);
            if (c == '\\' || c == '"') {
                out.append('\\').append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else {
                out.append(c);
            }
        }
    }
}
