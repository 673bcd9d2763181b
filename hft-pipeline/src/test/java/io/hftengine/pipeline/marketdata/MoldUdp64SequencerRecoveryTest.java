package io.hftengine.pipeline.marketdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.nio.ByteOrder;
import java.util.List;
import java.util.Map;

/**
 * {@link MoldUdp64Sequencer} recovering everything it knows is missing, and counting everything it
 * drops: each test feeds raw MoldUDP64 datagrams straight into the sequencer. Every message is an
 * 8-byte payload holding its own sequence number, so what was applied, and in which order, can be
 * checked directly. Each test was written against the sequencer before session 8 and failed there.
 */
class MoldUdp64SequencerRecoveryTest extends SequencerTestBase {
    /**
     * [1,3) then [2,5): message 2 of the second packet is dropped as a duplicate, 3 and 4 are
     * applied. The dropped message must be counted somewhere; today nothing but MESSAGES moves.
     */
    @Test
    void partialOverlapCountsTheDroppedHead() {
        final MoldUdp64Sequencer s = sequencer(4, 1500);
        feed(s, packet(1, 2));
        final Map<MarketDataCounter, Long> before = snapshot();
        feed(s, packet(2, 3));
        assertEquals(range(1, 4), applied, "the new tail is applied");
        final Map<MarketDataCounter, Long> after = snapshot();
        boolean dropCounted = false;
        for (final MarketDataCounter c : MarketDataCounter.values()) {
            if (c != MarketDataCounter.MESSAGES && !after.get(c).equals(before.get(c))) {
                dropCounted = true;
            }
        }
        assertTrue(dropCounted, "the duplicate message 2 is dropped without any counter recording it: " + after);
    }

    /**
     * Hold area of 2. 1 arrives, 2 is lost, 3 arrives twice (a duplicate, as multicast A/B or a
     * retransmission produces), then 4, then the retransmitted 2. Two slots are enough for 3 and
     * 4; today the duplicate 3 takes the second slot, 4 finds the area full and the gap is given
     * up (books stale) although nothing is actually lost.
     */
    @Test
    void aDuplicateOfAHeldPacketDoesNotTakeASlotNorForceAGiveUp() {
        final MoldUdp64Sequencer s = sequencer(2, 1500);
        feed(s, packet(1, 1), packet(3, 1), packet(3, 1), packet(4, 1), packet(2, 1));
        assertEquals(0, count(MarketDataCounter.UNRECOVERABLE_GAPS), "nothing was lost");
        assertEquals(0, staleCalls, "books not stale");
        assertEquals(range(1, 4), applied);
        assertFalse(s.gapOpen());
    }

    /**
     * Hold area of 2, full of 10 and 11 behind a gap 2..9. The retransmission of 5 arrives first
     * (answers may come out of order). It belongs before the held packets, so it takes the place
     * of the highest (11, which stays in the gap and is asked for again), rather than the gap
     * being given up and 5, never applied, being thrown away as a duplicate.
     */
    @Test
    void aPacketInsideTheGapArrivingWithTheHoldAreaFullIsNotCountedAsADuplicate() {
        final MoldUdp64Sequencer s = sequencer(2, 1500);
        feed(s, packet(1, 1), packet(10, 1), packet(11, 1));
        feed(s, packet(5, 1));
        assertEquals(0, count(MarketDataCounter.DUPLICATE_PACKETS), "5 was never seen before: not a duplicate");
        assertEquals(0, count(MarketDataCounter.UNRECOVERABLE_GAPS), "nothing is given up while it can be asked for");
        assertEquals(1, count(MarketDataCounter.HELD_PACKETS_EVICTED));
        assertEquals(2, s.heldPackets(), "5 and 10 held");
        feed(s, packet(2, 3));
        assertEquals(range(1, 5), applied);
        feed(s, packet(6, 4));
        assertEquals(range(1, 10), applied, "10 was kept");
        assertTrue(s.gapOpen(), "11, evicted, is still missing");
        assertTrue(requests.stream().anyMatch(r -> r[0] == 11 && r[1] == 1),
            "and asked for: " + requests.stream().map(r -> r[0] + "+" + r[1]).toList());
        feed(s, packet(11, 1));
        assertEquals(range(1, 11), applied);
        assertFalse(s.gapOpen());
    }

