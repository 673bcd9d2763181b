package io.hftengine.orderbook.internal;

/**
 * Primitive open-addressing map from a {@code long} order reference to an {@code int} pool index.
 *
 * <p>Linear probing over one {@code long[]} that interleaves key and value, so a hit costs one
 * cache line. The table has a power-of-two number of slots, at least twice the capacity, so the
 * load factor stays at or below one half. Removal shifts later entries of the probe run back
 * instead of leaving tombstones, so a day of adds and deletes does not slowly fill the table.
 * Key 0 marks an empty slot; the real key 0 is held beside the table. Sized once at
 * construction: nothing allocates afterwards. Not thread-safe.
 */
public final class OrderTable {
    /** Returned when a key is absent. */
    public static final int MISSING = -1;

    private static final long EMPTY = 0L;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private final long[] slots;
    private final int mask;
    private final int shift;
    private final int capacity;
    private int size;
    private boolean hasZeroKey;
    private int zeroValue;

    /**
     * Creates an empty table.
     *
     * @param capacity the most keys it will hold, 1 to 2^29
     * @throws IllegalArgumentException when capacity is out of range
     */
    public OrderTable(final int capacity) {
        if (capacity < 1 || capacity > 1 << 29) {
            throw new IllegalArgumentException("capacity must be 1..2^29: " + capacity);
        }
        final int slotCount = Integer.highestOneBit(capacity * 2 - 1) << 1;
        this.capacity = capacity;
        this.mask = slotCount - 1;
        this.shift = 64 - Integer.numberOfTrailingZeros(slotCount);
        this.slots = new long[slotCount * 2];
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
     * Looks a key up.
     *
     * @param key any value
     * @return its value, or {@link #MISSING}
     */
    public int get(final long key) {
        if (key == EMPTY) {
            return hasZeroKey ? zeroValue : MISSING;
        }
        final long[] slots = this.slots;
        for (int i = home(key); ; i = (i + 1) & mask) {
            final long k = slots[i << 1];
            if (k == key) {
                return (int) slots[(i << 1) + 1];
            }
            if (k == EMPTY) {
                return MISSING;
            }
        }
    }

    /**
     * Inserts a key that must not be present.
     *
     * @param key any value not already held
     * @param value a non-negative value
     * @return {@code false}, changing nothing, when the key is present or the table is full
     */
    public boolean insert(final long key, final int value) {
        if (key == EMPTY) {
            if (hasZeroKey || size == capacity) {
                return false;
            }
            hasZeroKey = true;
            zeroValue = value;
            size++;
            return true;
        }
        if (size == capacity) {
            return false;
        }
        final long[] slots = this.slots;
        for (int i = home(key); ; i = (i + 1) & mask) {
            final long k = slots[i << 1];
            if (k == key) {
                return false;
            }
            if (k == EMPTY) {
                slots[i << 1] = key;
                slots[(i << 1) + 1] = value;
                size++;
                return true;
            }
        }
    }

    /**
     * Removes a key.
     *
     * @param key any value
     * @return the value it had, or {@link #MISSING} when absent
     */
    public int remove(final long key) {
        if (key == EMPTY) {
            if (!hasZeroKey) {
                return MISSING;
            }
            hasZeroKey = false;
            size--;
            return zeroValue;
        }
        final long[] slots = this.slots;
        for (int i = home(key); ; i = (i + 1) & mask) {
            final long k = slots[i << 1];
            if (k == key) {
                final int value = (int) slots[(i << 1) + 1];
                shiftBack(i);
                size--;
                return value;
            }
            if (k == EMPTY) {
                return MISSING;
            }
        }
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

    private int home(final long key) {
        return (int) ((key * GOLDEN) >>> shift);
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
