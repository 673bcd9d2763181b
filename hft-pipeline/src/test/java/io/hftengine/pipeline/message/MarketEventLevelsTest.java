package io.hftengine.pipeline.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hftengine.orderbook.L2Book;
import io.hftengine.types.Side;
import org.junit.jupiter.api.Test;

/** {@link MarketEvent#levelsFrom}: the one-pass copy a book event is built with. */
class MarketEventLevelsTest {

    private static L2Book book(final int bids, final int asks) {
        final L2Book book = new L2Book(10);
        for (int i = 0; i < bids; i++) {
            book.addLevel(Side.BUY, 1_000 - i, 100 + i);
        }
        for (int i = 0; i < asks; i++) {
            book.addLevel(Side.SELL, 1_001 + i, 200 + i);
        }
        return book;
    }

    @Test
    void copiesBestFirstScaledAndCappedAtTheDepth() {
        final MarketEvent event = new MarketEvent();
        event.book(MarketEventType.BOOK_UPDATE, 7, 1L, false).levelsFrom(book(10, 3), 5, 10_000);
        assertEquals(5, event.bidLevels());
        assertEquals(3, event.askLevels());
        for (int i = 0; i < 5; i++) {
            assertEquals((1_000L - i) * 10_000, event.bidPrice(i));
            assertEquals(100L + i, event.bidQuantity(i));
        }
        for (int i = 0; i < 3; i++) {
            assertEquals((1_001L + i) * 10_000, event.askPrice(i));
            assertEquals(200L + i, event.askQuantity(i));
        }
    }

    @Test
    void replacesWhatTheEventHeldBefore() {
        final MarketEvent event = new MarketEvent();
        event.book(MarketEventType.BOOK_UPDATE, 7, 1L, false).levelsFrom(book(10, 10), 10, 1);
        event.book(MarketEventType.BOOK_UPDATE, 7, 2L, false).levelsFrom(book(2, 0), 10, 1);
        assertEquals(2, event.bidLevels());
        assertEquals(0, event.askLevels());
        assertEquals(999, event.bidPrice(1));
    }

    @Test
    void rejectsADepthTheEventCannotHold() {
        final MarketEvent event = new MarketEvent();
        assertThrows(IllegalArgumentException.class, () -> event.levelsFrom(book(1, 1), MarketEvent.MAX_LEVELS + 1, 1));
        assertThrows(IllegalArgumentException.class, () -> event.levelsFrom(book(1, 1), -1, 1));
    }
}
