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

    static StressQueue ours(int capacity) {
        final SpscQueue<Payload> q = new SpscQueue<>(capacity);
        return new StressQueue() {
            @Override public boolean offer(Payload p) { return q.offer(p); }
            @Override public Payload poll() { return q.poll(); }
            @Override public boolean isEmpty() { return q.isEmpty(); }
            @Override public int size() { return q.size(); }
            @Override public int capacity() { return q.capacity(); }
        };
    }

    /** JCTools rounds capacities below 4 up to 4. */
    static StressQueue jctools(int capacity) {
        final SpscArrayQueue<Payload> q = new SpscArrayQueue<>(capacity);
        return new StressQueue() {
            @Override public boolean offer(Payload p) { return q.offer(p); }
            @Override public Payload poll() { return q.poll(); }
            @Override public boolean isEmpty() { return q.isEmpty(); }
            @Override public int size() { return q.size(); }
            @Override public int capacity() { return q.capacity(); }
        };
    }

    static StressQueue agrona(int capacity) {
        final OneToOneConcurrentArrayQueue<Payload> q = new OneToOneConcurrentArrayQueue<>(capacity);
        return new StressQueue() {
            @Override public boolean offer(Payload p) { return q.offer(p); }
            @Override public Payload poll() { return q.poll(); }
            @Override public boolean isEmpty() { return q.isEmpty(); }
            @Override public int size() { return q.size(); }
            @Override public int capacity() { return q.capacity(); }
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
