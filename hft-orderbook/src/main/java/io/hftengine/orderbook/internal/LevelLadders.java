package io.hftengine.orderbook.internal;

import io.hftengine.orderbook.BookChange;
import java.util.Arrays;

/**
 * The sorted price levels of every side of every symbol, in flat arrays indexed by side id
 * ({@code locate << 1}, plus 1 for bids), so an event reaches its side in two independent loads
 * rather than a chain of objects.
 *
 * <p>A side is a {@code long[]} of (key, level id) pairs sorted by key, best level at the end; the
 * key is the price for bids and its negation for asks, so keys ascend towards the best on either
 * side. Most activity is near the top, and with the best level at the end an insert or removal
 * there moves only the few levels above it. Sizes live in {@link PriceLevels}, reached by id.
 *
 * <p>Results are {@link BookChange} bits without the locate: {@link BookChange#NONE} when the level
 * is outside the top {@code depth}, {@link BookChange#VIEW} inside it, plus the side's top bit at
 * the best level. Whether a resized level is inside the view is read by comparing its key with
 * the keys at rank 0 and rank depth - 1, so no search is needed; those two keys are also kept
 * per side in one flat array ({@code edges}), so resizing a level that stays alive (most
 * executions, cancels and deletes) never touches the side's own array: a cold symbol costs one
 * line of a small, hot array instead of the side array's header and top lines.
 *
 * <p>Growth policy: a side starts at the constructor's capacity and doubles when full; that is
 * the only allocation after {@link #define}, counted by {@link #growths()}. Not thread-safe.
 */
public final class LevelLadders {
    private static final int SCAN = 8;
    /** Below every key: a key is a price or a negated price, and prices are positive. */
    private static final long NO_KEY = Long.MIN_VALUE;

    private final long[][] sides;
    private final int[] counts;
    /**
     * Per side, at {@code sideId << 1}: the best key ({@link #NO_KEY} when empty); at
     * {@code (sideId << 1) + 1}: the key at rank depth - 1 ({@link #NO_KEY} while the side has at
     * most depth levels, so every key is inside the view). Refreshed whenever a level is inserted
     * or removed.
     */
    private final long[] edges;
    private final PriceLevels levels;
    private final int depth;
    private final int initialLevels;
    private long growths;
    private int lastLevel;

    /**
     * Creates ladders with no side defined.
     *
     * @param maxLocate the highest locate
     * @param levels the level store shared by every side
     * @param depth levels a side inside the view, at least 1
     * @param initialLevels levels a side holds before it first grows, 1 to
     *     {@link PriceLevels#MAX_LEVELS} (2^28)
     * @throws IllegalArgumentException when depth or initialLevels is out of range
     */
    public LevelLadders(final int maxLocate, final PriceLevels levels, final int depth, final int initialLevels) {
        if (depth < 1 || initialLevels < 1 || initialLevels > PriceLevels.MAX_LEVELS) {
            throw new IllegalArgumentException("depth >= 1, initialLevels 1..2^28: " + depth + ", " + initialLevels);
        }
        sides = new long[(maxLocate + 1) << 1][];
        counts = new int[(maxLocate + 1) << 1];
        edges = new long[(maxLocate + 1) << 2];
        Arrays.fill(edges, NO_KEY);
        this.levels = levels;
        this.depth = depth;
        this.initialLevels = initialLevels;
    }

    /**
     * Returns a side's id.
     *
     * @param locate the stock locate
     * @param bid {@code true} for bids
     * @return the side id
     */
    public static int sideId(final int locate, final boolean bid) {
        return locate << 1 | (bid ? 1 : 0);
    }

    /**
     * Allocates both sides of a locate, once.
     *
     * @param locate a locate not yet defined
     */
    public void define(final int locate) {
        sides[locate << 1] = new long[initialLevels << 1];
        sides[(locate << 1) | 1] = new long[initialLevels << 1];
    }

