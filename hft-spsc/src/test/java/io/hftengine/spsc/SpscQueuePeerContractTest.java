package io.hftengine.spsc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.function.Consumer;

import org.agrona.concurrent.OneToOneConcurrentArrayQueue;
import org.jctools.queues.SpscArrayQueue;
import org.junit.jupiter.api.Test;

/**
 * {@link SpscQueue} against its peers: each test states what JCTools (and Agrona) do, and the
 * peer variants show that the expectation is one the reference queues meet.
 */
class SpscQueuePeerContractTest {

    /** drain(consumer, limit) on each implementation. */
    @FunctionalInterface
    interface DrainFn {
        int drain(Queue<Integer> q, Consumer<Integer> c, int limit);
    }

    static final DrainFn OURS = (q, c, limit) -> ((SpscQueue<Integer>) q).drain(c, limit);
    @SuppressWarnings("unchecked")
    static final DrainFn JCTOOLS = (q, c, limit) -> ((SpscArrayQueue<Integer>) q).drain(c::accept, limit);
    @SuppressWarnings("unchecked")
    static final DrainFn AGRONA = (q, c, limit) -> ((OneToOneConcurrentArrayQueue<Integer>) q).drain(c, limit);

    // ---------------------------------------------------------------------------------------
    // 1. drain(null, n) destroys the head element before failing.

    /**
     * JCTools' {@code drain(c, limit)} throws IllegalArgumentException("c is null") before touching
     * the queue (MpqSanityTest.drainNullConsumerLimit). Ours nulls the head slot, counts it drained,
     * then NPEs on {@code consumer.accept}: the element is gone.
     */
    @Test
    void drainWithANullConsumerTakesNoElement() {
        final SpscQueue<Integer> q = new SpscQueue<>(4);
        q.offer(1);
        q.offer(2);
        assertThrows(RuntimeException.class, () -> q.drain(null, 10));
        assertEquals(2, q.size(), "a rejected drain must not consume");
        assertEquals(1, q.poll(), "head element lost");
    }

    @Test
    void drainWithANullConsumerTakesNoElementOnTheNoLimitOverloadEither() {
        final SpscQueue<Integer> q = new SpscQueue<>(4);
        q.offer(1);
        assertThrows(RuntimeException.class, () -> q.drain(null));
        assertEquals(1, q.poll(), "head element lost");
    }

    /**
     * JCTools checks the function argument first, whatever the limit or the queue's state:
     * drain(null[, n]) and fill(null[, n]) throw IllegalArgumentException (MpqSanityTest
     * drainNullConsumer, drainNullConsumerLimit, fillNullSupplier, fillNullSupplierLimit).
     * Ours returns 0 silently on an empty queue / zero limit, and fill(null) on a non-full queue
     * throws NullPointerException instead.
     */
    @Test
    void nullConsumerOrSupplierIsRejectedAsJctoolsDoes() {
        final SpscQueue<Integer> q = new SpscQueue<>(4);
        assertThrows(IllegalArgumentException.class, () -> q.drain(null), "drain(null) on empty");
        assertThrows(IllegalArgumentException.class, () -> q.drain(null, 10), "drain(null, 10) on empty");
        assertThrows(IllegalArgumentException.class, () -> q.fill(null), "fill(null)");
        assertThrows(IllegalArgumentException.class, () -> q.fill(null, 10), "fill(null, 10)");
    }

    @Test
    void jctoolsRejectsNullConsumerAndSupplierWithIllegalArgument() {
        final SpscArrayQueue<Integer> q = new SpscArrayQueue<>(4);
        q.offer(1);
        assertThrows(IllegalArgumentException.class, () -> q.drain(null));
        assertThrows(IllegalArgumentException.class, () -> q.drain(null, 10));
        assertThrows(IllegalArgumentException.class, () -> q.fill(null));
        assertThrows(IllegalArgumentException.class, () -> q.fill(null, 10));
        assertEquals(1, q.poll());
    }

    // ---------------------------------------------------------------------------------------
    // 2. Consumer-side calls made from inside drain's consumer see a stale consumer index.

    /**
     * JCTools and Agrona advance the consumer index per element, before calling the consumer, so
     * inside the callback peek/poll/size/isEmpty describe the queue as it is. Ours advances it once
     * after the batch: inside the callback peek() and poll() return null while size() counts the
     * element being handled and isEmpty() is false, breaking isEmpty's documented promise ("from
     * the consumer thread, false guarantees that the next poll returns an element"). A loud
     * IllegalStateException (reentrant call refused) would also be acceptable.
     */
    @Test
    void consumerCallsInsideDrainSeeTheLiveQueue() {
        checkConsumerCallsInsideDrain(new SpscQueue<>(4), OURS);
    }

    @Test
    void consumerCallsInsideDrainSeeTheLiveQueueOnJctoolsAndAgrona() {
        checkConsumerCallsInsideDrain(new SpscArrayQueue<>(4), JCTOOLS);
        checkConsumerCallsInsideDrain(new OneToOneConcurrentArrayQueue<>(4), AGRONA);
    }

