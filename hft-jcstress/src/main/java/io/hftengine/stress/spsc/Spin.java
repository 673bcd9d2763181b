package io.hftengine.stress.spsc;

/** Bound on consumer spin loops in the shapes: long enough to overlap the producer, never a hang. */
final class Spin {
    /** Poll attempts a consumer actor makes before it reports what it has. */
    static final int POLLS = 256;

    private Spin() {
    }
}
