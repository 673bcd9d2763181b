package io.hftengine.bench.spsc;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * CONTROL for the false-sharing benchmark: exactly {@code SpscQueue}'s offer/poll algorithm and
 * memory orders, but with every field in one class and no padding, so the producer's index, the
 * consumer's index and the producer's cached limit share one or two cache lines.
 *
 * <p>The algorithm, as in {@code SpscQueue}: the consumer learns of an element from its slot alone
 * (non-null, load-acquire) and never reads the producer's index; the producer, when its cached
 * limit runs out, probes a slot a quarter of the ring ahead (then the slot at its index) for null
 * instead of reading the consumer's index. An index-based queue (each side reading the other's
 * index) would move the other side's index line on every refresh whatever the padding, and the
 * benchmark would then measure two algorithms, not what the padding buys.
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
    private final int capacity;
    private final int lookAheadStep;
    private long producerIndex;
    private long producerLimit;
    private long consumerIndex;

    UnpaddedSpscQueue(int capacity) {
        this.buffer = new Object[capacity];
        this.capacity = capacity;
        this.lookAheadStep = Math.min(capacity / 4, 4096);
        this.producerLimit = capacity;
    }

    boolean offer(E element) {
        final Object[] buffer = this.buffer;
        final int mask = buffer.length - 1;
        final long index = producerIndex;
        if (index >= producerLimit && !probeProducerLimit(buffer, mask, index)) {
            return false;
        }
        soSlot(buffer, (int) index & mask, element);
        PRODUCER_INDEX.setRelease(this, index + 1);
        return true;
    }

    @SuppressWarnings("unchecked")
    E poll() {
        final Object[] buffer = this.buffer;
        final long index = consumerIndex;
        final int offset = (int) index & (buffer.length - 1);
        final Object element = lvSlot(buffer, offset);
        if (element == null) {
            return null;
        }
        soSlot(buffer, offset, null);
        CONSUMER_INDEX.setRelease(this, index + 1);
        return (E) element;
    }

    /** As {@code SpscQueue}'s: a null slot at {@code index + k} frees every index up to it. */
    private boolean probeProducerLimit(Object[] buffer, int mask, long index) {
        final int step = lookAheadStep;
        if (step > 0 && lvSlot(buffer, (int) (index + step) & mask) == null) {
            producerLimit = index + step;
            return true;
        }
        if (lvSlot(buffer, (int) index & mask) == null) {
            producerLimit = index + 1;
            return true;
        }
        return false;
    }

    /** Plain load then acquire fence = load-acquire, as {@code SpscQueue}'s slots. */
    private static Object lvSlot(Object[] buffer, int offset) {
        final Object value = buffer[offset];
        VarHandle.acquireFence();
        return value;
    }

    /** Release fence then plain store = store-release, as {@code SpscQueue}'s slots. */
    private static void soSlot(Object[] buffer, int offset, Object value) {
        VarHandle.releaseFence();
        buffer[offset] = value;
    }

    /** Any thread: the capacity given at construction. */
    int capacity() {
        return capacity;
    }
}
