package io.hftengine.orderbook;

import io.hftengine.types.Side;

/**
 * Fixed-depth L2 book: up to {@code depth} price levels a side (10 by default) in parallel
 * primitive arrays, best level at index 0, no allocation after construction.
 *
 * <p>Used two ways: stand-alone, fed level by level ({@link #addLevel}, {@link #modifyLevel},
 * {@link #deleteLevel}) or a whole snapshot at a time ({@link #apply(BookUpdate)}). It only knows
 * its top {@code depth} levels: a level pushed off the bottom is forgotten, and an update to a
 * level beyond a full side's worst is ignored ({@link BookChange#NONE}). (An {@link OrderBook}'s
 * views are not L2Books: they read its full price ladders directly.)
 *
 * <p>Every mutator returns a {@link BookChange} bit set (locate bits zero). Malformed input (null
 * side, size not positive, price not 1 to {@link L2View#MAX_PRICE}, a duplicate level, a level
 * missing inside the view, an unsorted snapshot) returns {@link BookChange#REJECTED}, leaves the
 * book as it was and is counted by {@link #rejectedCount()}. The book never checks that bids stay
 * below asks: a crossed book is reported by {@link #isCrossed()}, never "fixed". Not thread-safe.
 */
public final class L2Book implements L2View {
    /** The design's default depth. */
    public static final int DEFAULT_DEPTH = 10;

    private final int depth;
    private final long[] bidPrices;
    private final long[] bidSizes;
    private final long[] askPrices;
    private final long[] askSizes;
    private int bidCount;
    private int askCount;
    private long rejectedCount;

    /** Creates an empty book of {@link #DEFAULT_DEPTH} levels a side. */
    public L2Book() {
        this(DEFAULT_DEPTH);
    }

    /**
     * Creates an empty book.
     *
     * @param depth levels per side, at least 1
     * @throws IllegalArgumentException when depth is below 1
     */
    public L2Book(final int depth) {
        if (depth < 1) {
            throw new IllegalArgumentException("depth must be >= 1: " + depth);
        }
        this.depth = depth;
        bidPrices = new long[depth];
        bidSizes = new long[depth];
        askPrices = new long[depth];
        askSizes = new long[depth];
    }

    @Override
    public int depth() {
        return depth;
    }

    @Override
    public int levelCount(final Side side) {
        return side == Side.BUY ? bidCount : askCount;
    }

    @Override
    public long price(final Side side, final int rank) {
        final boolean bid = side == Side.BUY;
        final int count = bid ? bidCount : askCount;
        if (rank < 0 || rank >= count) {
            return NO_PRICE;
        }
        return bid ? bidPrices[rank] : askPrices[rank];
    }

    @Override
    public long size(final Side side, final int rank) {
        final boolean bid = side == Side.BUY;
        final int count = bid ? bidCount : askCount;
        if (rank < 0 || rank >= count) {
            return 0;
        }
        return bid ? bidSizes[rank] : askSizes[rank];
    }

    @Override
    public long bestBidPrice() {
        return bidCount == 0 ? NO_PRICE : bidPrices[0];
    }

    @Override
    public long bestAskPrice() {
        return askCount == 0 ? NO_PRICE : askPrices[0];
    }

    @Override
    public long bestBidSize() {
        return bidCount == 0 ? 0 : bidSizes[0];
    }

    @Override
    public long bestAskSize() {
        return askCount == 0 ? 0 : askSizes[0];
    }

    @Override
    public long spread() {
        return bidCount == 0 || askCount == 0 ? NO_PRICE : askPrices[0] - bidPrices[0];
    }

    @Override
    public long midPriceTimesTwo() {
        return bidCount == 0 || askCount == 0 ? NO_PRICE : askPrices[0] + bidPrices[0];
    }

    @Override
    public long imbalancePpm(final int levels) {
        final int n = Math.max(1, Math.min(levels, depth));
        // Summed in double: a level's size may be any positive long, so a long sum of two
        // levels can wrap and flip the sign; below 2^53 (every real book) the sums are exact.
        double bid = 0;
        double ask = 0;
        for (int i = 0, end = Math.min(n, bidCount); i < end; i++) {
            bid += bidSizes[i];
        }
        for (int i = 0, end = Math.min(n, askCount); i < end; i++) {
            ask += askSizes[i];
        }
        final double total = bid + ask;
        if (total == 0) {
            return 0;
        }
        return Math.round((bid - ask) * 1_000_000d / total);
    }

    @Override
    public boolean isCrossed() {
        return bidCount != 0 && askCount != 0 && bidPrices[0] > askPrices[0];
    }

