package io.hftengine.pipeline.marketdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@link MoldUdp64Sequencer} cases the other tests do not cover (heartbeat tail gaps, overlapping
 * retransmissions of other framings, zero-length messages, sequence 0, short datagrams): each test
 * feeds raw MoldUDP64 datagrams straight into the sequencer. Every message is an 8-byte payload
 * holding its own sequence number, so what was applied, and in which order, can be checked.
 */
class MoldUdp64SequencerEdgeCaseTest extends SequencerTestBase {
    /** A heartbeat ahead of what was received reveals a tail gap: requested, then filled. */
    @Test
    void heartbeatAheadRequestsTheTailAndTheRetransmissionFillsIt() {
        final MoldUdp64Sequencer s = sequencer(4, 1500);
        feed(s, packet(1, 3), packet(6, 0));
        assertEquals(1, count(MarketDataCounter.HEARTBEATS));
        assertEquals(1, count(MarketDataCounter.GAPS));
        assertEquals(1, requests.size());
        assertEquals(4, requests.get(0)[0]);
        assertEquals(2, requests.get(0)[1]);
        assertEquals(0, s.heldPackets());
        feed(s, packet(4, 2));
        assertFalse(s.gapOpen());
        assertEquals(1, count(MarketDataCounter.GAPS_FILLED));
        assertEquals(range(1, 5), applied);
    }

    /** A heartbeat tail gap that is never answered is given up with the right loss count. */
    @Test
    void heartbeatTailGapTimesOutWithItsLossCounted() {
        final MoldUdp64Sequencer s = sequencer(4, 1500);
        feed(s, packet(1, 3), packet(6, 0));
        clock.advance(TIMEOUT_NS + 1);
        s.checkTimeout();
        assertEquals(1, count(MarketDataCounter.UNRECOVERABLE_GAPS));
        assertEquals(2, count(MarketDataCounter.MESSAGES_LOST));
        assertEquals(1, staleCalls);
        assertEquals(6, s.expectedSequence());
        feed(s, packet(6, 1));
        assertEquals(List.of(1L, 2L, 3L, 6L), applied);
    }

    /**
     * A heartbeat during an open gap, announcing more than the held packets cover: once the first
     * hole is filled and the held packets drained, the tail it revealed is requested at once.
     */
    @Test
    void heartbeatDuringAGapExtendsItToTheTail() {
        final MoldUdp64Sequencer s = sequencer(4, 1500);
        feed(s, packet(1, 1), packet(3, 1), packet(8, 0));
        assertEquals(1, requests.size());
        feed(s, packet(2, 1));
        assertEquals(range(1, 3), applied);
        assertTrue(s.gapOpen());
        assertEquals(2, requests.size());
        assertEquals(4, requests.get(1)[0]);
        assertEquals(4, requests.get(1)[1]);
        feed(s, packet(4, 4));
        assertFalse(s.gapOpen());
        assertEquals(range(1, 7), applied);
    }

    /**
     * Retransmissions overlapping what was held, partially and duplicated, out of order: each
     * message applied once, in order.
     */
    @Test
    void overlappingAndDuplicatedRetransmissionsApplyEachMessageOnce() {
        final MoldUdp64Sequencer s = sequencer(8, 1500);
        feed(s, packet(1, 2), packet(7, 3));              // gap 3..6, 7..9 held
        feed(s, packet(3, 2), packet(3, 2));              // partial answer, then its duplicate
        feed(s, packet(4, 5));                            // overlaps both the answer and the held packet
        feed(s, packet(6, 1), packet(10, 1));
        assertEquals(range(1, 10), applied);
        assertFalse(s.gapOpen());
        assertEquals(0, s.heldPackets());
        assertEquals(0, count(MarketDataCounter.UNRECOVERABLE_GAPS));
    }

    /**
     * Message count larger than the messages present: the complete ones applied, counted, no
     * crash, and the rest the count promised requested at once. (As the first packet it would
     * not fix the session: only a well-framed one does.)
     */
    @Test
    void countBeyondTheMessagesPresentAppliesWhatIsThere() {
        final MoldUdp64Sequencer s = sequencer(4, 1500);
        feed(s, withCount(packet(1, 2), 5));
        assertEquals(List.of(), applied, "a badly framed first packet does not fix the session");
        feed(s, packet(1, 1), withCount(packet(2, 2), 5));
        assertEquals(1 + 1, count(MarketDataCounter.MALFORMED_PACKETS));
        assertEquals(range(1, 3), applied);
        assertEquals(1, requests.size(), "the rest the count promised is requested at once");
        assertEquals(4, requests.get(0)[0]);
        assertEquals(3, requests.get(0)[1]);
        feed(s, packet(4, 3));
        assertEquals(range(1, 6), applied);
        assertFalse(s.gapOpen());
    }

    /** Zero-length messages are sequenced like any other. */
    @Test
    void zeroLengthMessagesAreApplied() {
        final MoldUdp64Sequencer s = sequencer(4, 1500);
        final byte[] p = new byte[20 + 4];
        final UnsafeBuffer b = new UnsafeBuffer(p);
        b.putBytes(0, SESSION.getBytes(StandardCharsets.US_ASCII));
        b.putLong(10, 1, ByteOrder.BIG_ENDIAN);
        b.putShort(18, (short) 2, ByteOrder.BIG_ENDIAN);
        feed(s, p, packet(3, 1));
        assertEquals(List.of(-1L, -1L, 3L), applied);
        assertEquals(4, s.expectedSequence());
        assertEquals(0, count(MarketDataCounter.MALFORMED_PACKETS));
    }

    /** Sequence number 0 (below the first message of a session) is a duplicate, not a gap. */
    @Test
    void sequenceNumberZeroIsDroppedAsADuplicate() {
        final MoldUdp64Sequencer s = sequencer(4, 1500);
        feed(s, packet(1, 1), packet(0, 1));
        assertEquals(List.of(1L), applied);
        assertEquals(1, count(MarketDataCounter.DUPLICATE_PACKETS));
        assertEquals(0, count(MarketDataCounter.GAPS));
    }

    /** Truncated and garbage datagrams after the session is known are counted, never fatal. */
    @Test
    void shortAndGarbageDatagramsAreCountedDrops() {
        final MoldUdp64Sequencer s = sequencer(4, 1500);
        feed(s, packet(1, 1), new byte[0], new byte[19], java.util.Arrays.copyOf(packet(2, 1), 21), packet(2, 1));
        assertEquals(range(1, 2), applied);
        assertEquals(3, count(MarketDataCounter.MALFORMED_PACKETS), "empty, 19 bytes, a message cut short");
        assertEquals(1, count(MarketDataCounter.GAPS), "the cut message is known missing");
        assertEquals(1, count(MarketDataCounter.GAPS_FILLED), "and the whole packet fills it");
        assertFalse(s.gapOpen());
    }
}
