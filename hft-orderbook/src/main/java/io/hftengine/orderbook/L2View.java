package io.hftengine.orderbook;

import io.hftengine.types.Side;

/**
 * Read-only view of a fixed-depth L2 book: up to {@link #depth()} levels a side, best first.
 *
 * <p>Prices are {@code long}s in the unit of whoever fills the book (an {@link OrderBook} keeps
 * the raw 4-decimal ITCH wire price); sizes are shares. Every query is allocation free and never
 * throws: ranks outside the filled levels read as {@link #NO_PRICE} and size 0. Not thread-safe:
 * read it on the thread that updates it.
 */
public interface L2View {
    /** The price reported for a missing level or an empty side. */
    long NO_PRICE = Long.MIN_VALUE;
    /**
     * The highest price a book holds, 2^62 - 1: the sum of two prices then still fits a
     * {@code long}, so {@link #midPriceTimesTwo()} is exact and never collides with
     * {@link #NO_PRICE}. Books refuse (and count) a higher price.
     */
    long MAX_PRICE = Long.MAX_VALUE / 2;

    /**
     * Returns the fixed number of levels a side can hold.
     *
     * @return the depth chosen at construction
     */
    int depth();

    /**
     * Returns how many levels a side holds now.
     *
     * @param side the side
     * @return 0 to {@link #depth()}
     */
    int levelCount(Side side);

    /**
     * Returns a level's price.
     *
     * @param side the side
     * @param rank 0 for the best level
     * @return the price, or {@link #NO_PRICE} when there is no such level
     */
    long price(Side side, int rank);

    /**
     * Returns a level's aggregate size.
     *
     * @param side the side
     * @param rank 0 for the best level
     * @return the size in shares, or 0 when there is no such level
     */
    long size(Side side, int rank);

    /**
     * Returns the best bid price.
     *
     * @return the highest bid, or {@link #NO_PRICE} when there are no bids
     */
    long bestBidPrice();

    /**
     * Returns the best ask price.
     *
     * @return the lowest ask, or {@link #NO_PRICE} when there are no asks
     */
    long bestAskPrice();

    /**
     * Returns the size at the best bid.
     *
     * @return shares, or 0 when there are no bids
     */
    long bestBidSize();

    /**
     * Returns the size at the best ask.
     *
     * @return shares, or 0 when there are no asks
     */
    long bestAskSize();

    /**
     * Returns best ask minus best bid; negative when the book is crossed.
     *
     * @return the spread in price units, or {@link #NO_PRICE} when either side is empty
     */
    long spread();

    /**
     * Returns best bid plus best ask: twice the mid, exact in fixed point.
     *
     * @return the doubled mid, or {@link #NO_PRICE} when either side is empty
     */
    long midPriceTimesTwo();

    /**
     * Returns the imbalance of the aggregate sizes over the best {@code levels} levels of each
     * side, {@code (bid - ask) / (bid + ask)}, in parts per million.
     *
     * @param levels how many levels of each side to sum; values above the depth use the depth,
     *     values below 1 use 1
     * @return -1,000,000 (only asks) to +1,000,000 (only bids); 0 when both sides are empty
     */
    long imbalancePpm(int levels);

    /**
     * Tells whether the best bid is above the best ask.
     *
     * @return {@code true} when both sides exist and bid &gt; ask
     */
    boolean isCrossed();

    /**
     * Tells whether the best bid equals the best ask.
     *
     * @return {@code true} when both sides exist and bid == ask
     */
    boolean isLocked();

    /**
     * Calls the consumer for each level of one side, best first.
     *
     * @param side the side
     * @param consumer receives each level; must not be {@code null}
     */
    void forEachLevel(Side side, L2LevelConsumer consumer);

    /**
     * Copies the best levels of one side, best first, into two caller arrays in one pass: what a
     * publisher of book events does on every top change, so it costs one walk of the side rather
     * than a {@link #price} and a {@link #size} call a level.
     *
     * @param side the side
     * @param prices receives the prices, each multiplied by {@code priceScale}, from index 0
     * @param sizes receives the sizes, from index 0
     * @param max the most levels to copy, 0 or more
     * @param priceScale the factor every price is multiplied by as it is copied (1 keeps the
     *     book's unit; an ITCH book's 4-decimal prices times 10^4 become 8-decimal ones)
     * @return levels copied: the least of {@code max}, {@link #levelCount} and the depth; the
     *     arrays beyond that index are left as they were
     * @throws IndexOutOfBoundsException when an array is shorter than the levels copied
     */
    default int copyLevels(Side side, long[] prices, long[] sizes, int max, long priceScale) {
        // A view of one's own works through price/size; this library's views override it.
        final int n = Math.max(0, Math.min(max, Math.min(levelCount(side), depth())));
        for (int rank = 0; rank < n; rank++) {
            prices[rank] = price(side, rank) * priceScale;
            sizes[rank] = size(side, rank);
        }
        return n;
    }

    /**
     * Copies every level of both sides into an update, replacing what it held.
     *
     * @param update the destination; its capacity must be at least {@link #depth()}
     * @throws IllegalArgumentException when the update is smaller than this view
     */
    void copyTo(BookUpdate update);
}
