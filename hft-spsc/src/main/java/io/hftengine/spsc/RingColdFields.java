package io.hftengine.spsc;

/**
 * The fields both sides read and nobody writes after construction: capacity, index mask and the
 * slot array. Also the single place where a requested capacity is checked.
 */
abstract class RingColdFields extends RingHeadPad {
    /** Largest capacity: the largest power of two a Java array can hold. */
    static final int MAX_CAPACITY = 1 << 30;

    final int capacity;
    final int mask;
    /**
     * Slots, indexed by {@code index & mask}. Final, so that the elements the event ring writes in
     * its constructor are visible to both threads without further ordering.
     */
    final Object[] buffer;

    RingColdFields(int capacity, Object[] buffer) {
        this.capacity = capacity;
        this.mask = capacity - 1;
        this.buffer = buffer;
    }

    /**
     * Checks a requested capacity.
     *
     * @param capacity requested number of slots
     * @return {@code capacity}, unchanged
     * @throws IllegalArgumentException unless {@code capacity} is a power of two in
     *         {@code [1, 2^30]}
     */
    static int requirePowerOfTwo(int capacity) {
        if (capacity < 1 || capacity > MAX_CAPACITY || (capacity & (capacity - 1)) != 0) {
            throw new IllegalArgumentException(
                "capacity must be a power of two in [1, " + MAX_CAPACITY + "], was " + capacity);
        }
        return capacity;
    }
}
