package io.hftengine.orderbook.internal;

/**
 * Primitive open-addressing map from a {@code long} order reference to a non-negative
 * {@code long} payload (an {@link io.hftengine.orderbook.OrderBook} keeps the order's level id and
 * remaining shares there, so a hit needs no second lookup).
 *
 * <p>Linear probing over one {@code long[]} that interleaves key and payload, so a hit costs one
 * cache line. The table has a power-of-two number of slots, at least twice the capacity, so the
 * load factor stays at or below one half. The hash keeps the two low bits of the key and mixes
 * the rest (Fibonacci hashing): ITCH hands out order references in increasing order, so four
 * consecutive adds share one 64-byte line instead of missing the cache four times, while keys
 * with a pattern in their high bits still spread. (Blocks of 64 and 256 consecutive references,
 * so that adds stream through memory, were measured on the synthetic day and gave no gain
 * resolvable on a shared host, while dense blocks overlapping in small tables lengthened the
 * longest probe from 5 slots to 65 and 317; so four it stays.) Removal shifts later entries of
 * the probe run back instead of leaving tombstones, so a day of adds and deletes does not slowly
 * fill the table. Key 0 marks an empty slot; the real key 0 lives in one extra slot past the probed ones.
 * Sized once at construction: nothing allocates afterwards. Not thread-safe.
 */
public final class OrderTable {
    /**
     * The largest capacity: twice as many slots of two {@code long}s must still fit one array.
     */
    public static final int MAX_CAPACITY = 1 << 28;
    /** Returned when a key is absent. */
    public static final long MISSING = -1L;
    /** Returned by {@link #find} when a key is absent. */
    public static final int NO_SLOT = -1;

    private static final long EMPTY = 0L;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    /** Keys sharing all but their low {@code BLOCK_BITS} bits sit in adjacent slots. */
    private static final int BLOCK_BITS = 2;

    private final long[] slots;
    private final int mask;
    private final int shift;
    private final int zeroSlot;
    private final int capacity;
    private int size;
    private boolean hasZeroKey;

