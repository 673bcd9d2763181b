package io.hftengine.types;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SystemClockTest {
    private static long instantNanos() {
        final Instant now = Instant.now();
        return now.getEpochSecond() * Timestamp.NANOS_PER_SECOND + now.getNano();
    }

    @Test
    void tracksWallClockClosely() {
        final SystemClock clock = new SystemClock();
        for (int i = 0; i < 100; i++) {
            final long before = instantNanos();
            final long reading = clock.epochNanos();
            final long after = instantNanos();
            // Generous bound: a busy shared CI machine may deschedule us between reads.
            assertTrue(reading >= before - 50_000_000L && reading <= after + 50_000_000L,
                () -> "reading " + reading + " not within 50 ms of [" + before + ", " + after + "]");
        }
    }

    @Test
    void isMonotonicBetweenCalibrationsAndRecalibrationIsSmall() {
        final SystemClock clock = new SystemClock();
        long previous = clock.epochNanos();
        for (int i = 0; i < 10_000; i++) {
            final long now = clock.epochNanos();
            assertTrue(now >= previous, "went backwards");
            previous = now;
        }
        final long correction = clock.recalibrate();
        assertTrue(Math.abs(correction) < 50_000_000L, "correction " + correction + " ns");
    }
}
