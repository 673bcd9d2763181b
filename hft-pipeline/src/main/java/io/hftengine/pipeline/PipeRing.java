package io.hftengine.pipeline;

import io.hftengine.spsc.EventHandler;
import io.hftengine.spsc.SpscEventRing;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A named SPSC event ring between two stages, with monotonic published/consumed counts.
 *
 * <p>The counts exist for the replay-mode quiescence handshake ({@link Quiescence}) and for
 * metrics: the producer stores {@code published} with release semantics after each publish, the
 * consumer stores {@code consumed} with release semantics after a poll has returned (or thrown:
 * an event whose handler threw counts as consumed, as it does for the ring), i.e. after
 * its handler has finished with every event of the batch and published whatever those events
 * caused downstream. So {@code consumed == published} read in that order means the consumer has
 * nothing left in progress from this ring.
 *
 * <p>Producer methods from one thread, {@link #poll} from one other thread, counts from any.
 *
 * @param <E> event type
 */
public final class PipeRing<E> {
    private static final VarHandle PUBLISHED;
    private static final VarHandle CONSUMED;

    static {
        try {
            final MethodHandles.Lookup lookup = MethodHandles.lookup();
            PUBLISHED = lookup.findVarHandle(PipeRing.class, "published", long.class);
            CONSUMED = lookup.findVarHandle(PipeRing.class, "consumed", long.class);
        } catch (final ReflectiveOperationException ex) {
            throw new ExceptionInInitializerError(ex);
        }
    }

    private final String name;
    private final SpscEventRing<E> ring;
    @SuppressWarnings("unused") // padding: keeps the producer's count off the consumer's line
    private long p01, p02, p03, p04, p05, p06, p07;
    private long published;
    @SuppressWarnings("unused")
    private long p11, p12, p13, p14, p15, p16, p17;
    private long consumed;
    @SuppressWarnings("unused")
    private long p21, p22, p23, p24, p25, p26, p27;

    /**
     * Creates a ring of pre-allocated events.
     *
     * @param name used in counters and kill-switch reasons, e.g. {@code "strategy-to-risk"}
     * @param capacity power of two
     * @param factory creates each pre-allocated event
     * @throws IllegalArgumentException if capacity is not a power of two
     */
    public PipeRing(final String name, final int capacity, final Supplier<E> factory) {
        this.name = Objects.requireNonNull(name, "name");
        this.ring = new SpscEventRing<>(capacity, factory);
    }

    /**
     * Producer: claims the next slot.
     *
     * @return the sequence, or -1 when full
     */
    public long tryClaim() {
        return ring.tryClaim();
    }

    /**
     * Producer: the claimed event to fill in place.
     *
     * @param sequence a claimed, unpublished sequence
     * @return the event
     */
    public E event(final long sequence) {
        return ring.event(sequence);
    }

    /**
     * Producer: publishes every claimed sequence up to {@code sequence}.
     *
     * @param sequence the last claimed sequence
     */
    public void publish(final long sequence) {
        ring.publish(sequence);
        PUBLISHED.setRelease(this, sequence + 1);
    }

    /**
     * Consumer: handles up to {@code limit} events in place.
     *
     * @param handler receives each event; if it throws, the event counts as consumed and the
     *     exception propagates
     * @param limit maximum events
     * @return events handled
     * @throws IllegalArgumentException when the handler is null
     * @throws IllegalStateException when called from inside a handler of this ring's own poll
     */
    public int poll(final EventHandler<? super E> handler, final int limit) {
        final int handled;
        try {
            handled = ring.poll(handler, limit);
        } catch (final Throwable failure) {
            // The ring has moved past the event that threw and those before it; a count left
            // behind would read as an event in flight for ever (replay would never advance).
            // Read from the ring here, off the normal path, which pays nothing per event.
            CONSUMED.setRelease(this, ring.consumerSequence());
            throw failure;
        }
        if (handled > 0) {
            CONSUMED.setRelease(this, (long) CONSUMED.get(this) + handled);
        }
        return handled;
    }

    /**
     * Any thread: events published so far.
     *
     * @return count
     */
    public long publishedCount() {
        return (long) PUBLISHED.getAcquire(this);
    }

    /**
     * Any thread: events fully handled by the consumer so far.
     *
     * @return count
     */
    public long consumedCount() {
        return (long) CONSUMED.getAcquire(this);
    }

    /**
     * Any thread: whether the consumer has handled everything published.
     *
     * @return true when drained
     */
    public boolean isDrained() {
        final long c = consumedCount();
        return c == publishedCount();
    }

    /**
     * Any thread: events waiting.
     *
     * @return snapshot size
     */
    public int size() {
        return ring.size();
    }

    /**
     * Returns slots in the ring.
     *
     * @return slots in the ring
     */
    public int capacity() {
        return ring.capacity();
    }

    /**
     * Returns the ring's name.
     *
     * @return the ring's name
     */
    public String name() {
        return name;
    }
}
