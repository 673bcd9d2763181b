package io.hftengine.stress.spsc;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * NEGATIVE CONTROL: a ring that publishes through its indices (each side reads the other's index)
 * with one deliberate ordering bug, so that the shapes can prove they detect such bugs. It is not
 * our {@code SpscQueue}'s algorithm, which publishes through the slots (the consumer never reads
 * the producer's index): it shows that a shape catches a publication made before the write, not
 * that it would catch every possible bug of the slot protocol. Never use outside the stress tests.
 */
final class BrokenSpscRing {
    /** The injected bug. */
    enum Flaw {
        /** Producer publishes its index before writing the element into the slot. */
        PUBLISH_BEFORE_WRITE,
        /** Consumer frees the slot (publishes its index) before reading and clearing it. */
        FREE_BEFORE_READ
    }

    private static final VarHandle PRODUCER;
    private static final VarHandle CONSUMER;

    static {
        try {
            final MethodHandles.Lookup l = MethodHandles.lookup();
            PRODUCER = l.findVarHandle(BrokenSpscRing.class, "producerIndex", long.class);
            CONSUMER = l.findVarHandle(BrokenSpscRing.class, "consumerIndex", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Payload[] buffer;
    private final int mask;
    private final Flaw flaw;
    @SuppressWarnings("unused") private long producerIndex;
    @SuppressWarnings("unused") private long consumerIndex;

    BrokenSpscRing(int capacity, Flaw flaw) {
        this.buffer = new Payload[capacity];
        this.mask = capacity - 1;
        this.flaw = flaw;
    }

    boolean offer(Payload p) {
        final long index = (long) PRODUCER.get(this);
        if (index - (long) CONSUMER.getAcquire(this) >= buffer.length) {
            return false;
        }
        if (flaw == Flaw.PUBLISH_BEFORE_WRITE) {
            // Even a volatile (fenced) publish is wrong when it comes first; the fence also keeps
            // the JIT from quietly moving the slot write back above it and "fixing" the bug.
            PRODUCER.setVolatile(this, index + 1);
            buffer[(int) index & mask] = p;
        } else {
            buffer[(int) index & mask] = p;
            PRODUCER.setRelease(this, index + 1);
        }
        return true;
    }

    Payload poll() {
        final long index = (long) CONSUMER.get(this);
        if (index >= (long) PRODUCER.getAcquire(this)) {
            return null;
        }
        final int offset = (int) index & mask;
        if (flaw == Flaw.FREE_BEFORE_READ) {
            CONSUMER.setVolatile(this, index + 1); // fenced, so the JIT cannot undo the bug
            final Payload p = buffer[offset];
            buffer[offset] = null;
            return p;
        }
        final Payload p = buffer[offset];
        buffer[offset] = null;
        CONSUMER.setRelease(this, index + 1);
        return p;
    }

    boolean isEmpty() {
        return (long) CONSUMER.getAcquire(this) >= (long) PRODUCER.getAcquire(this);
    }

    int size() {
        return (int) ((long) PRODUCER.getAcquire(this) - (long) CONSUMER.getAcquire(this));
    }

    int capacity() {
        return buffer.length;
    }
}
