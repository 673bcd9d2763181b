package io.hftengine.bench.spsc;

import java.util.ArrayList;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.function.Consumer;
import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import com.lmax.disruptor.BusySpinWaitStrategy;
import com.lmax.disruptor.EventPoller;
import com.lmax.disruptor.RingBuffer;
import io.hftengine.spsc.EventHandler;
import io.hftengine.spsc.RingEvent;
import io.hftengine.spsc.SpscEventRing;
import io.hftengine.spsc.SpscQueue;
import org.agrona.concurrent.OneToOneConcurrentArrayQueue;
import org.jctools.queues.SpscArrayQueue;

/** Builds a {@link QueueFace} by name; the names are the benchmarks' {@code impl} parameter values. */
final class Faces {
    /** The message reference queues carry: one constant, so nothing allocates per message. */
    static final Object TOKEN = new Object();

    private Faces() {
    }

    /**
     * A pre-allocated event for the event rings. A {@link RingEvent}, so our ring publishes
     * through its mark; the other faces ignore that field (every face carries the same object
     * size, so false sharing between neighbouring events is the same for all).
     */
    static final class LongEvent extends RingEvent {
        long value;
    }

    /** The same event without the mark: our ring then publishes through its producer index. */
    static final class PlainLongEvent {
        long value;
        long unusedKeepsTheSameSize;
    }

    static QueueFace create(String impl, int capacity) {
        switch (impl) {
            case "SpscQueue": return new Ours(capacity);
            case "SpscEventRing":
                return new OursEvents<LongEvent>(capacity, LongEvent::new, (e, v) -> e.value = v, e -> e.value);
            case "SpscEventRingIndexed":
                return new OursEvents<PlainLongEvent>(capacity, PlainLongEvent::new, (e, v) -> e.value = v, e -> e.value);
            case "JCTools": return new Jctools(capacity);
            case "JCToolsEvents": return new JctoolsEvents(capacity);
            case "Agrona": return new Agrona(capacity);
            case "Disruptor": return new Disruptor(capacity);
            case "ArrayBlockingQueue": return new Abq(capacity);
            case "UnpaddedSpscQueue": return new Unpadded(capacity);
            default: throw new IllegalArgumentException("unknown impl " + impl);
        }
    }

    static final class Ours implements QueueFace {
        final SpscQueue<Object> q;
        final Supplier<Object> supplier = () -> TOKEN;
        final Consumer<Object> sink = o -> { };

        Ours(int capacity) {
            q = new SpscQueue<>(capacity);
        }

        @Override public boolean offer() { return q.offer(TOKEN); }
        @Override public boolean poll() { return q.poll() != null; }
        @Override public int fill(int limit) { return q.fill(supplier, limit); }
        @Override public int drain(int limit) { return q.drain(sink, limit); }
    }

    /**
     * Our event ring over either event type: with {@link LongEvent} it publishes through the
     * events' marks, with {@link PlainLongEvent} through its producer index.
     */
    static final class OursEvents<T> implements QueueFace, EventHandler<T> {
        final SpscEventRing<T> ring;
        final ObjLongConsumer<T> write;
        final ToLongFunction<T> read;
        /** Per-message state of each side, each on its own lines (see {@link SideState}). */
        final SideState producer = new SideState();
        final SideState consumer = new SideState();

        OursEvents(int capacity, Supplier<T> events, ObjLongConsumer<T> write, ToLongFunction<T> read) {
            ring = new SpscEventRing<>(capacity, events);
            this.write = write;
            this.read = read;
        }

        @Override
        public boolean offer() {
            final long seq = ring.tryClaim();
            if (seq < 0) {
                return false;
            }
            write.accept(ring.event(seq), producer.count++);
            ring.publish(seq);
            return true;
        }

        /** One batch claim, fill in place, one publish; one by one only when the ring is nearly full. */
        @Override
        public int fill(int limit) {
            final long first = ring.tryClaim(limit);
            if (first < 0) {
                return fillOneByOne(limit);
            }
            final long end = first + limit;
            for (long seq = first; seq < end; seq++) {
                write.accept(ring.event(seq), producer.count++);
            }
            ring.publish(end - 1);
            return limit;
        }

        private int fillOneByOne(int limit) {
            long last = -1;
            int n = 0;
            for (long seq; n < limit && (seq = ring.tryClaim()) >= 0; n++) {
                write.accept(ring.event(seq), producer.count++);
                last = seq;
            }
            if (last >= 0) {
                ring.publish(last);
            }
            return n;
        }

        @Override public boolean poll() { return ring.poll(this, 1) != 0; }
        @Override public int drain(int limit) { return ring.poll(this, limit); }

        @Override
        public void onEvent(T event, long sequence, boolean endOfBatch) {
            consumer.value = read.applyAsLong(event);
        }
    }

    static final class Jctools implements QueueFace {
        final SpscArrayQueue<Object> q;
        final org.jctools.queues.MessagePassingQueue.Supplier<Object> supplier = () -> TOKEN;
        final org.jctools.queues.MessagePassingQueue.Consumer<Object> sink = o -> { };

        Jctools(int capacity) {
            q = new SpscArrayQueue<>(capacity);
        }

        @Override public boolean offer() { return q.offer(TOKEN); }
        @Override public boolean poll() { return q.poll() != null; }
        @Override public int fill(int limit) { return q.fill(supplier, limit); }
        @Override public int drain(int limit) { return q.drain(sink, limit); }
    }

