package io.hftengine.stress.spsc;

import io.hftengine.spsc.RingEvent;

/**
 * A message whose plain, non-final fields the consumer must see fully written. A
 * {@link RingEvent}, so an event ring of these publishes through the events' own marks (the
 * queue shapes ignore the mark).
 */
final class Payload extends RingEvent {
    int a;
    int b;

    static Payload of(int a, int b) {
        final Payload p = new Payload();
        p.a = a;
        p.b = b;
        return p;
    }
}
