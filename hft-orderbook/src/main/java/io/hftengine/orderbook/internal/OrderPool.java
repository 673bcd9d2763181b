package io.hftengine.orderbook.internal;

/**
 * Pooled order entries in one {@code long[]}, two longs per order so an order is one cache line
 * at most, indexed by the value {@link OrderTable} maps an order reference to.
 *
 * <pre>
 *  entry i:  [2i]     price (long)
 *            [2i + 1] bits 63..32 remaining shares (unsigned 32)
 *                     bit  16     side (1 = bid)
 *                     bits 15..0  stock locate
 * </pre>
 *
 * <p>Free entries form a stack, so allocation and release are O(1) and allocate nothing. Shares
 * are limited to 32 bits, the width of every ITCH share field. Not thread-safe.
 */
public final class OrderPool {
    /** Returned by {@link #allocate()} when every entry is in use. */
    public static final int NONE = -1;
    /** The largest share count an entry holds. */
    public static final long MAX_SHARES = 0xFFFF_FFFFL;

    private static final long BID_BIT = 1L << 16;

    private final long[] entries;
    private final int[] free;
    private int freeTop;

    /**
     * Creates a pool with every entry free.
     *
     * @param capacity the number of entries, at least 1
     * @throws IllegalArgumentException when capacity is below 1
     */
    public OrderPool(final int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1: " + capacity);
        }
        entries = new long[capacity * 2];
        free = new int[capacity];
        clear();
    }

    /**
     * Returns the number of entries.
     *
     * @return the capacity
     */
    public int capacity() {
        return free.length;
    }

    /**
     * Returns the number of entries in use.
     *
     * @return 0 to {@link #capacity()}
     */
    public int inUse() {
        return free.length - freeTop;
    }

    /**
     * Takes a free entry.
     *
     * @return its index, or {@link #NONE} when the pool is exhausted
     */
    public int allocate() {
        return freeTop == 0 ? NONE : free[--freeTop];
    }

    /**
     * Returns an entry to the pool.
     *
     * @param index an index from {@link #allocate()} not yet released
     */
    public void release(final int index) {
        free[freeTop++] = index;
    }

    /**
     * Fills an entry.
     *
     * @param index the entry
     * @param locate the stock locate, 0 to 65,535
     * @param bid {@code true} for a buy order
     * @param price the price
     * @param shares remaining shares, 1 to {@link #MAX_SHARES}
     */
    public void set(final int index, final int locate, final boolean bid, final long price, final long shares) {
        entries[index << 1] = price;
        entries[(index << 1) + 1] = shares << 32 | (bid ? BID_BIT : 0L) | (locate & 0xFFFF);
    }

    /**
     * Sets an entry's remaining shares.
     *
     * @param index the entry
     * @param shares 1 to {@link #MAX_SHARES}
     */
    public void shares(final int index, final long shares) {
        final int at = (index << 1) + 1;
        entries[at] = shares << 32 | (entries[at] & 0xFFFF_FFFFL);
    }

    /**
     * Returns an entry's price.
     *
     * @param index the entry
     * @return the price
     */
    public long price(final int index) {
        return entries[index << 1];
    }

    /**
     * Returns an entry's remaining shares.
     *
     * @param index the entry
     * @return the shares
     */
    public long shares(final int index) {
        return entries[(index << 1) + 1] >>> 32;
    }

    /**
     * Returns an entry's stock locate.
     *
     * @param index the entry
     * @return 0 to 65,535
     */
    public int locate(final int index) {
        return (int) (entries[(index << 1) + 1] & 0xFFFF);
    }

    /**
     * Tells whether an entry is a buy order.
     *
     * @param index the entry
     * @return {@code true} for a bid
     */
    public boolean isBid(final int index) {
        return (entries[(index << 1) + 1] & BID_BIT) != 0;
    }

    /** Frees every entry. */
    public void clear() {
        final int n = free.length;
        for (int i = 0; i < n; i++) {
            free[i] = n - 1 - i;
        }
        freeTop = n;
    }
}