    /**
     * Tells whether a locate's sides exist.
     *
     * @param locate a locate in range
     * @return {@code true} after {@link #define}
     */
    public boolean isDefined(final int locate) {
        return sides[locate << 1] != null;
    }

    /**
     * Adds shares at a price, creating the level when new; the level's id is then
     * {@link #lastLevel()}.
     *
     * @param sideId a defined side
     * @param price a positive price
     * @param shares positive shares
     * @return the change bits
     */
    public int add(final int sideId, final long price, final long shares) {
        final boolean bid = (sideId & 1) != 0;
        final long key = bid ? price : -price;
        long[] ladder = sides[sideId];
        final int count = counts[sideId];
        final int found = find(ladder, count, key);
        if (found >= 0) {
            final int id = (int) ladder[(found << 1) + 1];
            levels.size(id, levels.size(id) + shares);
            lastLevel = id;
            return visibility(count - 1 - found, bid);
        }
        final int at = -found - 1;
        if (count << 1 == ladder.length) {
            ladder = grow(sideId);
        }
        final int above = count - at;
        if (above > 0) {
            System.arraycopy(ladder, at << 1, ladder, (at + 1) << 1, above << 1);
        }
        final int id = levels.allocate(price, shares, sideId);
        ladder[at << 1] = key;
        ladder[(at << 1) + 1] = id;
        counts[sideId] = count + 1;
        refreshEdges(ladder, sideId, count + 1);
        lastLevel = id;
        return visibility(above, bid);
    }

    /**
     * Returns the id of the level the last {@link #add} touched.
     *
     * @return the level id
     */
    public int lastLevel() {
        return lastLevel;
    }

    /**
     * Takes shares off a level, dropping it when nothing is left.
     *
     * @param id a live level id
     * @param shares positive shares, at most the level's size
     * @return the change bits, judged by the level's rank before the change
     */
    public int reduce(final int id, final long shares) {
        final int sideId = levels.sideId(id);
        final boolean bid = (sideId & 1) != 0;
        final long price = levels.price(id);
        final long key = bid ? price : -price;
        final long left = levels.size(id) - shares;
        if (left > 0) {
            levels.size(id, left);
            final long[] edges = this.edges;
            if (key == edges[sideId << 1]) {
                return BookChange.VIEW | BookChange.topBit(bid);
            }
            return key >= edges[(sideId << 1) + 1] ? BookChange.VIEW : BookChange.NONE;
        }
        final long[] ladder = sides[sideId];
        final int count = counts[sideId];
        final int found = find(ladder, count, key);
        final int rank = count - 1 - found;
        if (rank > 0) {
            System.arraycopy(ladder, (found + 1) << 1, ladder, found << 1, rank << 1);
        }
        counts[sideId] = count - 1;
        refreshEdges(ladder, sideId, count - 1);
        levels.release(id);
        return visibility(rank, bid);
    }

    /**
     * Returns the side a level belongs to.
     *
     * @param id a live level id
     * @return the side id
     */
    public int sideIdOf(final int id) {
        return levels.sideId(id);
    }

    /**
     * Returns the locate a level belongs to.
     *
     * @param id a live level id
     * @return the locate
     */
    public int locateOf(final int id) {
        return levels.sideId(id) >>> 1;
    }

    /**
     * Returns a level's price.
     *
     * @param id a live level id
     * @return the price
     */
    public long priceOf(final int id) {
        return levels.price(id);
    }

    /**
     * Returns a side's best price.
     *
     * @param sideId a defined side
     * @return the price, or {@link Long#MIN_VALUE} when the side is empty
     */
    public long bestPrice(final int sideId) {
        return counts[sideId] == 0 ? Long.MIN_VALUE : priceAtRank(sideId, 0);
    }