    /**
     * 1..3 applied, then End of Session announcing 6 as the next sequence: 4 and 5 were lost at
     * the tail. Like a heartbeat ahead, this must open a gap and request [4, 6); today it is only
     * counted and the loss goes unnoticed.
     */
    @Test
    void endOfSessionAheadOfExpectedRevealsATailGap() {
        final MoldUdp64Sequencer s = sequencer(4, 1500);
        feed(s, packet(1, 3), withCount(packet(6, 0), 0xFFFF));
        assertEquals(1, count(MarketDataCounter.END_OF_SESSION));
        assertEquals(1, count(MarketDataCounter.GAPS), "4 and 5 are known to be missing");
        assertEquals(1, requests.size());
        assertEquals(4, requests.get(0)[0]);
        assertEquals(2, requests.get(0)[1]);
        // and if the answer never comes, the loss is counted
        clock.advance(TIMEOUT_NS + 1);
        s.checkTimeout();
        assertEquals(2, count(MarketDataCounter.MESSAGES_LOST));
    }

    /**
     * The request could not be sent (the requester returns false: socket buffer full, no route).
     * It is never tried again: the gap runs into its timeout and the books go stale on a gap that
     * was never asked for. A failed send must be retried (rate-limited) within the timeout.
     */
    @Test
    void aRequestThatCouldNotBeSentIsRetriedBeforeTheGapIsGivenUp() {
        final MoldUdp64Sequencer s = sequencer(4, 1500);
        sendSucceeds = false;
        feed(s, packet(1, 1), packet(5, 1));
        assertEquals(1, requests.size());
        sendSucceeds = true;
        for (int i = 0; i < 10; i++) {
            clock.advance(TIMEOUT_NS / 10);
            s.checkTimeout();
        }
        assertTrue(requests.size() >= 2, "the failed request is tried again before the timeout; tries: "
            + requests.size() + ", unrecoverable gaps: " + count(MarketDataCounter.UNRECOVERABLE_GAPS));
    }

    /**
     * The request went out but was lost (UDP) or the server ignored it: nothing at all comes back.
     * The only re-request logic follows a partial answer, so exactly one request is ever sent and
     * the gap is given up at the timeout. One lost datagram makes the books stale.
     */
    @Test
    void anUnansweredRequestIsRepeatedBeforeTheGapIsGivenUp() {
        final MoldUdp64Sequencer s = sequencer(4, 1500);
        feed(s, packet(1, 1), packet(5, 1));
        for (int i = 0; i < 10; i++) {
            clock.advance(TIMEOUT_NS / 10);
            s.checkTimeout();
        }
        assertTrue(requests.size() >= 2, "an unanswered request is repeated within the gap timeout; sent: "
            + requests.size());
    }

    /**
     * maxPacketLength 100: a 120-byte packet [3,13) arrives behind the gap at 2 and cannot be held
     * (counted MALFORMED). The gap is opened only up to 3, so when 2 arrives the gap is closed as
     * filled and 3..12, known to be missing, are neither requested nor counted lost.
     */
    @Test
    void aPacketTooLongToHoldIsStillRequested() {
        final MoldUdp64Sequencer s = sequencer(4, 100);
        feed(s, packet(1, 1), packet(3, 10));
        assertEquals(1, count(MarketDataCounter.MALFORMED_PACKETS));
        feed(s, packet(2, 1));
        assertTrue(s.gapOpen() || requests.stream().anyMatch(r -> r[0] <= 3 && r[0] + r[1] >= 13),
            "3..12 are known to be missing and are asked for; requests: "
                + requests.stream().map(r -> r[0] + "+" + r[1]).toList());
    }