    private static void checkConsumerCallsInsideDrain(Queue<Integer> q, DrainFn drain) {
        q.offer(1);
        q.offer(2);
        q.offer(3);
        final List<String> seen = new ArrayList<>();
        try {
            drain.drain(q, e -> {
                seen.add("peek=" + q.peek());
                seen.add("size=" + q.size());
                final boolean empty = q.isEmpty();
                final Integer polled = q.poll();
                seen.add("isEmpty=" + empty + ",poll=" + polled);
            }, 1);
        } catch (IllegalStateException refusedLoudly) {
            return;
        }
        assertEquals(List.of("peek=2", "size=2", "isEmpty=false,poll=2"), seen, q.getClass().getSimpleName());
        assertEquals(3, q.poll());
    }

    /**
     * One thread as both sides (legal for an SPSC queue, and what the existing tests do): inside
     * drain's consumer it offers, then polls. Ours: the poll reads the stale head slot, which the
     * drain emptied and the offer refilled with the NEWEST element, returns it (FIFO broken), and
     * the batch's index store then moves the consumer index back over it; afterwards size() is 1
     * while poll() returns null, and the next offers land behind a hole, so the queue delivers
     * out of order from then on. JCTools: poll returns the next element in order, the drain stops,
     * and everything stays FIFO. Accepts a loud IllegalStateException as the other fix.
     */
    @Test
    void pollInsideDrainNeverBreaksFifo() {
        checkPollInsideDrain(new SpscQueue<>(4), OURS);
    }

    @Test
    void pollInsideDrainNeverBreaksFifoOnJctoolsAndAgrona() {
        checkPollInsideDrain(new SpscArrayQueue<>(4), JCTOOLS);
        checkPollInsideDrain(new OneToOneConcurrentArrayQueue<>(4), AGRONA);
    }

    private static void checkPollInsideDrain(Queue<Integer> q, DrainFn drain) {
        for (int i = 0; i < 4; i++) {
            q.offer(i);
        }
        final List<Integer> out = new ArrayList<>();
        try {
            drain.drain(q, e -> {
                out.add(e);
                if (e == 0) {
                    assertTrue(q.offer(4));
                    final Integer next = q.poll();
                    if (next != null) {
                        out.add(next);
                    }
                }
            }, 4);
        } catch (IllegalStateException refusedLoudly) {
            return;
        }
        int next = 5;
        for (int round = 0; round < 20; round++) {
            while (q.size() < 3 && q.offer(next)) {
                next++;
            }
            final Integer e = q.poll();
            if (q.size() > 0 || e != null) {
                assertNotNull(e, () -> "size()=" + q.size() + " but poll() returned null; delivered " + out);
                out.add(e);
            }
        }
        for (int i = 0; i < out.size(); i++) {
            assertEquals(i, out.get(i), q.getClass().getSimpleName() + " delivered out of order: " + out);
        }
    }

    // ---------------------------------------------------------------------------------------
    // 3. stream(): the inherited spliterator is SIZED, so a size()/iterator mismatch throws.

    /**
     * Collection.spliterator()'s default reports SIZED with size() as the exact size; the
     * stream's toArray then allocates exactly that and throws IllegalStateException ("End size
     * 2 is less than fixed size 3") when the weakly consistent iterator yields fewer. Inside a
     * drain callback (consumer thread; iteration is documented as allowed on any thread) size()
     * counts the element being handled but the iterator skips its emptied slot. Concurrent
     * java.util queues (ConcurrentLinkedQueue, ArrayBlockingQueue) report CONCURRENT, not SIZED.
     */
    @Test
    void streamToArrayInsideDrainDoesNotThrow() {
        final SpscQueue<Integer> q = new SpscQueue<>(4);
        q.offer(1);
        q.offer(2);
        q.offer(3);
        final List<Object[]> arrays = new ArrayList<>();
        q.drain(e -> arrays.add(q.stream().toArray()), 1);
        assertEquals(1, arrays.size());
    }

    /**
     * The same from a third thread while both sides run: documented as allowed (weakly
     * consistent), but the SIZED spliterator turns any race between size() and the walk into an
     * IllegalStateException. (JCTools inherits the same default spliterator.)
     */
    @Test
    void streamToArrayFromAThirdThreadWhileBothSidesRunDoesNotThrow() throws InterruptedException {
        final SpscQueue<Integer> q = new SpscQueue<>(8);
        final java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        final Thread producer = new Thread(() -> {
            int i = 0;
            while (!stop.get()) {
                if (q.offer(i)) {
                    i++;
                }
            }
        });
        final Thread consumer = new Thread(() -> {
            while (!stop.get()) {
                q.poll();
            }
        });
        producer.start();
        consumer.start();
        try {
            final long deadline = System.nanoTime() + 2_000_000_000L;
            while (System.nanoTime() < deadline) {
                q.stream().toArray();
            }
        } finally {
            stop.set(true);
            producer.join();
            consumer.join();
        }
    }
}
