package io.hftengine.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Tick arithmetic at the edges: reordered stamps closer together than a nanosecond. */
class LatencyTrackerArithmeticEdgeCaseTest {
    /** Like the TSC ticker on a 3 GHz part: 3 ticks per ns, the magnitude truncated, the sign kept. */
    static final class ThreeGhzTicker implements Ticker {
        long now;

        @Override
        public long ticks() {
            return now;
        }

        @Override
        public long toNanos(final long deltaTicks) {
            return deltaTicks / 3;
        }

        @Override
        public String name() {
            return "3GHz";
        }
    }

    /**
     * BUG: a stamp pair reordered by one or two ticks (unfenced RDTSC, or stamps from two cores)
     * converts to 0 ns, so it was recorded as a perfect 0 ns latency instead of being counted in
     * negativeCount: the reordering hid in the histogram's minimum.
     */
    @Test
    void reorderedStampsLessThanANanosecondApartAreCountedNotRecordedAsZero() {
        final ThreeGhzTicker ticker = new ThreeGhzTicker();
        final LatencyTracker tracker = new LatencyTracker(List.of("A"), ticker, 1_000_000, 3);
        tracker.recordInterval(0, 1_000, 999);
        tracker.recordInterval(0, 1_000, 998);
        ticker.now = 500;
        tracker.record(0, 501);
        tracker.sampleIntervals();
        assertEquals(3, tracker.negativeCount(0));
        assertEquals(0, tracker.cumulativeHistogram(0).getTotalCount());
    }

    /** Coverage: a zero tick difference is a valid 0 ns latency, not a negative one. */
    @Test
    void equalStampsAreAZeroLatency() {
        final LatencyTracker tracker = new LatencyTracker(List.of("A"), new ThreeGhzTicker(), 1_000_000, 3);
        tracker.recordInterval(0, 7, 7);
        tracker.recordInterval(0, 7, 8);
        tracker.sampleIntervals();
        assertEquals(0, tracker.negativeCount(0));
        assertEquals(2, tracker.cumulativeHistogram(0).getTotalCount());
        assertEquals(0, tracker.cumulativeHistogram(0).getMaxValue());
    }
}
