package io.hftengine.orderbook;

/**
 * A whole L2 snapshot of one symbol, both sides, best level first: the design's
 * {@code BookUpdate { symbol, levels[10] }} as a reusable, pre-sized holder.
 *
 * <p>Allocate one per consumer at start-up and refill it; {@link #clear()} and the append methods
 * never allocate. {@link L2Book#apply(BookUpdate)} checks the ordering, so appending out of order
 * is allowed here and caught there. Not thread-safe.
 */
public final class BookUpdate {
    private final long[] bidPrices;
    private final long[] bidSizes;
    private final long[] askPrices;
    private final long[] askSizes;
    private int bidCount;
    private int askCount;
    private int symbol;

    /**
     * Creates an empty update able to hold {@code capacity} levels a side.
     *
     * @param capacity levels per side, at least 1
     * @throws IllegalArgumentException when capacity is below 1
     */
    public BookUpdate(final int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1: " + capacity);
        }
        bidPrices = new long[capacity];
        bidSizes = new long[capacity];
        askPrices = new long[capacity];
        askSizes = new long[capacity];
    }

    /**
     * Returns how many levels a side can hold.
     *
     * @return the capacity fixed at construction
     */
    public int capacity() {
        return bidPrices.length;
    }

    /**
     * Empties both sides; the symbol is kept.
     *
     * @return this update
     */
    public BookUpdate clear() {
        bidCount = 0;
        askCount = 0;
        return this;
    }

    /**
     * Sets the symbol identifier (for an ITCH feed, the stock locate).
     *
     * @param symbol the identifier
     * @return this update
     */
    public BookUpdate symbol(final int symbol) {
        this.symbol = symbol;
        return this;
    }

    /**
     * Returns the symbol identifier.
     *
     * @return the value last set, 0 initially
     */
    public int symbol() {
        return symbol;
    }

    /**
     * Appends the next-best bid level.
     *
     * @param price the level price
     * @param size the aggregate size in shares
     * @return {@code false}, appending nothing, when the bid side is full
     */
    public boolean addBid(final long price, final long size) {
        if (bidCount == bidPrices.length) {
            return false;
        }
        bidPrices[bidCount] = price;
        bidSizes[bidCount] = size;
        bidCount++;
        return true;
    }

    /**
     * Appends the next-best ask level.
     *
     * @param price the level price
     * @param size the aggregate size in shares
     * @return {@code false}, appending nothing, when the ask side is full
     */
    public boolean addAsk(final long price, final long size) {
        if (askCount == askPrices.length) {
            return false;
        }
        askPrices[askCount] = price;
        askSizes[askCount] = size;
        askCount++;
        return true;
    }

    /**
     * Returns the number of bid levels.
     *
     * @return 0 to {@link #capacity()}
     */
    public int bidCount() {
        return bidCount;
    }

    /**
     * Returns the number of ask levels.
     *
     * @return 0 to {@link #capacity()}
     */
    public int askCount() {
        return askCount;
    }

    /**
     * Returns a bid level's price.
     *
     * @param rank 0 for the best bid, below {@link #bidCount()}
     * @return the price
     * @throws IndexOutOfBoundsException when rank is outside the filled levels
     */
    public long bidPrice(final int rank) {
        return bidPrices[checkRank(rank, bidCount)];
    }

    /**
     * Returns a bid level's size.
     *
     * @param rank 0 for the best bid, below {@link #bidCount()}
     * @return the size in shares
     * @throws IndexOutOfBoundsException when rank is outside the filled levels
     */
    public long bidSize(final int rank) {
        return bidSizes[checkRank(rank, bidCount)];
    }

    /**
     * Returns an ask level's price.
     *
     * @param rank 0 for the best ask, below {@link #askCount()}
     * @return the price
     * @throws IndexOutOfBoundsException when rank is outside the filled levels
     */
    public long askPrice(final int rank) {
        return askPrices[checkRank(rank, askCount)];
    }

    /**
     * Returns an ask level's size.
     *
     * @param rank 0 for the best ask, below {@link #askCount()}
     * @return the size in shares
     * @throws IndexOutOfBoundsException when rank is outside the filled levels
     */
    public long askSize(final int rank) {
        return askSizes[checkRank(rank, askCount)];
    }

    /** Returns the bid prices array, for {@link L2Book#apply} to read without per-level checks. */
    long[] bidPrices() {
        return bidPrices;
    }

    /** Returns the bid sizes array. */
    long[] bidSizes() {
        return bidSizes;
    }

    /** Returns the ask prices array. */
    long[] askPrices() {
        return askPrices;
    }

    /** Returns the ask sizes array. */
    long[] askSizes() {
        return askSizes;
    }

    private static int checkRank(final int rank, final int count) {
        if (rank < 0 || rank >= count) {
            throw new IndexOutOfBoundsException("rank " + rank + " outside 0.." + (count - 1));
        }
        return rank;
    }
}
