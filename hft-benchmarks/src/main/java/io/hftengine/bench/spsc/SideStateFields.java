package io.hftengine.bench.spsc;

/** The fields of {@link SideState}; see there. */
abstract class SideStateFields extends SideStatePad {
    /** Producer: messages written so far. */
    long count;
    /** Consumer: the value of the last event read. */
    long value;
    /** Consumer: events handled in the current poll (Disruptor face). */
    int handled;
    /** Consumer: most events the current poll may handle (Disruptor face). */
    int limit;
}
