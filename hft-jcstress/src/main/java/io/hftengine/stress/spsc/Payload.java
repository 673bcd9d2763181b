package io.hftengine.stress.spsc;

/** A message whose plain, non-final fields the consumer must see fully written. */
final class Payload {
    int a;
    int b;

    static Payload of(int a, int b) {
        final Payload p = new Payload();
        p.a = a;
        p.b = b;
        return p;
    }
}
