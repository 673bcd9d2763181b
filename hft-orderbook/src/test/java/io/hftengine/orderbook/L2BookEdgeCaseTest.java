package io.hftengine.orderbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hftengine.types.Side;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/** {@link L2Book}: whole snapshots, levels falling off and coming back, allocation-free reads. */
class L2BookEdgeCaseTest {
    @Test
    void applyFlagsOnlyTheSidesAndRanksThatChanged() {
        final L2Book book = new L2Book(3);
        final BookUpdate u = new BookUpdate(5);
        u.addBid(100, 10);
        u.addBid(99, 20);
        u.addAsk(101, 5);
        assertEquals(BookChange.VIEW | BookChange.TOP, book.apply(u));
        u.clear();
        u.addBid(100, 10);
        u.addBid(99, 21);
        u.addAsk(101, 5);
        assertEquals(BookChange.VIEW, book.apply(u), "rank 1 only");
        u.clear();
        u.addBid(100, 10);
        u.addBid(99, 21);
        u.addAsk(101, 6);
        assertEquals(BookChange.VIEW | BookChange.ASK_TOP, book.apply(u), "ask size at best");
        u.clear();
        u.addBid(100, 10);
        u.addAsk(101, 6);
        assertEquals(BookChange.VIEW, book.apply(u), "a level below the top left");
        assertEquals(1, book.levelCount(Side.BUY));
        assertEquals(L2View.NO_PRICE, book.price(Side.BUY, 1), "no stale level");
        u.clear();
        u.addBid(100, 10);
        assertEquals(BookChange.VIEW | BookChange.ASK_TOP, book.apply(u), "asks emptied");
        u.clear();
        u.addBid(102, 1);
        u.addBid(100, 10);
        u.addAsk(101, 1);
        assertEquals(BookChange.VIEW | BookChange.TOP, book.apply(u));
        assertTrue(book.isCrossed(), "a crossed snapshot is kept, not fixed");
        u.clear();
        u.addBid(102, 1);
        u.addBid(100, 10);
        u.addBid(99, 1);
        u.addBid(98, 1);
        assertEquals(BookChange.REJECTED, book.apply(u), "more levels than the depth");
        u.clear();
        u.addBid(102, 1);
        u.addBid(102, 2);
        assertEquals(BookChange.REJECTED, book.apply(u), "equal prices are not strictly descending");
        u.clear();
        u.addAsk(5, 1);
        u.addAsk(4, 1);
        assertEquals(BookChange.REJECTED, book.apply(u), "asks descending");
        assertEquals(102, book.bestBidPrice(), "rejections kept the book");
        assertEquals(2, book.levelCount(Side.BUY));
        assertEquals(3, book.rejectedCount());
        assertEquals(BookChange.VIEW | BookChange.TOP, book.apply(u.clear()), "empty snapshot empties the book");
        assertEquals(BookChange.NONE, book.apply(u), "and again changes nothing");
    }

    @Test
    void aLevelPushedOffIsForgottenAndMayBeAddedBack() {
        final L2Book book = new L2Book(2);
        book.addLevel(Side.SELL, 102, 2);
        book.addLevel(Side.SELL, 103, 3);
        assertEquals(BookChange.VIEW | BookChange.ASK_TOP, book.addLevel(Side.SELL, 101, 1), "103 falls off");
        assertEquals(BookChange.NONE, book.addLevel(Side.SELL, 104, 4), "beyond the depth: not kept");
        assertEquals(BookChange.VIEW | BookChange.ASK_TOP, book.deleteLevel(Side.SELL, 101));
        assertEquals(1, book.levelCount(Side.SELL), "103 does not come back by itself");
        assertEquals(BookChange.VIEW, book.addLevel(Side.SELL, 103, 3), "the feed adds it back");
        assertEquals(103, book.price(Side.SELL, 1));
        assertEquals(0, book.rejectedCount());
    }

    @Test
    void readingAndIteratingAllocateNothing() throws Exception {
        final L2Book book = new L2Book(10);
        for (int i = 0; i < 10; i++) {
            book.addLevel(Side.BUY, 100 - i, 1 + i);
            book.addLevel(Side.SELL, 101 + i, 1 + i);
        }
        final OrderBook full = new OrderBook(64, 10, 4);
        full.addSymbol(1, 1);
        for (int i = 0; i < 20; i++) {
            full.addOrder(1, i, i % 2 == 0 ? Side.BUY : Side.SELL, i % 2 == 0 ? 100 - i : 101 + i, 1 + i);
        }
        final L2View view = full.l2(1);
        final long[] sum = new long[1];
        final L2LevelConsumer consumer = (side, rank, price, size) -> sum[0] += price * size + rank;
        final long[] prices = new long[10];
        final long[] sizes = new long[10];
        final BookUpdate update = new BookUpdate(10);
        final L2View[] views = {book, view};
        final Runnable reads = () -> {
            for (final L2View v : views) {
                v.forEachLevel(Side.BUY, consumer);
                v.forEachLevel(Side.SELL, consumer);
                sum[0] += v.copyLevels(Side.SELL, prices, sizes, 10, 10_000);
                sum[0] += v.imbalancePpm(5) + v.spread() + v.midPriceTimesTwo() + v.price(Side.BUY, 3) + v.size(Side.SELL, 9);
                v.copyTo(update);
            }
            sum[0] += book.apply(update);
        };
        final Object bean = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
        final Class<?> sun = Class.forName("com.sun.management.ThreadMXBean");
        final Method allocated = sun.getMethod("getCurrentThreadAllocatedBytes");
        for (int i = 0; i < 20_000; i++) {
            reads.run();
        }
        final long start = (long) allocated.invoke(bean);
        for (int i = 0; i < 100_000; i++) {
            reads.run();
        }
        final long bytes = (long) allocated.invoke(bean) - start;
        assertTrue(bytes < 4096, "allocated " + bytes + " bytes");
        assertTrue(sum[0] != 0);
    }
}
