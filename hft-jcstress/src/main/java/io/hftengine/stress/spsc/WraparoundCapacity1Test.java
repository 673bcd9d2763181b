package io.hftengine.stress.spsc;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;

/**
 * Property: with capacity 1 the producer offers 12 elements without waiting while the consumer
 * polls 12 times; every accepted element arrives exactly once, in order, across several
 * wraparounds, and size() stays in [0, capacity] on both threads. (JCTools rounds capacities
 * below 4 up to 4, so it runs only in the capacity-4 variant.)
 */
public final class WraparoundCapacity1Test {
    private WraparoundCapacity1Test() {
    }

    /** The shape: state and actor bodies shared by every implementation below. */
    abstract static class Shape {
        final StressQueue q;

        Shape(StressQueue q) {
            this.q = q;
            init();
        }

        final Payload[] offered = new Payload[12];
        final Payload[] received = new Payload[2 * 12];
        int receivedCount;
        boolean sizeOutOfRange;

        void init() {
        }

        void produce() {
            for (int i = 0; i < 12; i++) {
                final Payload p = Payload.of(i, i);
                if (q.offer(p)) {
                    offered[i] = p;
                }
                checkSize();
            }
        }

        void consume() {
            // Bounded spin: keeps polling while the producer runs, so polls land right at
            // publication instants; stops after a fixed number of attempts, never waits forever.
            for (int i = 0; i < Spin.POLLS && receivedCount < 12; i++) {
                final Payload p = q.poll();
                if (p != null) {
                    received[receivedCount++] = p;
                }
                checkSize();
            }
        }

        void arbitrate(I_Result r) {
            Payload p;
            while (receivedCount < received.length && (p = q.poll()) != null) {
                received[receivedCount++] = p;
            }
            r.r1 = sizeOutOfRange ? 4 : Verdict.of(offered, received, receivedCount);
        }

        private void checkSize() {
            final int size = q.size();
            if (size < 0 || size > q.capacity()) {
                sizeOutOfRange = true;
            }
        }
    }

    /** Our SpscQueue. */
    @JCStressTest
    @Outcome(id = "0", expect = ACCEPTABLE, desc = "Every accepted element delivered exactly once, in order; size always in [0, capacity].")
    @Outcome(id = "1", expect = FORBIDDEN, desc = "LOST: an accepted element was never delivered.")
    @Outcome(id = "2", expect = FORBIDDEN, desc = "DUPLICATED or invented: more elements delivered than accepted.")
    @Outcome(id = "3", expect = FORBIDDEN, desc = "REORDERED or corrupted: delivery order differs from offer order.")
    @Outcome(id = "4", expect = FORBIDDEN, desc = "size() outside [0, capacity] while both sides moved.")
    @Outcome(expect = FORBIDDEN, desc = "Unexpected verdict.")
    @State
    public static class Ours extends Shape {
        public Ours() {
            super(StressQueue.ours(1));
        }

        @Actor
        public void producer() {
            produce();
        }

        @Actor
        public void consumer() {
            consume();
        }

        @Arbiter
        public void arbiter(I_Result r) {
            arbitrate(r);
        }
    }

    /** Agrona OneToOneConcurrentArrayQueue. */
    @JCStressTest
    @Outcome(id = "0", expect = ACCEPTABLE, desc = "Every accepted element delivered exactly once, in order; size always in [0, capacity].")
    @Outcome(id = "1", expect = FORBIDDEN, desc = "LOST: an accepted element was never delivered.")
    @Outcome(id = "2", expect = FORBIDDEN, desc = "DUPLICATED or invented: more elements delivered than accepted.")
    @Outcome(id = "3", expect = FORBIDDEN, desc = "REORDERED or corrupted: delivery order differs from offer order.")
    @Outcome(id = "4", expect = FORBIDDEN, desc = "size() outside [0, capacity] while both sides moved.")
    @Outcome(expect = FORBIDDEN, desc = "Unexpected verdict.")
    @State
    public static class Agrona extends Shape {
        public Agrona() {
            super(StressQueue.agrona(1));
        }

        @Actor
        public void producer() {
            produce();
        }

        @Actor
        public void consumer() {
            consume();
        }

        @Arbiter
        public void arbiter(I_Result r) {
            arbitrate(r);
        }
    }

    /** NEGATIVE CONTROL: index published before the element is written; must show FORBIDDEN. */
    @JCStressTest
    @Outcome(id = "0", expect = ACCEPTABLE, desc = "Every accepted element delivered exactly once, in order; size always in [0, capacity].")
    @Outcome(id = "1", expect = FORBIDDEN, desc = "LOST: an accepted element was never delivered.")
    @Outcome(id = "2", expect = FORBIDDEN, desc = "DUPLICATED or invented: more elements delivered than accepted.")
    @Outcome(id = "3", expect = FORBIDDEN, desc = "REORDERED or corrupted: delivery order differs from offer order.")
    @Outcome(id = "4", expect = FORBIDDEN, desc = "size() outside [0, capacity] while both sides moved.")
    @Outcome(expect = FORBIDDEN, desc = "Unexpected verdict.")
    @State
    public static class BrokenPublishBeforeWrite extends Shape {
        public BrokenPublishBeforeWrite() {
            super(StressQueue.broken(1, BrokenSpscRing.Flaw.PUBLISH_BEFORE_WRITE));
        }

        @Actor
        public void producer() {
            produce();
        }

        @Actor
        public void consumer() {
            consume();
        }

        @Arbiter
        public void arbiter(I_Result r) {
            arbitrate(r);
        }
    }

    /** NEGATIVE CONTROL: slot freed before it is read and cleared; should show FORBIDDEN. */
    @JCStressTest
    @Outcome(id = "0", expect = ACCEPTABLE, desc = "Every accepted element delivered exactly once, in order; size always in [0, capacity].")
    @Outcome(id = "1", expect = FORBIDDEN, desc = "LOST: an accepted element was never delivered.")
    @Outcome(id = "2", expect = FORBIDDEN, desc = "DUPLICATED or invented: more elements delivered than accepted.")
    @Outcome(id = "3", expect = FORBIDDEN, desc = "REORDERED or corrupted: delivery order differs from offer order.")
    @Outcome(id = "4", expect = FORBIDDEN, desc = "size() outside [0, capacity] while both sides moved.")
    @Outcome(expect = FORBIDDEN, desc = "Unexpected verdict.")
    @State
    public static class BrokenFreeBeforeRead extends Shape {
        public BrokenFreeBeforeRead() {
            super(StressQueue.broken(1, BrokenSpscRing.Flaw.FREE_BEFORE_READ));
        }

        @Actor
        public void producer() {
            produce();
        }

        @Actor
        public void consumer() {
            consume();
        }

        @Arbiter
        public void arbiter(I_Result r) {
            arbitrate(r);
        }
    }
}
