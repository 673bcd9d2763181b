package io.hftengine.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogReader;
import org.HdrHistogram.HistogramLogWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LatencyTrackerTest {
    /** A ticker the test moves by hand: 1 tick = 2 ns. */
    static final class ManualTicker implements Ticker {
        long now;

        @Override
        public long ticks() {
            return now;
        }

        @Override
        public long toNanos(final long deltaTicks) {
            return deltaTicks * 2;
        }

        @Override
        public String name() {
            return "manual";
        }
    }

    @Test
    void recordsTickerIntervalsConvertedToNanos() {
        final ManualTicker ticker = new ManualTicker();
        final LatencyTracker tracker = new LatencyTracker(List.of("A", "TICK_TO_ORDER"), ticker, 1_000_000, 3);
        ticker.now = 100;
        final long start = tracker.stamp();
        ticker.now = 150;
        tracker.record(1, start);
        tracker.recordInterval(0, 10, 20);
        tracker.sampleIntervals();
        assertEquals(1, tracker.cumulativeHistogram(1).getTotalCount());
        assertEquals(100, tracker.cumulativeHistogram(1).getMaxValue());
        assertEquals(20, tracker.cumulativeHistogram(0).getMaxValue());
        assertTrue(MetricsSwitch.ENABLED, "tests run with metrics enabled");
    }

    @Test
    void clampsTooLargeAndDropsNegativeLatenciesCountingBoth() {
        final LatencyTracker tracker = new LatencyTracker(List.of("A"), NanoTicker.INSTANCE, 1_000, 2);
        tracker.recordNanos(0, 5_000);
        tracker.recordNanos(0, -1);
        tracker.recordNanos(0, 10);
        tracker.sampleIntervals();
        assertEquals(2, tracker.cumulativeHistogram(0).getTotalCount());
        assertEquals(1, tracker.clampedCount(0));
        assertEquals(1, tracker.negativeCount(0));
        assertEquals(tracker.cumulativeHistogram(0).highestEquivalentValue(1_000),
            tracker.cumulativeHistogram(0).getMaxValue());
    }

    @Test
    void rejectsBadStagesAndNames() {
        final LatencyTracker tracker = LatencyTracker.forStages("A", "B");
        assertThrows(IndexOutOfBoundsException.class, () -> tracker.recordNanos(2, 1));
        assertThrows(IndexOutOfBoundsException.class, () -> tracker.recordNanos(-1, 1));
        assertThrows(IllegalArgumentException.class, () -> LatencyTracker.forStages("A", "A"));
        assertThrows(IllegalArgumentException.class, () -> LatencyTracker.forStages("has space"));
        assertThrows(IllegalArgumentException.class, () -> LatencyTracker.forStages());
    }

    @Test
    void intervalsAreSeparateAndCumulativeAddsThemUp() {
        final LatencyTracker tracker = LatencyTracker.forStages("A");
        tracker.recordNanos(0, 100);
        tracker.recordNanos(0, 200);
        tracker.sampleIntervals();
        assertEquals(2, tracker.intervalHistogram(0).getTotalCount());
        tracker.recordNanos(0, 300);
        tracker.sampleIntervals();
        assertEquals(1, tracker.intervalHistogram(0).getTotalCount());
        assertEquals(3, tracker.cumulativeHistogram(0).getTotalCount());
        tracker.sampleIntervals();
        assertEquals(0, tracker.intervalHistogram(0).getTotalCount());
        assertEquals("A", tracker.intervalHistogram(0).getTag());
    }

    @Test
    void hlogIsReadableByHdrHistogramsLogReaderWithStageTags(@TempDir final Path dir) throws Exception {
        final LatencyTracker tracker = LatencyTracker.forStages("MARKET_DATA", "TICK_TO_ORDER");
        final Path file = dir.resolve("latency.hlog");
        final long start = System.currentTimeMillis();
        try (AutoCloseableLog log = new AutoCloseableLog(IntervalLogs.open(file, start))) {
            for (int interval = 0; interval < 3; interval++) {
                for (int i = 1; i <= 10 * (interval + 1); i++) {
                    tracker.recordNanos(0, i * 10L);
                    tracker.recordNanos(1, i * 1000L);
                }
                tracker.sampleIntervals();
                tracker.writeIntervals(log.writer);
            }
        }
        final Map<String, Histogram> byTag = new HashMap<>();
        int lines = 0;
        try (HistogramLogReader reader = new HistogramLogReader(file.toFile())) {
            EncodableHistogram next;
            while ((next = reader.nextIntervalHistogram()) != null) {
                lines++;
                final Histogram h = (Histogram) next;
                byTag.computeIfAbsent(h.getTag(), t -> new Histogram(3)).add(h);
            }
        }
        assertEquals(6, lines);
        assertEquals(60, byTag.get("MARKET_DATA").getTotalCount());
        assertEquals(60, byTag.get("TICK_TO_ORDER").getTotalCount());
        assertEquals(tracker.cumulativeHistogram(1).getMaxValue(), byTag.get("TICK_TO_ORDER").getMaxValue());
        assertTrue(Files.readString(file).contains("#[StartTime: "));
    }

    private static final class AutoCloseableLog implements AutoCloseable {
        final HistogramLogWriter writer;

        AutoCloseableLog(final HistogramLogWriter writer) {
            this.writer = writer;
        }

        @Override
        public void close() {
            writer.close();
        }
    }
}
