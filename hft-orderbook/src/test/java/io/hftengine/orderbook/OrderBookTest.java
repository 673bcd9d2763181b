package io.hftengine.orderbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hftengine.types.Side;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrderBookTest {
    private static final int AAPL = 7;
    private static final int MSFT = 8;

    private OrderBook book;

    @BeforeEach
    void setUp() {
        book = new OrderBook(16, 3, 2);
        book.addSymbol(AAPL, 0x4141504C20202020L);
        book.addSymbol(MSFT, 0x4D53465420202020L);
    }

    @Test
    void symbolsAreIndexedByLocate() {
        assertTrue(book.hasSymbol(AAPL));
        assertFalse(book.hasSymbol(9));
        assertEquals(2, book.symbolCount());
        assertEquals(0x4141504C20202020L, book.symbol(AAPL));
        assertNull(book.l2(9));
        assertNull(book.l2(-1));
        assertNull(book.l2(70_000));
        assertEquals(BookChange.NONE, book.addSymbol(AAPL, 1L), "redefinition renames");
        assertEquals(1L, book.symbol(AAPL));
        assertEquals(2, book.symbolCount());
        assertEquals(BookChange.ANOMALY, book.addSymbol(65_536, 1L));
        assertEquals(1, book.anomalyCount(BookAnomaly.INVALID_LOCATE));
        assertEquals(BookChange.NONE, book.addSymbol(OrderBook.MAX_LOCATE, 1L), "65,535 is a valid locate");
    }

    @Test
    void addAggregatesByPriceAndFlagsTheTopWithTheLocate() {
        final int first = book.addOrder(AAPL, 1, Side.BUY, 1000, 100);
        assertEquals(BookChange.VIEW | BookChange.BID_TOP | AAPL, first);
        assertEquals(AAPL, BookChange.locate(first));
        assertTrue(BookChange.topChanged(first));
        assertEquals(BookChange.VIEW | BookChange.BID_TOP | AAPL, book.addOrder(AAPL, 2, Side.BUY, 1000, 50), "size at best");
        assertEquals(BookChange.VIEW | AAPL, book.addOrder(AAPL, 3, Side.BUY, 990, 10), "second level");
        assertEquals(BookChange.VIEW | BookChange.ASK_TOP | MSFT, book.addOrder(MSFT, 4, Side.SELL, 2000, 10));
        final L2View aapl = book.l2(AAPL);
        assertEquals(1000, aapl.bestBidPrice());
        assertEquals(150, aapl.bestBidSize());
        assertEquals(990, aapl.price(Side.BUY, 1));
        assertEquals(0, aapl.levelCount(Side.SELL), "MSFT's ask is not AAPL's");
        assertEquals(4, book.liveOrders());
        assertEquals(50, book.orderShares(2));
        assertEquals(990, book.orderPrice(3));
    }

    @Test
    void executeAndCancelReduceAndRemoveAtZero() {
        book.addOrder(AAPL, 1, Side.SELL, 1010, 100);
        book.addOrder(AAPL, 2, Side.SELL, 1010, 40);
        assertEquals(BookChange.VIEW | BookChange.ASK_TOP | AAPL, book.executeOrder(1, 30));
        assertEquals(70, book.orderShares(1));
        assertEquals(110, book.l2(AAPL).bestAskSize());
        assertEquals(BookChange.VIEW | BookChange.ASK_TOP | AAPL, book.cancelOrder(1, 70));
        assertEquals(0, book.orderShares(1), "fully cancelled order left");
        assertEquals(1, book.liveOrders());
        assertEquals(BookChange.VIEW | BookChange.ASK_TOP | AAPL, book.executeOrder(2, 40));
        assertEquals(0, book.l2(AAPL).levelCount(Side.SELL));
        assertEquals(0, book.liveOrders());
        assertEquals(0, book.totalAnomalies());
    }

    @Test
    void deleteRemovesTheOrderAndItsLevel() {
        book.addOrder(AAPL, 1, Side.BUY, 1000, 10);
        book.addOrder(AAPL, 2, Side.BUY, 999, 10);
        assertEquals(BookChange.VIEW | BookChange.BID_TOP | AAPL, book.deleteOrder(1));
        assertEquals(999, book.l2(AAPL).bestBidPrice());
        assertEquals(1, book.levelCount(AAPL, Side.BUY));
        assertEquals(BookChange.ANOMALY, book.deleteOrder(1), "already gone");
        assertEquals(1, book.anomalyCount(BookAnomaly.DELETE_UNKNOWN_ORDER));
    }

    @Test
    void replaceMovesTheOrderUnderItsNewReference() {
        book.addOrder(AAPL, 1, Side.BUY, 1000, 10);
        book.addOrder(AAPL, 2, Side.BUY, 990, 10);
        final int change = book.replaceOrder(2, 3, 25, 1005);
        assertEquals(BookChange.VIEW | BookChange.BID_TOP | AAPL, change);
        assertEquals(0, book.orderShares(2));
        assertEquals(25, book.orderShares(3));
        assertEquals(1005, book.l2(AAPL).bestBidPrice());
        assertEquals(1000, book.l2(AAPL).price(Side.BUY, 1));
        assertEquals(2, book.levelCount(AAPL, Side.BUY), "990 went");
        assertEquals(BookChange.VIEW | BookChange.BID_TOP | AAPL, book.replaceOrder(3, 3, 5, 1005), "same reference");
        assertEquals(5, book.l2(AAPL).bestBidSize());
        assertEquals(2, book.liveOrders());
    }

    @Test
    void levelBelowTheDepthChangesNoViewButComesBackWhenLevelsAboveGo() {
        for (int i = 0; i < 5; i++) {
            book.addOrder(AAPL, 10 + i, Side.SELL, 100 + i, 1 + i);
        }
        final L2View view = book.l2(AAPL);
        assertEquals(3, view.levelCount(Side.SELL));
        assertEquals(5, book.levelCount(AAPL, Side.SELL));
        assertEquals(BookChange.NONE, book.executeOrder(14, 1), "rank 4 is below the view");
        assertEquals(104, book.levelPrice(AAPL, Side.SELL, 4));
        assertEquals(BookChange.VIEW | BookChange.ASK_TOP | AAPL, book.deleteOrder(10));
        assertEquals(3, view.levelCount(Side.SELL));
        assertEquals(103, view.price(Side.SELL, 2), "103 came back into the view");
        assertEquals(4, view.size(Side.SELL, 2));
        book.deleteOrder(11);
        book.deleteOrder(12);
        assertEquals(103, view.bestAskPrice());
        assertEquals(104, view.price(Side.SELL, 1));
        assertEquals(4, view.size(Side.SELL, 1), "the execution at rank 4 is visible");
        assertEquals(2, view.levelCount(Side.SELL));
        assertEquals(BookChange.VIEW | BookChange.ASK_TOP | AAPL, book.addOrder(AAPL, 20, Side.SELL, 90, 1));
        assertEquals(3, view.levelCount(Side.SELL));
        assertTrue(book.levelGrowths() > 0, "2 initial levels grew to hold 5");
    }

    @Test
    void unknownReferencesAreCountedByKindAndChangeNothing() {
        book.addOrder(AAPL, 1, Side.BUY, 1000, 10);
        assertEquals(BookChange.ANOMALY, book.executeOrder(99, 1));
        assertEquals(BookChange.ANOMALY, book.cancelOrder(99, 1));
        assertEquals(BookChange.ANOMALY, book.deleteOrder(99));
        assertEquals(BookChange.ANOMALY, book.replaceOrder(99, 100, 1, 1000));
        assertEquals(1, book.anomalyCount(BookAnomaly.EXECUTE_UNKNOWN_ORDER));
        assertEquals(1, book.anomalyCount(BookAnomaly.CANCEL_UNKNOWN_ORDER));
        assertEquals(1, book.anomalyCount(BookAnomaly.DELETE_UNKNOWN_ORDER));
        assertEquals(1, book.anomalyCount(BookAnomaly.REPLACE_UNKNOWN_ORDER));
        assertEquals(4, book.totalAnomalies());
        assertEquals(0, book.orderShares(100), "replace of an unknown order added nothing");
        assertEquals(10, book.l2(AAPL).bestBidSize());
    }

    @Test
    void overExecutionAndOverCancelClampAndRemoveTheOrder() {
        book.addOrder(AAPL, 1, Side.BUY, 1000, 10);
        book.addOrder(AAPL, 2, Side.BUY, 1000, 5);
        final int change = book.executeOrder(1, 11);
        assertTrue(BookChange.isAnomaly(change));
        assertTrue(BookChange.topChanged(change));
        assertEquals(AAPL, BookChange.locate(change));
        assertEquals(5, book.l2(AAPL).bestBidSize(), "only the order's 10 left the level");
        assertEquals(BookChange.ANOMALY | BookChange.VIEW | BookChange.BID_TOP | AAPL, book.cancelOrder(2, 6));
        assertEquals(0, book.l2(AAPL).levelCount(Side.BUY));
        assertEquals(1, book.anomalyCount(BookAnomaly.OVER_EXECUTION));
        assertEquals(1, book.anomalyCount(BookAnomaly.OVER_CANCEL));
        assertEquals(0, book.liveOrders());
    }

    @Test
    void invalidAddsAreDroppedAndCounted() {
        assertEquals(BookChange.ANOMALY | 9, book.addOrder(9, 1, Side.BUY, 1000, 10));
        assertEquals(BookChange.ANOMALY, book.addOrder(-1, 1, Side.BUY, 1000, 10));
        assertEquals(BookChange.ANOMALY | AAPL, book.addOrder(AAPL, 1, Side.BUY, 0, 10));
        assertEquals(BookChange.ANOMALY | AAPL, book.addOrder(AAPL, 1, Side.BUY, -5, 10));
        assertEquals(BookChange.ANOMALY | AAPL, book.addOrder(AAPL, 1, Side.BUY, 1000, 0));
        assertEquals(BookChange.ANOMALY | AAPL, book.addOrder(AAPL, 1, Side.BUY, 1000, 1L << 32));
        assertEquals(BookChange.ANOMALY | AAPL, book.addOrder(AAPL, 1, null, 1000, 10));
        book.addOrder(AAPL, 1, Side.BUY, 1000, 10);
        assertEquals(BookChange.ANOMALY | AAPL, book.addOrder(AAPL, 1, Side.SELL, 1010, 10));
        assertEquals(1, book.anomalyCount(BookAnomaly.UNKNOWN_SYMBOL));
        assertEquals(1, book.anomalyCount(BookAnomaly.INVALID_LOCATE));
        assertEquals(2, book.anomalyCount(BookAnomaly.INVALID_PRICE));
        assertEquals(2, book.anomalyCount(BookAnomaly.INVALID_QUANTITY));
        assertEquals(1, book.anomalyCount(BookAnomaly.INVALID_SIDE));
        assertEquals(1, book.anomalyCount(BookAnomaly.DUPLICATE_ORDER_REF));
        assertEquals(1, book.liveOrders());
        assertEquals(0, book.l2(AAPL).levelCount(Side.SELL));
        assertEquals(10, book.l2(AAPL).bestBidSize());
    }

    @Test
    void invalidReplacesAndReductionsLeaveTheOriginal() {
        book.addOrder(AAPL, 1, Side.BUY, 1000, 10);
        book.addOrder(AAPL, 2, Side.BUY, 990, 10);
        assertEquals(BookChange.ANOMALY | AAPL, book.replaceOrder(1, 3, 10, 0));
        assertEquals(BookChange.ANOMALY | AAPL, book.replaceOrder(1, 3, 0, 1000));
        assertEquals(BookChange.ANOMALY | AAPL, book.replaceOrder(1, 2, 10, 1000), "new reference is live");
        assertEquals(BookChange.ANOMALY | AAPL, book.executeOrder(1, 0));
        assertEquals(BookChange.ANOMALY | AAPL, book.cancelOrder(1, -1));
        assertEquals(1, book.anomalyCount(BookAnomaly.INVALID_PRICE));
        assertEquals(3, book.anomalyCount(BookAnomaly.INVALID_QUANTITY));
        assertEquals(1, book.anomalyCount(BookAnomaly.DUPLICATE_ORDER_REF));
        assertEquals(10, book.orderShares(1));
        assertEquals(1000, book.orderPrice(1));
        assertEquals(2, book.liveOrders());
    }

    @Test
    void aFullPoolDropsAndCountsAddsUntilAnOrderLeaves() {
        final OrderBook small = new OrderBook(2, 10, 4);
        small.addSymbol(1, 0L);
        small.addOrder(1, 1, Side.BUY, 10, 1);
        small.addOrder(1, 2, Side.BUY, 11, 1);
        assertEquals(BookChange.ANOMALY | 1, small.addOrder(1, 3, Side.BUY, 12, 1));
        assertEquals(1, small.anomalyCount(BookAnomaly.ORDER_CAPACITY_EXCEEDED));
        assertEquals(11, small.l2(1).bestBidPrice());
        small.deleteOrder(1);
        assertEquals(BookChange.VIEW | BookChange.BID_TOP | 1, small.addOrder(1, 3, Side.BUY, 12, 1));
        assertEquals(2, small.liveOrders());
        assertEquals(2, small.orderCapacity());
    }

    @Test
    void orderReferenceZeroIsAnOrdinaryReference() {
        book.addOrder(AAPL, 0, Side.SELL, 500, 3);
        assertEquals(3, book.orderShares(0));
        book.replaceOrder(0, 1, 4, 501);
        book.replaceOrder(1, 0, 5, 502);
        assertEquals(5, book.orderShares(0));
        assertEquals(502, book.l2(AAPL).bestAskPrice());
        book.deleteOrder(0);
        assertEquals(0, book.liveOrders());
        assertEquals(0, book.totalAnomalies());
    }

    @Test
    void crossedFeedIsReportedNotFixed() {
        book.addOrder(AAPL, 1, Side.SELL, 1000, 1);
        book.addOrder(AAPL, 2, Side.BUY, 1001, 1);
        assertTrue(book.l2(AAPL).isCrossed());
        assertEquals(-1, book.l2(AAPL).spread());
        assertEquals(2, book.liveOrders(), "no matching: both orders rest");
        book.deleteOrder(2);
        assertFalse(book.l2(AAPL).isCrossed());
    }
}
