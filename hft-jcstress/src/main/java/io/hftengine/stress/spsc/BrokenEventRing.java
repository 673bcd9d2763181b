package io.hftengine.stress.spsc;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import io.hftengine.spsc.EventHandler;

/**
 * NEGATIVE CONTROL: an event ring that publishes a slot when it is claimed, before the producer
 * has filled it in place, so the consumer can read a half-written event. Never use outside the
 * stress tests.
 */
final class BrokenEventRing {
    private static final VarHandle PRODUCER;
    private static final VarHandle CONSUMER;

    static {
        try {
            final MethodHandles.Lookup l = MethodHandles.lookup();
            PRODUCER = l.findVarHandle(BrokenEventRing.class, "producerIndex", long.class);
            CONSUMER = l.findVarHandle(BrokenEventRing.class, "consumerIndex", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Payload[] events;
    private final int mask;
    @SuppressWarnings("unused") private long producerIndex;
    @SuppressWarnings("unused") private long consumerIndex;

    BrokenEventRing(int capacity) {
        events = new Payload[capacity];
        for (int i = 0; i < capacity; i++) {
            events[i] = new Payload();
        }
        mask = capacity - 1;
    }

    long tryClaim() {
        final long sequence = (long) PRODUCER.get(this);
        if (sequence - (long) CONSUMER.getAcquire(this) >= events.length) {
            return -1;
        }
        // The bug: visible before the caller fills it. Fenced, so the JIT cannot sink it below the fill.
        PRODUCER.setVolatile(this, sequence + 1);
        return sequence;
    }

    long tryClaim(int count) {
        final long sequence = (long) PRODUCER.get(this);
        if (sequence + count - (long) CONSUMER.getAcquire(this) > events.length) {
            return -1;
        }
        // The same bug for a batch: every slot of it visible before the caller fills them.
        PRODUCER.setVolatile(this, sequence + count);
        return sequence;
    }

    Payload event(long sequence) {
        return events[(int) sequence & mask];
    }

    void publish(long sequence) {
        // already published at claim
    }

    int poll(EventHandler<Payload> handler, int limit) {
        final long first = (long) CONSUMER.get(this);
        final int count = (int) Math.min((long) PRODUCER.getAcquire(this) - first, limit);
        for (int i = 0; i < count; i++) {
            handler.onEvent(events[(int) (first + i) & mask], first + i, i == count - 1);
        }
        if (count > 0) {
            CONSUMER.setRelease(this, first + count);
        }
        return count;
    }
}
