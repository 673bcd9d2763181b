package io.hftengine.spsc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Single-thread contract every SPSC queue must honour, run against ours and the peers we are
 * measured against (exchange-core style: one abstract suite, one subclass per implementation).
 * Expectations use the capacity each queue reports, since peers round small capacities up.
 */
abstract class SpscQueueContract {

    /** Creates the queue under test with (at least) the requested capacity. */
    abstract TestQueue<Integer> newQueue(int capacity);

    @Test
    void newQueueIsEmpty() {
        final TestQueue<Integer> q = newQueue(4);
        assertNull(q.poll());
        assertNull(q.peek());
        assertEquals(0, q.size());
        assertTrue(q.isEmpty());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4, 8, 64})
    void fillsExactlyToCapacityAndKeepsFifoAcrossWraparound(int requested) {
        final TestQueue<Integer> q = newQueue(requested);
        final int capacity = q.capacity();
        int next = 0;
        int expected = 0;
        for (int round = 0; round < 5; round++) {
            for (int i = 0; i < capacity; i++) {
                assertTrue(q.offer(next++), "offer below capacity must succeed");
                assertEquals(i + 1, q.size());
            }
            assertFalse(q.offer(-1), "offer at capacity must fail");
            assertEquals(capacity, q.size());
            for (int i = 0; i < capacity; i++) {
                assertEquals(expected, q.peek());
                assertEquals(expected++, q.poll());
            }
            assertNull(q.poll());
            assertTrue(q.isEmpty());
        }
    }

    @Test
    void interleavedOfferPollWrapsIndicesManyTimes() {
        final TestQueue<Integer> q = newQueue(2);
        for (int i = 0; i < 10_000; i++) {
            assertTrue(q.offer(i));
            assertEquals(1, q.size());
            assertEquals(i, q.poll());
            assertTrue(q.isEmpty());
        }
    }

    @Test
    void peekDoesNotRemove() {
        final TestQueue<Integer> q = newQueue(4);
        q.offer(7);
        assertEquals(7, q.peek());
        assertEquals(7, q.peek());
        assertEquals(1, q.size());
        assertEquals(7, q.poll());
        assertNull(q.peek());
    }

    @Test
    void rejectsNullElements() {
        final TestQueue<Integer> q = newQueue(4);
        assertThrows(NullPointerException.class, () -> q.offer(null));
        assertTrue(q.isEmpty());
    }

    @Test
    void drainHonoursLimitAndOrder() {
        final TestQueue<Integer> q = newQueue(8);
        for (int i = 0; i < 6; i++) {
            q.offer(i);
        }
        final List<Integer> out = new ArrayList<>();
        assertEquals(0, q.drain(out::add, 0));
        assertEquals(4, q.drain(out::add, 4));
        assertEquals(List.of(0, 1, 2, 3), out);
        assertEquals(2, q.size());
        assertEquals(2, q.drain(out::add, 100));
        assertEquals(List.of(0, 1, 2, 3, 4, 5), out);
        assertEquals(0, q.drain(out::add, 100));
        assertTrue(q.isEmpty());
    }

    @Test
    void fillStopsAtCapacityAndLimit() {
        final TestQueue<Integer> q = newQueue(8);
        final int capacity = q.capacity();
        final int[] next = {0};
        assertEquals(3, q.fill(() -> next[0]++, 3));
        assertEquals(capacity - 3, q.fill(() -> next[0]++, Integer.MAX_VALUE));
        assertEquals(capacity, next[0], "supplier called only for free slots");
        assertEquals(0, q.fill(() -> next[0]++, 10));
        for (int i = 0; i < capacity; i++) {
            assertEquals(i, q.poll());
        }
    }

    /** One step of a random script: offer a value, or poll. */
    record Op(boolean offer, int value) {
    }

    @Provide
    Arbitrary<List<Op>> scripts() {
        final Arbitrary<Op> op = Arbitraries.integers().between(0, 1000)
            .flatMap(v -> Arbitraries.of(true, false).map(isOffer -> new Op(isOffer, v)));
        return op.list().ofMaxSize(300);
    }

    @Property(tries = 200)
    void behavesLikeABoundedArrayDeque(@ForAll("scripts") List<Op> script,
                                       @ForAll @IntRange(min = 0, max = 4) int capacityLog2) {
        final TestQueue<Integer> q = newQueue(1 << capacityLog2);
        final int capacity = q.capacity();
        final ArrayDeque<Integer> model = new ArrayDeque<>();
        for (Op op : script) {
            if (op.offer()) {
                final boolean modelAccepts = model.size() < capacity;
                if (modelAccepts) {
                    model.addLast(op.value());
                }
                assertEquals(modelAccepts, q.offer(op.value()));
            } else {
                assertEquals(model.peekFirst(), q.peek());
                assertEquals(model.pollFirst(), q.poll());
            }
            assertEquals(model.size(), q.size());
            assertEquals(model.isEmpty(), q.isEmpty());
        }
    }
}
