package io.hftengine.bench.spsc;

import java.util.ArrayList;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.lmax.disruptor.BusySpinWaitStrategy;
import com.lmax.disruptor.EventPoller;
import com.lmax.disruptor.RingBuffer;
import io.hftengine.spsc.EventHandler;
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

    /** A pre-allocated event for the event rings. */
    static final class LongEvent {
        long value;
    }

    static QueueFace create(String impl, int capacity) {
        switch (impl) {
            case "SpscQueue": return new Ours(capacity);
            case "SpscEventRing": return new OursEvents(capacity);
            case "JCTools": return new Jctools(capacity);
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

    static final class OursEvents implements QueueFace, EventHandler<LongEvent> {
        final SpscEventRing<LongEvent> ring;
        long produced;
        long consumed;

        OursEvents(int capacity) {
            ring = new SpscEventRing<>(capacity, LongEvent::new);
        }

        @Override
        public boolean offer() {
            final long seq = ring.tryClaim();
            if (seq < 0) {
                return false;
            }
            ring.event(seq).value = produced++;
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
                ring.event(seq).value = produced++;
            }
            ring.publish(end - 1);
            return limit;
        }

        private int fillOneByOne(int limit) {
            long last = -1;
            int n = 0;
            for (long seq; n < limit && (seq = ring.tryClaim()) >= 0; n++) {
                ring.event(seq).value = produced++;
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
        public void onEvent(LongEvent event, long sequence, boolean endOfBatch) {
            consumed = event.value;
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
        long produced;
        long consumed;
        int handled;
        int pollLimit;

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
            ring.get(seq).value = produced++;
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
                ring.get(s).value = produced++;
            }
            ring.publish(lo, hi);
            return n;
        }

        @Override public boolean poll() { return drain(1) != 0; }

        @Override
        public int drain(int limit) {
            handled = 0;
            pollLimit = limit;
            try {
                poller.poll(this);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return handled;
        }

        @Override
        public boolean onEvent(LongEvent event, long sequence, boolean endOfBatch) {
            consumed = event.value;
            return ++handled < pollLimit;
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
