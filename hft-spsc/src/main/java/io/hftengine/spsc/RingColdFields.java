package io.hftengine.spsc;

import java.lang.invoke.VarHandle;

/**
 * The fields both sides read and nobody writes after construction: capacity, look-ahead step
 * and the slot array (whose {@code length - 1} is the index mask). Also the single place where a
 * requested capacity is checked.
 */
abstract class RingColdFields extends RingHeadPad {
    /** Largest capacity: the largest power of two a Java array can hold. */
    static final int MAX_CAPACITY = 1 << 30;


    final int capacity;
    /**
     * Slots, indexed by {@code index & mask}. Final, so that the elements the event ring writes in
     * its constructor are visible to both threads without further ordering.
     */
    final Object[] buffer;
    /**
     * How far ahead of its index the queue's producer probes for a free slot when its cached
     * limit runs out: a quarter of the ring, at most 4096, at least 0 (rings of 1 and 2 slots
     * probe only the slot they are about to write).
     */
    final int lookAheadStep;

    /**
     * Load-acquire of a slot: if the value read is an element, everything its producer wrote
     * before the matching {@link #soSlot} is visible to the caller.
     */
    static Object lvSlot(Object[] buffer, int offset) {
        // Plain load then acquire fence = load-acquire (no later access moves above the load).
        // Not an array VarHandle: that would add an array-class check and a range check the JIT
        // cannot always remove; callers pass offset = index & (buffer.length - 1), so the plain
        // access's own range check is provably redundant and eliminated.
        final Object value = buffer[offset];
        VarHandle.acquireFence();
        return value;
    }

    /**
     * Store-release of a slot: every earlier write of the calling thread (the element's
     * contents, or the consumer's read of the element it replaces with {@code null}) is ordered
     * before the store. On x86 this is a plain {@code mov}.
     */
    static void soSlot(Object[] buffer, int offset, Object value) {
        // Release fence then plain store = store-release (no earlier access moves below it).
        VarHandle.releaseFence();
        buffer[offset] = value;
    }

    RingColdFields(int capacity, Object[] buffer) {
        this.capacity = capacity;
        this.buffer = buffer;
        this.lookAheadStep = Math.min(capacity / 4, 4096);
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
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new IllegalArgumentException(
                "capacity must be a power of two in [1, " + MAX_CAPACITY + "], was " + capacity);
        }
        if ((capacity & (capacity - 1)) != 0) {
            // Code ported from JCTools (which rounds up silently) lands here: name the capacity
            // it would have had, so the fix is one edit away.
            throw new IllegalArgumentException("capacity must be a power of two in [1, " + MAX_CAPACITY
                + "], was " + capacity + " (the next power of two is " + (Integer.highestOneBit(capacity) << 1)
                + "; capacities are not rounded up)");
        }
        return capacity;
    }
}