    /**
     * A garbage datagram of 20+ bytes arriving first fixes the session to its first ten bytes, and
     * every real packet after it is dropped as "another session": the feed is dead for the run.
     */
    @Test
    void aGarbageFirstDatagramDoesNotLockTheSession() {
        final MoldUdp64Sequencer s = sequencer(4, 1500);
        final byte[] garbage = new byte[40];
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = (byte) (i * 37 + 1);
        }
        feed(s, garbage, packet(1, 2), packet(3, 2));
        assertEquals(range(1, 4), applied, "the real feed is applied; MALFORMED="
            + count(MarketDataCounter.MALFORMED_PACKETS));
    }

    /**
     * Packet [2,5) whose second message's length runs past the datagram: 2 is applied, 3 and 4
     * are known to be missing at once, but no gap is opened and nothing requested until some
     * later packet or heartbeat happens to arrive.
     */
    @Test
    void aTruncatedMessageOpensAGapForTheRestOfThePacket() {
        final MoldUdp64Sequencer s = sequencer(4, 1500);
        final byte[] p = packet(2, 3);
        new UnsafeBuffer(p).putShort(30, (short) 200, ByteOrder.BIG_ENDIAN); // message 3 claims 200 bytes
        feed(s, packet(1, 1), p);
        assertEquals(range(1, 2), applied);
        assertEquals(1, count(MarketDataCounter.MALFORMED_PACKETS));
        assertTrue(s.gapOpen(), "3 and 4 are known missing");
        assertEquals(1, requests.size());
        assertEquals(3, requests.get(0)[0]);
        assertEquals(2, requests.get(0)[1]);
    }

    /**
     * A single packet with a sequence number 2^40 ahead (corrupt or bogus) while the live feed
     * carries on in order, a packet every 10 ms. The live packets are taken as a partial answer
     * to the request for [2, 2+65534); they flow faster than the re-ask interval, so the gap's
     * clock is never restarted: after the gap timeout the sequencer gives up, jumps to 2^40,
     * counts ~2^40 messages lost, and from then on every real packet is dropped as a duplicate.
     */
    @Test
    void aSingleHugeSequenceJumpDoesNotKillTheLiveFeed() {
        final MoldUdp64Sequencer s = sequencer(4, 1500);
        final long far = 1L << 40;
        feed(s, packet(1, 1), packet(far, 1));
        for (long seq = 2; seq <= 200; seq++) {
            clock.advance(10_000_000L);
            s.checkTimeout();
            feed(s, packet(seq, 1));
        }
        assertTrue(applied.containsAll(range(1, 200)), "the live feed goes on being applied: applied "
            + applied.size() + " expected=" + s.expectedSequence() + " lost=" + count(MarketDataCounter.MESSAGES_LOST)
            + " duplicates=" + count(MarketDataCounter.DUPLICATE_PACKETS)
            + " largest request=" + requests.stream().mapToLong(r -> r[1]).max().orElse(0));
    }

    /**
     * A gap of 1000 messages; the server answers the one request steadily, 10 messages every
     * 15 ms (servers pace retransmissions), so the answer takes 1.5 s, longer than the 1 s gap
     * timeout. Progress never stops for the re-ask interval (50 ms), so the clock is never
     * restarted: the gap is given up at 1 s while the answer is still flowing, and the books
     * go stale although every message arrives.
     */
    @Test
    void aGapWhoseAnswerKeepsFlowingIsNotGivenUp() {
        final MoldUdp64Sequencer s = sequencer(4, 1500);
        feed(s, packet(1, 1), packet(1002, 1));
        assertEquals(1000, requests.get(0)[1]);
        for (long first = 2; first < 1002; first += 10) {
            clock.advance(15_000_000L);
            s.checkTimeout();
            feed(s, packet(first, 10));
        }
        assertEquals(0, count(MarketDataCounter.UNRECOVERABLE_GAPS), "lost="
            + count(MarketDataCounter.MESSAGES_LOST));
        assertEquals(0, staleCalls);
        assertEquals(range(1, 1002), applied);
    }

    /**
     * 1 applied, 2 lost, 3 held, then a heartbeat announcing 10: 4..9 are known missing too. The
     * gap for 2 times out; the give-up resumes at 3 and forgets the heartbeat's target, so 4..9
     * are neither requested nor counted lost until some later packet or heartbeat shows them
     * again (after End of Session, none will).
     */
    @Test
    void aGiveUpKeepsTheTailAHeartbeatRevealed() {
        final MoldUdp64Sequencer s = sequencer(4, 1500);
        feed(s, packet(1, 1), packet(3, 1), packet(10, 0));
        clock.advance(TIMEOUT_NS + 1);
        s.checkTimeout();
        assertEquals(List.of(1L, 3L), applied);
        assertEquals(1, count(MarketDataCounter.MESSAGES_LOST), "2 given up");
        assertTrue(s.gapOpen() && requests.stream().anyMatch(r -> r[0] == 4 && r[1] == 6),
            "4..9 still known missing and asked for; gap open=" + s.gapOpen() + ", requests: "
                + requests.stream().map(r -> r[0] + "+" + r[1]).toList());
    }
}
