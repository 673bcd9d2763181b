package io.hftengine.bench.spsc;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hftengine.spsc.SpscQueue;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The false-sharing benchmark attributes the gap between {@code SpscQueue} and
 * {@link UnpaddedSpscQueue} to padding alone, so the control must run the same algorithm: each
 * property below is checked on both, white-box, by writing the slots as the other side would
 * before its index store is visible.
 */
class UnpaddedSpscQueueAlgorithmTest {

    /** A queue under test: its operations and its slot array. */
    private static final class Subject {
        final String name;
        final Predicate<Object> offer;
        final Supplier<Object> poll;
        final Object[] slots;

        Subject(String name, Predicate<Object> offer, Supplier<Object> poll, Object queue) {
            this.name = name;
            this.offer = offer;
            this.poll = poll;
            this.slots = slotsOf(queue);
        }
    }

    private static Subject[] subjects(int capacity) {
        final SpscQueue<Object> ours = new SpscQueue<>(capacity);
        final UnpaddedSpscQueue<Object> control = new UnpaddedSpscQueue<>(capacity);
        return new Subject[] {
            new Subject("SpscQueue", ours::offer, ours::poll, ours),
            new Subject("UnpaddedSpscQueue", control::offer, control::poll, control),
        };
    }

    private static Object[] slotsOf(Object queue) {
        for (Class<?> c = queue.getClass(); c != null; c = c.getSuperclass()) {
            try {
                final Field field = c.getDeclaredField("buffer");
                field.setAccessible(true);
                return (Object[]) field.get(queue);
            } catch (NoSuchFieldException e) {
                // declared higher up the padding chain
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("no buffer field in " + queue.getClass());
    }

    @Test
    void pollLearnsOfAnElementFromItsSlotAloneOnBoth() {
        for (final Subject q : subjects(8)) {
            final Object element = new Object();
            q.slots[0] = element; // written, producer index not yet advanced
            assertSame(element, q.poll.get(), q.name + ": the consumer must not need the producer's index");
        }
    }

    @Test
    void offerReusesSlotsTheConsumerEmptiedBeforeItsIndexMovedOnBoth() {
        for (final Subject q : subjects(8)) {
            for (int i = 0; i < 8; i++) {
                assertTrue(q.offer.test(new Object()), q.name);
            }
            Arrays.fill(q.slots, null); // consumed, consumer index not yet advanced
            assertTrue(q.offer.test(new Object()), q.name + ": the producer must probe slots, not the consumer's index");
            assertNotNull(q.slots[0], q.name);
        }
    }
}
