package io.hftengine.pipeline.marketdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

/**
 * {@link MoldUdp64Sequencer} against headers that promise what the packet cannot be: a sequence
 * range running past 2^63 - 1, a message count beyond the messages present on a packet that has
 * to be held, and a packet too long to hold arriving with the hold area full.
 */
class MoldUdp64SequencerCorruptHeaderTest extends SequencerTestBase {
    /**
     * A packet starting just below 2^63 whose count carries its range past it: as impossible as
     * one starting beyond 2^63, and dropped the same way (malformed), not taken for a duplicate of
     * messages already applied (its end wraps negative, below expected).
     */
    @Test
    void aRangeRunningPastTwoToTheSixtyThreeIsMalformedNotADuplicate() {
        final MoldUdp64Sequencer s = sequencer(4, 1500);
        feed(s, packet(1, 1), packet(Long.MAX_VALUE - 1, 3));
        assertEquals(1, count(MarketDataCounter.MALFORMED_PACKETS));
        assertEquals(0, count(MarketDataCounter.DUPLICATE_PACKETS), "nothing of it was applied before");
        assertEquals(0, count(MarketDataCounter.DUPLICATE_MESSAGES));
        assertEquals(2, s.expectedSequence());
    }

    /**
     * 1 applied, 2 lost, then [3,4) whose header claims 50 messages (a count overrun) is held
     * behind the gap. 4 and 5 then arrive intact: they lie inside what the held packet claims,
     * but it does not hold them. They must be held too, not dropped as duplicates, so that once 2
     * comes back 1..5 are applied with nothing more to ask for than the rest the bad count
     * claimed. (With no request server, as in a replay, dropping them loses them.)
     */
    @Test
    void aHeldPacketWhoseCountOverrunsItDoesNotSwallowTheGoodPacketsAfterIt() {
        final MoldUdp64Sequencer s = sequencer(4, 1500);
        feed(s, packet(1, 1), withCount(packet(3, 1), 50), packet(4, 1), packet(5, 1));
        assertEquals(0, count(MarketDataCounter.DUPLICATE_PACKETS), "4 and 5 were never seen before");
        feed(s, packet(2, 1));
        assertEquals(range(1, 5), applied);
        assertEquals(1, count(MarketDataCounter.MALFORMED_PACKETS), "the overrun counted once");
    }

    /**
     * Hold area of 1 (holding 10), max packet 100 bytes. A 120-byte packet [5,15) arrives: too
     * long to hold, it is counted and its range stays in the gap. Held 10 must not be evicted
     * for a packet that is not going to be held; with no request server it would be lost.
     */
    @Test
    void aPacketTooLongToHoldDoesNotEvictAHeldOne() {
        final MoldUdp64Sequencer s = sequencer(1, 100);
        feed(s, packet(1, 1), packet(20, 1), packet(5, 10));
        assertEquals(1, count(MarketDataCounter.MALFORMED_PACKETS), "too long to hold");
        assertEquals(0, count(MarketDataCounter.HELD_PACKETS_EVICTED), "nothing took 20's place");
        assertEquals(1, s.heldPackets());
        feed(s, packet(2, 3), packet(5, 5), packet(10, 5), packet(15, 5));
        assertEquals(range(1, 20), applied);
        assertFalse(s.gapOpen());
        assertEquals(0, count(MarketDataCounter.UNRECOVERABLE_GAPS), "requests: "
            + requests.stream().map(Arrays::toString).toList());
    }
}
