package io.hftengine.orderbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hftengine.types.Side;
import org.junit.jupiter.api.Test;

/**
 * A view written outside this library, which implements only the abstract methods, gets a
 * {@link L2View#copyLevels} that agrees with the per-rank queries (the library's own views
 * override it; {@link BookAssertions#assertSameCopy} checks those).
 */
class L2ViewDefaultCopyTest {

    /** Delegates everything but {@code copyLevels}, so the interface's default is what runs. */
    private static L2View foreign(final L2Book book) {
        return new L2View() {
            @Override public int depth() { return book.depth(); }
            @Override public int levelCount(final Side side) { return book.levelCount(side); }
            @Override public long price(final Side side, final int rank) { return book.price(side, rank); }
            @Override public long size(final Side side, final int rank) { return book.size(side, rank); }
            @Override public long bestBidPrice() { return book.bestBidPrice(); }
            @Override public long bestAskPrice() { return book.bestAskPrice(); }
            @Override public long bestBidSize() { return book.bestBidSize(); }
            @Override public long bestAskSize() { return book.bestAskSize(); }
            @Override public long spread() { return book.spread(); }
            @Override public long midPriceTimesTwo() { return book.midPriceTimesTwo(); }
            @Override public long imbalancePpm(final int levels) { return book.imbalancePpm(levels); }
            @Override public boolean isCrossed() { return book.isCrossed(); }
            @Override public boolean isLocked() { return book.isLocked(); }
            @Override public void forEachLevel(final Side side, final L2LevelConsumer c) { book.forEachLevel(side, c); }
            @Override public void copyTo(final BookUpdate update) { book.copyTo(update); }
        };
    }

    @Test
    void theDefaultCopyAgreesWithThePerRankQueries() {
        final L2Book book = new L2Book(4);
        for (int i = 0; i < 3; i++) {
            book.addLevel(Side.BUY, 1_000 - i, 10 + i);
        }
        book.addLevel(Side.SELL, 1_001, 7);
        final L2View view = foreign(book);
        for (final Side side : Side.values()) {
            BookAssertions.assertSameCopy(view, side, "default copy, " + side);
        }
        final long[] prices = new long[8];
        final long[] sizes = new long[8];
        assertEquals(3, view.copyLevels(Side.BUY, prices, sizes, 8, 100));
        assertEquals(99_900, prices[1]);
        assertEquals(11, sizes[1]);
    }
}
