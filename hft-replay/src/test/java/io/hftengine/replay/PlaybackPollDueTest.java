package io.hftengine.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hftengine.replay.pcap.PacketHandler;
import java.util.ArrayList;
import java.util.List;
import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

/**
 * {@link Playback#pollDue} never waits: a datagram not yet due is kept, whole, for a later call,
 * so an agent replaying a long recorded silence can still be stopped.
 */
class PlaybackPollDueTest {
    private static final long T0 = 1_700_000_000_000_000_000L;

    /** Datagrams "d0", "d1", ... at the given recorded times; one per poll. */
    private static final class ListSource implements ReplaySource {
        private final long[] times;
        private final UnsafeBuffer scratch = new UnsafeBuffer(new byte[16]);
        private int next;

        ListSource(final long... times) {
            this.times = times;
        }

        @Override
        public int poll(final PacketHandler handler, final int maxRecords) {
            if (next == times.length) {
                return 0;
            }
            // The source reuses its buffer: a held datagram must have been copied.
            final int length = scratch.putStringWithoutLengthAscii(0, "d" + next);
            handler.onPacket(times[next], scratch, 0, length, 1, 2, 3, 4_000 + next);
            next++;
            return 1;
        }

        @Override
        public boolean isExhausted() {
            return next == times.length;
        }

        @Override
        public void close() {
        }
    }

    private static final IdleStrategy MUST_NOT_IDLE = new IdleStrategy() {
        @Override
        public void idle(final int workCount) {
            throw new AssertionError("pollDue waited");
        }

        @Override
        public void idle() {
            throw new AssertionError("pollDue waited");
        }

        @Override
        public void reset() {
        }
    };

    private final long[] wallNs = {50_000};
    private final VirtualClock clock = new VirtualClock(0);
    private final List<String> delivered = new ArrayList<>();
    private final PacketHandler record = (t, b, o, l, si, sp, di, dp) ->
        delivered.add(b.getStringWithoutLengthAscii(o, l) + "@" + (t - T0) + ":" + dp + " clock " + (clock.epochNanos() - T0));

    private Playback playback(final PlaybackSpeed speed) {
        return new Playback(clock, new Pacer(speed, () -> wallNs[0], MUST_NOT_IDLE), record);
    }

    @Test
    void aDatagramNotYetDueIsHeldAndDeliveredWholeOnceDue() {
        final Playback playback = playback(PlaybackSpeed.RECORDED);
        final ListSource source = new ListSource(T0, T0 + 1_000_000_000L, T0 + 1_000_000_000L);
        assertEquals(1, playback.pollDue(source), "the first datagram anchors the pace");
        assertEquals(0, playback.pollDue(source), "one second early");
        assertTrue(playback.isHolding());
        assertEquals(T0, clock.epochNanos(), "the clock waits with the datagram");
        wallNs[0] += 999_999_999L;
        assertEquals(0, playback.pollDue(source));
        wallNs[0] += 1;
        assertEquals(1, playback.pollDue(source));
        assertFalse(playback.isHolding());
        assertEquals(1, playback.pollDue(source), "recorded at the same time: due at once");
        assertEquals(-1, playback.pollDue(source));
        assertEquals(List.of("d0@0:4000 clock 0", "d1@1000000000:4001 clock 1000000000",
            "d2@1000000000:4002 clock 1000000000"), delivered);
        assertEquals(0, playback.maxLatenessNs());
    }

    @Test
    void aHeldDatagramDeliveredLateReportsItsLateness() {
        final Playback playback = playback(PlaybackSpeed.RECORDED);
        final ListSource source = new ListSource(T0, T0 + 1_000L);
        playback.pollDue(source);
        assertEquals(0, playback.pollDue(source));
        wallNs[0] += 51_000;
        assertEquals(1, playback.pollDue(source));
        assertEquals(50_000, playback.maxLatenessNs());
    }

    @Test
    void asFastAsPossibleDeliversEveryPollAndHoldsNothing() {
        final Playback playback = playback(PlaybackSpeed.AS_FAST_AS_POSSIBLE);
        final ListSource source = new ListSource(T0, T0 + 3_600_000_000_000L, T0 + 7_200_000_000_000L);
        assertEquals(1, playback.pollDue(source));
        assertEquals(1, playback.pollDue(source));
        assertFalse(playback.isHolding());
        assertEquals(1, playback.pollDue(source));
        assertEquals(-1, playback.pollDue(source));
        assertEquals(3, delivered.size());
        assertEquals(T0 + 7_200_000_000_000L, clock.epochNanos());
    }

    @Test
    void anExhaustedSourceStillDeliversTheDatagramItHolds() {
        final Playback playback = playback(PlaybackSpeed.RECORDED);
        final ListSource source = new ListSource(T0, T0 + 10_000L);
        playback.pollDue(source);
        assertEquals(0, playback.pollDue(source));
        assertTrue(source.isExhausted());
        assertEquals(0, playback.pollDue(source), "held, not yet due: not the end");
        wallNs[0] += 10_000;
        assertEquals(1, playback.pollDue(source));
        assertEquals(-1, playback.pollDue(source));
    }
}
