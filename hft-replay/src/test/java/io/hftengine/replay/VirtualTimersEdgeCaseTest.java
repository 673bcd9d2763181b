package io.hftengine.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Timers whose deadline the clock has already passed, and deadlines at the end of time. */
class VirtualTimersEdgeCaseTest {

    @Test
    void aTimerScheduledInThePastFiresAtTheNextAdvanceWithoutCountingAClockRegression() {
        final VirtualClock clock = new VirtualClock(0);
        final VirtualTimers timers = new VirtualTimers(clock, 4);
        timers.advanceTo(100, (id, deadline) -> { });
        timers.schedule(50, 7);
        final List<long[]> fired = new ArrayList<>();
        assertEquals(1, timers.advanceTo(200, (id, deadline) -> fired.add(new long[] {id, deadline, clock.epochNanos()})));
        assertEquals(7, fired.get(0)[0]);
        assertEquals(50, fired.get(0)[1], "the handler is told the deadline it was scheduled for");
        assertEquals(100, fired.get(0)[2], "the clock stays where it was: it never goes back");
        assertEquals(0, clock.regressions(), "no recorded event went back in time");
        assertEquals(200, clock.epochNanos());
    }

    @Test
    void timersOnAClockThatPlaybackAlreadyMovedCountNoRegressions() {
        // Playback moves the market data stage's clock to a datagram's time before the stage
        // advances its timers to the same time: every timer due then has a passed deadline.
        final VirtualClock clock = new VirtualClock(0);
        final VirtualTimers timers = new VirtualTimers(clock, 4);
        timers.schedule(10, 1);
        timers.schedule(20, 2);
        clock.advanceTo(30);
        assertEquals(2, timers.advanceTo(30, (id, deadline) -> { }));
        assertEquals(0, clock.regressions());
    }

    @Test
    void aDeadlineAtTheEndOfTimeFiresOnlyThere() {
        final VirtualClock clock = new VirtualClock(0);
        final VirtualTimers timers = new VirtualTimers(clock, 2);
        timers.schedule(Long.MAX_VALUE, 1);
        assertEquals(0, timers.advanceTo(Long.MAX_VALUE - 1, (id, deadline) -> { }));
        assertEquals(1, timers.advanceTo(Long.MAX_VALUE, (id, deadline) -> assertEquals(Long.MAX_VALUE, clock.epochNanos())));
        assertEquals(0, timers.pending());
        assertEquals(0, clock.regressions());
    }
}
