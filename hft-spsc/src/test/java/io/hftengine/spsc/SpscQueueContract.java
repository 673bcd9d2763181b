package io.hftengine.spsc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Single-thread contract every SPSC queue must honour, run against ours and the peers we are
 * measured against (exchange-core style: one abstract suite, one subclass per implementation).
 * Expectations use the capacity each queue reports, since peers round small capacities up.
 * The single-thread cases of JCTools' QueueSanityTest / MpqSanityTest / MessagePassingQueueSanityTest
 * and Agrona's QueuedPipeTest are restated here in our terms; the concurrent ones live in
 * {@link SpscQueueConcurrencyContract}.
 */
abstract class SpscQueueContract extends SpscQueueConcurrencyContract {

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

    /**
     * Batches against the model: each step is {@code fill(v - 1)} for {@code v} in [1, 40],
     * {@code fill()} for 41, {@code drain(-v - 1)} for {@code v} in [-40, -1], {@code drain()} for 0
     * (limits 0 and above the capacity included), interleaved with single offers and polls.
     */
    @Property(tries = 200)
    void batchesBehaveLikeABoundedArrayDeque(
            @ForAll @Size(max = 120) List<@IntRange(min = -41, max = 43) Integer> script,
            @ForAll @IntRange(min = 0, max = 5) int capacityLog2) {
        final TestQueue<Integer> q = newQueue(1 << capacityLog2);
        final int capacity = q.capacity();
        final ArrayDeque<Integer> model = new ArrayDeque<>();
        final int[] next = {0};
        final List<Integer> out = new ArrayList<>();
        for (final int v : script) {
            out.clear();
            if (v == 43) {
                final boolean accepted = model.size() < capacity;
                if (accepted) {
                    model.addLast(next[0]);
                }
                assertEquals(accepted, q.offer(next[0]));
                if (accepted) {
                    next[0]++;
                }
            } else if (v == 42) {
                assertEquals(model.pollFirst(), q.poll());
            } else if (v > 0) {
                final int limit = v == 41 ? capacity : v - 1;
                final int expected = Math.min(limit, capacity - model.size());
                final int filled = v == 41 ? q.fill(() -> next[0]++) : q.fill(() -> next[0]++, limit);
                assertEquals(expected, filled, "fill(" + (v == 41 ? "" : limit) + ")");
                for (int i = 0; i < filled; i++) {
                    model.addLast(next[0] - filled + i);
                }
            } else {
                final int limit = v == 0 ? capacity : -v - 1;
                final int drained = v == 0 ? q.drain(out::add) : q.drain(out::add, limit);
                assertEquals(Math.min(limit, model.size()), drained, "drain(" + (v == 0 ? "" : limit) + ")");
                for (final Integer e : out) {
                    assertEquals(model.pollFirst(), e);
                }
            }
            assertEquals(model.size(), q.size());
            assertEquals(model.isEmpty(), q.isEmpty());
            assertEquals(model.peekFirst(), q.peek());
        }
    }

    // ---------------------------------------------------------------------------------------
    // JCTools QueueSanityTest / MpqSanityTest / MessagePassingQueueSanityTest, Agrona QueuedPipeTest

    @ParameterizedTest
    @ValueSource(ints = {4, 8, 1024})
    void capacityIsExactlyThePowerOfTwoGivenAndEverySlotIsUsable(int requested) {
        final TestQueue<Integer> q = newQueue(requested);
        assertEquals(requested, q.capacity());
        for (int i = 0; i < requested; i++) {
            assertTrue(q.relaxedOffer(i), "failed to insert " + i);
            assertFalse(q.isEmpty());
            assertEquals(i + 1, q.size());
        }
        assertFalse(q.offer(requested));
        assertFalse(q.relaxedOffer(requested));
        assertEquals(requested, q.size());
    }

