package io.hftengine.spsc;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The consumer's cache lines: the shared consumer index and the consumer's private cache of the
 * last producer index it saw.
 */
abstract class RingConsumerFields extends RingProducerLocalPad {
    private static final VarHandle CONSUMER_INDEX;

    static {
        try {
            CONSUMER_INDEX = MethodHandles.lookup()
                .findVarHandle(RingConsumerFields.class, "consumerIndex", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Next index to be consumed; written only by the consumer, read by both. */
    private long consumerIndex;
    /**
     * Consumer-local, event ring only: every index below it is known published (the last
     * producer index seen, or with self-publishing events one past the last mark seen).
     */
    long consumerLimit;
    /** Consumer-local, event ring only: a poll is running (a handler polling again is refused). */
    boolean polling;

    RingConsumerFields(int capacity, Object[] buffer) {
        super(capacity, buffer);
    }

    /**
     * Load-acquire of the consumer index: the consumer finished reading (and, for the queue,
     * clearing) every slot below the value read, so the producer may overwrite them.
     */
    final long lvConsumerIndex() {
        return (long) CONSUMER_INDEX.getAcquire(this);
    }

    /** Plain load, for the consumer reading its own index (program order suffices). */
    final long lpConsumerIndex() {
        return consumerIndex;
    }

    /**
     * Store-release of the consumer index: orders the consumer's reads of the released slots
     * before the producer can see them free, so a slot is never overwritten while being read.
     */
    final void soConsumerIndex(long value) {
        CONSUMER_INDEX.setRelease(this, value);
    }

    /**
     * Number of elements between the two indices, from any thread: the consumer index is read on
     * both sides of the producer index until it is stable, so the pair is a consistent snapshot
     * and the result lies in {@code [0, capacity]}.
     */
    final int snapshotSize() {
        long after = lvConsumerIndex();
        while (true) {
            final long before = after;
            final long producer = lvProducerIndex();
            after = lvConsumerIndex();
            if (before == after) {
                final long size = producer - after;
                // Both indices only grow, but the queue's batches advance them once per batch, after
                // the slots: mid-drain the consumer index lags the slots already emptied (which the
                // producer may refill, so producer - consumer can exceed the capacity), and
                // mid-fill the consumer can take slots whose producer-index advance is still to
                // come (so consumer > producer). The clamp keeps the snapshot in [0, capacity].
                return (int) Math.max(0, Math.min(size, capacity));
            }
        }
    }

    /** True when, at one instant, every published element had been consumed. */
    final boolean snapshotEmpty() {
        // Consumer first: the producer index read afterwards can only be larger, so a stale
        // consumer index cannot make a ring look empty whose producer index is ahead of it. (The
        // queue's fill stores its slots before its one index advance: until then those
        // elements are not counted here, though poll may already take them.)
        return lvConsumerIndex() >= lvProducerIndex();
    }
}
