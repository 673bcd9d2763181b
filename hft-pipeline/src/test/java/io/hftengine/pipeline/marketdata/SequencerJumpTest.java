package io.hftengine.pipeline.marketdata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A sequence number is believed once a second datagram agrees with it. Before, one datagram of
 * the session claiming sequence 10^12 (corrupt, stray, or a feed's bug) opened a gap that wide:
 * the live packets went on filling it from its start, so it was never given up, but every event
 * said stale (more than the behind limit ahead) and nothing was traded for the rest of the run.
 */
class SequencerJumpTest extends SequencerTestBase {
    private static final long FAR = MoldUdp64Sequencer.FAR_AHEAD;

    @Test
    void aLoneHeartbeatFarAheadIsSetAsideAndTheFeedGoesOnInOrder() {
        final MoldUdp64Sequencer s = sequencer(16, 1500);
        feed(s, packet(1, 3), withCount(packet(1_000_000_000_000L, 0), 0), packet(4, 3), packet(7, 3));
        assertEquals(range(1, 9), applied);
        assertFalse(s.gapOpen(), "no gap 10^12 wide");
        assertEquals(0, s.behindBy());
        assertEquals(0, requests.size(), "nothing asked of the request server");
        assertEquals(1, count(MarketDataCounter.SEQUENCE_JUMPS_HELD));
        assertEquals(0, count(MarketDataCounter.SEQUENCE_JUMPS_DROPPED));
        // Another unconfirmed jump, far from the first: the first is dropped for it.
        feed(s, packet(5_000_000_000_000L, 2), packet(10, 1));
        assertEquals(range(1, 10), applied);
        assertFalse(s.gapOpen());
        assertEquals(2, count(MarketDataCounter.SEQUENCE_JUMPS_HELD));
        assertEquals(1, count(MarketDataCounter.SEQUENCE_JUMPS_DROPPED));
    }

    /** A late join or a long outage: the second packet confirms the first, and both are sequenced as before. */
    @Test
    void aSecondPacketNearTheFirstConfirmsTheJumpAndBothAreHeld() {
        final MoldUdp64Sequencer s = sequencer(16, 1500);
        final long far = 10 * FAR;
        feed(s, packet(far, 2));
        assertFalse(s.gapOpen(), "one packet is not yet believed");
        assertEquals(0, requests.size());
        feed(s, packet(far + 2, 2));
        assertTrue(s.gapOpen());
        assertEquals(2, s.heldPackets(), "the packet set aside is held too, not lost");
        assertEquals(far + 4 - 1, s.behindBy());
        assertEquals(1, requests.size());
        assertArrayEquals(new long[] {1, 65_534}, requests.get(0), "asked from the first missing, in the protocol's"
            + " largest request");
        assertEquals(0, count(MarketDataCounter.SEQUENCE_JUMPS_DROPPED));
    }

    @Test
    void aJumpWithinTheLimitIsAnOrdinaryGap() {
        final MoldUdp64Sequencer s = sequencer(16, 1500);
        feed(s, packet(1, 1), packet(FAR, 1));
        assertTrue(s.gapOpen(), "a gap of FAR_AHEAD messages is believed at once");
        assertEquals(1, s.heldPackets());
        assertEquals(0, count(MarketDataCounter.SEQUENCE_JUMPS_HELD));
    }

    /** A recording's own packet is not dropped: at the end of the input it is sequenced as it is. */
    @Test
    void aJumpStillSetAsideAtTheEndOfTheInputIsSequenced() {
        final MoldUdp64Sequencer s = sequencer(16, 1500);
        final long far = 3 * FAR;
        feed(s, packet(1, 2), packet(far, 2));
        assertEquals(range(1, 2), applied);
        s.endOfInput();
        assertEquals(java.util.List.of(1L, 2L, far, far + 1), applied, "given up to, then applied");
        assertEquals(1, count(MarketDataCounter.UNRECOVERABLE_GAPS));
        assertEquals(far - 3, count(MarketDataCounter.MESSAGES_LOST));
    }
}
