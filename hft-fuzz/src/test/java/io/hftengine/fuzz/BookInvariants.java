package io.hftengine.fuzz;

import io.hftengine.orderbook.L2View;
import io.hftengine.orderbook.OrderBook;
import io.hftengine.types.Side;

/**
 * What every side of every book must look like whatever the feed did: bids strictly descending,
 * asks strictly ascending, every level holding shares, the view equal to the head of the full
 * ladder and empty past it. Throws {@link AssertionError}, which Jazzer reports as a finding.
 */
final class BookInvariants
{
    private BookInvariants()
    {
    }

    /**
     * Checks both sides of one symbol of an order-by-order book.
     *
     * @param book the book
     * @param locate a defined stock locate
     */
    static void check(final OrderBook book, final int locate)
    {
        final L2View view = book.l2(locate);
        if (view == null)
        {
            throw new AssertionError("no view for defined locate " + locate);
        }
        side(book, view, locate, Side.BUY);
        side(book, view, locate, Side.SELL);
    }

    private static void side(final OrderBook book, final L2View view, final int locate, final Side side)
    {
        final int levels = book.levelCount(locate, side);
        long previous = L2View.NO_PRICE;
        for (int rank = 0; rank < levels; rank++)
        {
            final long price = book.levelPrice(locate, side, rank);
            final long size = book.levelSize(locate, side, rank);
            if (price <= 0 || price > L2View.MAX_PRICE || size <= 0)
            {
                throw new AssertionError(where(locate, side, rank) + " holds " + size + " @ " + price);
            }
            if (rank > 0 && (side == Side.BUY ? price >= previous : price <= previous))
            {
                throw new AssertionError(where(locate, side, rank) + " out of order: " + price + " after " + previous);
            }
            previous = price;
        }
        if (view.levelCount(side) != Math.min(levels, view.depth()))
        {
            throw new AssertionError(where(locate, side, 0) + " view counts " + view.levelCount(side) + " of "
                + levels + " levels at depth " + view.depth());
        }
        for (int rank = 0; rank < view.depth() + 1; rank++)
        {
            final long expectedPrice = rank < Math.min(levels, view.depth()) ? book.levelPrice(locate, side, rank)
                : L2View.NO_PRICE;
            final long expectedSize = expectedPrice == L2View.NO_PRICE ? 0 : book.levelSize(locate, side, rank);
            if (view.price(side, rank) != expectedPrice || view.size(side, rank) != expectedSize)
            {
                throw new AssertionError(where(locate, side, rank) + " view shows " + view.size(side, rank) + " @ "
                    + view.price(side, rank) + ", ladder " + expectedSize + " @ " + expectedPrice);
            }
        }
        final long best = side == Side.BUY ? view.bestBidPrice() : view.bestAskPrice();
        final long bestSize = side == Side.BUY ? view.bestBidSize() : view.bestAskSize();
        if (best != view.price(side, 0) || bestSize != view.size(side, 0))
        {
            throw new AssertionError(where(locate, side, 0) + " best " + bestSize + " @ " + best + " is not rank 0");
        }
    }

    private static String where(final int locate, final Side side, final int rank)
    {
        return "locate " + locate + " " + side + " rank " + rank;
    }
}
