package io.hftengine.pipeline.marketdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** A recording that ends inside a gap: nothing can fill it now, so it is given up at once. */
class SequencerEndOfInputTest extends SequencerTestBase {
    @Test
    void aGapOpenAtTheEndIsGivenUpHeldPacketsAppliedTheHoleCountedLost() {
        final MoldUdp64Sequencer s = sequencer(8, 1500);
        feed(s, packet(1, 1), packet(4, 2), packet(6, 1));
        assertEquals(java.util.List.of(1L), applied, "held behind the hole 2..3");
        s.endOfInput();
        assertEquals(java.util.List.of(1L, 4L, 5L, 6L), applied);
        assertEquals(2, count(MarketDataCounter.MESSAGES_LOST));
        assertEquals(1, count(MarketDataCounter.UNRECOVERABLE_GAPS));
        assertEquals(1, staleCalls);
        assertFalse(s.gapOpen());
        assertEquals(0, s.heldPackets());
    }

    @Test
    void withoutAGapTheEndChangesNothing() {
        final MoldUdp64Sequencer s = sequencer(8, 1500);
        feed(s, packet(1, 3));
        s.endOfInput();
        assertEquals(range(1, 3), applied);
        assertEquals(0, count(MarketDataCounter.UNRECOVERABLE_GAPS));
        assertEquals(0, staleCalls);
    }
}
