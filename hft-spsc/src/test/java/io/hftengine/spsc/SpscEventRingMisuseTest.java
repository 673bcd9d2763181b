package io.hftengine.spsc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * {@link SpscEventRing} misuse: the project's rule is crash-only on a broken
 * invariant, so each misuse below must either fail loudly or be harmless; today each one silently
 * corrupts the ring.
 */
class SpscEventRingMisuseTest {

    static final class Tick {
        long value;
    }

    static final class MarkedTick extends RingEvent {
        long value;
    }

    /**
     * The constructor documents that the factory "must return a distinct object each time", but
     * does not check it (its @throws lists only null). A factory returning one shared event makes
     * every slot alias it.
     */
    @Test
    void factoryReturningTheSameEventTwiceIsRejected() {
        final Tick shared = new Tick();
        assertThrows(IllegalArgumentException.class, () -> new SpscEventRing<>(4, () -> shared));
        final MarkedTick marked = new MarkedTick();
        assertThrows(IllegalArgumentException.class, () -> new SpscEventRing<>(4, () -> marked));
    }

    /**
     * What the unchecked duplicate does with self-publishing events: publish(1) marks the shared
     * event 1 then 0 (last first), so poll sees sequence 0 as published and sequence 1 never:
     * the second event is never delivered and the ring wedges with size() == 1 forever.
     * (Passes once the constructor rejects the factory.)
     */
    @Test
    void sharedSelfPublishingEventWedgesTheRingSilently() {
        final MarkedTick marked = new MarkedTick();
        final SpscEventRing<MarkedTick> ring;
        try {
            ring = new SpscEventRing<>(2, () -> marked);
        } catch (IllegalArgumentException rejected) {
            return;
        }
        ring.claim();
        ring.publish(ring.claim());
        final List<Long> got = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ring.poll((e, s, end) -> got.add(s), 10);
        }
        assertEquals(List.of(0L, 1L), got, "size() is " + ring.size());
    }

    /**
     * poll(null, n) with events waiting: the handler call NPEs inside the try whose finally
     * advances the consumer index, so one published event is consumed unseen. A null handler is
     * an argument error, to be refused before anything is consumed (as JCTools' drain(null)
     * refuses with IllegalArgumentException).
     */
    @Test
    void pollWithANullHandlerConsumesNoEvent() {
        final SpscEventRing<Tick> ring = new SpscEventRing<>(4, Tick::new);
        ring.publish(ring.claim());
        ring.publish(ring.claim());
        assertThrows(RuntimeException.class, () -> ring.poll(null, 1));
        assertThrows(RuntimeException.class, () -> ring.poll(null, 10));
        assertEquals(2, ring.size(), "events consumed by a rejected poll");
    }

    /**
     * A handler that polls the ring again (same consumer thread): the inner poll starts from the
     * outer batch's un-advanced index, so it re-delivers the event being handled and its
     * successors; then the outer poll's final store moves the consumer index BACK, so the next
     * poll delivers them a third time, and the producer's view of free slots goes backwards.
     * Must be refused loudly (IllegalStateException) or deliver each sequence once.
     */
    @Test
    void pollFromInsideAHandlerNeverDeliversAnEventTwice() {
        checkNestedPoll(new SpscEventRing<>(4, Tick::new));
    }

    @Test
    void pollFromInsideAHandlerNeverDeliversAnEventTwiceWithSelfPublishingEvents() {
        checkNestedPoll(new SpscEventRing<>(4, MarkedTick::new));
    }

    private static <E> void checkNestedPoll(SpscEventRing<E> ring) {
        for (int i = 0; i < 3; i++) {
            ring.publish(ring.claim());
        }
        final List<Long> delivered = new ArrayList<>();
        try {
            ring.poll((e, s, end) -> {
                delivered.add(s);
                ring.poll((e2, s2, end2) -> delivered.add(s2), 10);
            }, 1);
        } catch (IllegalStateException refusedLoudly) {
            return;
        }
        for (int i = 0; i < 3; i++) {
            ring.poll((e, s, end) -> delivered.add(s), 10);
        }
        final Set<Long> unique = new HashSet<>(delivered);
        assertEquals(unique.size(), delivered.size(), "delivered twice: " + delivered);
        assertTrue(ring.isEmpty());
    }
}
