package io.hftengine.orderbook.internal;

import java.util.Arrays;

/**
 * Every price level of one side of one symbol: aggregate shares by price, in a sorted primitive
 * array with the best level at the end.
 *
 * <p>Both sides share one ordering by storing a key instead of the price: the price for bids and
 * its negation for asks, so keys ascend towards the best level on either side. Most activity is
 * near the top, and with the best level at the end an insert or removal there moves only the few
 * levels above it.
 *
 * <p>Results of {@link #add} and {@link #reduce} pack the changed level's rank from the best
 * (0 = best) with {@link #STRUCTURAL} when a level appeared or vanished.
 *
 * <p>Growth policy: the arrays start at the constructor's capacity and double when full; that is
 * the only allocation, it is counted by {@link #growths()}, and it stops once a symbol has seen
 * its widest book of the day. Not thread-safe.
 */
public final class PriceLadder {
    /** Result bit: a level was inserted or removed (rather than resized). */
    public static final int STRUCTURAL = 1 << 30;
    /** Mask of the rank in a result. */
    public static final int RANK_MASK = STRUCTURAL - 1;
    /** Result of {@link #reduce} when no level has the key. */
    public static final int NOT_FOUND = -1;

    private static final int SCAN = 8;

    private final boolean bid;
    /** Level i's key at [2i], its size at [2i + 1]: one cache line serves the key and its size. */
    private long[] levels;
    private int count;
    private int growths;

    /**
     * Creates an empty ladder.
     *
     * @param bid {@code true} for the bid side (higher price is better)
     * @param initialCapacity levels before the first growth, at least 1
     * @throws IllegalArgumentException when initialCapacity is below 1 or above 2^29
     */
    public PriceLadder(final boolean bid, final int initialCapacity) {
        if (initialCapacity < 1 || initialCapacity > 1 << 29) {
            throw new IllegalArgumentException("initialCapacity must be 1..2^29: " + initialCapacity);
        }
        this.bid = bid;
        levels = new long[initialCapacity * 2];
    }

    /**
     * Tells which side this ladder holds.
     *
     * @return {@code true} for bids
     */
    public boolean isBid() {
        return bid;
    }

    /**
     * Returns the number of levels.
     *
     * @return 0 or more
     */
    public int count() {
        return count;
    }

    /**
     * Returns how many times the arrays have grown.
     *
     * @return the growth count
     */
    public int growths() {
        return growths;
    }

    /**
     * Returns the price of a level.
     *
     * @param rank 0 for the best level, below {@link #count()}
     * @return the price
     */
    public long priceAtRank(final int rank) {
        final long key = levels[(count - 1 - rank) << 1];
        return bid ? key : -key;
    }

    /**
     * Returns the aggregate size of a level.
     *
     * @param rank 0 for the best level, below {@link #count()}
     * @return shares, always positive
     */
    public long sizeAtRank(final int rank) {
        return levels[((count - 1 - rank) << 1) + 1];
    }

    /**
     * Adds shares at a price, creating the level if needed.
     *
     * @param price a positive price
     * @param shares positive shares
     * @return the level's rank, with {@link #STRUCTURAL} when the level is new
     */
    public int add(final long price, final long shares) {
        final long key = bid ? price : -price;
        final int found = find(key);
        if (found >= 0) {
            levels[(found << 1) + 1] += shares;
            return count - 1 - found;
        }
        final int at = -found - 1;
        if (count << 1 == levels.length) {
            grow();
        }
        final int above = count - at;
        if (above > 0) {
            System.arraycopy(levels, at << 1, levels, (at + 1) << 1, above << 1);
        }
        levels[at << 1] = key;
        levels[(at << 1) + 1] = shares;
        count++;
        return above | STRUCTURAL;
    }

    /**
     * Removes shares at a price, dropping the level when nothing is left.
     *
     * @param price the price
     * @param shares positive shares, at most the level's size
     * @return the level's rank before the change, with {@link #STRUCTURAL} when the level went,
     *     or {@link #NOT_FOUND}
     */
    public int reduce(final long price, final long shares) {
        final int found = find(bid ? price : -price);
        if (found < 0) {
            return NOT_FOUND;
        }
        final int rank = count - 1 - found;
        final long left = levels[(found << 1) + 1] - shares;
        if (left > 0) {
            levels[(found << 1) + 1] = left;
            return rank;
        }
        if (rank > 0) {
            System.arraycopy(levels, (found + 1) << 1, levels, found << 1, rank << 1);
        }
        count--;
        return rank | STRUCTURAL;
    }

    /** Removes every level; keeps the arrays. */
    public void clear() {
        count = 0;
    }

    /**
     * Returns the index of a key, or {@code -(insertion point) - 1}. Scans the few best levels
     * first, where most events land, touching only the array's last cache lines; falls back to a
     * binary search below them.
     */
    private int find(final long key) {
        final long[] levels = this.levels;
        int i = count - 1;
        for (final int stop = Math.max(0, count - SCAN); i >= stop; i--) {
            final long k = levels[i << 1];
            if (k <= key) {
                return k == key ? i : -(i + 2);
            }
        }
        int lo = 0;
        int hi = i;
        while (lo <= hi) {
            final int mid = (lo + hi) >>> 1;
            final long k = levels[mid << 1];
            if (k < key) {
                lo = mid + 1;
            } else if (k > key) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -(lo + 1);
    }

    private void grow() {
        if (levels.length >= 1 << 30) {
            throw new IllegalStateException("price ladder cannot grow beyond " + count + " levels");
        }
        levels = Arrays.copyOf(levels, levels.length << 1);
        growths++;
    }
}