    /**
     * Creates an empty table.
     *
     * @param capacity the most keys it will hold, 1 to {@link #MAX_CAPACITY} (2^28)
     * @throws IllegalArgumentException when capacity is out of range
     */
    public OrderTable(final int capacity) {
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new IllegalArgumentException("order capacity must be 1 to 2^28 (" + MAX_CAPACITY + "): " + capacity);
        }
        // At least twice the capacity, a power of two: 2^28 gives 2^29 slots, 2^30 + 2 longs.
        final int slotCount = Math.max(8, Integer.highestOneBit(capacity * 2 - 1) << 1);
        this.capacity = capacity;
        this.mask = slotCount - 1;
        this.zeroSlot = slotCount;
        this.shift = 64 - Integer.numberOfTrailingZeros(slotCount) + BLOCK_BITS;
        this.slots = new long[(slotCount + 1) * 2];
    }

    /**
     * Returns the most keys this table accepts.
     *
     * @return the capacity
     */
    public int capacity() {
        return capacity;
    }

    /**
     * Returns the number of keys held.
     *
     * @return 0 to {@link #capacity()}
     */
    public int size() {
        return size;
    }

    /**
     * Finds a key's slot, for reading or changing its payload in place.
     *
     * @param key any value
     * @return the slot, or {@link #NO_SLOT}
     */
    public int find(final long key) {
        if (key == EMPTY) {
            return hasZeroKey ? zeroSlot : NO_SLOT;
        }
        final long[] slots = this.slots;
        for (int i = home(key); ; i = (i + 1) & mask) {
            final long k = slots[i << 1];
            if (k == key) {
                return i;
            }
            if (k == EMPTY) {
                return NO_SLOT;
            }
        }
    }

    /**
     * Returns the payload in a slot.
     *
     * @param slot a slot from {@link #find} not since invalidated by an insert or removal
     * @return the payload
     */
    public long valueAt(final int slot) {
        return slots[(slot << 1) + 1];
    }

    /**
     * Replaces the payload in a slot.
     *
     * @param slot a slot from {@link #find} not since invalidated by an insert or removal
     * @param value a non-negative payload
     */
    public void valueAt(final int slot, final long value) {
        slots[(slot << 1) + 1] = value;
    }

    /**
     * Removes the key in a slot.
     *
     * @param slot a slot from {@link #find} not since invalidated by an insert or removal
     */
    public void removeAt(final int slot) {
        size--;
        if (slot == zeroSlot) {
            hasZeroKey = false;
        } else {
            shiftBack(slot);
        }
    }

    /**
     * Looks a key up.
     *
     * @param key any value
     * @return its payload, or {@link #MISSING}
     */
    public long get(final long key) {
        final int slot = find(key);
        return slot == NO_SLOT ? MISSING : slots[(slot << 1) + 1];
    }

    /**
     * Inserts a key that must not be present.
     *
     * @param key any value not already held
     * @param value a non-negative payload
     * @return {@code false}, changing nothing, when the key is present or the table is full
     */
    public boolean insert(final long key, final long value) {
        final int slot = insertKey(key);
        if (slot == NO_SLOT) {
            return false;
        }
        slots[(slot << 1) + 1] = value;
        return true;
    }

    /**
     * Inserts a key that must not be present, with payload 0, and returns its slot so the caller
     * can fill the payload later without probing again.
     *
     * @param key any value not already held
     * @return the new key's slot, or {@link #NO_SLOT}, changing nothing, when the key is present
     *     or the table is full
     */
    public int insertKey(final long key) {
        if (size == capacity) {
            return NO_SLOT;
        }
        if (key == EMPTY) {
            if (hasZeroKey) {
                return NO_SLOT;
            }
            hasZeroKey = true;
            slots[(zeroSlot << 1) + 1] = 0;
            size++;
            return zeroSlot;
        }
        final long[] slots = this.slots;
        for (int i = home(key); ; i = (i + 1) & mask) {
            final long k = slots[i << 1];
            if (k == key) {
                return NO_SLOT;
            }
            if (k == EMPTY) {
                slots[i << 1] = key;
                slots[(i << 1) + 1] = 0;
                size++;
                return i;
            }
        }
    }

    /**
     * Removes a key.
     *
     * @param key any value
     * @return the payload it had, or {@link #MISSING} when absent
     */
    public long remove(final long key) {
        final int slot = find(key);
        if (slot == NO_SLOT) {
            return MISSING;
        }
        final long value = slots[(slot << 1) + 1];
        removeAt(slot);
        return value;
    }

    /** Removes every key; keeps the table. */
    public void clear() {
        java.util.Arrays.fill(slots, EMPTY);
        hasZeroKey = false;
        size = 0;
    }

    /**
     * Returns the longest probe run currently in the table, for diagnostics and tests.
     *
     * @return the longest number of consecutive occupied slots
     */
    public int longestRun() {
        int longest = 0;
        int run = 0;
        final int slotCount = mask + 1;
        // Two passes so a run that wraps past the end is measured whole.
        for (int n = 0; n < slotCount * 2; n++) {
            run = slots[(n & mask) << 1] == EMPTY ? 0 : run + 1;
            longest = Math.max(longest, Math.min(run, slotCount));
        }
        return longest;
    }

    /**
     * Returns the longest distance, in slots, from a key's home to the slot holding it: the
     * extra probes its lookup costs. For diagnostics and tests.
     *
     * @return 0 when every key sits at its home
     */
    public int longestDisplacement() {
        int longest = 0;
        for (int i = 0; i <= mask; i++) {
            final long k = slots[i << 1];
            if (k != EMPTY) {
                longest = Math.max(longest, (i - home(k)) & mask);
            }
        }
        return longest;
    }

    private int home(final long key) {
        final int block = (int) (((key >>> BLOCK_BITS) * GOLDEN) >>> shift);
        return block << BLOCK_BITS | (int) (key & ((1 << BLOCK_BITS) - 1));
    }

    /**
     * Backward-shift deletion: walks the run after the emptied slot and moves back every entry
     * whose home does not lie cyclically in (hole, current], so every key stays reachable from
     * its home without tombstones.
     */
    private void shiftBack(final int removed) {
        final long[] slots = this.slots;
        int hole = removed;
        int i = removed;
        while (true) {
            i = (i + 1) & mask;
            final long k = slots[i << 1];
            if (k == EMPTY) {
                break;
            }
            final int home = home(k);
            final boolean stays = hole <= i ? hole < home && home <= i : hole < home || home <= i;
            if (!stays) {
                slots[hole << 1] = k;
                slots[(hole << 1) + 1] = slots[(i << 1) + 1];
                hole = i;
            }
        }
        slots[hole << 1] = EMPTY;
        slots[(hole << 1) + 1] = 0;
    }
}
