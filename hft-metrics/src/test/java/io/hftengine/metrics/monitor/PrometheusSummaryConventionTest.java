package io.hftengine.metrics.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hftengine.metrics.shm.MetricsFile;

/** The stage summaries follow Prometheus summary conventions. */
class PrometheusSummaryConventionTest {
    @TempDir
    Path dir;

    /**
     * BUG: a stage with no observations (never published, or an empty histogram) exported every
     * quantile as 0 seconds, a perfect latency, where the summary convention (client_golang,
     * client_java) is NaN: a dashboard showed p99 = 0 for a stage that measured nothing.
     */
    @Test
    void quantilesOfAStageWithoutObservationsAreNaN() throws Exception {
        final Path path = dir.resolve("metrics.dat");
        try (MetricsFile file = MetricsFile.create(path, 1, List.of("NEVER", "EMPTY", "BUSY"));
             Monitor monitor = new Monitor(path, 60_000)) {
            file.snapshots().publish(1, new Histogram(3), 0, 0, System.currentTimeMillis());
            final Histogram h = new Histogram(3);
            h.recordValue(2_000);
            file.snapshots().publish(2, h, 0, 0, System.currentTimeMillis());
            monitor.step();
            final List<PrometheusTextParser.Sample> samples = PrometheusTextParser.parse(monitor.exposition());
            for (final String stage : new String[] {"NEVER", "EMPTY"}) {
                for (final String q : new String[] {"0.5", "0.9", "0.99", "0.999", "0.9999"}) {
                    assertTrue(Double.isNaN(value(samples, "hft_stage_latency_seconds", Map.of("stage", stage, "quantile", q))),
                        stage + " q" + q + "\n" + monitor.exposition());
                }
                assertEquals(0.0, value(samples, "hft_stage_latency_seconds_count", Map.of("stage", stage)));
                assertEquals(0.0, value(samples, "hft_stage_latency_seconds_sum", Map.of("stage", stage)));
            }
            assertEquals(h.getValueAtPercentile(50) / 1e9,
                value(samples, "hft_stage_latency_seconds", Map.of("stage", "BUSY", "quantile", "0.5")), 1e-12);
            PrometheusExpositionEdgeCaseTest.assertNoDuplicateSeries(monitor.exposition());
        }
    }

    private static double value(final List<PrometheusTextParser.Sample> samples, final String name, final Map<String, String> labels) {
        return samples.stream()
            .filter(s -> s.name().equals(name) && s.labels().equals(labels))
            .findFirst().orElseThrow(() -> new AssertionError("no sample " + name + labels)).value();
    }
}
