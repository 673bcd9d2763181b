package io.hftengine.spsc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.jctools.queues.SpscArrayQueue;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The {@link Queue} methods beyond offer/poll/peek, as code written against
 * {@code java.util.Queue} uses them, run against our queue and JCTools' (the reference whose
 * shape ours follows). Capacity 8 in every test: JCTools rounds smaller capacities up.
 */
class JavaUtilQueueContractTest {

    abstract static class Contract {
        abstract Queue<Integer> newQueue(int capacity);

        @Test
        void addThrowsWhenFullAndAppendsNothing() {
            final Queue<Integer> q = newQueue(8);
            for (int i = 0; i < 8; i++) {
                assertTrue(q.add(i));
            }
            assertThrows(IllegalStateException.class, () -> q.add(99));
            assertEquals(8, q.size());
            assertEquals(0, q.remove());
        }

        @Test
        void removeAndElementThrowWhenEmptyAndTakeTheOldestOtherwise() {
            final Queue<Integer> q = newQueue(8);
            assertThrows(NoSuchElementException.class, q::remove);
            assertThrows(NoSuchElementException.class, q::element);
            q.add(1);
            q.add(2);
            assertEquals(1, q.element());
            assertEquals(1, q.remove());
            assertEquals(2, q.element());
            assertEquals(1, q.size());
        }

        @Test
        void iteratorWalksOldestFirstAcrossWraparoundWithoutRemoving() {
            final Queue<Integer> q = newQueue(8);
            for (int i = 0; i < 8; i++) {
                q.add(i);
            }
            for (int i = 0; i < 5; i++) {
                q.poll();
            }
            for (int i = 8; i < 13; i++) { // indices wrap: elements 8..12 sit in slots 0..4
                q.add(i);
            }
            final List<Integer> seen = new ArrayList<>();
            for (final Integer e : q) {
                seen.add(e);
            }
            assertEquals(List.of(5, 6, 7, 8, 9, 10, 11, 12), seen);
            assertEquals(8, q.size(), "iterating removes nothing");
            assertEquals(List.of(5, 6, 7, 8, 9, 10, 11, 12), q.stream().collect(Collectors.toList()));
            final Iterator<Integer> it = newQueue(8).iterator();
            assertFalse(it.hasNext());
            assertThrows(NoSuchElementException.class, it::next);
        }