    /**
     * Returns the size at a side's best price.
     *
     * @param sideId a defined side
     * @return shares, or 0 when the side is empty
     */
    public long bestSize(final int sideId) {
        return counts[sideId] == 0 ? 0 : sizeAtRank(sideId, 0);
    }

    /**
     * Returns a side's level count.
     *
     * @param sideId a defined side
     * @return 0 or more
     */
    public int count(final int sideId) {
        return counts[sideId];
    }

    /**
     * Returns the price at a rank.
     *
     * @param sideId a defined side
     * @param rank 0 for the best, below {@link #count}
     * @return the price
     */
    public long priceAtRank(final int sideId, final int rank) {
        final long key = sides[sideId][(counts[sideId] - 1 - rank) << 1];
        return (sideId & 1) != 0 ? key : -key;
    }

    /**
     * Returns the aggregate size at a rank.
     *
     * @param sideId a defined side
     * @param rank 0 for the best, below {@link #count}
     * @return shares, always positive
     */
    public long sizeAtRank(final int sideId, final int rank) {
        return levels.size((int) sides[sideId][((counts[sideId] - 1 - rank) << 1) + 1]);
    }

    /**
     * Copies a side's best levels, best first, in one walk down its array (the sorted keys are
     * contiguous, so only the sizes are reached through the level store).
     *
     * @param sideId a defined side
     * @param prices receives prices times {@code priceScale}
     * @param sizes receives aggregate sizes
     * @param max the most levels to copy
     * @param priceScale factor applied to every price
     * @return levels copied, {@code min(max, count)}, at least 0
     */
    public int copyTop(final int sideId, final long[] prices, final long[] sizes, final int max, final long priceScale) {
        final long[] ladder = sides[sideId];
        final int count = counts[sideId];
        final int n = Math.max(0, Math.min(max, count));
        // A bid's key is its price, an ask's the negated price: one multiplier does both.
        final long scale = (sideId & 1) != 0 ? priceScale : -priceScale;
        for (int rank = 0, at = (count - 1) << 1; rank < n; rank++, at -= 2) {
            prices[rank] = ladder[at] * scale;
            sizes[rank] = levels.size((int) ladder[at + 1]);
        }
        return n;
    }

    /**
     * Returns how many times any side, or the level store, doubled.
     *
     * @return the growth count
     */
    public long growths() {
        return growths + levels.growths();
    }

    private int visibility(final int rank, final boolean bid) {
        if (rank >= depth) {
            return BookChange.NONE;
        }
        return rank == 0 ? BookChange.VIEW | BookChange.topBit(bid) : BookChange.VIEW;
    }

    private void refreshEdges(final long[] ladder, final int sideId, final int count) {
        edges[sideId << 1] = count == 0 ? NO_KEY : ladder[(count - 1) << 1];
        edges[(sideId << 1) + 1] = count <= depth ? NO_KEY : ladder[(count - depth) << 1];
    }

    private long[] grow(final int sideId) {
        final long[] ladder = sides[sideId];
        if (ladder.length >= PriceLevels.MAX_LEVELS << 1) {
            throw new IllegalStateException("a side cannot grow beyond " + counts[sideId] + " levels");
        }
        growths++;
        final long[] grown = Arrays.copyOf(ladder, ladder.length << 1);
        sides[sideId] = grown;
        return grown;
    }

    /**
     * Returns the index of a key, or {@code -(insertion point) - 1}. Scans the few best levels
     * first, where most events land, touching only the array's last cache lines; falls back to a
     * binary search below them.
     */
    private static int find(final long[] ladder, final int count, final long key) {
        int i = count - 1;
        for (final int stop = Math.max(0, count - SCAN); i >= stop; i--) {
            final long k = ladder[i << 1];
            if (k <= key) {
                return k == key ? i : -(i + 2);
            }
        }
        int lo = 0;
        int hi = i;
        while (lo <= hi) {
            final int mid = (lo + hi) >>> 1;
            final long k = ladder[mid << 1];
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
}
