package io.hftengine.spsc;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.jctools.queues.SpscArrayQueue;

/** The contract run against JCTools' SpscArrayQueue (which rounds capacities below 4 up to 4). */
class JctoolsSpscArrayQueueContractTest extends SpscQueueContract {
    @Override
    TestQueue<Integer> newQueue(int capacity) {
        final SpscArrayQueue<Integer> q = new SpscArrayQueue<>(capacity);
        return new TestQueue<>() {
            @Override public boolean offer(Integer e) { return q.offer(e); }
            @Override public Integer poll() { return q.poll(); }
            @Override public Integer peek() { return q.peek(); }
            @Override public int size() { return q.size(); }
            @Override public boolean isEmpty() { return q.isEmpty(); }
            @Override public int capacity() { return q.capacity(); }
            @Override public int drain(Consumer<Integer> c, int limit) { return q.drain(c::accept, limit); }
            @Override public int fill(Supplier<Integer> s, int limit) { return q.fill(s::get, limit); }
        };
    }
}
