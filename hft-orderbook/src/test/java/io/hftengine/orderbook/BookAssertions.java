package io.hftengine.orderbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hftengine.types.Side;
import java.util.Map;
import java.util.TreeMap;

/** Compares an {@link OrderBook} with a {@link ReferenceOrderBook}, level by level. */
final class BookAssertions {
    private BookAssertions() {
    }

    static void assertSameBooks(final ReferenceOrderBook model, final OrderBook book, final Iterable<Integer> locates) {
        for (final int locate : locates) {
            assertSameSide(model.side(locate, true), book, locate, Side.BUY);
            assertSameSide(model.side(locate, false), book, locate, Side.SELL);
            assertEquals(model.isCrossed(locate), book.l2(locate).isCrossed(), "crossed, locate " + locate);
        }
        for (final BookAnomaly kind : BookAnomaly.values()) {
            assertEquals(model.anomalies(kind), book.anomalyCount(kind), kind.name());
        }
        assertEquals(model.orders.size(), book.liveOrders(), "live orders");
    }

    static void assertSameSide(final TreeMap<Long, Long> levels, final OrderBook book, final int locate, final Side side) {
        final String where = side + " of locate " + locate;
        assertEquals(levels.size(), book.levelCount(locate, side), "level count, " + where);
        final L2View view = book.l2(locate);
        assertEquals(Math.min(levels.size(), view.depth()), view.levelCount(side), "view count, " + where);
        int rank = 0;
        long previous = 0;
        for (final Map.Entry<Long, Long> level : levels.entrySet()) {
            assertEquals(level.getKey().longValue(), book.levelPrice(locate, side, rank), "price rank " + rank + ", " + where);
            assertEquals(level.getValue().longValue(), book.levelSize(locate, side, rank), "size rank " + rank + ", " + where);
            if (rank < view.depth()) {
                assertEquals(level.getKey().longValue(), view.price(side, rank), "view price rank " + rank + ", " + where);
                assertEquals(level.getValue().longValue(), view.size(side, rank), "view size rank " + rank + ", " + where);
            }
            if (rank > 0) {
                assertTrue(side == Side.BUY ? level.getKey() < previous : level.getKey() > previous, "sorted, " + where);
            }
            previous = level.getKey();
            rank++;
        }
        assertEquals(L2View.NO_PRICE, view.price(side, view.levelCount(side)), "no level past the count, " + where);
        assertSameCopy(view, side, where);
    }

    /**
     * The one-pass copy a book-event publisher uses gives what the per-rank queries give: asked
     * for more than the depth, for one level and for none, with prices scaled.
     */
    static void assertSameCopy(final L2View view, final Side side, final String where) {
        final int depth = view.depth();
        final long[] prices = new long[depth + 2];
        final long[] sizes = new long[depth + 2];
        final int copied = view.copyLevels(side, prices, sizes, depth + 2, 3);
        assertEquals(view.levelCount(side), copied, "levels copied, " + where);
        for (int rank = 0; rank < copied; rank++) {
            assertEquals(view.price(side, rank) * 3, prices[rank], "copied price rank " + rank + ", " + where);
            assertEquals(view.size(side, rank), sizes[rank], "copied size rank " + rank + ", " + where);
        }
        assertEquals(Math.min(1, copied), view.copyLevels(side, prices, sizes, 1, 1), "one level, " + where);
        assertEquals(0, view.copyLevels(side, prices, sizes, 0, 1), "no level, " + where);
        assertEquals(0, view.copyLevels(side, prices, sizes, -1, 1), "negative max, " + where);
    }
}
