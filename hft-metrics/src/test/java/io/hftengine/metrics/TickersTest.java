package io.hftengine.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** An automatically selected ticker must agree with System.nanoTime; failures fall back with a reason. */
class TickersTest {
    @Test
    void nanoTimeModeAndUnknownModes() {
        assertSame(NanoTicker.INSTANCE, Tickers.select("nanoTime"));
        assertThrows(IllegalArgumentException.class, () -> Tickers.select("sundial"));
    }

    @Test
    void forcedTscReportsWhatItChoseAndWhy() {
        // Forced TSC skips the kernel-trust check, so on a VM whose TSC differs between vCPUs
        // (this build machine: calibration runs disagree) only the selection itself is checked.
        final Ticker ticker = Tickers.select("tsc");
        final String why = Tickers.lastSelection();
        assertTrue(why.startsWith(ticker.name() + ":") && why.length() > ticker.name().length() + 3, why);
        assertEquals(ticker == NanoTicker.INSTANCE, why.startsWith("nanoTime:"), why);
        assertTrue(ticker.toNanos(1_000_000) > 0);
    }

    @Test
    void autoEitherAgreesWithNanoTimeOrFallsBackWithAReason() {
        assertAgreesWithNanoTime(Tickers.select("auto"));
    }

    private static void assertAgreesWithNanoTime(final Ticker ticker) {
        final String why = Tickers.lastSelection();
        assertTrue(why.startsWith(ticker.name() + ":") && why.length() > ticker.name().length() + 3, why);
        if (ticker == NanoTicker.INSTANCE) {
            return;
        }
        long previous = ticker.ticks();
        for (int i = 0; i < 1000; i++) {
            final long now = ticker.ticks();
            assertTrue(now >= previous, "ticks went backwards on one thread");
            previous = now;
        }
        final long n0 = System.nanoTime();
        final long t0 = ticker.ticks();
        while (System.nanoTime() - n0 < 30_000_000L) {
            Thread.onSpinWait();
        }
        final long t1 = ticker.ticks();
        final long n1 = System.nanoTime();
        final long measured = ticker.toNanos(t1 - t0);
        assertEquals(n1 - n0, measured, (n1 - n0) * 0.05 + 1_000_000, why);
    }
}
