package io.hftengine.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class VirtualTimersTest {

    @Property(tries = 200)
    void timersFireInDeadlineThenSchedulingOrderWithTheClockAtTheirDeadline(
        @ForAll @Size(max = 64) final List<@LongRange(min = 0, max = 50) Long> deadlines,
        @ForAll @LongRange(min = 0, max = 60) final long advanceTo) {
        final VirtualClock clock = new VirtualClock(0);
        final VirtualTimers timers = new VirtualTimers(clock, 64);
        for (int id = 0; id < deadlines.size(); id++) {
            timers.schedule(deadlines.get(id), id);
        }
        final List<long[]> fired = new ArrayList<>();
        final int count = timers.advanceTo(advanceTo, (id, deadline) -> {
            assertEquals(deadline, clock.epochNanos(), "clock shows the timer's deadline");
            fired.add(new long[] {deadline, id});
        });
        final List<long[]> expected = new ArrayList<>();
        for (int id = 0; id < deadlines.size(); id++) {
            if (deadlines.get(id) <= advanceTo) {
                expected.add(new long[] {deadlines.get(id), id});
            }
        }
        expected.sort(Comparator.<long[]>comparingLong(e -> e[0]).thenComparingLong(e -> e[1]));
        assertEquals(expected.size(), count);
        assertEquals(expected.size(), fired.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i)[0], fired.get(i)[0]);
            assertEquals(expected.get(i)[1], fired.get(i)[1]);
        }
        assertEquals(deadlines.size() - expected.size(), timers.pending());
        assertEquals(advanceTo, clock.epochNanos());
        assertTrue(timers.nextDeadline() > advanceTo);
    }

    @Test
    void aTimerScheduledByAHandlerForTheSameInstantFiresInTheSameAdvance() {
        final VirtualClock clock = new VirtualClock(0);
        final VirtualTimers timers = new VirtualTimers(clock, 4);
        timers.schedule(10, 1);
        final List<Long> fired = new ArrayList<>();
        timers.advanceTo(20, (id, deadline) -> {
            fired.add(id);
            if (id == 1) {
                timers.schedule(15, 2);
                timers.schedule(25, 3);
            }
        });
        assertEquals(List.of(1L, 2L), fired);
        assertEquals(1, timers.pending());
    }

    @Test
    void aFullQueueIsAClearError() {
        final VirtualTimers timers = new VirtualTimers(new VirtualClock(0), 1);
        timers.schedule(1, 1);
        assertThrows(IllegalStateException.class, () -> timers.schedule(2, 2));
    }
}
