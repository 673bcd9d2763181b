package io.hftengine.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hftengine.types.Clock;
import org.junit.jupiter.api.Test;

class VirtualClockTest {
    @Test
    void showsOnlyTheRecordedTimeItIsAdvancedTo() {
        final VirtualClock clock = new VirtualClock(1_000);
        final Clock asSeenByAStage = clock;
        assertEquals(1_000, asSeenByAStage.epochNanos());
        assertTrue(clock.advanceTo(5_000));
        assertEquals(5_000, asSeenByAStage.epochNanos());
        assertTrue(clock.advanceTo(5_000), "equal times are fine");
        assertEquals(0, clock.regressions());
    }

    @Test
    void neverGoesBackAndCountsTheAttempt() {
        final VirtualClock clock = new VirtualClock(0);
        clock.advanceTo(9_000);
        assertFalse(clock.advanceTo(8_999));
        assertEquals(9_000, clock.epochNanos());
        assertEquals(1, clock.regressions());
    }
}
