package io.hftengine.orderbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hftengine.types.Side;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class L2BookTest {
    private final L2Book book = new L2Book(3);

    @Test
    void emptyBookReportsNoPricesAndZeroSizes() {
        final L2Book empty = new L2Book();
        assertEquals(10, empty.depth());
        assertEquals(0, empty.levelCount(Side.BUY));
        assertEquals(L2View.NO_PRICE, empty.bestBidPrice());
        assertEquals(L2View.NO_PRICE, empty.bestAskPrice());
        assertEquals(0, empty.bestBidSize());
        assertEquals(0, empty.bestAskSize());
        assertEquals(L2View.NO_PRICE, empty.spread());
        assertEquals(L2View.NO_PRICE, empty.midPriceTimesTwo());
        assertEquals(0, empty.imbalancePpm(5));
        assertFalse(empty.isCrossed());
        assertFalse(empty.isLocked());
        assertEquals(L2View.NO_PRICE, empty.price(Side.SELL, 0));
        assertEquals(L2View.NO_PRICE, empty.price(Side.SELL, -1));
        assertEquals(0, empty.size(Side.SELL, 99));
    }

    @Test
    void addKeepsBidsDescendingAndAsksAscendingWithTopFlags() {
        assertEquals(BookChange.VIEW | BookChange.BID_TOP, book.addLevel(Side.BUY, 100, 5));
        assertEquals(BookChange.VIEW, book.addLevel(Side.BUY, 98, 7));
        assertEquals(BookChange.VIEW, book.addLevel(Side.BUY, 99, 6));
        assertEquals(BookChange.VIEW | BookChange.ASK_TOP, book.addLevel(Side.SELL, 103, 1));
        assertEquals(BookChange.VIEW | BookChange.ASK_TOP, book.addLevel(Side.SELL, 102, 2));
        assertEquals(100, book.price(Side.BUY, 0));
        assertEquals(99, book.price(Side.BUY, 1));
        assertEquals(98, book.price(Side.BUY, 2));
        assertEquals(7, book.size(Side.BUY, 2));
        assertEquals(102, book.bestAskPrice());
        assertEquals(2, book.bestAskSize());
        assertEquals(2, book.spread());
        assertEquals(202, book.midPriceTimesTwo());
    }

    @Test
    void fullDepthDropsTheWorstLevelAndIgnoresLevelsBeyondIt() {
        book.addLevel(Side.SELL, 10, 1);
        book.addLevel(Side.SELL, 11, 1);
        book.addLevel(Side.SELL, 12, 1);
        assertEquals(BookChange.NONE, book.addLevel(Side.SELL, 13, 1), "beyond the depth");
        assertEquals(3, book.levelCount(Side.SELL));
        assertEquals(BookChange.VIEW | BookChange.ASK_TOP, book.addLevel(Side.SELL, 9, 4));
        assertEquals(3, book.levelCount(Side.SELL));
        assertEquals(9, book.price(Side.SELL, 0));
        assertEquals(11, book.price(Side.SELL, 2), "12 fell off the bottom");
        assertEquals(BookChange.VIEW, book.deleteLevel(Side.SELL, 10));
        assertEquals(2, book.levelCount(Side.SELL), "a stand-alone book cannot bring 12 back");
        assertEquals(0, book.rejectedCount());
    }

    @Test
    void modifyAndDeleteReportTopOnlyAtTheBest() {
        book.addLevel(Side.BUY, 100, 5);
        book.addLevel(Side.BUY, 99, 5);
        assertEquals(BookChange.VIEW, book.modifyLevel(Side.BUY, 99, 8));
        assertEquals(8, book.size(Side.BUY, 1));
        assertEquals(BookChange.VIEW | BookChange.BID_TOP, book.modifyLevel(Side.BUY, 100, 1));
        assertEquals(BookChange.NONE, book.modifyLevel(Side.BUY, 100, 1), "same size");
        assertEquals(BookChange.VIEW | BookChange.BID_TOP, book.deleteLevel(Side.BUY, 100));
        assertEquals(99, book.bestBidPrice());
        assertEquals(BookChange.VIEW | BookChange.BID_TOP, book.deleteLevel(Side.BUY, 99));
        assertEquals(0, book.levelCount(Side.BUY));
    }

    @Test
    void badInputIsRejectedCountedAndChangesNothing() {
        book.addLevel(Side.BUY, 100, 5);
        assertEquals(BookChange.REJECTED, book.addLevel(Side.BUY, 100, 1), "duplicate price");
        assertEquals(BookChange.REJECTED, book.addLevel(Side.BUY, 0, 1), "zero price");
        assertEquals(BookChange.REJECTED, book.addLevel(Side.BUY, 101, 0), "zero size");
        assertEquals(BookChange.REJECTED, book.addLevel(null, 101, 1), "null side");
        assertEquals(BookChange.REJECTED, book.modifyLevel(Side.BUY, 42, 1), "missing level");
        assertEquals(BookChange.REJECTED, book.modifyLevel(Side.BUY, 100, -3), "negative size");
        assertEquals(BookChange.REJECTED, book.deleteLevel(Side.SELL, 100), "missing level");
        assertEquals(7, book.rejectedCount());
        assertEquals(1, book.levelCount(Side.BUY));
        assertEquals(5, book.bestBidSize());
    }

    @Test
    void crossedAndLockedAreReportedNotFixed() {
        book.addLevel(Side.BUY, 100, 1);
        book.addLevel(Side.SELL, 100, 1);
        assertTrue(book.isLocked());
        assertFalse(book.isCrossed());
        assertEquals(0, book.spread());
        book.addLevel(Side.BUY, 101, 1);
        assertTrue(book.isCrossed());
        assertEquals(-1, book.spread());
        assertEquals(101, book.bestBidPrice(), "the crossing level stays");
    }

    @Test
    void imbalanceSumsTheRequestedLevels() {
        book.addLevel(Side.BUY, 100, 30);
        book.addLevel(Side.BUY, 99, 30);
        book.addLevel(Side.SELL, 101, 20);
        assertEquals(200_000, book.imbalancePpm(1), "(30 - 20) / 50");
        assertEquals(500_000, book.imbalancePpm(2), "(60 - 20) / 80");
        assertEquals(500_000, book.imbalancePpm(99), "clamped to the depth");
        assertEquals(200_000, book.imbalancePpm(0), "at least one level");
        book.deleteLevel(Side.SELL, 101);
        assertEquals(1_000_000, book.imbalancePpm(3));
    }

    @Test
    void forEachLevelVisitsBestFirst() {
        book.addLevel(Side.SELL, 12, 3);
        book.addLevel(Side.SELL, 11, 2);
        final List<String> seen = new ArrayList<>();
        book.forEachLevel(Side.SELL, (side, rank, price, size) -> seen.add(side + ":" + rank + ":" + price + "x" + size));
        assertEquals(List.of("SELL:0:11x2", "SELL:1:12x3"), seen);
        book.forEachLevel(Side.BUY, (side, rank, price, size) -> seen.add("unexpected"));
        assertEquals(2, seen.size());
    }

    @Test
    void applyReplacesBothSidesAndFlagsOnlyChangedTops() {
        final BookUpdate update = new BookUpdate(3);
        update.addBid(100, 5);
        update.addBid(99, 6);
        update.addAsk(101, 7);
        assertEquals(BookChange.VIEW | BookChange.TOP, book.apply(update));
        assertEquals(2, book.levelCount(Side.BUY));
        assertEquals(6, book.size(Side.BUY, 1));
        assertEquals(BookChange.NONE, book.apply(update), "identical snapshot");
        update.clear();
        update.addBid(100, 5);
        update.addAsk(101, 7);
        update.addAsk(102, 1);
        assertEquals(BookChange.VIEW, book.apply(update), "only depth changed");
        assertEquals(1, book.levelCount(Side.BUY));
        update.clear();
        update.addAsk(101, 7);
        assertEquals(BookChange.VIEW | BookChange.BID_TOP, book.apply(update), "bids emptied");
        assertEquals(0, book.levelCount(Side.BUY));
    }

    @Test
    void applyRejectsUnsortedOrOversizedSnapshotsAndKeepsTheBook() {
        book.addLevel(Side.BUY, 50, 1);
        final BookUpdate unsorted = new BookUpdate(3);
        unsorted.addBid(99, 1);
        unsorted.addBid(100, 1);
        assertEquals(BookChange.REJECTED, book.apply(unsorted));
        final BookUpdate equalAsks = new BookUpdate(3);
        equalAsks.addAsk(101, 1);
        equalAsks.addAsk(101, 1);
        assertEquals(BookChange.REJECTED, book.apply(equalAsks));
        final BookUpdate zero = new BookUpdate(3);
        zero.addAsk(101, 0);
        assertEquals(BookChange.REJECTED, book.apply(zero));
        final BookUpdate deep = new BookUpdate(4);
        for (int i = 0; i < 4; i++) {
            deep.addAsk(200 + i, 1);
        }
        assertEquals(BookChange.REJECTED, book.apply(deep));
        assertEquals(4, book.rejectedCount());
        assertEquals(50, book.bestBidPrice());
        assertEquals(0, book.levelCount(Side.SELL));
    }

    @Test
    void copyToRoundTripsThroughApply() {
        book.addLevel(Side.BUY, 100, 5);
        book.addLevel(Side.SELL, 101, 6);
        book.addLevel(Side.SELL, 102, 7);
        final BookUpdate snapshot = new BookUpdate(3).symbol(42);
        book.copyTo(snapshot);
        assertEquals(42, snapshot.symbol());
        assertEquals(1, snapshot.bidCount());
        assertEquals(102, snapshot.askPrice(1));
        final L2Book other = new L2Book(3);
        other.apply(snapshot);
        assertEquals(7, other.size(Side.SELL, 1));
        assertEquals(100, other.bestBidPrice());
        assertThrows(IllegalArgumentException.class, () -> book.copyTo(new BookUpdate(2)));
        assertThrows(IndexOutOfBoundsException.class, () -> snapshot.bidPrice(1));
    }

    @Test
    void bookUpdateRefusesLevelsBeyondItsCapacity() {
        final BookUpdate update = new BookUpdate(1);
        assertTrue(update.addBid(1, 1));
        assertFalse(update.addBid(2, 1));
        assertEquals(1, update.bidCount());
        assertThrows(IllegalArgumentException.class, () -> new BookUpdate(0));
        assertThrows(IllegalArgumentException.class, () -> new L2Book(0));
    }
}