    @Test
    void sanityEmptyPollsThenFullThenPeekEqualsPollToEmpty() {
        final TestQueue<Integer> q = newQueue(1024);
        for (int i = 0; i < 3 * 1024; i++) {
            assertNull(q.poll());
            assertEmptyAndZeroSize(q);
        }
        int offered = 0;
        while (offered < 4 * 1024 && q.offer(offered)) {
            offered++;
        }
        final int size = offered;
        assertEquals(q.capacity(), size);
        assertEquals(size, q.size());
        int i = 0;
        Integer peeked;
        while ((peeked = q.peek()) != null) {
            final Integer polled = q.poll();
            assertSame(peeked, polled);
            assertEquals(size - (i + 1), q.size());
            assertEquals(i++, polled);
        }
        assertEquals(size, i);
        assertNull(q.poll());
        assertEmptyAndZeroSize(q);
    }

    @Test
    void relaxedOfferPollPeekKeepTheSameContract() {
        final TestQueue<Integer> q = newQueue(8);
        assertNull(q.relaxedPoll());
        assertNull(q.relaxedPeek());
        assertThrows(NullPointerException.class, () -> q.relaxedOffer(null));
        assertEmptyAndZeroSize(q);
        int offered = 0;
        while (q.relaxedOffer(offered)) {
            offered++;
            assertEquals(offered, q.size());
        }
        assertEquals(q.capacity(), offered);
        for (int i = 0; i < offered; i++) {
            final Integer peeked = q.relaxedPeek();
            assertSame(peeked, q.relaxedPoll());
            assertEquals(i, peeked);
            assertEquals(offered - i - 1, q.size());
        }
        assertNull(q.relaxedPoll());
        assertEmptyAndZeroSize(q);
    }

    @Test
    void pollReturnsTheOfferedInstance() {
        final TestQueue<Object> q = newQueue(4);
        final Object element = new Object();
        assertTrue(q.offer(element));
        assertFalse(q.isEmpty());
        assertEquals(1, q.size());
        assertSame(element, q.poll());
        assertEmptyAndZeroSize(q);
    }

    @Test
    void fillWithoutLimitFillsToCapacityThenCallsNoSupplier() {
        final TestQueue<Integer> q = newQueue(16);
        final int[] supplied = {0};
        assertEquals(q.capacity(), q.fill(() -> supplied[0]++));
        assertEquals(q.capacity(), q.size());
        assertEquals(q.capacity(), supplied[0]);
        assertEquals(0, q.fill(() -> supplied[0]++), "fill on a full queue");
        assertEquals(0, q.fill(() -> supplied[0]++, 1));
        assertEquals(q.capacity(), supplied[0], "supplier called on a full queue");
        for (int i = 0; i < q.capacity(); i++) {
            assertEquals(i, q.poll());
        }
    }

    @Test
    void fillInBatchesCountsEachBatchAndTheLastOneStopsAtCapacity() {
        final TestQueue<Integer> q = newQueue(64);
        final int[] supplied = {0};
        int filled = 0;
        final List<Integer> batches = new ArrayList<>();
        while (filled < q.capacity()) {
            final int batch = q.fill(() -> supplied[0]++, 24);
            batches.add(batch);
            filled += batch;
            assertEquals(filled, q.size());
        }
        assertEquals(List.of(24, 24, 16), batches);
        assertEquals(q.capacity(), supplied[0]);
        assertEquals(0, q.fill(() -> supplied[0]++, 24));
    }

    @Test
    void fillZeroCallsNoSupplierAndLimitAboveCapacityStopsAtCapacity() {
        final TestQueue<Integer> q = newQueue(8);
        assertEquals(0, q.fill(SpscQueueContract::neverCalled, 0));
        assertEmptyAndZeroSize(q);
        assertEquals(q.capacity(), q.fill(() -> 1, Integer.MAX_VALUE));
        assertEquals(0, q.fill(SpscQueueContract::neverCalled, 0));
        assertEquals(0, q.fill(SpscQueueContract::neverCalled, Integer.MAX_VALUE));
        assertEquals(q.capacity(), q.size());
    }

