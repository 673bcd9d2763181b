package io.hftengine.spsc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The two- and three-thread checks of JCTools' QueueSanityTest / MpqSanityTest and Agrona's
 * ArrayQueue*Test, restated for every implementation of {@link SpscQueueContract}: publication
 * (happens-before), peek == poll, isEmpty/size versus poll, and size bounds. Each runs for a fixed
 * short time (the build machine has two cores) and counts violations; any count above zero fails.
 */
abstract class SpscQueueConcurrencyContract {

    /** How long each concurrent scenario runs. */
    static final long RUN_MILLIS = 200;

    /** Creates the queue under test with (at least) the requested capacity. */
    abstract <T> TestQueue<T> newQueue(int capacity);

    /** A message whose field is written, non-final, before the offer: read as 0 means unpublished. */
    static final class Val {
        int value;

        Val(int value) {
            this.value = value;
        }
    }

    @Test
    @Timeout(30)
    void everythingWrittenBeforeOfferIsSeenThroughPeekAndPollReturnsThePeekedInstance() throws Exception {
        final TestQueue<Val> q = newQueue(16);
        final AtomicInteger failures = new AtomicInteger();
        runFor(() -> {
            for (int i = 1; i <= 10; i++) {
                q.relaxedOffer(new Val(i));
            }
            Thread.yield(); // keeps the queue mostly empty, where visibility races live
        }, () -> {
            for (int i = 0; i < 10; i++) {
                final Val peeked = q.peek();
                if (peeked == null) {
                    continue;
                }
                if (peeked.value == 0 || q.poll() != peeked) {
                    failures.incrementAndGet();
                }
            }
        });
        assertEquals(0, failures.get(), "unpublished element seen, or poll returned another than peek");
    }

    @Test
    @Timeout(30)
    void everythingWrittenBeforeFillIsSeenByDrain() throws Exception {
        final TestQueue<Val> q = newQueue(16);
        final AtomicInteger failures = new AtomicInteger();
        final int[] counter = {0};
        runFor(() -> {
            q.fill(() -> new Val(1 + counter[0]++ % 10), 10);
            Thread.yield();
        }, () -> q.drain(v -> {
            if (v == null || v.value == 0) {
                failures.incrementAndGet();
            }
        }, 10));
        assertEquals(0, failures.get(), "drain handed over null or an unpublished element");
    }

    /** QueueSanityTest.testSize: one thread offers then polls, so any other thread sees 0 or 1. */
    @Test
    @Timeout(30)
    void sizeIsZeroOrOneWhileOneThreadOffersThenPolls() throws Exception {
        final TestQueue<Integer> q = newQueue(16);
        final AtomicInteger failures = new AtomicInteger();
        final List<Integer> seen = new ArrayList<>();
        runFor(() -> {
            q.offer(1);
            q.poll();
        }, () -> {
            final int size = q.size();
            if (size != 0 && size != 1) {
                failures.incrementAndGet();
                seen.add(size);
            }
        });
        assertEquals(0, failures.get(), () -> "sizes seen: " + seen);
    }

    /**
     * QueueSanityTest.testPollAfterIsEmpty and MpqSanityTest testPeek/PollAfterIsEmpty1..3: from
     * the consumer thread, a queue that says it is not empty (or has a non-zero size) has an
     * element for the next peek and poll, whether the producer offers or fills.
     */
    @Test
    @Timeout(30)
    void consumerNeverFindsNothingInAQueueThatSaidItWasNotEmpty() throws Exception {
        final List<Consumer<TestQueue<Integer>>> producers = List.of(
            q -> q.relaxedOffer(1),
            q -> q.fill(() -> 1),
            q -> q.fill(() -> 1, 1),
            q -> q.fill(() -> 1, Math.max(q.capacity() / 8, 2)));
        for (int p = 0; p < producers.size(); p++) {
            final Consumer<TestQueue<Integer>> produce = producers.get(p);
            final TestQueue<Integer> q = newQueue(16);
            final AtomicInteger failures = new AtomicInteger();
            runFor(() -> {
                produce.accept(q);
                Thread.yield();
            }, () -> {
                if (!q.isEmpty() && q.peek() == null) {
                    failures.incrementAndGet();
                }
                q.poll();
                if (!q.isEmpty() && q.poll() == null) {
                    failures.incrementAndGet();
                }
                q.poll();
                if (q.size() != 0 && q.peek() == null) {
                    failures.incrementAndGet();
                }
                if (q.size() != 0 && q.poll() == null) {
                    failures.incrementAndGet();
                }
            });
            assertEquals(0, failures.get(), "producer variant " + p + ": observed no element in a non-empty queue");
        }
    }

    /** MpqSanityTest.testPeekEqualsPoll and Agrona ArrayQueuePeekTest: peek then poll take the same element. */
    @Test
    @Timeout(30)
    void peekThenPollReturnTheSameElementInOrder() throws Exception {
        final TestQueue<Integer> q = newQueue(8);
        final AtomicInteger failures = new AtomicInteger();
        final int[] next = {0};
        final int[] expected = {0};
        runFor(() -> {
            if (q.offer(next[0])) {
                next[0]++;
            }
            Thread.yield();
        }, () -> {
            final Integer peeked = q.peek();
            if (peeked == null) {
                return;
            }
            final Integer polled = q.poll();
            if (!peeked.equals(polled) || polled != expected[0]++) {
                failures.incrementAndGet();
            }
        });
        assertEquals(0, failures.get(), "peek and poll disagreed, or order broke");
    }

    /**
     * MpqSanityTest testSizeLtZero / testSizeGtCapacity and Agrona ArrayQueueSizeTest: producer,
     * consumer and a third observer never see a size outside {@code [0, capacity]}, with the
     * queue going full and empty all the time.
     */
    @Test
    @Timeout(30)
    void sizeStaysWithinZeroAndCapacityOnEveryThread() throws Exception {
        final TestQueue<Integer> q = newQueue(4);
        final int capacity = q.capacity();
        final AtomicInteger failures = new AtomicInteger();
        final Consumer<Integer> check = size -> {
            if (size < 0 || size > capacity) {
                failures.incrementAndGet();
            }
        };
        runFor(() -> {
            check.accept(q.size());
            q.offer(1);
            check.accept(q.size());
        }, () -> {
            check.accept(q.size());
            q.poll();
            check.accept(q.size());
        }, () -> check.accept(q.size()));
        assertEquals(0, failures.get(), "size outside [0, " + capacity + "]");
        q.clear();
        assertNull(q.poll());
    }

    /** Runs each step (one iteration of a thread's loop) in a loop on its own thread for {@link #RUN_MILLIS}, then rethrows any failure. */
    static void runFor(Runnable... steps) throws Exception {
        final AtomicBoolean stop = new AtomicBoolean();
        final AtomicReference<Throwable> failure = new AtomicReference<>();
        final List<Thread> threads = new ArrayList<>();
        for (final Runnable step : steps) {
            threads.add(new Thread(() -> {
                try {
                    while (!stop.get()) {
                        step.run();
                    }
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                    stop.set(true);
                }
            }, "contract-" + threads.size()));
        }
        threads.forEach(Thread::start);
        Thread.sleep(RUN_MILLIS);
        stop.set(true);
        for (final Thread thread : threads) {
            thread.join();
        }
        if (failure.get() != null) {
            throw new AssertionError("a thread failed", failure.get());
        }
    }
}
