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
