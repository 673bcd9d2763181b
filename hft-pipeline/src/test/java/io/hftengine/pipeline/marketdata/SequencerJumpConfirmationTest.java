package io.hftengine.pipeline.marketdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.nio.ByteOrder;
import java.util.List;

/**
 * What may confirm a jump set aside (see {@link SequencerJumpTest}): only a second, independent
 * datagram near it while it still points far ahead. Not the other line's copy of the same
 * datagram (a feed's bug sends it on both lines), not a far datagram after the feed itself came
 * near the jump without confirming it, and not the end of an input whose later datagrams never
 * confirmed it.
 */
class SequencerJumpConfirmationTest extends SequencerTestBase {
    private static final long FAR = MoldUdp64Sequencer.FAR_AHEAD;
    /** The payload of a bogus datagram's messages: never a sequence number of these tests. */
    private static final long BOGUS = -42;

    /** A packet whose messages carry {@link #BOGUS}, not their sequence numbers. */
    private static byte[] bogus(final long first, final int count) {
        final byte[] p = packet(first, count);
        for (int i = 0; i < count; i++) {
            new UnsafeBuffer(p).putLong(22 + i * 10, BOGUS);
        }
        return p;
    }

    /** The in-order messages {@code [from, to)} in packets of 100. */
    private static void feedRange(final MoldUdp64Sequencer s, final long from, final long to) {
        for (long at = from; at < to; at += 100) {
            feed(s, packet(at, (int) Math.min(100, to - at)));
        }
    }

    /** A recording with one corrupt heartbeat in its middle: the packets after it never confirmed it. */
    @Test
    void aJumpTheFollowingDatagramsDidNotConfirmIsDroppedAtTheEndOfTheInput() {
        final MoldUdp64Sequencer s = sequencer(16, 1500);
        sendSucceeds = false; // a replay: no request server
        feed(s, packet(1, 3), withCount(packet(1_000_000_000_000L, 0), 0), packet(4, 3), packet(7, 3));
        s.endOfInput();
        assertEquals(range(1, 9), applied);
        assertFalse(s.gapOpen());
        assertEquals(0, count(MarketDataCounter.UNRECOVERABLE_GAPS), "no gap 10^12 wide given up at the end");
        assertEquals(0, count(MarketDataCounter.MESSAGES_LOST));
        assertEquals(0, staleCalls, "the books are not marked stale");
        assertEquals(1, count(MarketDataCounter.SEQUENCE_JUMPS_DROPPED));
    }

    /** The same with a packet: its bogus messages are not applied as the last of the recording. */
    @Test
    void aBogusPacketTheFeedWentOnPastIsNotAppliedAtTheEndOfTheInput() {
        final MoldUdp64Sequencer s = sequencer(16, 1500);
        sendSucceeds = false;
        feed(s, packet(1, 3), bogus(5 * FAR, 2), packet(4, 3));
        s.endOfInput();
        assertEquals(range(1, 6), applied);
        assertEquals(0, count(MarketDataCounter.UNRECOVERABLE_GAPS));
        assertEquals(1, count(MarketDataCounter.SEQUENCE_JUMPS_DROPPED));
    }

    /** A/B: a datagram a feed's bug sent on both lines arrives twice; the copy is no second opinion. */
    @Test
    void theOtherLinesCopyOfAJumpDoesNotConfirmIt() {
        final MoldUdp64Sequencer s = sequencer(16, 1500);
        s.requestDelayNs(1_000_000L);
        final byte[] heartbeat = withCount(packet(1_000_000_000_000L, 0), 0);
        feed(s, packet(1, 3), packet(1, 3), heartbeat, heartbeat.clone(), packet(4, 3), packet(4, 3));
        final byte[] stray = bogus(2_000_000_000_000L, 1);
        feed(s, stray, stray.clone(), packet(7, 3), packet(7, 3));
        assertEquals(range(1, 9), applied);
        assertFalse(s.gapOpen(), "no gap 10^12 wide");
        assertEquals(0, s.behindBy());
        assertEquals(0, requests.size());
        assertEquals(2, count(MarketDataCounter.SEQUENCE_JUMPS_HELD));
        assertEquals(1, count(MarketDataCounter.SEQUENCE_JUMPS_DROPPED), "the heartbeat, replaced by the stray");
    }

