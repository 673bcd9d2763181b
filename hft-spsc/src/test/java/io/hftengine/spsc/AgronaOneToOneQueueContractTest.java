package io.hftengine.spsc;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.agrona.concurrent.OneToOneConcurrentArrayQueue;

/** The contract run against Agrona's OneToOneConcurrentArrayQueue; it has no fill, so fill offers one by one. */
class AgronaOneToOneQueueContractTest extends SpscQueueContract {
    @Override
    <T> TestQueue<T> newQueue(int capacity) {
        final OneToOneConcurrentArrayQueue<T> q = new OneToOneConcurrentArrayQueue<>(capacity);
        return new TestQueue<>() {
            @Override public boolean offer(T e) { return q.offer(e); }
            @Override public T poll() { return q.poll(); }
            @Override public T peek() { return q.peek(); }
            @Override public int size() { return q.size(); }
            @Override public boolean isEmpty() { return q.isEmpty(); }
            @Override public int capacity() { return q.capacity(); }
            @Override public int drain(Consumer<T> c) { return q.drain(c); }
            @Override public int fill(Supplier<T> s) { return fill(s, q.capacity()); }
            @Override public boolean relaxedOffer(T e) { return q.offer(e); }
            @Override public T relaxedPoll() { return q.poll(); }
            @Override public T relaxedPeek() { return q.peek(); }
            @Override public void clear() { q.clear(); }
            @Override public String describe() { return q.toString(); }
            @Override public int drain(Consumer<T> c, int limit) { return q.drain(c, limit); }

            @Override
            public int fill(Supplier<T> s, int limit) {
                int filled = 0;
                while (filled < limit && q.remainingCapacity() > 0) {
                    q.offer(s.get());
                    filled++;
                }
                return filled;
            }
        };
    }
}
