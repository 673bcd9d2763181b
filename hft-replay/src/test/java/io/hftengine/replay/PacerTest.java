package io.hftengine.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.NanoClock;
import org.junit.jupiter.api.Test;

/** Pacing against a fake wall clock that moves only when the pacer idles. */
class PacerTest {
    /** Wall clock advanced by 1 microsecond each time the pacer idles (shared with the edge cases). */
    static final class FakeWall implements NanoClock, IdleStrategy {
        long nowNs;
        int idles;

        FakeWall() {
            this(5_000_000);
        }

        FakeWall(final long startNs) {
            nowNs = startNs;
        }

        @Override
        public long nanoTime() {
            return nowNs;
        }

        @Override
        public void idle(final int workCount) {
            idle();
        }

        @Override
        public void idle() {
            idles++;
            nowNs += 1_000;
        }

        @Override
        public void reset() {
        }
    }

    @Test
    void recordedSpeedReproducesTheRecordedGaps() {
        final FakeWall wall = new FakeWall();
        final Pacer pacer = new Pacer(PlaybackSpeed.RECORDED, wall, wall);
        assertEquals(0, pacer.awaitRecordedTime(1_000_000_000L));
        final long start = wall.nowNs;
        pacer.awaitRecordedTime(1_000_100_000L);
        assertEquals(start + 100_000, wall.nowNs, "100 us recorded gap = 100 us of wall time");
        pacer.awaitRecordedTime(1_000_100_000L);
        assertEquals(start + 100_000, wall.nowNs, "same recorded time: no wait");
    }

    @Test
    void multipleDividesTheGaps() {
        final FakeWall wall = new FakeWall();
        final Pacer pacer = new Pacer(PlaybackSpeed.multipleOf(4), wall, wall);
        pacer.awaitRecordedTime(0);
        final long start = wall.nowNs;
        pacer.awaitRecordedTime(400_000);
        assertEquals(start + 100_000, wall.nowNs);
    }

    @Test
    void asFastAsPossibleNeverWaits() {
        final FakeWall wall = new FakeWall();
        final Pacer pacer = new Pacer(PlaybackSpeed.AS_FAST_AS_POSSIBLE, wall, wall);
        pacer.awaitRecordedTime(0);
        pacer.awaitRecordedTime(3_600_000_000_000L);
        assertEquals(0, wall.idles);
    }

    @Test
    void aLateEventIsDeliveredAtOnceAndItsLatenessReported() {
        final FakeWall wall = new FakeWall();
        final Pacer pacer = new Pacer(PlaybackSpeed.RECORDED, wall, wall);
        pacer.awaitRecordedTime(0);
        wall.nowNs += 50_000; // the consumer stalled for 50 us
        assertEquals(40_000, pacer.awaitRecordedTime(10_000));
        assertEquals(0, wall.idles);
    }

    @Test
    void resetReanchors() {
        final FakeWall wall = new FakeWall();
        final Pacer pacer = new Pacer(PlaybackSpeed.RECORDED, wall, wall);
        pacer.awaitRecordedTime(0);
        pacer.reset();
        assertEquals(0, pacer.awaitRecordedTime(60_000_000_000L));
        assertEquals(0, wall.idles, "after reset the next event anchors, it does not wait a minute");
    }

    @Test
    void badMultiplesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> PlaybackSpeed.multipleOf(0));
        assertThrows(IllegalArgumentException.class, () -> PlaybackSpeed.multipleOf(-2));
        assertThrows(IllegalArgumentException.class, () -> PlaybackSpeed.multipleOf(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> PlaybackSpeed.multipleOf(Double.POSITIVE_INFINITY));
    }
}
