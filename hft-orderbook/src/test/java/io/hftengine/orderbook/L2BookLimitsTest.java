package io.hftengine.orderbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hftengine.types.Side;
import org.junit.jupiter.api.Test;

/**
 * {@link L2Book} at the edges of its numbers and its depth: sizes near {@code Long.MAX_VALUE},
 * prices whose doubled mid would not fit a {@code long}, and levels beyond a full side.
 */
class L2BookLimitsTest {
    @Test
    void imbalanceKeepsItsSignWhenTheSizeSumsPassLongMax() {
        final L2Book book = new L2Book(2);
        book.addLevel(Side.BUY, 100, 2);
        book.addLevel(Side.SELL, 101, Long.MAX_VALUE - 1);
        assertEquals(-1_000_000, book.imbalancePpm(1), "almost only asks: a long total wraps negative");
        book.addLevel(Side.BUY, 99, Long.MAX_VALUE);
        assertEquals(0, book.imbalancePpm(2), "both sides near Long.MAX_VALUE: balanced");
        final L2Book bids = new L2Book(2);
        bids.addLevel(Side.BUY, 100, Long.MAX_VALUE);
        bids.addLevel(Side.BUY, 99, Long.MAX_VALUE);
        bids.addLevel(Side.SELL, 101, 1);
        assertEquals(1_000_000, bids.imbalancePpm(2), "a bid sum past Long.MAX_VALUE is still bids");
    }

    @Test
    void aPriceWhoseDoubledMidWouldOverflowIsRefusedSoTheMidIsExact() {
        final L2Book book = new L2Book(2);
        assertEquals(BookChange.REJECTED, book.addLevel(Side.BUY, 1L << 62, 1), "2^62 + 2^62 is NO_PRICE");
        assertEquals(BookChange.REJECTED, book.addLevel(Side.SELL, Long.MAX_VALUE, 1));
        final BookUpdate update = new BookUpdate(2);
        update.addBid(1, 1);
        update.addAsk(L2View.MAX_PRICE + 1, 1);
        assertEquals(BookChange.REJECTED, book.apply(update));
        assertEquals(3, book.rejectedCount());
        assertEquals(0, book.levelCount(Side.BUY) + book.levelCount(Side.SELL));
        assertEquals(BookChange.VIEW | BookChange.BID_TOP, book.addLevel(Side.BUY, L2View.MAX_PRICE, 1));
        assertEquals(BookChange.VIEW | BookChange.ASK_TOP, book.addLevel(Side.SELL, L2View.MAX_PRICE, 1));
        assertEquals(2 * L2View.MAX_PRICE, book.midPriceTimesTwo(), "exact at the largest price");
        assertEquals(0, book.spread());
        assertEquals(BookChange.VIEW, book.addLevel(Side.BUY, 1, 1));
        assertEquals(1, book.price(Side.BUY, 1), "the smallest price below the largest");
    }

    @Test
    void anOrderBookCountsAPriceAboveTheViewLimitAsInvalid() {
        final OrderBook book = new OrderBook(8, 2, 2);
        book.addSymbol(3, 3);
        assertEquals(BookChange.ANOMALY | 3, book.addOrder(3, 1, Side.BUY, 1L << 62, 10));
        assertEquals(BookChange.VIEW | BookChange.BID_TOP | 3, book.addOrder(3, 1, Side.BUY, L2View.MAX_PRICE, 10));
        assertEquals(BookChange.ANOMALY | 3, book.replaceOrder(1, 2, 10, Long.MAX_VALUE));
        assertEquals(2, book.anomalyCount(BookAnomaly.INVALID_PRICE));
        assertEquals(BookChange.VIEW | BookChange.ASK_TOP | 3, book.addOrder(3, 3, Side.SELL, L2View.MAX_PRICE, 10));
        assertEquals(2 * L2View.MAX_PRICE, book.l2(3).midPriceTimesTwo());
        assertEquals(L2View.MAX_PRICE, book.orderPrice(1), "the refused replace kept the original");
    }

    @Test
    void aLevelBeyondAFullSideIsIgnoredAlikeByAddModifyAndDelete() {
        final L2Book book = new L2Book(2);
        book.addLevel(Side.BUY, 100, 1);
        book.addLevel(Side.BUY, 99, 1);
        assertEquals(BookChange.NONE, book.addLevel(Side.BUY, 98, 5), "a deeper feed's third level");
        assertEquals(BookChange.NONE, book.modifyLevel(Side.BUY, 98, 6), "the same level changing");
        assertEquals(BookChange.NONE, book.deleteLevel(Side.BUY, 98), "and leaving");
        assertEquals(0, book.rejectedCount(), "a deeper feed is not malformed");
        assertEquals(BookChange.REJECTED, book.modifyLevel(Side.BUY, 101, 1), "missing inside the view");
        assertEquals(BookChange.REJECTED, book.deleteLevel(Side.SELL, 98), "no asks at all");
        assertEquals(2, book.rejectedCount());
        book.deleteLevel(Side.BUY, 99);
        assertEquals(BookChange.REJECTED, book.modifyLevel(Side.BUY, 98, 1), "a side no longer full has lost it");
    }
}
