package io.hftengine.stress.spsc;

import io.hftengine.spsc.SpscQueue;
import org.agrona.concurrent.OneToOneConcurrentArrayQueue;
import org.jctools.queues.SpscArrayQueue;

/**
 * The queue operations the shapes use, over each implementation. Each jcstress test runs in its
 * own fork, so every call site sees one implementation and the JIT inlines it.
 */
interface StressQueue {
    boolean offer(Payload p);

    Payload poll();

    boolean isEmpty();

    int size();

    int capacity();

    /**
     * Producer: appends up to {@code limit} of {@code src[from..]} as one batch where the
     * implementation has a batch fill; one offer at a time otherwise.
     *
     * @return how many were appended
     */
    default int fill(Payload[] src, int from, int limit) {
        int n = 0;
        while (n < limit && offer(src[from + n])) {
            n++;
        }
        return n;
    }

    /**
     * Consumer: removes up to {@code limit} elements into {@code dst[at..]} as one batch where
     * the implementation has a batch drain; one poll at a time otherwise.
     *
     * @return how many were removed
     */
    default int drain(Payload[] dst, int at, int limit) {
        int n = 0;
        Payload p;
        while (n < limit && (p = poll()) != null) {
            dst[at + n++] = p;
        }
        return n;
    }

    /** Source and sink for the batch calls: a cursor over the caller's arrays. */
    final class Cursor {
        Payload[] array;
        int next;

        Payload take() {
            return array[next++];
        }

        void put(Payload p) {
            array[next++] = p;
        }
    }

    static StressQueue ours(int capacity) {
        final SpscQueue<Payload> q = new SpscQueue<>(capacity);
        final Cursor in = new Cursor();
        final Cursor out = new Cursor();
        return new StressQueue() {
            @Override public boolean offer(Payload p) { return q.offer(p); }
            @Override public Payload poll() { return q.poll(); }
            @Override public boolean isEmpty() { return q.isEmpty(); }
            @Override public int size() { return q.size(); }
            @Override public int capacity() { return q.capacity(); }

            @Override
            public int fill(Payload[] src, int from, int limit) {
                in.array = src;
                in.next = from;
                return q.fill(in::take, limit);
            }

            @Override
            public int drain(Payload[] dst, int at, int limit) {
                out.array = dst;
                out.next = at;
                return q.drain(out::put, limit);
            }
        };
    }

    /** JCTools rounds capacities below 4 up to 4. */
    static StressQueue jctools(int capacity) {
        final SpscArrayQueue<Payload> q = new SpscArrayQueue<>(capacity);
        final Cursor in = new Cursor();
        final Cursor out = new Cursor();
        return new StressQueue() {
            @Override public boolean offer(Payload p) { return q.offer(p); }
            @Override public Payload poll() { return q.poll(); }
            @Override public boolean isEmpty() { return q.isEmpty(); }
            @Override public int size() { return q.size(); }
            @Override public int capacity() { return q.capacity(); }

            @Override
            public int fill(Payload[] src, int from, int limit) {
                in.array = src;
                in.next = from;
                return q.fill(in::take, limit);
            }

            @Override
            public int drain(Payload[] dst, int at, int limit) {
                out.array = dst;
                out.next = at;
                return q.drain(out::put, limit);
            }
        };
    }

    static StressQueue agrona(int capacity) {
        final OneToOneConcurrentArrayQueue<Payload> q = new OneToOneConcurrentArrayQueue<>(capacity);
        final Cursor out = new Cursor();
        return new StressQueue() {
            @Override public boolean offer(Payload p) { return q.offer(p); }
            @Override public Payload poll() { return q.poll(); }
            @Override public boolean isEmpty() { return q.isEmpty(); }
            @Override public int size() { return q.size(); }
            @Override public int capacity() { return q.capacity(); }

            /** Agrona has a batch drain but no batch fill. */
            @Override
            public int drain(Payload[] dst, int at, int limit) {
                out.array = dst;
                out.next = at;
                return q.drain(out::put, limit);
            }
        };
    }

    static StressQueue broken(int capacity, BrokenSpscRing.Flaw flaw) {
        final BrokenSpscRing q = new BrokenSpscRing(capacity, flaw);
        return new StressQueue() {
            @Override public boolean offer(Payload p) { return q.offer(p); }
            @Override public Payload poll() { return q.poll(); }
            @Override public boolean isEmpty() { return q.isEmpty(); }
            @Override public int size() { return q.size(); }
            @Override public int capacity() { return q.capacity(); }
        };
    }
}
