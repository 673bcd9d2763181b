package io.hftengine.spsc;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Bounded lock-free ring of pre-allocated mutable events for exactly one producer thread and one
 * consumer thread: the pipeline's face of the SPSC ring. Nothing allocates after construction.
 *
 * <p><b>Producer</b> ({@link #tryClaim()}, {@link #claim()}, {@link #tryClaim(int)},
 * {@link #claim(int)}, {@link #event}, {@link #publish}, one thread): claim the next sequence,
 * fill {@code event(sequence)} in place, publish it. Several sequences may be claimed before
 * publishing, one by one or {@code n} at once with {@link #tryClaim(int)}; {@code publish(s)}
 * publishes every claimed sequence up to and including {@code s}: one store-release of the
 * producer index, plus one per event when the events extend {@link RingEvent}. Unlike the
 * Disruptor's {@code next(n)}, which returns the batch's highest sequence, {@link #tryClaim(int)}
 * returns its first; a full ring answers {@code -1}, not an exception.
 * <pre>{@code
 * long seq = ring.tryClaim();
 * if (seq >= 0) {
 *     ring.event(seq).set(...);
 *     ring.publish(seq);
 * }
 * }</pre>
 *
 * <p><b>Consumer</b> ({@link #poll}, one thread): hands each published event to an
 * {@link EventHandler} in place, then returns the whole batch to the producer with one
 * store-release.
 *
 * <p><b>Any thread</b>: {@link #size}, {@link #isEmpty}, {@link #capacity} (snapshots).
 *
 * <p><b>Ordering.</b> Every write the producer made to an event before {@code publish} is visible
 * to the handler that receives it; every read the handler made happens before the producer can
 * claim that slot again.
 *
 * <p><b>Why that holds, and what it costs.</b> Two indices carry it. The producer index
 * (store-release in {@code publish}, load-acquire in {@code poll}) orders the event's contents
 * before the consumer's reads, unless the events extend {@link RingEvent}: then each event's own
 * mark does that job (store-release per event in {@code publish}, load-acquire in {@code poll}),
 * so news and data arrive in one cache line. The consumer index (store-release at the end of
 * {@code poll}, load-acquire when a claim runs past the producer's cached limit) orders the
 * handler's reads before the producer's next writes to that slot. Each side keeps a plain,
 * private cache of the other side's index ({@code producerLimit}, {@code consumerLimit}) and reads
 * the shared one only when the cache says it must, so a claim usually touches only producer-owned
 * lines and a poll only consumer-owned ones (plus, for plain events, one producer-index read when
 * the cached copy holds fewer events than the poll's limit: with a limit above 1, that is most
 * polls of a consumer that keeps up). On x86 every release and acquire is a plain {@code mov}:
 * the only cost of the ordering is that the JIT may not reorder across them.
 *
 * @param <E> event type
 */
public final class SpscEventRing<E> extends RingTailPad {

    /**
     * Whether every event extends {@link RingEvent}, so that publication is marked in the events
     * themselves and the consumer never reads the producer's index. Read-only after construction.
     */
    private final boolean selfPublishing;
    /**
     * The same events as {@code buffer}, typed, when self-publishing ({@code null} otherwise): a
     * mark is reached without a type check per access. Read-only after construction.
     */
    private final RingEvent[] marks;

    /**
     * Creates a ring and fills every slot with an event from {@code eventFactory}.
     *
     * @param capacity number of slots; a power of two in {@code [1, 2^30]}
     * @param eventFactory called {@code capacity} times, on this thread; must not return
     *        {@code null} and must return a distinct object each time; events that extend
     *        {@link RingEvent} (all of them) carry their own publication mark
     * @throws IllegalArgumentException if {@code capacity} is not such a power of two
     * @throws NullPointerException if {@code eventFactory} is null or returns {@code null}
     * @throws IllegalArgumentException if {@code eventFactory} returns one object twice
     */
    public SpscEventRing(int capacity, Supplier<E> eventFactory) {
        super(requirePowerOfTwo(capacity), preallocate(requirePowerOfTwo(capacity), eventFactory));
        this.marks = ringEvents(buffer);
        this.selfPublishing = marks != null;
    }

    private static RingEvent[] ringEvents(Object[] events) {
        final RingEvent[] marks = new RingEvent[events.length];
        for (int i = 0; i < events.length; i++) {
            if (!(events[i] instanceof RingEvent)) {
                return null;
            }
            marks[i] = (RingEvent) events[i];
        }
        // Only now that every event qualifies: an event reused from an earlier ring may carry a
        // mark equal to a sequence this ring has yet to publish (slot k holding mark k would read
        // as published before the producer wrote it). The ring's own publication of these
        // events, to the consumer thread, comes after this through the ring's fields.
        for (final RingEvent mark : marks) {
            mark.resetMark();
        }
        return marks;
    }

    private static Object[] preallocate(int capacity, Supplier<?> eventFactory) {
        Objects.requireNonNull(eventFactory, "eventFactory");
        final Object[] events = new Object[capacity];
        final java.util.Set<Object> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int i = 0; i < capacity; i++) {
            events[i] = Objects.requireNonNull(eventFactory.get(), "eventFactory returned null");
            if (!seen.add(events[i])) {
                // One object in two slots: the producer would overwrite events not yet read, or a
                // self-publishing event's mark would stall the ring for good.
                throw new IllegalArgumentException("eventFactory returned the same event for slots " + i
                    + " and an earlier one: every slot needs its own event");
            }
        }
        return events;
    }

    /**
     * Producer only: claims the next slot if there is room.
     *
     * @return the claimed sequence ({@code >= 0}), or {@code -1} if the ring is full
     */
    public long tryClaim() {
        final long sequence = producerClaimIndex;
        if (sequence >= producerLimit) {
            // Acquire: the consumer released every slot below its index after its handler's
            // last read of it, so slots below index + capacity may now be overwritten.
            final long limit = lvConsumerIndex() + capacity;
            producerLimit = limit;
            if (sequence >= limit) {
                return -1L;
            }
        }
        producerClaimIndex = sequence + 1;
        return sequence;
    }

    /**
     * Producer only, crash-only: claims the next slot on a path where a full ring is a bug.
     *
     * @return the claimed sequence
     * @throws IllegalStateException if the ring is full; nothing is claimed
     */
    public long claim() {
        final long sequence = tryClaim();
        if (sequence < 0) {
            throw new IllegalStateException("SpscEventRing full (capacity " + capacity
                + "): claim() is for paths where the ring must never be full; the consumer is not keeping up");
        }
        return sequence;
    }

    /**
     * Producer only: claims {@code count} consecutive slots at once if that many are free, so a
     * batch costs one capacity check; fill each with {@link #event} and publish them all with one
     * {@code publish(first + count - 1)}.
     *
     * @param count number of slots to claim, in {@code [1, capacity()]}
     * @return the first claimed sequence (the others follow it), or {@code -1} if fewer than
     *         {@code count} slots are free; nothing is claimed then
     * @throws IllegalArgumentException if {@code count} is outside {@code [1, capacity()]}
     */
    public long tryClaim(int count) {
        if (count <= 0 || count > capacity) {
            throw new IllegalArgumentException("count must be in [1, " + capacity + "], was " + count);
        }
        final long first = producerClaimIndex;
        final long end = first + count;
        if (end > producerLimit) {
            // Acquire, as in tryClaim(): every slot below the consumer index read is free.
            final long limit = lvConsumerIndex() + capacity;
            producerLimit = limit;
            if (end > limit) {
                return -1L;
            }
        }
        producerClaimIndex = end;
        return first;
    }

    /**
     * Producer only, crash-only: claims {@code count} consecutive slots on a path where a full
     * ring is a bug.
     *
     * @param count number of slots to claim, in {@code [1, capacity()]}
     * @return the first claimed sequence
     * @throws IllegalArgumentException if {@code count} is outside {@code [1, capacity()]}
     * @throws IllegalStateException if fewer than {@code count} slots are free; nothing is claimed
     */
    public long claim(int count) {
        final long first = tryClaim(count);
        if (first < 0) {
            throw new IllegalStateException("SpscEventRing has fewer than " + count + " free slots (capacity "
                + capacity + "): claim(int) is for paths where the ring must never be full");
        }
        return first;
    }

    /**
     * Producer only: the event in a claimed, not yet published slot, to be filled in place.
     *
     * @param sequence a sequence returned by {@link #tryClaim} or {@link #claim} and not yet
     *        published
     * @return the slot's pre-allocated event
     * @throws IllegalArgumentException if {@code sequence} is not claimed-and-unpublished
     */
    public E event(long sequence) {
        if (!isClaimedUnpublished(sequence)) {
            throw notClaimed("event", sequence);
        }
        return eventAt(sequence);
    }

    /**
     * Producer only: publishes every claimed sequence up to and including {@code sequence}: one
     * store-release of the producer index, plus one per event's mark when the events extend
     * {@link RingEvent}.
     *
     * @param sequence a claimed, not yet published sequence
     * @throws IllegalArgumentException if {@code sequence} is not claimed-and-unpublished
     */
    public void publish(long sequence) {
        if (!isClaimedUnpublished(sequence)) {
            throw notClaimed("publish", sequence);
        }
        // Release, the only ordering on the producer's path: every write to the events up to
        // this sequence is ordered before the mark (self-publishing events) or the index that
        // lets the consumer read them.
        if (selfPublishing) {
            // Release per event, last first: a consumer that sees the first event's mark then
            // sees every later mark of the batch too, so it takes the whole batch in one poll
            // instead of racing the producer mark by mark over shared lines.
            final RingEvent[] marks = this.marks;
            final int mask = marks.length - 1;
            for (long s = sequence; s >= producerPublished; s--) {
                marks[(int) s & mask].publishAs(s);
            }
        }
        producerPublished = sequence + 1;
        // The index too, for size() and isEmpty(); the self-publishing consumer never reads it,
        // so this line stays in the producer's cache.
        soProducerIndex(sequence + 1);
    }

    /**
     * Consumer only: hands up to {@code limit} published events, oldest first, to
     * {@code handler} in place, then frees their slots with one store-release.
     *
     * @param handler receives each event; if it throws, that event and those before it count as
     *        consumed, the exception propagates and the rest stay available
     * @param limit maximum number of events to handle; {@code 0} does nothing
     * @return number of events handled (0 if none was published)
     * @throws IllegalArgumentException if {@code limit} is negative or {@code handler} is null
     *     (nothing is consumed)
     * @throws IllegalStateException if called from inside a handler of this ring's own poll
     */
    public int poll(EventHandler<? super E> handler, int limit) {
        if (handler == null) {
            // Before anything is consumed: a null handler would consume an event unseen.
            throw new IllegalArgumentException("handler is null");
        }
        if (polling) {
            // The outer poll has not advanced the index yet: the inner one would deliver the
            // same events again and then move the index backwards.
            throw new IllegalStateException("poll called from inside a handler of this ring's own poll");
        }
        polling = true;
        try {
            return pollBatch(handler, limit);
        } finally {
            polling = false;
        }
    }

    private int pollBatch(EventHandler<? super E> handler, int limit) {
        if (limit <= 0) {
            if (limit < 0) {
                throw new IllegalArgumentException("limit must be >= 0, was " + limit);
            }
            return 0;
        }
        final long first = lpConsumerIndex();
        final Object[] buffer = this.buffer;
        final int mask = buffer.length - 1;
        long available = consumerLimit - first;
        if (available < limit) {
            if (selfPublishing) {
                // Acquire per event: each mark read as its own sequence says that event was fully
                // written; scanning stops at the first one not yet published.
                final RingEvent[] marks = this.marks;
                long next = first + available;
                while (available < limit && marks[(int) next & mask].isPublishedAs(next)) {
                    available++;
                    next++;
                }
                consumerLimit = next;
            } else {
                // Acquire: every event below the producer index read was fully written before it
                // was published, so the plain slot reads below see complete events.
                final long published = lvProducerIndex();
                consumerLimit = published;
                available = published - first;
            }
            if (available == 0) {
                return 0;
            }
        }
        if (available == 1 || limit == 1) {
            // One event: the pipeline's common case (a stage polls as soon as anything is
            // there), peeled out of the batch loop below: no loop, no end-of-batch bookkeeping.
            // In the single-thread offer+poll benchmark the loop cost about 0.8 ns of ~4.8.
            try {
                handler.onEvent(cast(buffer[(int) first & mask]), first, true);
            } finally {
                // Release, as below; the event counts as consumed even if the handler threw.
                soConsumerIndex(first + 1);
            }
            return 1;
        }
        // An int count (at most limit) rather than a long end: C2 treats an int-indexed loop as
        // a counted loop, a long-indexed one not always.
        final int count = (int) Math.min(available, limit);
        int handled = 0;
        try {
            do {
                final long sequence = first + handled;
                // Counted before the call: a handler that throws has consumed its event.
                handled++;
                handler.onEvent(cast(buffer[(int) sequence & mask]), sequence, handled == count);
            } while (handled < count);
        } finally {
            // Release: the handler's reads of these events happen before the producer can
            // claim their slots again. handled > 0 here: at least one event was handed over.
            soConsumerIndex(first + handled);
        }
        return handled;
    }

    /**
     * Consumer only: the sequence of the next event {@link #poll} hands over; every event before
     * it has been consumed, including one whose handler threw. A caller that counts consumed
     * events itself reads it after a poll that threw, to stay exact without a per-event cost.
     *
     * @return the number of events consumed since construction
     */
    public long consumerSequence() {
        return lpConsumerIndex();
    }

    /**
     * Any thread: number of published, unconsumed events at one recent instant (claimed but
     * unpublished slots are not counted).
     *
     * @return a value in {@code [0, capacity()]}
     */
    public int size() {
        return snapshotSize();
    }

    /**
     * Any thread: whether no published event was waiting at one recent instant. From the consumer
     * thread, {@code false} guarantees that the next {@link #poll} with a positive limit handles
     * at least one event.
     *
     * @return {@code true} if nothing was waiting
     */
    public boolean isEmpty() {
        return snapshotEmpty();
    }

    /**
     * Any thread: number of slots.
     *
     * @return the capacity given at construction
     */
    public int capacity() {
        return capacity;
    }

    @SuppressWarnings("unchecked") // only E is ever stored
    private static <E> E cast(Object event) {
        return (E) event;
    }

    @SuppressWarnings("unchecked") // only E is ever stored
    private E eventAt(long sequence) {
        final Object[] buffer = this.buffer;
        // Mask from the array's own length: lets the JIT prove the index in bounds.
        return (E) buffer[(int) sequence & (buffer.length - 1)];
    }

    /**
     * {@code published <= sequence < claimed}, read from the producer's private line (its own
     * copy of the published index, not the shared line the consumer polls), as two plain signed
     * compares: both indices start at 0 and grow by one per event, so they never overflow. Not
     * {@code Long.compareUnsigned}: on JDK 17 C2 compiles it to a three-way compare, and event()
     * plus publish() paying that twice cost about 1 ns of a 5 ns single-thread claim+publish+poll.
     */
    private boolean isClaimedUnpublished(long sequence) {
        return sequence >= producerPublished && sequence < producerClaimIndex;
    }

    private IllegalArgumentException notClaimed(String method, long sequence) {
        return new IllegalArgumentException(method + "(" + sequence + "): sequence is not claimed and unpublished;"
            + " published up to " + producerPublished + ", claimed up to " + producerClaimIndex);
    }
}