    @Override
    public boolean isLocked() {
        return bidCount != 0 && askCount != 0 && bidPrices[0] == askPrices[0];
    }

    @Override
    public void forEachLevel(final Side side, final L2LevelConsumer consumer) {
        final boolean bid = side == Side.BUY;
        final long[] prices = bid ? bidPrices : askPrices;
        final long[] sizes = bid ? bidSizes : askSizes;
        for (int i = 0, n = bid ? bidCount : askCount; i < n; i++) {
            consumer.onLevel(side, i, prices[i], sizes[i]);
        }
    }

    @Override
    public int copyLevels(final Side side, final long[] prices, final long[] sizes, final int max, final long priceScale) {
        final boolean bid = side == Side.BUY;
        final long[] fromPrices = bid ? bidPrices : askPrices;
        final long[] fromSizes = bid ? bidSizes : askSizes;
        final int n = Math.max(0, Math.min(max, bid ? bidCount : askCount));
        for (int i = 0; i < n; i++) {
            prices[i] = fromPrices[i] * priceScale;
            sizes[i] = fromSizes[i];
        }
        return n;
    }

    @Override
    public void copyTo(final BookUpdate update) {
        if (update.capacity() < depth) {
            throw new IllegalArgumentException("update capacity " + update.capacity() + " < depth " + depth);
        }
        update.clear();
        for (int i = 0; i < bidCount; i++) {
            update.addBid(bidPrices[i], bidSizes[i]);
        }
        for (int i = 0; i < askCount; i++) {
            update.addAsk(askPrices[i], askSizes[i]);
        }
    }

    /**
     * Returns how many updates this book has rejected as malformed.
     *
     * @return the count since construction
     */
    public long rejectedCount() {
        return rejectedCount;
    }

    /**
     * Inserts a new level. A level worse than a full side's worst is outside the view and is not
     * kept ({@link BookChange#NONE}); inserting into a full side pushes the worst level off.
     *
     * @param side the side
     * @param price the level price, 1 to {@link L2View#MAX_PRICE}
     * @param size the aggregate size, positive
     * @return {@link BookChange#VIEW}, plus the side's top bit when the level is the new best;
     *     {@link BookChange#NONE} when beyond the depth; {@link BookChange#REJECTED} for bad
     *     input or a price already present
     */
    public int addLevel(final Side side, final long price, final long size) {
        if (side == null || !isValidPrice(price) || size <= 0) {
            return reject();
        }
        final boolean bid = side == Side.BUY;
        final long[] prices = bid ? bidPrices : askPrices;
        final long[] sizes = bid ? bidSizes : askSizes;
        final int count = bid ? bidCount : askCount;
        int at = 0;
        while (at < count && isBetter(bid, prices[at], price)) {
            at++;
        }
        if (at < count && prices[at] == price) {
            return reject();
        }
        if (at == depth) {
            return BookChange.NONE;
        }
        final int kept = Math.min(count, depth - 1);
        System.arraycopy(prices, at, prices, at + 1, kept - at);
        System.arraycopy(sizes, at, sizes, at + 1, kept - at);
        prices[at] = price;
        sizes[at] = size;
        setCount(bid, kept + 1);
        return changed(bid, at);
    }

    /**
     * Changes the size of an existing level.
     *
     * @param side the side
     * @param price the level price
     * @param size the new aggregate size, positive (use {@link #deleteLevel} to remove)
     * @return {@link BookChange#VIEW} (plus the top bit at the best level), {@link BookChange#NONE}
     *     when the size is unchanged or the price is beyond a full side's worst level (outside the
     *     view, as for {@link #addLevel}), {@link BookChange#REJECTED} for bad input or a level
     *     missing inside the view
     */
    public int modifyLevel(final Side side, final long price, final long size) {
        if (side == null || !isValidPrice(price) || size <= 0) {
            return reject();
        }
        final boolean bid = side == Side.BUY;
        final int at = indexOf(bid, price);
        if (at < 0) {
            return missing(bid, price);
        }
        final long[] sizes = bid ? bidSizes : askSizes;
        if (sizes[at] == size) {
            return BookChange.NONE;
        }
        sizes[at] = size;
        return changed(bid, at);
    }

