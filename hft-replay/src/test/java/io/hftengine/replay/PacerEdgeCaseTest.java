package io.hftengine.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.NanoClock;
import org.junit.jupiter.api.Test;

/**
 * Pacing at the edges: a wall clock whose values wrap ({@code System.nanoTime}'s origin is
 * arbitrary, so only differences may be compared), intervals too long for a {@code long} at a slow
 * speed, and recorded time that steps backwards.
 */
class PacerEdgeCaseTest {
    /** Thrown by an idle strategy to prove that the pacer waits (the wait itself would be endless). */
    private static final class Waiting extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void aWallClockThatWrapsStillPacesAndNeverReportsNegativeLateness() {
        final PacerTest.FakeWall wall = new PacerTest.FakeWall(Long.MAX_VALUE - 50_000);
        final Pacer pacer = new Pacer(PlaybackSpeed.RECORDED, wall, wall);
        assertEquals(0, pacer.awaitRecordedTime(0));
        final long start = wall.nowNs;
        assertEquals(0, pacer.awaitRecordedTime(100_000), "on time, not late");
        assertEquals(start + 100_000, wall.nowNs, "100 us recorded gap = 100 us of wall time, across the wrap");
        wall.nowNs += 30_000; // the consumer stalled
        assertEquals(20_000, pacer.awaitRecordedTime(110_000));
    }

    @Test
    void aSlowSpeedOverAGapTooLongForALongWaitsInsteadOfDeliveringAtOnce() {
        final NanoClock wall = () -> 5_000_000L;
        final IdleStrategy proveWaiting = new IdleStrategy() {
            @Override
            public void idle(final int workCount) {
                throw new Waiting();
            }

            @Override
            public void idle() {
                throw new Waiting();
            }

            @Override
            public void reset() {
            }
        };
        // 1000 times slower, over a recorded gap of 116 days: 1.0e19 wall nanoseconds, beyond Long.MAX_VALUE.
        final Pacer pacer = new Pacer(PlaybackSpeed.multipleOf(0.001), wall, proveWaiting);
        pacer.awaitRecordedTime(0);
        assertThrows(Waiting.class, () -> pacer.awaitRecordedTime(10_000_000_000_000_000L),
            "the event is far in the future: the pacer must wait for it");
    }

    @Test
    void anEventRecordedBeforeOneAlreadyDeliveredIsDueAtOnceAndNotReportedLate() {
        final PacerTest.FakeWall wall = new PacerTest.FakeWall(5_000_000);
        final Pacer pacer = new Pacer(PlaybackSpeed.RECORDED, wall, wall);
        pacer.awaitRecordedTime(0);
        final long start = wall.nowNs;
        assertEquals(0, pacer.awaitRecordedTime(1_000_000));
        assertEquals(start + 1_000_000, wall.nowNs);
        // The capture host's clock stepped back 600 us: the consumer is not late at all.
        assertEquals(0, pacer.awaitRecordedTime(400_000), "a step back in recorded time is not lateness");
        assertEquals(start + 1_000_000, wall.nowNs, "and it is not waited for either");
        assertEquals(0, pacer.awaitRecordedTime(1_100_000));
        assertEquals(start + 1_100_000, wall.nowNs, "pacing goes on from the highest recorded time");
    }
}
