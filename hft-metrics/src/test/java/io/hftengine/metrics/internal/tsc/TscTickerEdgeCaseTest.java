package io.hftengine.metrics.internal.tsc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TscTickerEdgeCaseTest {
    /**
     * BUG: Math.abs(Long.MIN_VALUE) is negative, so the fixed-point path took it and returned 0
     * (4 GHz, 2.5 GHz parts) or about -2.4 hours instead of a hugely negative interval: the
     * "sign kept" contract broke and the tracker recorded a garbage stamp pair as a 0 ns latency.
     */
    @Test
    void mostNegativeDeltaConvertsToAHugeNegativeInterval() {
        for (final double ghz : new double[] {4.0, 2.5, 2.096, 3.0}) {
            final TscTicker ticker = new TscTicker(1.0 / ghz);
            final long nanos = ticker.toNanos(Long.MIN_VALUE);
            assertTrue(nanos < 0, ghz + " GHz: " + nanos);
            assertEquals(Long.MIN_VALUE / ghz, nanos, 9.3e18 / ghz * 1e-6, ghz + " GHz");
        }
    }

    /** Coverage: either side of the fixed-point limit gives the same answer to the ppm. */
    @Test
    void conversionIsContinuousAcrossTheFixedPointLimit() {
        final TscTicker ticker = new TscTicker(1.0 / 2.096);
        final long limit = Long.MAX_VALUE / Math.round(ticker.nanosPerTick() * (1L << 20));
        for (final long ticks : new long[] {limit - 1, limit, limit + 1}) {
            assertEquals(ticks / 2.096, ticker.toNanos(ticks), ticks / 2.096 * 2e-6);
            assertEquals(-ticks / 2.096, ticker.toNanos(-ticks), ticks / 2.096 * 2e-6);
        }
    }
}