    /**
     * Removes a level; the levels below move up one rank.
     *
     * @param side the side
     * @param price the level price
     * @return {@link BookChange#VIEW} (plus the top bit when it was the best level),
     *     {@link BookChange#NONE} when the price is beyond a full side's worst level (outside the
     *     view, as for {@link #addLevel}), or {@link BookChange#REJECTED} for a null side, a price
     *     not 1 to {@link L2View#MAX_PRICE} or a level missing inside the view
     */
    public int deleteLevel(final Side side, final long price) {
        if (side == null || !isValidPrice(price)) {
            return reject();
        }
        final boolean bid = side == Side.BUY;
        final int at = indexOf(bid, price);
        if (at < 0) {
            return missing(bid, price);
        }
        final long[] prices = bid ? bidPrices : askPrices;
        final long[] sizes = bid ? bidSizes : askSizes;
        final int count = bid ? bidCount : askCount;
        System.arraycopy(prices, at + 1, prices, at, count - at - 1);
        System.arraycopy(sizes, at + 1, sizes, at, count - at - 1);
        setCount(bid, count - 1);
        return changed(bid, at);
    }

    /**
     * Replaces both sides with a snapshot. The snapshot must hold at most {@link #depth()}
     * levels a side, bids strictly descending and asks strictly ascending, every size positive and
     * every price 1 to {@link L2View#MAX_PRICE}; it may be crossed.
     *
     * @param update the snapshot
     * @return {@link BookChange#VIEW} plus the top bit of each side whose best price or size
     *     changed, {@link BookChange#NONE} when nothing changed, or {@link BookChange#REJECTED}
     *     (book unchanged) when the snapshot breaks the rules above
     */
    public int apply(final BookUpdate update) {
        final int bids = update.bidCount();
        final int asks = update.askCount();
        if (bids > depth || asks > depth || !isValidSide(update, true, bids) || !isValidSide(update, false, asks)) {
            return reject();
        }
        int change = BookChange.NONE;
        change |= copySide(update, true, bids);
        change |= copySide(update, false, asks);
        return change;
    }

    /** Empties both sides; the rejected count is kept. */
    public void clear() {
        bidCount = 0;
        askCount = 0;
    }

    private int copySide(final BookUpdate update, final boolean bid, final int n) {
        final long[] prices = bid ? bidPrices : askPrices;
        final long[] sizes = bid ? bidSizes : askSizes;
        final int oldCount = bid ? bidCount : askCount;
        boolean top = n == 0 ? oldCount != 0 : oldCount == 0;
        boolean any = oldCount != n;
        final long[] newPrices = bid ? update.bidPrices() : update.askPrices();
        final long[] newSizes = bid ? update.bidSizes() : update.askSizes();
        for (int i = 0; i < n; i++) {
            final long p = newPrices[i];
            final long s = newSizes[i];
            if (i < oldCount && prices[i] == p && sizes[i] == s) {
                continue;
            }
            any = true;
            top |= i == 0;
            prices[i] = p;
            sizes[i] = s;
        }
        setCount(bid, n);
        if (!any) {
            return BookChange.NONE;
        }
        return top ? BookChange.VIEW | BookChange.topBit(bid) : BookChange.VIEW;
    }

    private static boolean isValidSide(final BookUpdate update, final boolean bid, final int n) {
        final long[] prices = bid ? update.bidPrices() : update.askPrices();
        final long[] sizes = bid ? update.bidSizes() : update.askSizes();
        long previous = 0;
        for (int i = 0; i < n; i++) {
            final long p = prices[i];
            final long s = sizes[i];
            if (!isValidPrice(p) || s <= 0 || (i > 0 && !isBetter(bid, previous, p))) {
                return false;
            }
            previous = p;
        }
        return true;
    }

    private int indexOf(final boolean bid, final long price) {
        final long[] prices = bid ? bidPrices : askPrices;
        for (int i = 0, n = bid ? bidCount : askCount; i < n; i++) {
            if (prices[i] == price) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isValidPrice(final long price) {
        return price > 0 && price <= MAX_PRICE;
    }

    private static boolean isBetter(final boolean bid, final long a, final long b) {
        return bid ? a > b : a < b;
    }

    private void setCount(final boolean bid, final int count) {
        if (bid) {
            bidCount = count;
        } else {
            askCount = count;
        }
    }

    private static int changed(final boolean bid, final int rank) {
        return rank == 0 ? BookChange.VIEW | BookChange.topBit(bid) : BookChange.VIEW;
    }

    /**
     * Answers an update to a level the book does not hold. Beyond a full side's worst level it is
     * a level a deeper feed has and this book does not keep, the same level {@link #addLevel}
     * ignored: not malformed. Anywhere else the level should be here, so the feed and the book
     * disagree.
     */
    private int missing(final boolean bid, final long price) {
        final int count = bid ? bidCount : askCount;
        if (count == depth && isBetter(bid, bid ? bidPrices[count - 1] : askPrices[count - 1], price)) {
            return BookChange.NONE;
        }
        return reject();
    }

    private int reject() {
        rejectedCount++;
        return BookChange.REJECTED;
    }
}