    @Test
    void drainZeroTakesNothingAndDrainOnEmptyTakesNothing() {
        final TestQueue<Integer> q = newQueue(8);
        assertEquals(0, q.drain(e -> fail("empty"), 10));
        assertEquals(0, q.drain(e -> fail("empty"), Integer.MAX_VALUE));
        assertEquals(0, q.drain(e -> fail("empty")));
        q.offer(1);
        assertEquals(0, q.drain(e -> fail("limit 0"), 0));
        assertEquals(1, q.size());
        assertEquals(1, q.poll());
    }

    @Test
    void drainLimitAboveCapacityTakesAFullQueueWhole() {
        final TestQueue<Integer> q = newQueue(8);
        final int capacity = q.capacity();
        for (int i = 0; i < capacity; i++) {
            q.offer(i);
        }
        final List<Integer> out = new ArrayList<>();
        assertEquals(capacity, q.drain(out::add, Integer.MAX_VALUE));
        assertEquals(capacity, out.size());
        for (int i = 0; i < capacity; i++) {
            assertEquals(i, out.get(i));
        }
        assertEmptyAndZeroSize(q);
    }

    @Test
    void drainWithoutLimitTakesExactlyWhatWasThereAcrossWraparound() {
        final TestQueue<Integer> q = newQueue(8);
        final int capacity = q.capacity();
        final List<Integer> out = new ArrayList<>();
        int next = 0;
        for (int round = 0; round < 5; round++) {
            final int count = 1 + (round * 3) % capacity;
            final int first = next;
            for (int i = 0; i < count; i++) {
                assertTrue(q.offer(next++));
            }
            out.clear();
            assertEquals(count, q.drain(out::add), "round " + round);
            for (int i = 0; i < count; i++) {
                assertEquals(first + i, out.get(i));
            }
            assertEmptyAndZeroSize(q);
            assertEquals(0, q.drain(out::add));
        }
        for (int i = 0; i < capacity; i++) {
            q.offer(i);
        }
        assertEquals(capacity, q.drain(e -> { }), "full queue");
        assertEmptyAndZeroSize(q);
    }

    /**
     * MessagePassingQueueSanityTest.sanityDrainBatch: inside drain's consumer, peek already names
     * the next element and size already excludes the one being handed over.
     */
    @Test
    void drainWithoutLimitShowsTheLiveQueueToItsConsumer() {
        final TestQueue<Integer> q = newQueue(16);
        assertEquals(0, q.drain(e -> { }, 1 << 14));
        final int[] count = {0};
        final int size = q.fill(() -> count[0]++, 1 << 14);
        assertEquals(q.capacity(), size);
        assertEquals(size, q.size());
        final Integer[] peeked = {q.relaxedPeek()};
        count[0] = 0;
        assertEquals(size, q.drain(e -> {
            assertEquals(peeked[0], e);
            assertEquals(size - (count[0] + 1), q.size());
            assertEquals(count[0]++, e);
            peeked[0] = q.relaxedPeek();
        }));
        assertNull(peeked[0]);
        assertEmptyAndZeroSize(q);
    }

    @Test
    void clearEmptiesAFullQueueAndItStaysUsable() {
        final TestQueue<Integer> q = newQueue(8);
        final int capacity = q.capacity();
        q.clear();
        assertEmptyAndZeroSize(q);
        for (int i = 0; i < capacity; i++) {
            q.offer(i);
        }
        q.clear();
        assertEmptyAndZeroSize(q);
        assertNull(q.peek());
        assertNull(q.poll());
        for (int i = 0; i < capacity; i++) {
            assertTrue(q.offer(100 + i), "every slot free again");
        }
        assertFalse(q.offer(-1));
        assertEquals(100, q.poll());
    }

    @Test
    void toStringWorksOnEmptyAndFullQueues() {
        final TestQueue<Integer> q = newQueue(8);
        assertNotNull(q.describe());
        while (q.offer(1)) {
            // fill up
        }
        assertNotNull(q.describe());
        assertEquals(q.capacity(), q.size(), "toString leaves the queue alone");
    }

    private static Integer neverCalled() {
        throw new AssertionError("supplier called with no room or a zero limit");
    }

    private static void assertEmptyAndZeroSize(TestQueue<?> q) {
        assertTrue(q.isEmpty(), "isEmpty");
        assertEquals(0, q.size(), "size");
    }
}
