package io.hftengine.spsc;

import java.util.function.Consumer;
import java.util.function.Supplier;

class OurSpscQueueContractTest extends SpscQueueContract {
    @Override
    <T> TestQueue<T> newQueue(int capacity) {
        final SpscQueue<T> q = new SpscQueue<>(capacity);
        return new TestQueue<>() {
            @Override public boolean offer(T e) { return q.offer(e); }
            @Override public T poll() { return q.poll(); }
            @Override public T peek() { return q.peek(); }
            @Override public int size() { return q.size(); }
            @Override public boolean isEmpty() { return q.isEmpty(); }
            @Override public int capacity() { return q.capacity(); }
            @Override public int drain(Consumer<T> c) { return q.drain(c); }
            @Override public int fill(Supplier<T> s) { return q.fill(s); }
            @Override public boolean relaxedOffer(T e) { return q.relaxedOffer(e); }
            @Override public T relaxedPoll() { return q.relaxedPoll(); }
            @Override public T relaxedPeek() { return q.relaxedPeek(); }
            @Override public void clear() { q.clear(); }
            @Override public String describe() { return q.toString(); }
            @Override public int drain(Consumer<T> c, int limit) { return q.drain(c, limit); }
            @Override public int fill(Supplier<T> s, int limit) { return q.fill(s, limit); }
        };
    }
}
