package io.hftengine.spsc;

import java.lang.invoke.VarHandle;

/**
 * Optional base class for the events of a {@link SpscEventRing}: an event that extends it carries
 * its own publication mark, so the consumer learns that the event is published from the event
 * itself instead of from the producer's index.
 *
 * <p>Why: with an index, a message between two cores costs two cache-line transfers in a row (the
 * consumer reads the producer's index line, then the event's line). With the mark in the event's
 * first line, one transfer brings both the news and the data, which is what JCTools'
 * {@code SpscArrayQueue} gets from its null-or-element slots; measured with pre-allocated events,
 * this moved the ring's ping-pong round trip from 1.2-1.35 µs to JCTools' (see BENCHMARKS.md).
 *
 * <p>The mark is private to the ring: subclasses see nothing and need do nothing. Superclass
 * fields are laid out first, so the mark shares the event's first cache line with the header and
 * the first fields. A ring uses marks when every event its factory made extends this class, and
 * clears their marks when it is built, so an event may be moved to a new ring once the old one is
 * no longer used; it must never sit in two live rings at once.
 */
public abstract class RingEvent {
    /** The sequence this event was last published as; -1 before its first publication. */
    private long published = -1;

    /** For subclasses. */
    protected RingEvent() {
    }

    /** Forgets any earlier publication; construction-time only, before the ring is shared. */
    final void resetMark() {
        published = -1;
    }

    /**
     * Store-release: every write the producer made to this event before the call is visible to a
     * consumer that sees {@code sequence} in {@link #isPublishedAs}.
     */
    final void publishAs(long sequence) {
        // Release fence then plain store = store-release, as the ring's slots do.
        VarHandle.releaseFence();
        published = sequence;
    }

    /**
     * Load-acquire: {@code true} when this event holds the one published as {@code sequence}, and
     * then everything its producer wrote before publishing it is visible to the caller. A slot's
     * event holds the sequence of the previous lap (or -1) until it is republished, so the test
     * is exact.
     */
    final boolean isPublishedAs(long sequence) {
        // Plain load then acquire fence = load-acquire.
        final long seen = published;
        VarHandle.acquireFence();
        return seen == sequence;
    }
}
