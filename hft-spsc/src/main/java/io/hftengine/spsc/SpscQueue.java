package io.hftengine.spsc;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Bounded lock-free queue of references for exactly one producer thread and one consumer thread,
 * with the shape of JCTools' {@code SpscArrayQueue}.
 *
 * <p><b>Threads.</b> Producer only: {@link #offer}, {@link #put}, {@link #fill}. Consumer only:
 * {@link #poll}, {@link #peek}, {@link #drain}. Any thread: {@link #size}, {@link #isEmpty},
 * {@link #capacity} (a snapshot, stale as soon as it returns). Calling a producer method from two
 * threads at once, or a consumer method from two threads at once, breaks the queue; nothing checks.
 *
 * <p><b>Ordering.</b> Elements are delivered exactly once, in offer order. Everything the producer
 * wrote before offering an element happens-before the consumer's poll that returns it.
 *
 * <p><b>Cost.</b> Nothing allocates after construction. The producer reads the consumer's index
 * only when its cached limit says full, the consumer reads the producer's index only when its
 * cached limit says empty; publication is one store-release per element, or per batch for
 * {@link #fill} and {@link #drain}.
 *
 * @param <E> element type; {@code null} is rejected
 */
public final class SpscQueue<E> extends RingTailPad {

    /**
     * Creates an empty queue.
     *
     * @param capacity number of slots; a power of two in {@code [1, 2^30]}
     * @throws IllegalArgumentException if {@code capacity} is not such a power of two
     */
    public SpscQueue(int capacity) {
        super(requirePowerOfTwo(capacity), new Object[requirePowerOfTwo(capacity)]);
    }

    /**
     * Producer only: appends an element if there is room.
     *
     * @param element element to append
     * @return {@code true} if appended, {@code false} if the queue was full (nothing changed)
     * @throws NullPointerException if {@code element} is null
     */
    public boolean offer(E element) {
        Objects.requireNonNull(element, "element");
        final long index = lpProducerIndex();
        if (index >= producerLimit && !refreshProducerLimit(index + 1)) {
            return false;
        }
        buffer[(int) index & mask] = element;
        soProducerIndex(index + 1);
        return true;
    }

    /**
     * Producer only, crash-only: appends an element on a path where a full queue is a bug (the
     * consumer has fallen behind further than the design allows).
     *
     * @param element element to append
     * @throws NullPointerException if {@code element} is null
     * @throws IllegalStateException if the queue is full; nothing is appended
     */
    public void put(E element) {
        if (!offer(element)) {
            throw new IllegalStateException("SpscQueue full (capacity " + capacity
                + "): put() is for paths where the queue must never be full; the consumer is not keeping up");
        }
    }

    /**
     * Producer only: appends up to {@code limit} elements taken from {@code supplier}, and
     * publishes them with one store-release. The supplier is called only for slots known free.
     *
     * @param supplier source of elements; must not return {@code null}
     * @param limit maximum number of elements to append; {@code 0} does nothing
     * @return number of elements appended (0 if full)
     * @throws IllegalArgumentException if {@code limit} is negative
     * @throws NullPointerException if the supplier returns {@code null}; the elements supplied
     *         before it are published, the null is not stored
     */
    public int fill(Supplier<? extends E> supplier, int limit) {
        if (limit <= 0) {
            return requireNonNegative(limit);
        }
        final long index = lpProducerIndex();
        long free = producerLimit - index;
        if (free < limit) {
            refreshProducerLimit(index + limit);
            free = producerLimit - index;
        }
        final int count = (int) Math.min(free, limit);
        final Object[] buffer = this.buffer;
        final int mask = this.mask;
        int filled = 0;
        try {
            while (filled < count) {
                final E element = Objects.requireNonNull(supplier.get(), "supplier returned null");
                buffer[(int) (index + filled) & mask] = element;
                filled++;
            }
        } finally {
            if (filled > 0) {
                soProducerIndex(index + filled);
            }
        }
        return filled;
    }

    /**
     * Consumer only: removes and returns the oldest element.
     *
     * @return the oldest element, or {@code null} if the queue is empty
     */
    public E poll() {
        final long index = lpConsumerIndex();
        if (index >= consumerLimit && !refreshConsumerLimit(index + 1)) {
            return null;
        }
        final int offset = (int) index & mask;
        final E element = elementAt(offset);
        // Cleared so the queue does not keep consumed elements alive; the store-release below
        // orders this write before the producer may reuse the slot.
        buffer[offset] = null;
        soConsumerIndex(index + 1);
        return element;
    }

    /**
     * Consumer only: returns the oldest element without removing it.
     *
     * @return the oldest element, or {@code null} if the queue is empty
     */
    public E peek() {
        final long index = lpConsumerIndex();
        if (index >= consumerLimit && !refreshConsumerLimit(index + 1)) {
            return null;
        }
        return elementAt((int) index & mask);
    }

    /**
     * Consumer only: removes up to {@code limit} elements, handing each to {@code consumer} in
     * order, and frees their slots with one store-release at the end of the batch.
     *
     * @param consumer receives each element; if it throws, that element and those before it
     *        count as consumed, the exception propagates and the rest stay queued
     * @param limit maximum number of elements to remove; {@code 0} does nothing
     * @return number of elements removed (0 if empty)
     * @throws IllegalArgumentException if {@code limit} is negative
     */
    public int drain(Consumer<? super E> consumer, int limit) {
        if (limit <= 0) {
            return requireNonNegative(limit);
        }
        final long index = lpConsumerIndex();
        long available = consumerLimit - index;
        if (available < limit) {
            refreshConsumerLimit(index + limit);
            available = consumerLimit - index;
        }
        final int count = (int) Math.min(available, limit);
        final Object[] buffer = this.buffer;
        final int mask = this.mask;
        int drained = 0;
        try {
            while (drained < count) {
                final int offset = (int) (index + drained) & mask;
                final E element = elementAt(offset);
                buffer[offset] = null;
                drained++;
                consumer.accept(element);
            }
        } finally {
            if (drained > 0) {
                soConsumerIndex(index + drained);
            }
        }
        return drained;
    }

    /**
     * Any thread: number of elements queued at one recent instant.
     *
     * @return a value in {@code [0, capacity()]}
     */
    public int size() {
        return snapshotSize();
    }

    /**
     * Any thread: whether the queue was empty at one recent instant. From the consumer thread,
     * {@code false} guarantees that the next {@link #poll} returns an element.
     *
     * @return {@code true} if no element was queued
     */
    public boolean isEmpty() {
        return snapshotEmpty();
    }

    /**
     * Any thread: number of slots.
     *
     * @return the capacity given at construction
     */
    public int capacity() {
        return capacity;
    }

    /**
     * Re-reads the consumer index when the cached limit is exhausted.
     *
     * @param wanted one past the highest index the producer wants to write
     * @return whether that index may now be written
     */
    private boolean refreshProducerLimit(long wanted) {
        final long limit = lvConsumerIndex() + capacity;
        producerLimit = limit;
        return wanted <= limit;
    }

    /**
     * Re-reads the producer index when the cached limit is exhausted.
     *
     * @param wanted one past the highest index the consumer wants to read
     * @return whether that index is now readable
     */
    private boolean refreshConsumerLimit(long wanted) {
        final long limit = lvProducerIndex();
        consumerLimit = limit;
        return wanted <= limit;
    }

    @SuppressWarnings("unchecked") // only E is ever stored
    private E elementAt(int offset) {
        return (E) buffer[offset];
    }

    private static int requireNonNegative(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0, was " + limit);
        }
        return 0;
    }
}