    /**
     * JCTools carrying the same data as the event rings: the producer writes a counter into a
     * pre-allocated {@link LongEvent} from a pool and offers that reference; the consumer reads
     * it back. The like-for-like peer of {@code SpscEventRing}: the reference faces above pass
     * one constant object, so no event data crosses between the cores. The pool holds twice the
     * capacity, so an event is rewritten only once the consumer has long since polled it.
     */
    static final class JctoolsEvents implements QueueFace {
        final SpscArrayQueue<LongEvent> q;
        final LongEvent[] pool;
        final int poolMask;
        final org.jctools.queues.MessagePassingQueue.Supplier<LongEvent> supplier = this::next;
        final org.jctools.queues.MessagePassingQueue.Consumer<LongEvent> sink = this::read;
        /** Per-message state of each side, each on its own lines (see {@link SideState}). */
        final SideState producer = new SideState();
        final SideState consumer = new SideState();

        JctoolsEvents(int capacity) {
            q = new SpscArrayQueue<>(capacity);
            pool = new LongEvent[capacity * 2];
            for (int i = 0; i < pool.length; i++) {
                pool[i] = new LongEvent();
            }
            poolMask = pool.length - 1;
        }

        private LongEvent next() {
            final long produced = producer.count++;
            final LongEvent event = pool[(int) produced & poolMask];
            event.value = produced;
            return event;
        }

        private void read(LongEvent event) {
            consumer.value = event.value;
        }

        @Override
        public boolean offer() {
            final long produced = producer.count;
            final LongEvent event = pool[(int) produced & poolMask];
            event.value = produced;
            if (!q.offer(event)) {
                return false;
            }
            producer.count = produced + 1;
            return true;
        }

        @Override
        public boolean poll() {
            final LongEvent event = q.poll();
            if (event == null) {
                return false;
            }
            consumer.value = event.value;
            return true;
        }

        @Override public int fill(int limit) { return q.fill(supplier, limit); }
        @Override public int drain(int limit) { return q.drain(sink, limit); }
    }

    static final class Agrona implements QueueFace {
        final OneToOneConcurrentArrayQueue<Object> q;
        final Consumer<Object> sink = o -> { };

        Agrona(int capacity) {
            q = new OneToOneConcurrentArrayQueue<>(capacity);
        }

        @Override public boolean offer() { return q.offer(TOKEN); }
        @Override public boolean poll() { return q.poll() != null; }
        @Override public int drain(int limit) { return q.drain(sink, limit); }

        /** Agrona has no batch fill: offers one by one (each its own ordered store). */
        @Override
        public int fill(int limit) {
            int n = 0;
            while (n < limit && q.offer(TOKEN)) {
                n++;
            }
            return n;
        }
    }

    static final class Abq implements QueueFace {
        final ArrayBlockingQueue<Object> q;
        final ArrayList<Object> drained;

        Abq(int capacity) {
            q = new ArrayBlockingQueue<>(capacity);
            drained = new ArrayList<>(capacity);
        }

        @Override public boolean offer() { return q.offer(TOKEN); }
        @Override public boolean poll() { return q.poll() != null; }

        @Override
        public int fill(int limit) {
            int n = 0;
            while (n < limit && q.offer(TOKEN)) {
                n++;
            }
            return n;
        }

        @Override
        public int drain(int limit) {
            final int n = q.drainTo(drained, limit);
            drained.clear();
            return n;
        }
    }

    /** LMAX Disruptor: single-producer ring, busy-spin wait strategy, pull-style EventPoller consumer. */
    static final class Disruptor implements QueueFace, EventPoller.Handler<LongEvent> {
        final RingBuffer<LongEvent> ring;
        final EventPoller<LongEvent> poller;
        /** Per-message state of each side, each on its own lines (see {@link SideState}). */
        final SideState producer = new SideState();
        final SideState consumer = new SideState();

        Disruptor(int capacity) {
            ring = RingBuffer.createSingleProducer(LongEvent::new, capacity, new BusySpinWaitStrategy());
            poller = ring.newPoller();
            ring.addGatingSequences(poller.getSequence());
        }

        @Override
        public boolean offer() {
            if (!ring.hasAvailableCapacity(1)) {
                return false;
            }
            final long seq = ring.next();
            ring.get(seq).value = producer.count++;
            ring.publish(seq);
            return true;
        }

        @Override
        public int fill(int limit) {
            int n = limit;
            while (n > 0 && !ring.hasAvailableCapacity(n)) {
                n >>= 1;
            }
            if (n == 0) {
                return 0;
            }
            final long hi = ring.next(n);
            final long lo = hi - n + 1;
            for (long s = lo; s <= hi; s++) {
                ring.get(s).value = producer.count++;
            }
            ring.publish(lo, hi);
            return n;
        }

        @Override public boolean poll() { return drain(1) != 0; }

        @Override
        public int drain(int limit) {
            final SideState consumer = this.consumer;
            consumer.handled = 0;
            consumer.limit = limit;
            try {
                poller.poll(this);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return consumer.handled;
        }

        @Override
        public boolean onEvent(LongEvent event, long sequence, boolean endOfBatch) {
            final SideState consumer = this.consumer;
            consumer.value = event.value;
            return ++consumer.handled < consumer.limit;
        }
    }

    static final class Unpadded implements QueueFace {
        final UnpaddedSpscQueue<Object> q;

        Unpadded(int capacity) {
            q = new UnpaddedSpscQueue<>(capacity);
        }

        @Override public boolean offer() { return q.offer(TOKEN); }
        @Override public boolean poll() { return q.poll() != null; }

        @Override
        public int fill(int limit) {
            int n = 0;
            while (n < limit && q.offer(TOKEN)) {
                n++;
            }
            return n;
        }

        @Override
        public int drain(int limit) {
            int n = 0;
            while (n < limit && q.poll() != null) {
                n++;
            }
            return n;
        }
    }
}
