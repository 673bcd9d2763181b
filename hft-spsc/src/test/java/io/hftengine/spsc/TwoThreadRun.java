package io.hftengine.spsc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.concurrent.atomic.AtomicReference;

/** Runs a real producer thread against the test's consumer and checks order, loss and duplicates. */
final class TwoThreadRun {
    private TwoThreadRun() {
    }

    static void queue(SpscQueue<Long> q, long count, boolean batched) throws InterruptedException {
        final AtomicReference<Throwable> failure = new AtomicReference<>();
        final Thread producer = new Thread(() -> {
            try {
                final long[] next = {0};
                while (next[0] < count) {
                    if (batched) {
                        q.fill(() -> next[0]++, (int) Math.min(32, count - next[0]));
                    } else if (q.offer(next[0])) {
                        next[0]++;
                    }
                    assertSizeInRange(q.size(), q.capacity());
                }
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "spsc-producer");
        producer.start();
        final long[] expected = {0};
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (expected[0] < count && System.nanoTime() < deadline && failure.get() == null) {
            if (batched) {
                q.drain(v -> assertEquals(expected[0]++, v.longValue()), 64);
            } else {
                final Long v = q.poll();
                if (v != null) {
                    assertEquals(expected[0]++, v.longValue());
                }
            }
            assertSizeInRange(q.size(), q.capacity());
        }
        producer.join(TimeUnit.SECONDS.toMillis(10));
        assertEquals(null, failure.get());
        assertEquals(count, expected[0], "every element received");
        assertTrue(q.isEmpty());
    }

    static void ring(SpscEventRing<long[]> ring, long count, int batch) throws InterruptedException {
        ring(ring, event -> event, count, batch);
    }

    /**
     * Runs a producer thread against this consumer thread over any event type whose two payload
     * longs live in the array {@code payload} returns.
     */
    static <T> void ring(SpscEventRing<T> ring, Function<T, long[]> payload, long count, int batch)
            throws InterruptedException {
        final AtomicReference<Throwable> failure = new AtomicReference<>();
        final Thread producer = new Thread(() -> {
            try {
                long value = 0;
                while (value < count) {
                    final long seq = ring.tryClaim();
                    if (seq >= 0) {
                        final long[] event = payload.apply(ring.event(seq));
                        event[0] = value;
                        event[1] = ~value;
                        ring.publish(seq);
                        value++;
                    }
                }
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "ring-producer");
        producer.start();
        final long[] expected = {0};
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (expected[0] < count && System.nanoTime() < deadline && failure.get() == null) {
            ring.poll((e, sequence, endOfBatch) -> {
                final long[] event = payload.apply(e);
                assertEquals(expected[0], sequence);
                assertEquals(expected[0], event[0]);
                assertEquals(~expected[0], event[1]);
                expected[0]++;
            }, batch);
        }
        producer.join(TimeUnit.SECONDS.toMillis(10));
        assertEquals(null, failure.get());
        assertEquals(count, expected[0], "every event received");
    }

    private static void assertSizeInRange(int size, int capacity) {
        assertTrue(size >= 0 && size <= capacity, () -> "size " + size + " outside [0, " + capacity + "]");
    }
}
