package io.hftengine.pipeline;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ring's counts when a consumer's handler throws: the underlying ring treats the event as
 * consumed, so the counts must too, or the quiescence check sees an event in flight for ever.
 */
class PipeRingEdgeCaseTest {

    /** A pre-allocated slot. */
    static final class Slot extends io.hftengine.spsc.RingEvent {
        long value;
    }

    private static void publish(final PipeRing<Slot> ring, final long value) {
        final long seq = ring.tryClaim();
        ring.event(seq).value = value;
        ring.publish(seq);
    }

    @Test
    void aHandlerThatThrowsStillCountsItsEventAsConsumed() {
        final PipeRing<Slot> ring = new PipeRing<>("test", 8, Slot::new);
        publish(ring, 1);
        assertThrows(IllegalStateException.class, () -> ring.poll((e, s, end) -> {
            throw new IllegalStateException("boom");
        }, 8));
        assertEquals(1, ring.publishedCount());
        assertEquals(1, ring.consumedCount(), "the ring moved past the event; the count must follow");
        assertTrue(ring.isDrained());
        assertTrue(new Quiescence(ring).isQuiescent(), "nothing is left in flight");
    }

    @Test
    void aHandlerThatThrowsMidBatchCountsTheEventsUpToAndIncludingTheFailedOne() {
        final PipeRing<Slot> ring = new PipeRing<>("test", 8, Slot::new);
        for (int i = 1; i <= 5; i++) {
            publish(ring, i);
        }
        final AtomicLong seen = new AtomicLong();
        assertThrows(IllegalStateException.class, () -> ring.poll((e, s, end) -> {
            seen.incrementAndGet();
            if (e.value == 3) {
                throw new IllegalStateException("third");
            }
        }, 8));
        assertEquals(3, seen.get());
        assertEquals(3, ring.consumedCount());
        // The rest is still delivered, and the counts meet again.
        assertEquals(2, ring.poll((e, s, end) -> seen.incrementAndGet(), 8));
        assertEquals(5, ring.consumedCount());
        assertTrue(ring.isDrained());
    }
}
