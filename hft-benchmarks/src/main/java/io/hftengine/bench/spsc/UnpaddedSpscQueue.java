package io.hftengine.bench.spsc;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * CONTROL for the false-sharing benchmark: exactly {@code SpscQueue}'s offer/poll algorithm and
 * memory orders, but with every field in one class and no padding, so the producer's index, the
 * consumer's index and both cached limits share one or two cache lines.
 */
final class UnpaddedSpscQueue<E> {
    private static final VarHandle PRODUCER_INDEX;
    private static final VarHandle CONSUMER_INDEX;

    static {
        try {
            final MethodHandles.Lookup l = MethodHandles.lookup();
            PRODUCER_INDEX = l.findVarHandle(UnpaddedSpscQueue.class, "producerIndex", long.class);
            CONSUMER_INDEX = l.findVarHandle(UnpaddedSpscQueue.class, "consumerIndex", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Object[] buffer;
    private final int mask;
    private final int capacity;
    private long producerIndex;
    private long producerLimit;
    private long consumerIndex;
    private long consumerLimit;

    UnpaddedSpscQueue(int capacity) {
        this.buffer = new Object[capacity];
        this.mask = capacity - 1;
        this.capacity = capacity;
        this.producerLimit = capacity;
    }

    boolean offer(E element) {
        final long index = producerIndex;
        if (index >= producerLimit) {
            producerLimit = (long) CONSUMER_INDEX.getAcquire(this) + capacity;
            if (index >= producerLimit) {
                return false;
            }
        }
        buffer[(int) index & mask] = element;
        PRODUCER_INDEX.setRelease(this, index + 1);
        return true;
    }

    @SuppressWarnings("unchecked")
    E poll() {
        final long index = consumerIndex;
        if (index >= consumerLimit) {
            consumerLimit = (long) PRODUCER_INDEX.getAcquire(this);
            if (index >= consumerLimit) {
                return null;
            }
        }
        final int offset = (int) index & mask;
        final E element = (E) buffer[offset];
        buffer[offset] = null;
        CONSUMER_INDEX.setRelease(this, index + 1);
        return element;
    }
}
