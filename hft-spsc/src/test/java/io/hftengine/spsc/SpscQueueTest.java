package io.hftengine.spsc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Behaviour specific to our queue: capacity checks, crash-only put, batch failure semantics, two threads. */
class SpscQueueTest {

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 3, 6, 1000, Integer.MIN_VALUE, Integer.MAX_VALUE, (1 << 30) + 1})
    void rejectsCapacityThatIsNotAPowerOfTwo(int capacity) {
        final IllegalArgumentException e =
            assertThrows(IllegalArgumentException.class, () -> new SpscQueue<>(capacity));
        assertTrue(e.getMessage().contains("power of two"), e.getMessage());
        assertTrue(e.getMessage().contains(Integer.toString(capacity)), e.getMessage());
    }

    /**
     * JCTools' SpscArrayQueue rounds a capacity up to a power of two; ours refuses it, so code
     * ported from JCTools ({@code new SpscArrayQueue<>(1000)}) fails here: the message names the
     * capacity JCTools would have used, and says that nothing is rounded.
     */
    @ParameterizedTest
    @ValueSource(ints = {3, 1000, 65_535})
    void refusalNamesTheNextPowerOfTwoForCodePortedFromJctools(int capacity) {
        final int jctoolsCapacity = org.jctools.util.Pow2.roundToPowerOfTwo(capacity);
        final IllegalArgumentException e =
            assertThrows(IllegalArgumentException.class, () -> new SpscQueue<>(capacity));
        assertTrue(e.getMessage().contains("next power of two is " + jctoolsCapacity), e.getMessage());
        assertTrue(e.getMessage().contains("not rounded up"), e.getMessage());
        final IllegalArgumentException ring = assertThrows(IllegalArgumentException.class,
            () -> new SpscEventRing<>(capacity, Object::new));
        assertEquals(e.getMessage(), ring.getMessage());
        assertEquals(jctoolsCapacity, new SpscQueue<>(jctoolsCapacity).capacity());
    }

    @Test
    void keepsTheExactCapacityAsked() {
        assertEquals(1, new SpscQueue<>(1).capacity());
        assertEquals(1024, new SpscQueue<>(1024).capacity());
    }

    @Test
    void putFailsLoudlyWhenFull() {
        final SpscQueue<String> q = new SpscQueue<>(2);
        q.put("a");
        q.put("b");
        final IllegalStateException e = assertThrows(IllegalStateException.class, () -> q.put("c"));
        assertTrue(e.getMessage().contains("full"), e.getMessage());
        assertEquals(2, q.size());
        assertEquals("a", q.poll());
        q.put("c");
        assertThrows(NullPointerException.class, () -> q.put(null));
    }

    @Test
    void negativeBatchLimitsAreRejected() {
        final SpscQueue<String> q = new SpscQueue<>(2);
        assertThrows(IllegalArgumentException.class, () -> q.drain(s -> { }, -1));
        assertThrows(IllegalArgumentException.class, () -> q.fill(() -> "x", -1));
    }

    @Test
    void drainCountsTheThrowingElementAsConsumedAndKeepsTheRest() {
        final SpscQueue<Integer> q = new SpscQueue<>(8);
        for (int i = 0; i < 5; i++) {
            q.offer(i);
        }
        final List<Integer> seen = new ArrayList<>();
        assertThrows(IllegalStateException.class, () -> q.drain(v -> {
            seen.add(v);
            if (v == 2) {
                throw new IllegalStateException("boom");
            }
        }, 10));
        assertEquals(List.of(0, 1, 2), seen);
        assertEquals(2, q.size());
        assertEquals(3, q.poll());
        assertEquals(4, q.poll());
        assertNull(q.poll());
    }

    @Test
    void fillPublishesWhatWasSuppliedBeforeANull() {
        final SpscQueue<Integer> q = new SpscQueue<>(8);
        final int[] n = {0};
        assertThrows(NullPointerException.class, () -> q.fill(() -> n[0] < 2 ? n[0]++ : null, 8));
        assertEquals(2, q.size());
        assertEquals(0, q.poll());
        assertEquals(1, q.poll());
        assertNull(q.poll());
        assertTrue(q.offer(9), "the slot the null was refused for stays usable");
        assertEquals(9, q.poll());
    }

    @Test
    void pollClearsTheSlotSoConsumedElementsAreNotRetained() {
        final SpscQueue<Object> q = new SpscQueue<>(1);
        q.offer(new Object());
        q.poll();
        assertNull(q.buffer[0]);
        q.offer(new Object());
        q.drain(o -> { }, 1);
        assertNull(q.buffer[0]);
    }

    @Test
    void twoThreadsPassEveryElementOnceInOrder() throws Exception {
        TwoThreadRun.queue(new SpscQueue<>(64), 500_000, false);
        TwoThreadRun.queue(new SpscQueue<>(1), 20_000, false);
        TwoThreadRun.queue(new SpscQueue<>(256), 500_000, true);
    }

    @Test
    void jctoolsNamesBehaveAsTheirCounterparts() {
        final SpscQueue<Integer> q = new SpscQueue<>(4);
        assertEquals(4, q.fill(new java.util.concurrent.atomic.AtomicInteger()::getAndIncrement), "fills to capacity");
        assertFalse(q.relaxedOffer(9), "full");
        assertEquals(0, q.relaxedPeek());
        assertEquals(0, q.relaxedPoll());
        assertTrue(q.relaxedOffer(4));
        final java.util.List<Integer> drained = new java.util.ArrayList<>();
        assertEquals(4, q.drain(drained::add), "drains what is there");
        assertEquals(java.util.List.of(1, 2, 3, 4), drained);
        assertNull(q.relaxedPoll());
        assertNull(q.relaxedPeek());
        assertEquals(0, q.drain(drained::add));
    }
}
