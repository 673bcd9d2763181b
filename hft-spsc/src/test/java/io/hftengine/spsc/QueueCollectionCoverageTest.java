package io.hftengine.spsc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.Test;

/**
 * Collection/Queue contract corners and event-ring misuse the existing suites do not reach (Guava
 * testlib / JDK TCK / JCTools QueueSanityTest shapes); all pass on the current code.
 */
class QueueCollectionCoverageTest {

    @Test
    void toArrayWithArraysTooSmallExactAndTooLarge() {
        final SpscQueue<Integer> q = new SpscQueue<>(8);
        q.addAll(List.of(1, 2, 3));
        final Integer[] small = new Integer[1];
        final Integer[] fromSmall = q.toArray(small);
        assertNotSame(small, fromSmall);
        assertSame(Integer[].class, fromSmall.getClass());
        assertArrayEquals(new Integer[] {1, 2, 3}, fromSmall);
        final Integer[] exact = new Integer[3];
        assertSame(exact, q.toArray(exact));
        assertArrayEquals(new Integer[] {1, 2, 3}, exact);
        final Integer[] large = {9, 9, 9, 9, 9};
        assertSame(large, q.toArray(large));
        assertArrayEquals(new Integer[] {1, 2, 3, null, 9}, large);
        assertSame(Object[].class, q.toArray().getClass());
        assertThrows(NullPointerException.class, () -> q.toArray((Integer[]) null));
        assertThrows(ArrayStoreException.class, () -> q.toArray(new String[0]));
        final Integer[] onEmpty = {1, 2, 3};
        assertSame(onEmpty, new SpscQueue<Integer>(4).toArray(onEmpty));
        assertArrayEquals(new Integer[] {null, 2, 3}, onEmpty, "null after the last, even when empty");
    }

    @Test
    void addAllNullsAndEmptyCollections() {
        final SpscQueue<Integer> q = new SpscQueue<>(8);
        assertThrows(NullPointerException.class, () -> q.addAll(null));
        assertFalse(q.addAll(List.of()), "nothing appended");
        assertThrows(NullPointerException.class, () -> q.addAll(Arrays.asList(1, null, 2)));
        assertEquals(List.of(1), new ArrayList<>(q), "elements before the null are appended, as AbstractQueue does");
        assertTrue(q.containsAll(List.of()));
        assertThrows(NullPointerException.class, () -> q.containsAll(null));
    }

    /** JCTools QueueSanityTest.testIteratorHasNextConcurrentModification. */
    @Test
    void iteratorKeepsTheElementItPromisedWhenTheConsumerTakesIt() {
        final SpscQueue<Integer> q = new SpscQueue<>(4);
        q.offer(1);
        q.offer(2);
        final Iterator<Integer> it = q.iterator();
        assertTrue(it.hasNext());
        q.poll();
        q.poll();
        assertTrue(q.isEmpty());
        assertTrue(it.hasNext());
        assertEquals(1, it.next());
        assertFalse(it.hasNext(), "weakly consistent: the consumed 2 is skipped");
        assertThrows(NoSuchElementException.class, it::next);
    }

    @Test
    void removeIfOnlyFailsWhenSomethingWouldBeRemoved() {
        final SpscQueue<Integer> q = new SpscQueue<>(4);
        q.addAll(List.of(1, 2));
        assertFalse(q.removeIf(e -> false));
        assertThrows(UnsupportedOperationException.class, () -> q.removeIf(e -> e == 2));
        assertEquals(List.of(1, 2), new ArrayList<>(q));
    }

    @Test
    void equalsAndHashCodeAreIdentityAsQueueRecommends() {
        final SpscQueue<Integer> a = new SpscQueue<>(4);
        final SpscQueue<Integer> b = new SpscQueue<>(4);
        a.offer(1);
        b.offer(1);
        assertNotEquals(a, b);
        assertEquals(a, a);
        assertEquals(System.identityHashCode(a), a.hashCode());
    }

    @Test
    void capacityOneQueueHonoursEveryQueueMethod() {
        final SpscQueue<Integer> q = new SpscQueue<>(1);
        assertThrows(NoSuchElementException.class, q::element);
        assertTrue(q.add(1));
        assertThrows(IllegalStateException.class, () -> q.add(2));
        assertFalse(q.offer(2));
        assertEquals(0, q.fill(() -> 3, 5));
        assertEquals(1, q.element());
        assertEquals(1, q.remove());
        assertThrows(NoSuchElementException.class, q::remove);
        assertEquals(1, q.fill(() -> 4, 5));
        final List<Integer> out = new ArrayList<>();
        assertEquals(1, q.drain(out::add, 5));
        assertEquals(List.of(4), out);
    }

    @Test
    void fillPublishesWhatWasSuppliedBeforeTheSupplierThrows() {
        final SpscQueue<Integer> q = new SpscQueue<>(8);
        final int[] n = {0};
        assertThrows(ArithmeticException.class, () -> q.fill(() -> {
            if (n[0] == 3) {
                throw new ArithmeticException("boom");
            }
            return n[0]++;
        }, 8));
        assertEquals(3, q.size());
        assertEquals(List.of(0, 1, 2), new ArrayList<>(q));
        assertEquals(5, q.fill(() -> 7, 8), "the rest of the ring is still usable");
        assertEquals(8, q.size());
    }

    @Test
    void ringRefusesPublishingOutOfOrderOrUnclaimedSequencesLoudly() {
        final SpscEventRing<long[]> ring = new SpscEventRing<>(4, () -> new long[1]);
        final long a = ring.claim();
        final long b = ring.claim();
        ring.publish(b);
        assertThrows(IllegalArgumentException.class, () -> ring.publish(a), "covered by publish(b)");
        assertThrows(IllegalArgumentException.class, () -> ring.publish(b + 1), "never claimed");
        assertThrows(IllegalArgumentException.class, () -> ring.publish(Long.MAX_VALUE));
        assertThrows(IllegalArgumentException.class, () -> ring.event(b + 1));
        assertEquals(2, ring.size());
        final int[] calls = {0};
        assertEquals(0, ring.poll((e, s, end) -> calls[0]++, 0), "limit 0 handles nothing");
        assertEquals(0, calls[0]);
        assertThrows(IllegalArgumentException.class, () -> ring.poll((e, s, end) -> calls[0]++, Integer.MIN_VALUE));
        assertEquals(2, ring.size(), "refused polls consume nothing");
        assertEquals(2, ring.poll((e, s, end) -> calls[0]++, Integer.MAX_VALUE));
    }

    @Test
    void capacityOneRingCyclesAndRefusesASecondClaim() {
        final SpscEventRing<long[]> ring = new SpscEventRing<>(1, () -> new long[1]);
        for (long i = 0; i < 5; i++) {
            final long s = ring.claim();
            assertEquals(i, s);
            assertEquals(-1, ring.tryClaim(), "claimed but unpublished still occupies the slot");
            assertThrows(IllegalArgumentException.class, () -> ring.tryClaim(2));
            ring.event(s)[0] = i * 10;
            ring.publish(s);
            assertEquals(-1, ring.tryClaim());
            final long[] seen = new long[1];
            assertEquals(1, ring.poll((e, seq, end) -> seen[0] = e[0], 8));
            assertEquals(i * 10, seen[0]);
            assertTrue(ring.isEmpty());
        }
    }
}
