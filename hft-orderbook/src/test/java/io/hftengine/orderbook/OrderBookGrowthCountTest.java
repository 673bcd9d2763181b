package io.hftengine.orderbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hftengine.types.Side;
import org.junit.jupiter.api.Test;

/**
 * {@link OrderBook#levelGrowths()} counts exactly one per doubling, of a side's array and of the
 * level store alike, and the store's last step stops at the order capacity.
 */
class OrderBookGrowthCountTest {
    @Test
    void everyDoublingOfASideAndOfTheLevelStoreIsCountedOnce() {
        final int store = 1 << 18;
        final int capacity = store + 3;
        final long top = 1_000_000;
        final OrderBook book = new OrderBook(capacity, 10, 1 << 16);
        book.addSymbol(9, 9);
        // Each ask a new best, so every insert lands at the end of the side's array.
        for (int i = 0; i < store; i++) {
            book.addOrder(9, i, Side.SELL, top - i, 1);
        }
        assertEquals(2, book.levelGrowths(), "2^16 to 2^17 to 2^18 levels; the store's first block holds them");
        book.addOrder(9, -1, Side.SELL, top - store, 1);
        assertEquals(4, book.levelGrowths(), "the side to 2^19 and the store to the capacity");
        book.addOrder(9, -2, Side.SELL, top - store - 1, 1);
        book.addOrder(9, -3, Side.SELL, top - store - 2, 1);
        assertEquals(capacity, book.levelCount(9, Side.SELL));
        assertEquals(4, book.levelGrowths());
        assertEquals(BookChange.ANOMALY | 9, book.addOrder(9, -4, Side.BUY, 1, 1), "full");
        for (int i = 0; i < 3; i++) {
            book.deleteOrder(-1 - i);
        }
        for (int i = store - 1; i >= 0; i--) {
            book.deleteOrder(i);
        }
        assertEquals(0, book.liveOrders());
        for (int i = 0; i < capacity; i++) {
            book.addOrder(9, i, Side.BUY, 1 + i, 1);
        }
        assertEquals(7, book.levelGrowths(), "only the bid side grows, three times: freed levels are reused");
        assertEquals(1, book.totalAnomalies());
        assertEquals(capacity, book.l2(9).bestBidPrice());
        assertEquals(L2View.NO_PRICE, book.l2(9).bestAskPrice());
    }
}
