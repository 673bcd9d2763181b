package io.hftengine.orderbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hftengine.orderbook.internal.LevelLadders;
import io.hftengine.orderbook.internal.OrderTable;
import io.hftengine.orderbook.internal.PriceLevels;
import org.junit.jupiter.api.Test;

/** The size limits agree across the book, its order table and its level store, and are checked up front. */
class OrderBookLimitsTest {
    @Test
    void everyStoreSharesTheSameLimit() {
        assertEquals(1 << 28, OrderBook.MAX_ORDER_CAPACITY);
        assertEquals(OrderBook.MAX_ORDER_CAPACITY, OrderTable.MAX_CAPACITY);
        assertEquals(OrderBook.MAX_ORDER_CAPACITY, PriceLevels.MAX_LEVELS,
            "a level holds at least one order, so the level store must take as many levels as orders");
        assertTrue(OrderBook.DEFAULT_ORDER_CAPACITY <= OrderBook.MAX_ORDER_CAPACITY);
    }

    @Test
    void orderCapacityOutsideTheLimitIsRefusedWithItsName() {
        for (final int bad : new int[] {0, -1, OrderBook.MAX_ORDER_CAPACITY + 1, 1 << 29, Integer.MAX_VALUE}) {
            final IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new OrderBook(bad, 10, 64));
            assertTrue(e.getMessage().startsWith("orderCapacity must be 1 to 2^28"), e.getMessage());
            assertTrue(e.getMessage().endsWith(": " + bad), e.getMessage());
        }
    }

    @Test
    void depthAndInitialLevelsAreChecked() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new OrderBook(16, 0, 4))
            .getMessage().startsWith("depth"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new OrderBook(16, 10, 0))
            .getMessage().startsWith("initialLevels"));
        assertTrue(assertThrows(IllegalArgumentException.class,
            () -> new OrderBook(16, 10, OrderBook.MAX_ORDER_CAPACITY + 1)).getMessage().startsWith("initialLevels"));
    }

    @Test
    void internalStoresRefuseSizesTheyCannotIndex() {
        assertThrows(IllegalArgumentException.class, () -> new OrderTable(OrderTable.MAX_CAPACITY + 1));
        assertThrows(IllegalArgumentException.class, () -> new OrderTable(Integer.MAX_VALUE));
        assertThrows(IllegalArgumentException.class, () -> new PriceLevels(PriceLevels.MAX_LEVELS + 1));
        assertThrows(IllegalArgumentException.class, () -> new PriceLevels(0));
        assertThrows(IllegalArgumentException.class,
            () -> new LevelLadders(1, new PriceLevels(1), 1, PriceLevels.MAX_LEVELS + 1));
    }

    @Test
    void smallestBookWorks() {
        final OrderBook book = new OrderBook(1, 1, 1);
        book.addSymbol(1, 1);
        assertEquals(BookChange.VIEW | BookChange.BID_TOP | 1,
            book.addOrder(1, 5, io.hftengine.types.Side.BUY, 100, 10));
        assertEquals(BookChange.ANOMALY | 1, book.addOrder(1, 6, io.hftengine.types.Side.BUY, 100, 10));
        assertEquals(1, book.anomalyCount(BookAnomaly.ORDER_CAPACITY_EXCEEDED));
    }
}
