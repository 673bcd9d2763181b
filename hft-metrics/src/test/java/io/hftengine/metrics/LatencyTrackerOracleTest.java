package io.hftengine.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

import org.HdrHistogram.Histogram;

/** Percentiles from the tracker match a sorted-array oracle on random data. */
class LatencyTrackerOracleTest {
    private static final double[] PERCENTILES = {50.0, 90.0, 99.0, 99.9, 99.99};

    @Property(tries = 200)
    void percentilesMatchSortedArrayOracle(
        @ForAll @Size(min = 1, max = 3000) final List<@LongRange(min = 0, max = 5_000_000_000L) Long> samples) {
        final LatencyTracker tracker = new LatencyTracker(List.of("S"), NanoTicker.INSTANCE, 10_000_000_000L, 3);
        final long[] sorted = new long[samples.size()];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = samples.get(i);
            tracker.recordNanos(0, sorted[i]);
        }
        Arrays.sort(sorted);
        tracker.sampleIntervals();
        final Histogram histogram = tracker.cumulativeHistogram(0);
        final LatencySummary summary = tracker.summarise(0, new LatencySummary());
        assertEquals(sorted.length, summary.count());
        final long[] reported = {summary.p50(), summary.p90(), summary.p99(), summary.p999(), summary.p9999()};
        for (int i = 0; i < PERCENTILES.length; i++) {
            final long oracle = sorted[oracleRank(PERCENTILES[i], sorted.length) - 1];
            assertEquals(histogram.highestEquivalentValue(oracle), reported[i], "p" + PERCENTILES[i]);
            assertWithinPrecision(oracle, reported[i]);
        }
        final long max = sorted[sorted.length - 1];
        assertEquals(histogram.highestEquivalentValue(max), summary.max());
        assertWithinPrecision(max, summary.max());
    }

    /** Rank (1-based) of the sample at a percentile: the smallest rank covering p% of samples. */
    private static int oracleRank(final double percentile, final int n) {
        final double justBelow = Math.nextAfter(percentile, Double.NEGATIVE_INFINITY);
        return (int) Math.max(1, Math.ceil(justBelow * n / 100.0));
    }

    private static void assertWithinPrecision(final long exact, final long reported) {
        // 3 significant digits: reported is the top of the bucket, at most 0.1% (plus 1 ns) above.
        assertTrue(reported >= exact && reported - exact <= exact / 1000 + 1,
            () -> "reported " + reported + " vs exact " + exact);
    }
}
