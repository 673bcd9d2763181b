package io.hftengine.pipeline.risk;

/**
 * The last fills risk applied, by venue match number and order id, so that a fill the venue
 * repeats is recognised however many fills came between, and a Broken Trade, which names only
 * the order and the match, can be unwound from the position it moved.
 *
 * <p>Holds the most recent {@code capacity} fills and forgets the oldest first: a ring of keys in
 * arrival order says which record to drop when a new fill overwrites its place. The records sit
 * inline in one {@code long[]} (open addressing, linear probing, backward-shift removal, like
 * {@link OpenOrderTable}), so a lookup touches one cache line. Match number 0 means "none" and is
 * never recorded. A key is the pair, not the match alone: when both our buy and our sell trade in
 * one match (a self-cross the venue let through), each order's side of it is its own fill. Sized
 * once at construction; not thread-safe.
 */
final class FillHistory extends InlineRecordTable {
    static final int NO_RECORD = -1;

    private static final int STRIDE = 8;
    private static final int MATCH = 0;
    private static final int ORDER_ID = 1;
    /** {@code symbolId << 2 | SELL | OCCUPIED}: never 0 in a used record. */
    private static final int META = 2;
    private static final int QUANTITY = 3;
    private static final int PRICE = 4;
    private static final long OCCUPIED = 1;
    private static final long SELL = 2;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final long ORDER_MIX = 0xC2B2AE3D27D4EB4FL;

    private final long[] ringMatches;
    private final long[] ringOrders;
    private final int shift;
    private int ringNext;

    /**
     * Creates an empty history.
     *
     * @param capacity the most fills remembered, 1 to 2^24
     * @throws IllegalArgumentException when capacity is out of range
     */
    FillHistory(final int capacity) {
        super(recordCountFor(capacity), STRIDE, META);
        this.shift = 64 - Integer.numberOfTrailingZeros(mask + 1);
        this.ringMatches = new long[capacity];
        this.ringOrders = new long[capacity];
    }

    /**
     * Returns how many fills are remembered.
     *
     * @return 0 to the capacity
     */
    int size() {
        return size;
    }

    /**
     * Finds a fill.
     *
     * @param matchNumber the venue's match number, not 0
     * @param orderId our order id
     * @return its record, or {@link #NO_RECORD}
     */
    int find(final long matchNumber, final long orderId) {
        final long[] records = this.records;
        for (int i = home(matchNumber, orderId); ; i = (i + 1) & mask) {
            final int at = i * STRIDE;
            if (records[at + META] == 0) {
                return NO_RECORD;
            }
            if (records[at + MATCH] == matchNumber && records[at + ORDER_ID] == orderId) {
                return i;
            }
        }
    }

    /**
     * Remembers a fill not already held, forgetting the oldest when full.
     *
     * @param matchNumber the venue's match number, not 0
     * @param orderId our order id
     * @param symbolId the order's symbol
     * @param sell whether the order sells
     * @param quantity shares the fill moved the position by
     * @param price the fill's price
     */
    void record(final long matchNumber, final long orderId, final int symbolId, final boolean sell,
                final long quantity, final long price) {
        final int slot = ringNext;
        if (ringMatches[slot] != 0) {
            final int oldest = find(ringMatches[slot], ringOrders[slot]);
            if (oldest != NO_RECORD) {
                remove(oldest);
            }
        }
        ringMatches[slot] = matchNumber;
        ringOrders[slot] = orderId;
        ringNext = slot + 1 == ringMatches.length ? 0 : slot + 1;
        final long[] records = this.records;
        int i = home(matchNumber, orderId);
        while (records[i * STRIDE + META] != 0) {
            i = (i + 1) & mask;
        }
        final int at = i * STRIDE;
        records[at + MATCH] = matchNumber;
        records[at + ORDER_ID] = orderId;
        records[at + META] = (long) symbolId << 2 | (sell ? SELL : 0) | OCCUPIED;
        records[at + QUANTITY] = quantity;
        records[at + PRICE] = price;
        size++;
    }

    int symbolId(final int record) {
        return (int) (records[record * STRIDE + META] >>> 2);
    }

    boolean sells(final int record) {
        return (records[record * STRIDE + META] & SELL) != 0;
    }

    long quantity(final int record) {
        return records[record * STRIDE + QUANTITY];
    }

    long price(final int record) {
        return records[record * STRIDE + PRICE];
    }

    /**
     * Forgets a fill (once broken, it cannot be broken again). Its key stays in the ring and is
     * skipped when its turn to be forgotten comes.
     *
     * @param record a record from {@link #find}, not since invalidated by a record or removal
     */
    void remove(final int record) {
        removeRecord(record);
    }

    @Override
    int homeOfRecordAt(final int at) {
        return home(records[at + MATCH], records[at + ORDER_ID]);
    }

    /** At least twice as many records as fills, so the table stays at most half full. */
    private static int recordCountFor(final int capacity) {
        if (capacity < 1 || capacity > 1 << 24) {
            throw new IllegalArgumentException("recent fills must be 1 to 2^24: " + capacity);
        }
        return Math.max(8, Integer.highestOneBit(capacity * 2 - 1) << 1);
    }

    private int home(final long matchNumber, final long orderId) {
        return (int) (((matchNumber ^ orderId * ORDER_MIX) * GOLDEN) >>> shift);
    }
}
