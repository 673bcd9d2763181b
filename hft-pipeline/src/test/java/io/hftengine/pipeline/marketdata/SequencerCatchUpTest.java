package io.hftengine.pipeline.marketdata;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A gap far wider than the hold area, as an engine restarted during the day meets: the live feed
 * is millions of messages ahead and the request server replays the morning. The hold area fills
 * in a blink; the gap must still be followed to its end through the request server, not given up
 * (books stale for the rest of the session) because the live packets outran the hold area.
 */
class SequencerCatchUpTest extends SequencerTestBase {

    /**
     * Hold area of 2. After 1, packets 2..9 are lost and 10..13 arrive live. 10 and 11 are held;
     * 12 and 13 find the area full. Before, 12 gave the gap up (messages 2..9 lost, books stale)
     * although the request server still had them.
     */
    @Test
    void packetsBeyondAFullHoldAreaAreLeftToTheRequestServer() {
        final MoldUdp64Sequencer s = sequencer(2, 1500);
        feed(s, packet(1, 1), packet(10, 1), packet(11, 1), packet(12, 1), packet(13, 1));
        assertEquals(0, count(MarketDataCounter.UNRECOVERABLE_GAPS), "nothing is lost yet: the server has 2..13");
        assertEquals(0, staleCalls);
        assertEquals(2, count(MarketDataCounter.PACKETS_LEFT_TO_REQUEST));
        assertEquals(14 - 2, s.behindBy(), "the feed is known to be at 14");
        feed(s, packet(2, 8));
        assertEquals(range(1, 11), applied, "the answer and then the held packets");
        assertTrue(s.gapOpen(), "12 and 13 are still missing");
        final long[] last = requests.get(requests.size() - 1);
        assertEquals(12, last[0], "12..13 asked for at once");
        assertEquals(2, last[1]);
        feed(s, packet(12, 2));
        assertEquals(range(1, 13), applied);
        assertFalse(s.gapOpen());
        assertEquals(0, count(MarketDataCounter.UNRECOVERABLE_GAPS));
    }

    /** With no answer at all, the gap is still given up at its timeout, and the live feed resumes. */
    @Test
    void aSilentServerStillGivesTheGapUpAtItsTimeout() {
        final MoldUdp64Sequencer s = sequencer(2, 1500);
        feed(s, packet(1, 1), packet(10, 1), packet(11, 1), packet(12, 1));
        clock.advance(TIMEOUT_NS + 1);
        s.checkTimeout();
        assertEquals(1, staleCalls, "books stale");
        assertEquals(java.util.List.of(1L, 10L, 11L), applied, "the held 10 and 11 applied");
        assertEquals(12, s.expectedSequence());
        assertTrue(s.gapOpen(), "12, left to the server, is still a gap of its own");
        clock.advance(TIMEOUT_NS + 1);
        s.checkTimeout();
        assertEquals(13, s.expectedSequence());
        assertFalse(s.gapOpen());
        feed(s, packet(13, 1));
        assertEquals(13L, applied.get(applied.size() - 1));
    }

    /**
     * The server answers at most 64 messages a request (real ones cap their answers; the feed
     * simulator's cap is 512). A request for the whole hole is answered in part and the rest is
     * asked for only after a quiet re-ask period (50 ms at a 1 s gap timeout): a restart catching
     * up with the morning that way gains 64 messages every 50 ms and never catches up. Once the
     * sequencer has seen the server stop short, it asks in answers of that size, each one as soon
     * as the last is in.
     */
    @Test
    void aServerThatAnswersInPartsIsAskedInPartsOfThatSize() {
        final MoldUdp64Sequencer s = sequencer(4, 1500);
        final int serverCap = 64;
        feed(s, packet(1, 1), packet(10_001, 1));
        answer(s, serverCap);
        assertEquals(2 + serverCap, s.expectedSequence());
        clock.advance(TIMEOUT_NS / 10); // quiet: the rest is asked for again
        s.checkTimeout();
        final int requestsBefore = requests.size();
        for (int i = 0; i < 20 && s.gapOpen(); i++) {
            answer(s, serverCap);
        }
        assertEquals(2 + 21 * serverCap, s.expectedSequence(),
            "each answer, once in, is followed by the next request with no quiet period: requests " + requests.size());
        assertEquals(requestsBefore + 20, requests.size());
        assertEquals(serverCap, requests.get(requests.size() - 1)[1], "asked in the server's measure");
    }

    /**
     * A restart during the day: the live feed runs 20,000 messages ahead and keeps publishing (a
     * packet of 4 messages between any two answers), the hold area holds 8 packets, the request
     * server answers at most 256 messages a request. The engine catches up with the live feed and
     * applies every message once, in order, with nothing given up.
     */
    @Test
    void aRestartCatchesUpWithARunningFeedThroughTheRequestServer() {
        final MoldUdp64Sequencer s = sequencer(8, 1500);
        final int serverCap = 256;
        long live = 20_001;
        feed(s, packet(live, 4));
        live += 4;
        int turns = 0;
        while ((s.gapOpen() || s.expectedSequence() < live) && turns++ < 10_000) {
            clock.advance(100_000); // 100 µs a turn: a quiet server would be re-asked every 50 ms
            s.checkTimeout();
            answer(s, serverCap);
            feed(s, packet(live, 4));
            live += 4;
        }
        assertEquals(live, s.expectedSequence(), "caught up with the live feed in " + turns + " turns");
        assertFalse(s.gapOpen());
        assertEquals(live - 1, applied.size(), "each message applied once");
        for (int i = 0; i < applied.size(); i++) {
            assertEquals(i + 1, applied.get(i), "in sequence order");
        }
        assertEquals(0, count(MarketDataCounter.UNRECOVERABLE_GAPS));
        assertEquals(0, staleCalls);
    }

    /** Answers the last request as a server capped at {@code cap} messages would, in packets of 32. */
    private void answer(final MoldUdp64Sequencer s, final int cap) {
        if (requests.isEmpty()) {
            return;
        }
        final long[] last = requests.get(requests.size() - 1);
        long next = last[0];
        final long end = last[0] + Math.min(last[1], cap);
        while (next < end) {
            final int n = (int) Math.min(32, end - next);
            feed(s, packet(next, n));
            next += n;
        }
    }
}
