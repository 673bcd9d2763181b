package io.hftengine.spsc;

import static io.hftengine.spsc.SpscQueueConcurrencyContract.runFor;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The queue's concurrent sanity checks (JCTools QueueSanityTest / MpqSanityTest, Agrona
 * ArrayQueue*Test) restated for {@link SpscEventRing}, on plain and on self-publishing events:
 * isEmpty/size versus poll on the consumer thread, and size bounds on every thread while batches
 * of claims are published.
 */
class SpscEventRingConcurrencyTest {

    /** A plain event: publication travels through the producer index. */
    static final class Plain {
        long value;
    }

    /** A self-publishing event: publication travels through the event's own mark. */
    static final class Marked extends RingEvent {
        long value;
    }

    @Test
    @Timeout(30)
    void consumerNeverFindsNothingInARingThatSaidItWasNotEmptyPlainEvents() throws Exception {
        checkIsEmptyAndSizeAgainstPoll(Plain::new, (e, v) -> e.value = v, e -> e.value);
    }

    @Test
    @Timeout(30)
    void consumerNeverFindsNothingInARingThatSaidItWasNotEmptySelfPublishingEvents() throws Exception {
        checkIsEmptyAndSizeAgainstPoll(Marked::new, (e, v) -> e.value = v, e -> e.value);
    }

    @Test
    @Timeout(30)
    void sizeStaysWithinZeroAndCapacityOnEveryThread() throws Exception {
        final SpscEventRing<Plain> ring = new SpscEventRing<>(4, Plain::new);
        final AtomicInteger failures = new AtomicInteger();
        final Runnable check = () -> {
            final int size = ring.size();
            if (size < 0 || size > ring.capacity()) {
                failures.incrementAndGet();
            }
        };
        runFor(() -> {
            check.run();
            final long first = ring.tryClaim(2);
            if (first >= 0) {
                ring.publish(first + 1);
            }
            check.run();
        }, () -> {
            check.run();
            ring.poll((e, s, end) -> { }, 3);
            check.run();
        }, check);
        assertEquals(0, failures.get(), "size outside [0, capacity]");
    }

    private static <E> void checkIsEmptyAndSizeAgainstPoll(Supplier<E> factory, ObjLongConsumer<E> write,
                                                       ToLongFunction<E> read) throws Exception {
        final SpscEventRing<E> ring = new SpscEventRing<>(16, factory);
        final AtomicInteger failures = new AtomicInteger();
        final long[] next = {1};
        final long[] expected = {1};
        final EventHandler<E> handler = (e, sequence, end) -> {
            // The producer writes sequence + 1: anything else is a torn, stale or repeated event.
            if (read.applyAsLong(e) != sequence + 1 || read.applyAsLong(e) != expected[0]++) {
                failures.incrementAndGet();
            }
        };
        runFor(() -> {
            final int count = 1 + (int) (next[0] % 3);
            final long first = ring.tryClaim(count);
            if (first >= 0) {
                for (long s = first; s < first + count; s++) {
                    write.accept(ring.event(s), s + 1);
                }
                ring.publish(first + count - 1);
                next[0] += count;
            }
            Thread.yield(); // keeps the ring mostly empty, where visibility races live
        }, () -> {
            if (!ring.isEmpty() && ring.poll(handler, 1) != 1) {
                failures.incrementAndGet();
            }
            if (ring.size() != 0 && ring.poll(handler, 2) == 0) {
                failures.incrementAndGet();
            }
            ring.poll(handler, 4);
        });
        assertEquals(0, failures.get(), "observed no event in a non-empty ring, or a wrong event");
    }
}
