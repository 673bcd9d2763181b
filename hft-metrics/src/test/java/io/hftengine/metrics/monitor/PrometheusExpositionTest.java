package io.hftengine.metrics.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hftengine.metrics.shm.MetricsFile;
import io.hftengine.metrics.shm.WriterStatus;

class PrometheusExpositionTest {
    @TempDir
    Path dir;

    @Test
    void expositionParsesAsPrometheusTextAndCarriesTheFile() throws Exception {
        final Path path = dir.resolve("metrics.dat");
        try (MetricsFile file = MetricsFile.create(path, 4, List.of("MARKET_DATA", "TICK_TO_ORDER"));
             Monitor monitor = new Monitor(path, 60_000)) {
            final int packets = file.counters().allocateCounter("md.packets");
            final int depth = file.counters().allocateGauge("queue:depth");
            file.counters().add(packets, 12345);
            file.counters().set(depth, 7);
            final Histogram h = new Histogram(3);
            for (int i = 1; i <= 100; i++) {
                h.recordValue(i * 1000L);
            }
            file.snapshots().publish(1, h, 2, 3, System.currentTimeMillis());
            file.control().requestKillSwitch(1, System.currentTimeMillis());

            final String table = monitor.step();
            assertEquals(WriterStatus.LIVE, monitor.status());
            assertTrue(table.contains("md.packets") && table.contains("TICK_TO_ORDER") && table.contains("KILL SWITCH"), table);

            final List<PrometheusTextParser.Sample> samples = PrometheusTextParser.parse(monitor.exposition());
            assertEquals(1.0, value(samples, "hft_writer_up", Map.of()));
            assertEquals(12345.0, value(samples, "hft_counter_total", Map.of("name", "md.packets")));
            assertEquals(7.0, value(samples, "hft_gauge", Map.of("name", "queue:depth")));
            assertEquals(1.0, value(samples, "hft_kill_switch_requested", Map.of()));
            assertEquals(h.getValueAtPercentile(99) / 1e9,
                value(samples, "hft_stage_latency_seconds", Map.of("stage", "TICK_TO_ORDER", "quantile", "0.99")), 1e-12);
            assertEquals(100.0, value(samples, "hft_stage_latency_seconds_count", Map.of("stage", "TICK_TO_ORDER")));
            assertEquals(h.getMaxValue() / 1e9, value(samples, "hft_stage_latency_max_seconds", Map.of("stage", "TICK_TO_ORDER")), 1e-12);
            assertEquals(2.0, value(samples, "hft_stage_latency_clamped_total", Map.of("stage", "TICK_TO_ORDER")));
            assertEquals(3.0, value(samples, "hft_stage_latency_negative_total", Map.of("stage", "TICK_TO_ORDER")));
        }
    }

    @Test
    void expositionWithoutAFileStillParsesAndSaysDown() {
        try (Monitor monitor = new Monitor(dir.resolve("absent.dat"), 1000)) {
            monitor.step();
            final List<PrometheusTextParser.Sample> samples = PrometheusTextParser.parse(monitor.exposition());
            assertEquals(0.0, value(samples, "hft_writer_up", Map.of()));
            assertEquals(1.0, value(samples, "hft_writer_status", Map.of("status", "NO_FILE")));
        }
    }

    @Test
    void parserRejectsMalformedText() {
        assertThrows(IllegalArgumentException.class, () -> PrometheusTextParser.parse("x 1\n"));
        assertThrows(IllegalArgumentException.class, () -> PrometheusTextParser.parse("# TYPE x gauge\nx{a=\"b} 1\n"));
        assertThrows(IllegalArgumentException.class, () -> PrometheusTextParser.parse("# TYPE x gauge\nx one\n"));
        assertThrows(IllegalArgumentException.class,
            () -> PrometheusTextParser.parse("# TYPE x gauge\n# TYPE y gauge\nx 1\ny 1\nx 2\n"));
    }

    @Test
    void httpEndpointServesTheExpositionOnLoopback() throws Exception {
        try (PrometheusEndpoint endpoint = new PrometheusEndpoint("127.0.0.1", 0, () -> "# TYPE up gauge\nup 1\n")) {
            final HttpURLConnection connection =
                (HttpURLConnection) new URL("http://127.0.0.1:" + endpoint.port() + "/metrics").openConnection();
            assertEquals(200, connection.getResponseCode());
            assertEquals(PrometheusExposition.CONTENT_TYPE, connection.getContentType());
            final String body;
            try (InputStream in = connection.getInputStream()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertEquals(1.0, value(PrometheusTextParser.parse(body), "up", Map.of()));
        }
    }

    private static double value(final List<PrometheusTextParser.Sample> samples, final String name, final Map<String, String> labels) {
        return samples.stream()
            .filter(s -> s.name().equals(name) && s.labels().entrySet().containsAll(labels.entrySet()))
            .findFirst().orElseThrow(() -> new AssertionError("no sample " + name + labels)).value();
    }
}