        /** JCTools QueueSanityTest.toStringWorks, and the walk over a queue with no free slot. */
        @Test
        void iteratorAndToStringOnEmptyAndFullQueues() {
            final Queue<Integer> q = newQueue(8);
            assertNotNull(q.toString());
            assertFalse(q.iterator().hasNext());
            assertArrayEquals(new Object[0], q.toArray());
            for (int i = 0; i < 8; i++) {
                assertTrue(q.offer(i));
            }
            assertFalse(q.offer(8), "full");
            assertNotNull(q.toString());
            final List<Integer> seen = new ArrayList<>();
            q.iterator().forEachRemaining(seen::add);
            assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7), seen);
            assertArrayEquals(new Object[] {0, 1, 2, 3, 4, 5, 6, 7}, q.toArray());
            assertEquals(8, q.size(), "neither walk removes anything");
            q.clear();
            assertFalse(q.iterator().hasNext());
        }

        @Test
        void iteratorRemoveIsNotSupported() {
            final Queue<Integer> q = newQueue(8);
            q.add(1);
            final Iterator<Integer> it = q.iterator();
            it.next();
            assertThrows(UnsupportedOperationException.class, it::remove);
            assertEquals(1, q.size());
        }

        @Test
        void containsAndToArraySeeTheQueuedElements() {
            final Queue<Integer> q = newQueue(8);
            q.addAll(List.of(3, 1, 4));
            assertTrue(q.contains(1));
            assertFalse(q.contains(5));
            assertFalse(q.contains(null));
            assertTrue(q.containsAll(List.of(4, 3)));
            assertFalse(q.containsAll(List.of(4, 5)));
            assertArrayEquals(new Object[] {3, 1, 4}, q.toArray());
            assertArrayEquals(new Integer[] {3, 1, 4}, q.toArray(new Integer[0]));
            final Integer[] big = new Integer[5];
            big[3] = 41;
            big[4] = 42;
            assertArrayEquals(new Integer[] {3, 1, 4, null, 42}, q.toArray(big), "null after the last, as specified");
        }

        @Test
        void addAllAppendsInOrderAndStopsLoudlyWhenFull() {
            final Queue<Integer> q = newQueue(8);
            assertTrue(q.addAll(List.of(0, 1, 2, 3, 4, 5)));
            assertThrows(IllegalStateException.class, () -> q.addAll(List.of(6, 7, 8, 9)));
            assertEquals(8, q.size(), "the elements that fitted were appended");
            assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7), new ArrayList<>(q));
            assertThrows(NullPointerException.class, () -> newQueue(8).add(null));
        }

        @Test
        void clearEmptiesAndTheQueueStaysUsable() {
            final Queue<Integer> q = newQueue(8);
            q.addAll(List.of(1, 2, 3));
            q.clear();
            assertTrue(q.isEmpty());
            assertEquals(0, q.size());
            assertTrue(q.offer(7));
            assertEquals(7, q.poll());
        }
    }

    @Nested
    class Ours extends Contract {
        @Override
        Queue<Integer> newQueue(int capacity) {
            return new SpscQueue<>(capacity);
        }

        /**
         * Ours only: JCTools' iterator makes no such promise, and was seen (in CI) to return an
         * element twice here, its walk spanning more than a lap while the consumer drains.
         */
        @Test
        void iteratorOnAThirdThreadNeverReturnsAnElementTwice() throws InterruptedException {
            final Queue<Integer> q = newQueue(8);
            final AtomicBoolean stop = new AtomicBoolean();
            final Thread producer = new Thread(() -> {
                int next = 0;
                while (!stop.get()) {
                    if (q.offer(next)) {
                        next++;
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
                for (int round = 0; round < 20_000; round++) {
                    final Set<Integer> seen = new HashSet<>();
                    for (final Integer e : q) {
                        assertTrue(e != null && seen.add(e), "element returned twice or null: " + e);
                    }
                    assertTrue(seen.size() <= 8);
                }
            } finally {
                stop.set(true);
                producer.join();
                consumer.join();
            }
        }

        @Test
        void iteratorMidDrainWalksOneLapAtMost() {
            final SpscQueue<Integer> q = new SpscQueue<>(4);
            q.addAll(List.of(0, 1, 2, 3));
            final List<List<Integer>> seenMidDrain = new ArrayList<>();
            // The drain empties slots before its one index advance; refill them from inside it, so
            // the producer index runs more than a lap ahead of the consumer index.
            q.drain(e -> {
                q.offer(e + 4);
                final List<Integer> seen = new ArrayList<>();
                q.forEach(seen::add);
                seenMidDrain.add(seen);
            }, 4);
            for (final List<Integer> seen : seenMidDrain) {
                assertTrue(seen.size() <= 4 && new HashSet<>(seen).size() == seen.size(), "one lap, no repeats: " + seen);
            }
            assertEquals(List.of(4, 5, 6, 7), new ArrayList<>(q));
        }

        @Test
        void removingAnArbitraryElementIsRefused() {
            final SpscQueue<Integer> q = new SpscQueue<>(8);
            q.addAll(List.of(1, 2));
            assertThrows(UnsupportedOperationException.class, () -> q.remove(Integer.valueOf(2)));
            assertThrows(UnsupportedOperationException.class, () -> q.removeAll(List.of(1)));
            assertThrows(UnsupportedOperationException.class, () -> q.retainAll(List.of(1)));
            assertThrows(IllegalArgumentException.class, () -> q.addAll(q));
            assertEquals(List.of(1, 2), new ArrayList<>(q));
            assertEquals("SpscQueue[size=2, capacity=8]", q.toString());
        }
    }

    @Nested
    class Jctools extends Contract {
        @Override
        Queue<Integer> newQueue(int capacity) {
            return new SpscArrayQueue<>(capacity);
        }
    }
}
