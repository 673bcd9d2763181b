package io.hftengine.spsc;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * {@link SpscQueue}'s iterator: walks the slots between the consumer and producer indices read at
 * creation (at most one lap), load-acquiring each, and skips slots the consumer has emptied
 * meanwhile. Each slot is visited at most once, so no element is returned twice; an element consumed while the walk runs may
 * be missed, and if the producer has wrapped onto a visited slot the walk may return that newer
 * element instead (the best effort JCTools' queues give too).
 */
final class WeakIterator<E> implements Iterator<E> {
    private final Object[] buffer;
    private final long end;
    private long index;
    private E next;

    WeakIterator(Object[] buffer, long start, long end) {
        this.buffer = buffer;
        this.end = end;
        this.index = start;
        this.next = advance();
    }

    @Override
    public boolean hasNext() {
        return next != null;
    }

    @Override
    public E next() {
        final E element = next;
        if (element == null) {
            throw new NoSuchElementException();
        }
        next = advance();
        return element;
    }

    @SuppressWarnings("unchecked") // the queue stores only E
    private E advance() {
        final int mask = buffer.length - 1;
        while (index < end) {
            final Object element = RingColdFields.lvSlot(buffer, (int) index++ & mask);
            if (element != null) {
                return (E) element;
            }
        }
        return null;
    }
}
