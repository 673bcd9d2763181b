package io.hftengine.pipeline.risk;

/**
 * The last fills risk applied, by venue match number and order id, so that a fill the venue
 * repeats is recognised however many fills came between, and a Broken Trade, which names only
 * the order and the match, can be unwound from the position it moved.
 *
 * <p>Two arrays, laid out for the cache: the fills themselves in a ring, in arrival order (a new
 * fill is written next to the last one, and overwrites the oldest when the ring is full), and an
 * open-addressing index over them whose entry holds the ring slot and 32 bits of the key's hash.
 * A lookup reads the index (8 bytes an entry, at most half full) and touches the ring only for an
 * entry whose hash bits match; the index's own entries say where each one's probe starts, so
 * removal (backward shift, no tombstones) never reads the ring. A fill costs about two index
 * lines, however large the history. Match number 0 means "none" and is never recorded. A key is
 * the pair, not the match alone: when both our buy and our sell trade in one match (a self-cross
 * the venue let through), each order's side of it is its own fill. Sized once; single thread.
 */
final class FillHistory {
    static final int NO_RECORD = -1;

    private static final int STRIDE = 8;
    private static final int MATCH = 0;
    private static final int ORDER_ID = 1;
    /** {@code symbolId << 2 | SELL | LIVE}: 0 for a slot never used or whose fill was forgotten. */
    private static final int META = 2;
    private static final int QUANTITY = 3;
    private static final int PRICE = 4;
    private static final long LIVE = 1;
    private static final long SELL = 2;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final long ORDER_MIX = 0xC2B2AE3D27D4EB4FL;

    private final long[] ring;
    private final int capacity;
    /** Entry: {@code (ringSlot + 1) << 32 | hash32}; 0 is empty. */
    private final long[] index;
    private final int mask;
    private final int homeShift;
    private int ringNext;
    private int size;
    /** The highest match number recorded (unsigned), 0 before any. */
    private long highestMatch;

    /**
     * Creates an empty history.
     *
     * @param capacity the most fills remembered, 1 to 2^24
     * @throws IllegalArgumentException when capacity is out of range
     */
    FillHistory(final int capacity) {
        if (capacity < 1 || capacity > 1 << 24) {
            throw new IllegalArgumentException("recent fills must be 1 to 2^24: " + capacity);
        }
        // At most half full, so probe runs stay short.
        final int entries = Math.max(8, Integer.highestOneBit(capacity * 2 - 1) << 1);
        this.capacity = capacity;
        this.ring = new long[capacity * STRIDE];
        this.index = new long[entries];
        this.mask = entries - 1;
        this.homeShift = 32 - Integer.numberOfTrailingZeros(entries);
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
     * Tells whether a fill with this match number could be held: not when its match number is
     * above every one recorded (unsigned), which is the usual case, venues numbering matches in
     * time order; the caller then skips {@link #find}.
     *
     * @param matchNumber the venue's match number
     * @return false when certainly not held
     */
    boolean mayHold(final long matchNumber) {
        return Long.compareUnsigned(matchNumber, highestMatch) <= 0;
    }

    /**
     * Finds a fill.
     *
     * @param matchNumber the venue's match number, not 0
     * @param orderId our order id
     * @return its record, or {@link #NO_RECORD}
     */
    int find(final long matchNumber, final long orderId) {
        final int hash = hash(matchNumber, orderId);
        final long[] index = this.index;
        for (int i = home(hash); ; i = (i + 1) & mask) {
            final long entry = index[i];
            if (entry == 0) {
                return NO_RECORD;
            }
            if ((int) entry == hash) {
                final int slot = (int) (entry >>> 32) - 1;
                final int at = slot * STRIDE;
                if (ring[at + MATCH] == matchNumber && ring[at + ORDER_ID] == orderId) {
                    return slot;
                }
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
        ringNext = slot + 1 == capacity ? 0 : slot + 1;
        final int at = slot * STRIDE;
        final long[] ring = this.ring;
        if (ring[at + META] != 0) {
            remove(slot);
        }
        if (Long.compareUnsigned(matchNumber, highestMatch) > 0) {
            highestMatch = matchNumber;
        }
        ring[at + MATCH] = matchNumber;
        ring[at + ORDER_ID] = orderId;
        ring[at + META] = (long) symbolId << 2 | (sell ? SELL : 0) | LIVE;
        ring[at + QUANTITY] = quantity;
        ring[at + PRICE] = price;
        final int hash = hash(matchNumber, orderId);
        int i = home(hash);
        while (index[i] != 0) {
            i = (i + 1) & mask;
        }
        index[i] = (long) (slot + 1) << 32 | (hash & 0xFFFF_FFFFL);
        size++;
    }

    int symbolId(final int record) {
        return (int) (ring[record * STRIDE + META] >>> 2);
    }

    boolean sells(final int record) {
        return (ring[record * STRIDE + META] & SELL) != 0;
    }

    long quantity(final int record) {
        return ring[record * STRIDE + QUANTITY];
    }

    long price(final int record) {
        return ring[record * STRIDE + PRICE];
    }

    /**
     * Forgets a fill (once broken, it cannot be broken again, and a repeat of it is applied as a
     * new fill). Backward-shift deletion in the index: walks the run after the emptied entry and
     * moves back every entry whose home does not lie cyclically in (hole, current], each home
     * computed from the entry's own hash bits.
     *
     * @param record a record from {@link #find}, not since forgotten
     */
    void remove(final int record) {
        final int at = record * STRIDE;
        final long[] index = this.index;
        final long wanted = (long) (record + 1) << 32;
        int hole = home(hash(ring[at + MATCH], ring[at + ORDER_ID]));
        while ((index[hole] & 0xFFFF_FFFF_0000_0000L) != wanted) {
            hole = (hole + 1) & mask;
        }
        ring[at + META] = 0;
        int i = hole;
        while (true) {
            i = (i + 1) & mask;
            final long entry = index[i];
            if (entry == 0) {
                break;
            }
            final int home = home((int) entry);
            final boolean stays = hole <= i ? hole < home && home <= i : hole < home || home <= i;
            if (!stays) {
                index[hole] = entry;
                hole = i;
            }
        }
        index[hole] = 0;
        size--;
    }

    /** 32 well-mixed bits of the key; the top ones choose its home. */
    private static int hash(final long matchNumber, final long orderId) {
        return (int) (((matchNumber ^ orderId * ORDER_MIX) * GOLDEN) >>> 32);
    }

    private int home(final int hash) {
        return hash >>> homeShift;
    }
}
