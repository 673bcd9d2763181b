package io.hftengine.orderbook.internal;

import java.util.Arrays;

/**
 * Every live price level of a book, all symbols and sides, in one flat store indexed by a level
 * id that stays fixed while the level lives.
 *
 * <p>An order keeps its level's id rather than its price, so executing, cancelling or deleting
 * it reaches the level's aggregate size in one step, with no search through the side's sorted
 * levels; only a level that empties has to be found in its {@link LevelLadders} side.
 *
 * <pre>
 *  level i:  [4i]     price (long)
 *            [4i + 1] aggregate shares (long)
 *            [4i + 2] side id: locate &lt;&lt; 1 | 1 for bids
 *            [4i + 3] unused: 32 bytes a level, two to a 64-byte line from the array's first
 *            element (which G1 places 16 bytes past a line: then every other level straddles two)
 * </pre>
 *
 * <p>Free ids form a stack, so a freed id is reused first while its line is still cached. A level
 * holds at least one order, so the store never needs more levels than the order capacity: it
 * starts at {@code min(maxLevels, 2^18)} levels (8 MiB) and doubles up to that (each doubling
 * counted by {@link #growths()}). Why that start: a book of a thousand active symbols holds tens
 * of thousands of live levels within seconds, and every doubling copies the whole store on the
 * event path (at 64 k levels, a 2 MiB copy and allocation in the middle of trading; seen as heap
 * growth under Epsilon after warm-up); 2^18 covers a full-market book without one. Not
 * thread-safe.
 */
public final class PriceLevels {
    private static final int INITIAL = 1 << 18;
    /** The most levels: four longs a level must still index with an {@code int}. */
    public static final int MAX_LEVELS = 1 << 28;

    private final int maxLevels;
    private long[] data;
    private int[] free;
    private int freeTop;
    private int allocated;
    private int growths;

    /**
     * Creates an empty store.
     *
     * @param maxLevels the most levels ever live at once, 1 to {@link #MAX_LEVELS} (2^28)
     * @throws IllegalArgumentException when maxLevels is out of range
     */
    public PriceLevels(final int maxLevels) {
        if (maxLevels < 1 || maxLevels > MAX_LEVELS) {
            throw new IllegalArgumentException("maxLevels must be 1 to 2^28 (" + MAX_LEVELS + "): " + maxLevels);
        }
        this.maxLevels = maxLevels;
        final int initial = Math.min(this.maxLevels, INITIAL);
        data = new long[initial << 2];
        free = new int[initial];
    }

    /**
     * Takes a level id and fills it. Never fails while fewer than {@code maxLevels} are live.
     *
     * @param price the level's price
     * @param shares its first shares
     * @param sideId the side it belongs to
     * @return the id
     */
    public int allocate(final long price, final long shares, final int sideId) {
        final int id;
        if (freeTop > 0) {
            id = free[--freeTop];
        } else {
            if (allocated << 2 == data.length) {
                grow();
            }
            id = allocated++;
        }
        final long[] data = this.data;
        data[id << 2] = price;
        data[(id << 2) + 1] = shares;
        data[(id << 2) + 2] = sideId;
        return id;
    }

    /**
     * Returns a level id to the store.
     *
     * @param id a live id
     */
    public void release(final int id) {
        free[freeTop++] = id;
    }

    /**
     * Returns a level's price.
     *
     * @param id a live id
     * @return the price
     */
    public long price(final int id) {
        return data[id << 2];
    }

    /**
     * Returns a level's aggregate shares.
     *
     * @param id a live id
     * @return the shares
     */
    public long size(final int id) {
        return data[(id << 2) + 1];
    }

    /**
     * Sets a level's aggregate shares.
     *
     * @param id a live id
     * @param size the new size
     */
    public void size(final int id, final long size) {
        data[(id << 2) + 1] = size;
    }

    /**
     * Returns the side a level belongs to.
     *
     * @param id a live id
     * @return locate &lt;&lt; 1, plus 1 for bids
     */
    public int sideId(final int id) {
        return (int) data[(id << 2) + 2];
    }

    /**
     * Returns how many times the store doubled.
     *
     * @return the growth count
     */
    public int growths() {
        return growths;
    }

    private void grow() {
        final int levels = Math.min(maxLevels, (data.length >>> 2) << 1);
        if (levels << 2 <= data.length) {
            throw new IllegalStateException("more than " + maxLevels + " price levels");
        }
        data = Arrays.copyOf(data, levels << 2);
        free = Arrays.copyOf(free, levels);
        growths++;
    }
}