    /** An idle feed after a long outage: its heartbeats, a second apart, confirm one another. */
    @Test
    void heartbeatsRepeatedLaterConfirmTheJumpOfAnIdleFeed() {
        final MoldUdp64Sequencer s = sequencer(16, 1500);
        s.requestDelayNs(1_000_000L);
        final long next = 10 * FAR;
        final byte[] heartbeat = withCount(packet(next, 0), 0);
        feed(s, packet(1, 3), heartbeat, heartbeat.clone());
        assertFalse(s.gapOpen(), "the other line's copy, microseconds later, is not a second datagram");
        clock.advance(1_000_000_000L);
        feed(s, heartbeat.clone());
        assertTrue(s.gapOpen(), "the next heartbeat, a second later, confirms it");
        assertEquals(next - 4, s.behindBy());
        assertEquals(0, count(MarketDataCounter.SEQUENCE_JUMPS_DROPPED));
    }

    /** A/B late join: the copy waits with the jump, and the next packet confirms both lines' view. */
    @Test
    void aLateJoinOnBothLinesIsConfirmedByTheNextPacket() {
        final MoldUdp64Sequencer s = sequencer(16, 1500);
        s.requestDelayNs(1_000_000L);
        final long far = 10 * FAR;
        feed(s, packet(far, 2), packet(far, 2), packet(far + 2, 2), packet(far + 2, 2));
        assertTrue(s.gapOpen());
        assertEquals(2, s.heldPackets());
        assertEquals(far + 4 - 1, s.behindBy());
        assertEquals(2, count(MarketDataCounter.DUPLICATE_PACKETS), "each line's second copy");
        assertEquals(0, count(MarketDataCounter.SEQUENCE_JUMPS_DROPPED));
    }

    /**
     * A bogus packet set aside while it pointed far ahead; the feed then came within FAR_AHEAD of
     * it without confirming it. A later outage's first packet lands near it: that is no
     * confirmation of the bogus one, whose messages would otherwise be held and applied in place
     * of the real ones (the real copies then dropped as duplicates).
     */
    @Test
    void aJumpTheFeedCameNearWithoutConfirmingIsNotConfirmedByALaterOutage() {
        final MoldUdp64Sequencer s = sequencer(16, 1500);
        // Where one of the feed's packets of 100 will start: it takes that packet's place.
        final long bogusAt = 100_002;
        feed(s, packet(1, 1), bogus(bogusAt, 100));
        feedRange(s, 2, 60_002); // the feed goes on: the bogus packet is no longer far ahead
        final long outage = 150_001; // more than FAR beyond the feed, within FAR of the bogus packet
        feed(s, packet(outage, 1), packet(outage + 1, 1));
        feedRange(s, 60_002, outage); // the request server's answers
        assertFalse(s.gapOpen());
        assertEquals(-1, applied.indexOf(BOGUS), "no bogus message applied");
        final List<Long> want = range(1, outage + 1);
        assertEquals(want.size(), applied.size());
        assertTrue(want.equals(applied), "every message in order");
        assertEquals(1, count(MarketDataCounter.SEQUENCE_JUMPS_DROPPED));
        assertEquals(0, count(MarketDataCounter.UNRECOVERABLE_GAPS));
    }

    /** Guards the helper: a bogus packet's messages carry no sequence number. */
    @Test
    void bogusPacketsCarryTheMarker() {
        final byte[] p = bogus(7, 1);
        assertEquals(BOGUS, new UnsafeBuffer(p).getLong(22));
        assertEquals(8, new UnsafeBuffer(p).getShort(20, ByteOrder.BIG_ENDIAN));
    }
}
