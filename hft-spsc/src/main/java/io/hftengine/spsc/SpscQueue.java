package io.hftengine.spsc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Queue;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Bounded lock-free queue of references for exactly one producer thread and one consumer thread,
 * with the shape of JCTools' {@code SpscArrayQueue}.
 *
 * <p><b>Threads.</b> Producer only: {@link #offer}, {@link #put}, {@link #fill}. Consumer only:
 * {@link #poll}, {@link #peek}, {@link #drain}. Any thread: {@link #size}, {@link #isEmpty},
 * {@link #capacity} (a snapshot, stale as soon as it returns). Calling a producer method from two
 * threads at once, or a consumer method from two threads at once, breaks the queue; nothing checks.
 *
 * <p><b>Ordering.</b> Elements are delivered exactly once, in offer order. Everything the producer
 * wrote before offering an element happens-before the consumer's poll that returns it.
 *
 * <p><b>Cost.</b> Nothing allocates after construction. {@link #poll} and {@link #peek} learn
 * that an element is there from its slot alone (non-null), never from the producer's index; the
 * producer, when its cached limit runs out, probes a slot a quarter of the ring ahead (or a batch
 * ahead) for null instead of reading the consumer's index; {@link #fill} reads that index only
 * when the queue is nearly full. Each element and each index advance is
 * a store-release (a plain store on x86); {@link #fill} and {@link #drain} advance the index once
 * per batch.
 *
 * <p><b>{@link Queue}.</b> It is a {@code java.util.Queue}, as JCTools' queue is, so code and
 * test suites written against that interface run on it unchanged. The same thread rules apply:
 * {@link #add} and {@link #addAll} are producer methods; {@link #remove()}, {@link #element} and
 * {@link #clear} consumer methods. {@link #iterator}, {@link #contains}, {@link #toArray()} and
 * {@link #containsAll} may run on any thread and are weakly consistent: they see a best-effort
 * snapshot, never an element twice, and may miss elements the consumer takes meanwhile; they
 * allocate, so keep them off hot paths. Removing an arbitrary element ({@link #remove(Object)},
 * {@link #removeAll}, {@link #retainAll}, {@code Iterator.remove}) is not supported: only the
 * consumer takes elements, from the head.
 *
 * <p><b>Where it differs from JCTools' {@code SpscArrayQueue}, on purpose.</b> The capacity is
 * exactly the one given: a power of two in {@code [1, 2^30]} (1 and 2 included), any other value
 * refused with a message naming the next power of two, where JCTools rounds up silently (to at
 * least 4). The indices are 64-bit counts from 0 compared as signed numbers: they do not wrap past
 * {@code Long.MAX_VALUE} as JCTools' do (its {@code shouldWorkAfterWrap} test), which at a billion
 * elements a second would take 292 years. It is not a {@code MessagePassingQueue}: the
 * wait-strategy {@code drain}/{@code fill} overloads are absent. {@link #relaxedOffer} never fails
 * on a queue that is not full; the iterator never returns an element twice; a {@link #drain} whose
 * consumer polls goes on from the live head.
 *
 * @param <E> element type; {@code null} is rejected
 */
public final class SpscQueue<E> extends RingTailPad implements Queue<E> {

    /**
     * Creates an empty queue.
     *
     * @param capacity number of slots; a power of two in {@code [1, 2^30]}
     * @throws IllegalArgumentException if {@code capacity} is not such a power of two
     */
    public SpscQueue(int capacity) {
        super(requirePowerOfTwo(capacity), new Object[requirePowerOfTwo(capacity)]);
    }

    /**
     * Producer only: appends an element if there is room.
     *
     * @param element element to append
     * @return {@code true} if appended, {@code false} if the queue was full (nothing changed)
     * @throws NullPointerException if {@code element} is null
     */
    @Override
    public boolean offer(E element) {
        if (element == null) {
            throw new NullPointerException("element");
        }
        // Locals: one load of each field, and a mask derived from the array's own length, which
        // lets the JIT prove the index in bounds and drop the range check.
        final Object[] buffer = this.buffer;
        final int mask = buffer.length - 1;
        final long index = lpProducerIndex();
        if (index >= producerLimit && !probeProducerLimit(buffer, mask, index)) {
            return false;
        }
        // Release: the element's contents are visible to a consumer that load-acquires the slot
        // (poll, peek, drain). The index store comes after the slot store, so a thread that sees
        // the index (size, isEmpty) also sees the slot.
        soSlot(buffer, (int) index & mask, element);
        soProducerIndex(index + 1);
        return true;
    }

    /**
     * Producer only, crash-only: appends an element on a path where a full queue is a bug (the
     * consumer has fallen behind further than the design allows).
     *
     * @param element element to append
     * @throws NullPointerException if {@code element} is null
     * @throws IllegalStateException if the queue is full; nothing is appended
     */
    public void put(E element) {
        if (!offer(element)) {
            throw new IllegalStateException("SpscQueue full (capacity " + capacity
                + "): put() is for paths where the queue must never be full; the consumer is not keeping up");
        }
    }

    /**
     * Producer only: appends up to {@code limit} elements taken from {@code supplier}, and
     * advances the producer index once for the batch. The supplier is called only for slots
     * known free. It runs on the producer thread inside this call, so it must not offer, put or
     * fill into this same queue: the batch's slots were counted before it ran, and an element it
     * appended would be overwritten by the batch (as with JCTools' {@code fill}).
     *
     * @param supplier source of elements; must not return {@code null}
     * @param limit maximum number of elements to append; {@code 0} does nothing
     * @return number of elements appended (0 if full)
     * @throws IllegalArgumentException if {@code limit} is negative or {@code supplier} is null
     *     (checked first, as JCTools does)
     * @throws NullPointerException if the supplier returns {@code null}; the elements supplied
     *         before it are published, the null is not stored
     */
    public int fill(Supplier<? extends E> supplier, int limit) {
        if (supplier == null) {
            throw new IllegalArgumentException("supplier is null");
        }
        if (limit <= 0) {
            return requireNonNegative(limit);
        }
        final Object[] buffer = this.buffer;
        final int mask = buffer.length - 1;
        final long index = lpProducerIndex();
        long free = producerLimit - index;
        if (free < limit) {
            free = probeBatchLimit(buffer, mask, index, limit);
        }
        final int count = (int) Math.max(0, Math.min(free, limit));
        int filled = 0;
        try {
            while (filled < count) {
                final E element = Objects.requireNonNull(supplier.get(), "supplier returned null");
                // Release per slot, not only per batch: poll and drain learn of an element from
                // its slot alone, so each slot carries its own publication (free on x86).
                soSlot(buffer, (int) (index + filled) & mask, element);
                filled++;
            }
        } finally {
            if (filled > 0) {
                soProducerIndex(index + filled);
            }
        }
        return filled;
    }

    /**
     * Consumer only: removes and returns the oldest element.
     *
     * @return the oldest element, or {@code null} if the queue is empty
     */
    @Override
    public E poll() {
        final Object[] buffer = this.buffer;
        final long index = lpConsumerIndex();
        final int offset = (int) index & (buffer.length - 1);
        // The slot itself says whether the element at this index is published: the consumer
        // nulled it when it consumed index - capacity, and the producer writes it (release) only
        // after seeing that null. Non-null therefore means the element of exactly this index,
        // fully written (acquire pairs with the producer's release). No producer-index read.
        final Object element = lvSlot(buffer, offset);
        if (element == null) {
            return null;
        }
        // Release: our read of the element is ordered before the producer can see the slot free
        // (it probes slots for null) and before it can see the consumer index advance.
        soSlot(buffer, offset, null);
        soConsumerIndex(index + 1);
        return cast(element);
    }

    /**
     * Consumer only: returns the oldest element without removing it.
     *
     * @return the oldest element, or {@code null} if the queue is empty
     */
    @Override
    public E peek() {
        final Object[] buffer = this.buffer;
        // Same argument as poll: a non-null slot at the consumer index is that index's element.
        return cast(lvSlot(buffer, (int) lpConsumerIndex() & (buffer.length - 1)));
    }

    /**
     * Consumer only: removes up to {@code limit} elements, handing each to {@code consumer} in
     * order, and advances the consumer index element by element, before each is handed over.
     *
     * @param consumer receives each element; if it throws, that element and those before it
     *        count as consumed, the exception propagates and the rest stay queued. It may itself
     *        poll, peek or drain this queue (it runs on the consumer thread): the batch then goes
     *        on, in order, from the first element those calls left
     * @param limit maximum number of elements to remove; {@code 0} does nothing
     * @return number of elements this call handed to {@code consumer} (0 if empty)
     * @throws IllegalArgumentException if {@code limit} is negative or {@code consumer} is null
     *     (checked before anything is taken, as JCTools does)
     */
    public int drain(Consumer<? super E> consumer, int limit) {
        if (consumer == null) {
            // Before anything is taken, as JCTools does: a null consumer would lose an element.
            throw new IllegalArgumentException("consumer is null");
        }
        if (limit <= 0) {
            return requireNonNegative(limit);
        }
        final Object[] buffer = this.buffer;
        final int mask = buffer.length - 1;
        int drained = 0;
        while (drained < limit) {
            // The live index, re-read per element (a plain load of our own field): the consumer
            // may poll or drain from its callback, and a copy taken at the start would then name
            // a slot already consumed, which the producer may have refilled with a newer element
            // (delivered ahead of older ones, some of which were then lost for good).
            final long index = lpConsumerIndex();
            final int offset = (int) index & mask;
            // As in poll: the slot alone says whether the element is published, so a batch
            // never reads the producer's index line, which the producer writes every batch.
            final Object element = lvSlot(buffer, offset);
            if (element == null) {
                break;
            }
            // Release per slot: the producer may probe this slot for null and must not reuse it
            // before our read above.
            soSlot(buffer, offset, null);
            drained++;
            // The index moves before the consumer sees the element, as in JCTools and Agrona: a
            // consumer that peeks, polls or asks the size from its callback sees the live queue
            // (with the index moved once per batch it saw the batch's start, and a poll from the
            // callback could deliver out of order). An element whose consumer throws is consumed.
            soConsumerIndex(index + 1);
            consumer.accept(cast(element));
        }
        return drained;
    }

    /**
     * Any thread: number of elements queued at one recent instant, in {@code [0, capacity()]}.
     * While a {@link #fill} is under way it may count too few (fill advances the index once, after
     * its slots, and the consumer may take those slots first), as in JCTools.
     *
     * @return the number of queued elements
     */
    @Override
    public int size() {
        return snapshotSize();
    }

    /**
     * Any thread: whether the indices said empty at one recent instant. From the consumer thread,
     * {@code false} guarantees that the next {@link #poll} returns an element; {@code true} while
     * a {@link #fill} is under way may precede a successful poll (fill stores its slots before it
     * advances the index once for the batch), as it may in JCTools.
     *
     * @return {@code true} if no element was queued
     */
    @Override
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

    /**
     * Producer only: the same as {@link #offer}, under the name JCTools' {@code MessagePassingQueue}
     * gives it (whose relaxed offer may fail on a queue that is not full; ours never does).
     *
     * @param element element to append
     * @return {@code true} if appended, {@code false} if the queue was full
     * @throws NullPointerException if {@code element} is null
     */
    public boolean relaxedOffer(E element) {
        return offer(element);
    }

    /**
     * Consumer only: the same as {@link #poll}, under JCTools' name for it. Ours learns of an
     * element from its slot alone, as JCTools' relaxed poll does; from the consumer thread it
     * returns {@code null} only when no element is published.
     *
     * @return the oldest element, or {@code null} if the queue is empty
     */
    public E relaxedPoll() {
        return poll();
    }

    /**
     * Consumer only: the same as {@link #peek}, under JCTools' name for it.
     *
     * @return the oldest element, or {@code null} if the queue is empty
     */
    public E relaxedPeek() {
        return peek();
    }

    /**
     * Consumer only: removes every element published now, in order, as JCTools'
     * {@code drain(Consumer)} does: at most one capacity's worth, so a producer that keeps up
     * cannot hold the consumer here.
     *
     * @param consumer receives each element
     * @return number of elements removed
     */
    public int drain(Consumer<? super E> consumer) {
        return drain(consumer, capacity);
    }

    /**
     * Producer only: appends elements from {@code supplier} until the queue is full, as JCTools'
     * {@code fill(Supplier)} does: at most one capacity's worth.
     *
     * @param supplier source of elements; must not return {@code null}
     * @return number of elements appended
     */
    public int fill(Supplier<? extends E> supplier) {
        return fill(supplier, capacity);
    }

    /**
     * Producer only: appends an element, as {@link Queue#add} specifies.
     *
     * @param element element to append
     * @return {@code true}
     * @throws IllegalStateException if the queue is full; nothing is appended
     * @throws NullPointerException if {@code element} is null
     */
    @Override
    public boolean add(E element) {
        if (offer(element)) {
            return true;
        }
        throw new IllegalStateException("SpscQueue full (capacity " + capacity + ")");
    }

    /**
     * Producer only: appends every element of {@code elements}, in its iteration order, until one
     * does not fit.
     *
     * @param elements elements to append; not this queue
     * @return {@code true} if any element was appended
     * @throws IllegalStateException if the queue fills up; the elements before that one are
     *         appended
     * @throws NullPointerException if {@code elements} or one of its elements is null
     * @throws IllegalArgumentException if {@code elements} is this queue
     */
    @Override
    public boolean addAll(Collection<? extends E> elements) {
        if (elements == this) {
            throw new IllegalArgumentException("a queue cannot be added to itself");
        }
        boolean changed = false;
        for (final E element : elements) {
            changed |= add(element);
        }
        return changed;
    }

    /**
     * Consumer only: removes and returns the oldest element, as {@link Queue#remove()} specifies.
     *
     * @return the oldest element
     * @throws NoSuchElementException if the queue is empty
     */
    @Override
    public E remove() {
        final E element = poll();
        if (element == null) {
            throw new NoSuchElementException("SpscQueue empty");
        }
        return element;
    }

    /**
     * Consumer only: returns the oldest element without removing it, as {@link Queue#element}
     * specifies.
     *
     * @return the oldest element
     * @throws NoSuchElementException if the queue is empty
     */
    @Override
    public E element() {
        final E element = peek();
        if (element == null) {
            throw new NoSuchElementException("SpscQueue empty");
        }
        return element;
    }

    /**
     * Consumer only: removes every element queued now (and any the producer adds meanwhile).
     */
    @Override
    public void clear() {
        while (poll() != null) {
            // each poll frees a slot for the producer at once
        }
    }

    /**
     * A weakly consistent spliterator, like {@link #iterator()}: ordered, non-null, concurrent,
     * not sized (the inherited one took {@link #size()} as exact, and a stream's {@code toArray}
     * threw when the queue moved under it).
     *
     * @return a spliterator over the elements, oldest first
     */
    @Override
    public java.util.Spliterator<E> spliterator() {
        return java.util.Spliterators.spliteratorUnknownSize(iterator(),
            java.util.Spliterator.ORDERED | java.util.Spliterator.NONNULL | java.util.Spliterator.CONCURRENT);
    }

    /**
     * Any thread: a weakly consistent iterator over the elements queued when it was created,
     * oldest first; it may miss elements consumed while it runs and never returns one twice.
     * {@code remove} is not supported.
     *
     * @return a new iterator
     */
    @Override
    public Iterator<E> iterator() {
        final long start = lvConsumerIndex();
        // At most one lap: mid-drain the consumer index lags the slots already emptied, and the
        // producer may have refilled them, so the raw range can span more than the capacity.
        return new WeakIterator<>(buffer, start, Math.min(lvProducerIndex(), start + capacity));
    }

    /**
     * Any thread, weakly consistent: whether an element equal to {@code o} is queued.
     *
     * @param o the element to look for
     * @return {@code true} if found
     */
    @Override
    public boolean contains(Object o) {
        if (o == null) {
            return false;
        }
        for (final E element : this) {
            if (o.equals(element)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Any thread, weakly consistent: whether every element of {@code c} is queued.
     *
     * @param c the elements to look for
     * @return {@code true} if all are found
     */
    @Override
    public boolean containsAll(Collection<?> c) {
        for (final Object o : c) {
            if (!contains(o)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Any thread, weakly consistent: the queued elements, oldest first.
     *
     * @return a new array
     */
    @Override
    public Object[] toArray() {
        return snapshot().toArray();
    }

    /**
     * Any thread, weakly consistent: the queued elements, oldest first, as {@link
     * Collection#toArray(Object[])} specifies.
     *
     * @param a the array to fill if big enough
     * @param <T> the array's component type
     * @return {@code a} or a new array of its type
     */
    @Override
    public <T> T[] toArray(T[] a) {
        return snapshot().toArray(a);
    }

    private List<E> snapshot() {
        final List<E> elements = new ArrayList<>();
        for (final E element : this) {
            elements.add(element);
        }
        return elements;
    }

    /**
     * Not supported: only the consumer takes elements, and only from the head.
     *
     * @throws UnsupportedOperationException always
     */
    @Override
    public boolean remove(Object o) {
        throw headOnly();
    }

    /**
     * Not supported: only the consumer takes elements, and only from the head.
     *
     * @throws UnsupportedOperationException always
     */
    @Override
    public boolean removeAll(Collection<?> c) {
        throw headOnly();
    }

    /**
     * Not supported: only the consumer takes elements, and only from the head.
     *
     * @throws UnsupportedOperationException always
     */
    @Override
    public boolean retainAll(Collection<?> c) {
        throw headOnly();
    }

    /**
     * Describes the queue without walking it (safe from any thread, allocation aside).
     *
     * @return class, size and capacity
     */
    @Override
    public String toString() {
        return "SpscQueue[size=" + size() + ", capacity=" + capacity + "]";
    }

    /**
     * Offer's slow path, when the cached limit is exhausted: probes slots rather than the
     * consumer index (a line the consumer writes on every poll). A null slot at
     * {@code index + k} means the consumer has consumed {@code index + k - capacity} and, in
     * order, everything before it; so every index up to {@code index + k} may be written.
     *
     * @return whether {@code index} may now be written
     */
    private boolean probeProducerLimit(Object[] buffer, int mask, long index) {
        final int step = lookAheadStep;
        if (step > 0 && lvSlot(buffer, (int) (index + step) & mask) == null) {
            producerLimit = index + step;
            return true;
        }
        if (lvSlot(buffer, (int) index & mask) == null) {
            producerLimit = index + 1;
            return true;
        }
        return false;
    }

    /**
     * Fill's slow path, when the cached limit leaves fewer than {@code wanted} slots. Probes
     * slots first, as {@link #probeProducerLimit} does (a null slot at {@code index + k} frees
     * every slot up to it): a whole look-ahead step, then the batch's last slot. Only when both
     * are taken (the queue is nearly full) does it read the consumer index, for the exact room,
     * so a batch is never cut shorter than the free space.
     *
     * @return the number of slots from {@code index} the producer may now write ({@code <= 0}
     *     when the queue is full)
     */
    private long probeBatchLimit(Object[] buffer, int mask, long index, int wanted) {
        final int step = Math.min(capacity, Math.max(wanted, lookAheadStep));
        final int batch = Math.min(capacity, wanted);
        if (lvSlot(buffer, (int) (index + step - 1) & mask) == null) {
            producerLimit = index + step;
        } else if (batch < step && lvSlot(buffer, (int) (index + batch - 1) & mask) == null) {
            producerLimit = index + batch;
        } else {
            // Never lower the limit: a drain frees slots before it advances the consumer index.
            producerLimit = Math.max(producerLimit, lvConsumerIndex() + capacity);
        }
        return producerLimit - index;
    }

    private static UnsupportedOperationException headOnly() {
        return new UnsupportedOperationException("SpscQueue removes only from the head (poll)");
    }

    @SuppressWarnings("unchecked") // only E is ever stored
    private static <E> E cast(Object element) {
        return (E) element;
    }

    private static int requireNonNegative(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0, was " + limit);
        }
        return 0;
    }
}
