package io.hftengine.metrics.internal.tsc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TscTickerConversionTest {
    @Test
    void convertsWithTheCalibratedRatioKeepingSignAndSurvivingHugeValues() {
        final TscTicker ticker = new TscTicker(1.0 / 2.096);
        assertEquals(477, ticker.toNanos(1000), 1);
        assertEquals(-477, ticker.toNanos(-1000), 1);
        assertEquals(0, ticker.toNanos(0));
        final long hour = 2_096_000_000L * 3600;
        assertEquals(3_600_000_000_000L, ticker.toNanos(hour), 3_600_000L);
        // Beyond the fixed-point range the double path takes over instead of overflowing.
        assertEquals(Long.MAX_VALUE / 2.096, ticker.toNanos(Long.MAX_VALUE), 1e13);
    }
}
