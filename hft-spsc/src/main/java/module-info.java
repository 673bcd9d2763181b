/**
 * Padded lock-free single-producer single-consumer rings: a queue of references
 * ({@link io.hftengine.spsc.SpscQueue}) and a ring of pre-allocated events
 * ({@link io.hftengine.spsc.SpscEventRing}). Depends on nothing but {@code java.base}.
 */
module io.hftengine.spsc {
    exports io.hftengine.spsc;
}
