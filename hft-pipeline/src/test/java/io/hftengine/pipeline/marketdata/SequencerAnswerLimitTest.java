package io.hftengine.pipeline.marketdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/**
 * The answer cap the sequencer learns from a server that stopped short of a request must not come
 * from an answer packet lost on the way: a request cut to a packet's worth of messages for the
 * rest of the session takes a round trip per packet to fill any later gap.
 */
class SequencerAnswerLimitTest extends SequencerTestBase {
    private static final long QUIET_NS = TIMEOUT_NS / 10;

    /**
     * 2..5 lost, asked for; the server (no cap) answers in two packets and the second, 4..5, is
     * lost: a quiet period, the rest asked again and filled. Later 7..1006 are lost: the request
     * asks for all 1,000, not for the 2 the first answer happened to bring.
     */
    @Test
    void anAnswerCutShortByItsLastPacketLostDoesNotCapLaterGaps() {
        final MoldUdp64Sequencer s = sequencer(8, 1500);
        feed(s, packet(1, 1), packet(6, 1));
        feed(s, packet(2, 2)); // 4..5, the answer's second packet, lost
        clock.advance(QUIET_NS);
        s.checkTimeout();
        assertEquals(4, requests.get(requests.size() - 1)[0], "the rest asked again");
        feed(s, packet(4, 2));
        assertFalse(s.gapOpen());
        feed(s, packet(1007, 1));
        final long[] last = requests.get(requests.size() - 1);
        assertEquals(7, last[0]);
        assertEquals(1_000, last[1], "the whole hole asked for");
    }

    /**
     * Within one wide gap: a server capped at 64 answers in packets of 16, and the second packet
     * of its first answer is lost; the rest of that answer arrives and is held. The quiet period
     * that follows is a loss (the answer went on past it), not the server's cap: later requests
     * still ask for 64, not 16.
     */
    @Test
    void anAnswerThatWentOnPastALostPacketIsNotTakenForTheCap() {
        final MoldUdp64Sequencer s = sequencer(8, 1500);
        feed(s, packet(1, 1), packet(10_001, 1));
        feed(s, packet(2, 16), packet(34, 16), packet(50, 16)); // 18..33 lost; 64 of 65,534 answered
        clock.advance(QUIET_NS);
        s.checkTimeout(); // asks again from 18
        assertEquals(18, requests.get(requests.size() - 1)[0]);
        feed(s, packet(18, 16)); // the lost packet: 2..65 in, the hole goes on
        for (int i = 0; i < 3; i++) { // the server's cap of 64: a quiet period, the cap learned
            final long[] last = requests.get(requests.size() - 1);
            final long end = last[0] + Math.min(64, last[1]);
            for (long next = last[0]; next < end; next += 16) {
                feed(s, packet(next, (int) Math.min(16, end - next)));
            }
            clock.advance(QUIET_NS);
            s.checkTimeout();
        }
        assertEquals(64, requests.get(requests.size() - 1)[1], "asked in the server's cap, not 16");
    }
}
