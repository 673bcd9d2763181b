package io.hftengine.pipeline.marketdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The sequencer as an A/B arbitrator: both lines' packets reach it interleaved, each message is
 * applied once from whichever line brought it first, and a gap waits the request delay for the
 * other line before the request server is asked.
 */
class LineArbitrationSequencerTest extends SequencerTestBase {
    private static final long DELAY_NS = 1_000_000L;

    private MoldUdp64Sequencer arbitrating() {
        final MoldUdp64Sequencer s = sequencer(16, 1500);
        s.requestDelayNs(DELAY_NS);
        return s;
    }

    @Test
    void eachMessageIsAppliedOnceFromWhicheverLineBringsItFirst() {
        final MoldUdp64Sequencer s = arbitrating();
        // A: 1, 2, _, 4 ; B: 1, _, 3, 4, interleaved as they might arrive.
        feed(s, packet(1, 1), packet(1, 1), packet(2, 1), packet(4, 1), packet(3, 1), packet(4, 1));
        assertEquals(range(1, 4), applied);
        assertEquals(2, count(MarketDataCounter.DUPLICATE_PACKETS), "the other line's copies of 1 and 4");
        assertTrue(requests.isEmpty(), "the B line filled A's hole before any request was due");
        assertFalse(s.gapOpen());
        s.checkTimeout();
        assertTrue(requests.isEmpty());
    }

    @Test
    void aHoleBothLinesMissIsRequestedOnceTheDelayHasPassed() {
        final MoldUdp64Sequencer s = arbitrating();
        feed(s, packet(1, 1), packet(4, 2));
        assertTrue(s.gapOpen());
        s.checkTimeout();
        assertTrue(requests.isEmpty(), "not before the delay");
        clock.advance(DELAY_NS / 2);
        feed(s, packet(2, 1)); // the other line brings part of it
        s.checkTimeout();
        assertTrue(requests.isEmpty(), "still not before the delay");
        clock.advance(DELAY_NS);
        s.checkTimeout();
        assertEquals(1, requests.size());
        assertEquals(3, requests.get(0)[0], "only what is still missing");
        assertEquals(1, requests.get(0)[1]);
        assertEquals(1, count(MarketDataCounter.RETRANSMIT_REQUESTS));
        feed(s, packet(3, 1));
        assertEquals(range(1, 5), applied);
        assertFalse(s.gapOpen());
    }

    /**
     * An answer fills the first hole and shows another behind it (a packet both lines lost while
     * the gap was open, or one line is still behind): that hole waits the delay too before it is
     * requested (it was asked for at once).
     */
    @Test
    void aSecondHoleFoundWhenTheFirstIsFilledAlsoWaitsForTheOtherLine() {
        final MoldUdp64Sequencer s = arbitrating();
        feed(s, packet(1, 1), packet(3, 1), packet(5, 1));
        clock.advance(DELAY_NS + 1);
        s.checkTimeout();
        assertEquals(1, requests.size(), "the first hole, 2");
        feed(s, packet(2, 1)); // its answer: 3 follows, then the hole at 4
        assertEquals(range(1, 3), applied);
        assertEquals(1, requests.size(), "the hole at 4 waits for the other line");
        feed(s, packet(4, 1)); // which brings it
        assertEquals(range(1, 5), applied);
        assertEquals(1, requests.size());
        assertFalse(s.gapOpen());
    }

    @Test
    void withoutADelayAGapIsRequestedAtOnceAsBefore() {
        final MoldUdp64Sequencer s = sequencer(16, 1500);
        feed(s, packet(1, 1), packet(3, 1));
        assertEquals(1, requests.size());
        assertThrows(IllegalArgumentException.class, () -> s.requestDelayNs(-1));
    }

    @Test
    void aGapTheLinesNeverFillIsStillGivenUpAtTheTimeout() {
        final MoldUdp64Sequencer s = arbitrating();
        sendSucceeds = false;
        feed(s, packet(1, 1), packet(3, 1));
        clock.advance(TIMEOUT_NS + 1);
        s.checkTimeout();
        assertEquals(1, count(MarketDataCounter.UNRECOVERABLE_GAPS));
        assertEquals(1, staleCalls);
        assertEquals(java.util.List.of(1L, 3L), applied);
    }
}
