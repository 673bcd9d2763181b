package io.hftengine.pipeline.marketdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Packets beyond a full hold area are left to the request server only while one may answer
 * them: not when no request can be sent (replay, benchmarks, no request server configured), not
 * once a gap has been given up (the books are stale for the session; following the live feed is
 * what is left), and not past the end of the input.
 */
class SequencerLeftToRequestTest extends SequencerTestBase {

    /**
     * A replay (or a feed with no request server): no request can be sent, so nothing beyond a
     * full hold area can come later. The gap is given up at once, as before packets were left to
     * the server, and every packet after the hole is applied: a capture missing one packet loses
     * that packet, not a gap timeout's worth of the feed behind it.
     */
    @Test
    void withNoRequestServerAFullHoldAreaStillGivesTheGapUpAtOnce() {
        sendSucceeds = false;
        final MoldUdp64Sequencer s = sequencer(2, 1500);
        feed(s, packet(1, 1), packet(3, 1), packet(4, 1), packet(5, 1), packet(6, 1));
        assertEquals(List.of(1L, 3L, 4L, 5L, 6L), applied, "only 2 is lost");
        assertEquals(1, count(MarketDataCounter.MESSAGES_LOST));
        assertEquals(1, count(MarketDataCounter.UNRECOVERABLE_GAPS));
        assertEquals(0, count(MarketDataCounter.PACKETS_LEFT_TO_REQUEST));
        assertFalse(s.gapOpen());
    }

    /**
     * A request server that never answers (down, or no longer holding the range), a live feed
     * that keeps publishing a packet a millisecond. The first gap is waited for up to its timeout;
     * once it is given up the books are stale for the session and the live feed is followed again.
     * Before, what had been left to the server became a new gap each time, the hold area filled
     * again behind it and was given up a timeout later: one hold area applied per gap timeout,
     * the rest of the feed lost for the whole run.
     */
    @Test
    void afterAGapIsGivenUpTheLiveFeedIsFollowedAgainNotOneHoldAreaPerTimeout() {
        final MoldUdp64Sequencer s = sequencer(2, 1500);
        feed(s, packet(1, 1));
        long live = 3; // 2 is lost and never answered
        for (int ms = 0; ms < 5_000; ms++) {
            clock.advance(1_000_000);
            s.checkTimeout();
            feed(s, packet(live, 1));
            live++;
        }
        assertEquals(live, s.expectedSequence(), "following the live feed at the end");
        assertFalse(s.gapOpen());
        assertTrue(count(MarketDataCounter.UNRECOVERABLE_GAPS) <= 2,
            "the first gap and what was left to the server behind it: " + count(MarketDataCounter.UNRECOVERABLE_GAPS));
        assertEquals(live - 1, applied.size() + count(MarketDataCounter.MESSAGES_LOST),
            "each message applied or counted lost");
    }

    /**
     * A request server slow to answer (under load, 300 ms) is waited for while the live feed
     * outruns the hold area: its answer then fills the gap and nothing is lost. Giving up early
     * (a silent server costs a gap timeout of the feed instead) would gain nothing, since a
     * give-up leaves the books stale for the session whenever it comes.
     */
    @Test
    void aSlowServerIsWaitedForUpToTheGapTimeout() {
        final MoldUdp64Sequencer s = sequencer(2, 1500);
        feed(s, packet(1, 1), packet(10, 1), packet(11, 1));
        for (long live = 12; live < 40; live++) {
            clock.advance(10_000_000);
            s.checkTimeout();
            feed(s, packet(live, 1));
        }
        assertEquals(0, count(MarketDataCounter.UNRECOVERABLE_GAPS), "280 ms in, the server may still answer");
        final long[] hole = requests.get(requests.size() - 1);
        feed(s, packet(hole[0], (int) hole[1]));
        assertEquals(12, s.expectedSequence(), "2..9 answered, 10 and 11 applied from the hold area");
        final long[] rest = requests.get(requests.size() - 1);
        assertEquals(12, rest[0], "what was left to the server asked for at once");
        feed(s, packet(rest[0], (int) rest[1]));
        assertEquals(40, s.expectedSequence(), "the answers fill all of it");
        assertFalse(s.gapOpen());
        assertEquals(39, applied.size());
    }

    /**
     * The input ends with packets left to the request server behind the held ones: nothing can
     * come for them now either. They are counted lost with the hole, and no gap stays open (the
     * summary's received = processed + dropped counts them).
     */
    @Test
    void theEndGivesUpWhatWasLeftToTheServerToo() {
        final MoldUdp64Sequencer s = sequencer(2, 1500);
        feed(s, packet(1, 1), packet(3, 1), packet(4, 1), packet(5, 1), packet(6, 1));
        assertEquals(2, count(MarketDataCounter.PACKETS_LEFT_TO_REQUEST));
        s.endOfInput();
        assertEquals(List.of(1L, 3L, 4L), applied);
        assertEquals(3, count(MarketDataCounter.MESSAGES_LOST), "2, and 5 and 6 left to the server");
        assertFalse(s.gapOpen());
    }

    /** Two holes at the end (2 and 4 lost): both given up, every held packet applied. */
    @Test
    void theEndGivesUpEveryHoleNotOnlyTheFirst() {
        final MoldUdp64Sequencer s = sequencer(8, 1500);
        feed(s, packet(1, 1), packet(3, 1), packet(5, 1));
        s.endOfInput();
        assertEquals(List.of(1L, 3L, 5L), applied);
        assertEquals(2, count(MarketDataCounter.MESSAGES_LOST));
        assertFalse(s.gapOpen());
        assertEquals(0, s.heldPackets());
    }
}
