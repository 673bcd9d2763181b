package io.hftengine.stress.spsc;

import io.hftengine.spsc.EventHandler;
import io.hftengine.spsc.SpscEventRing;

/** The event-ring operations the shapes use, over our ring and its broken control. */
interface StressEventRing {
    long tryClaim();

    long tryClaim(int count);

    Payload event(long sequence);

    void publish(long sequence);

    int poll(EventHandler<Payload> handler, int limit);

    static StressEventRing ours(int capacity) {
        final SpscEventRing<Payload> ring = new SpscEventRing<>(capacity, Payload::new);
        return new StressEventRing() {
            @Override public long tryClaim() { return ring.tryClaim(); }
            @Override public long tryClaim(int count) { return ring.tryClaim(count); }
            @Override public Payload event(long sequence) { return ring.event(sequence); }
            @Override public void publish(long sequence) { ring.publish(sequence); }
            @Override public int poll(EventHandler<Payload> handler, int limit) { return ring.poll(handler, limit); }
        };
    }

    /**
     * Our ring publishing through its producer index: its events are plain holders (not
     * {@link io.hftengine.spsc.RingEvent}s), each carrying a pre-allocated payload.
     */
    static StressEventRing oursIndexed(int capacity) {
        final SpscEventRing<PlainSlot> ring = new SpscEventRing<>(capacity, PlainSlot::new);
        final Unwrap unwrap = new Unwrap();
        return new StressEventRing() {
            @Override public long tryClaim() { return ring.tryClaim(); }
            @Override public long tryClaim(int count) { return ring.tryClaim(count); }
            @Override public Payload event(long sequence) { return ring.event(sequence).payload; }
            @Override public void publish(long sequence) { ring.publish(sequence); }

            @Override
            public int poll(EventHandler<Payload> handler, int limit) {
                unwrap.target = handler;
                return ring.poll(unwrap, limit);
            }
        };
    }

    /** A plain event: a ring of these is not self-publishing. */
    final class PlainSlot {
        final Payload payload = new Payload();
    }

    /** Hands a holder's payload to the shape's handler, without a capturing lambda a poll. */
    final class Unwrap implements EventHandler<PlainSlot> {
        EventHandler<Payload> target;

        @Override
        public void onEvent(PlainSlot slot, long sequence, boolean endOfBatch) {
            target.onEvent(slot.payload, sequence, endOfBatch);
        }
    }

    static StressEventRing brokenPublishAtClaim(int capacity) {
        final BrokenEventRing ring = new BrokenEventRing(capacity);
        return new StressEventRing() {
            @Override public long tryClaim() { return ring.tryClaim(); }
            @Override public long tryClaim(int count) { return ring.tryClaim(count); }
            @Override public Payload event(long sequence) { return ring.event(sequence); }
            @Override public void publish(long sequence) { ring.publish(sequence); }
            @Override public int poll(EventHandler<Payload> handler, int limit) { return ring.poll(handler, limit); }
        };
    }
}
