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
 * Property: with capacity 16, the production case's shape, the producer offers 96 elements
 * without waiting while the consumer polls; every accepted element arrives exactly once, in
 * order, with the fields written before its offer, across six wraparounds, and size() stays in
 * [0, capacity]. The smaller capacities cannot exercise our queue's look-ahead: it probes a
 * quarter of the capacity ahead (at most 4096 slots), so 1, 2 and 4 give steps of 0, 0 and 1,
 * while 16 makes the producer skip the probe for four offers at a time, the path every real
 * ring takes.
 */
public final class WraparoundCapacity16Test {
    private static final int CAPACITY = 16;
    private static final int ELEMENTS = 96;

    private WraparoundCapacity16Test() {
    }

    /** The shape: state and actor bodies shared by every implementation below. */
    abstract static class Shape {
        final StressQueue q;

        Shape(StressQueue q) {
            this.q = q;
        }

        final Payload[] offered = new Payload[ELEMENTS];
        final Payload[] received = new Payload[2 * ELEMENTS];
        int receivedCount;
        boolean sizeOutOfRange;
        boolean fieldsNotVisible;

        void produce() {
            for (int i = 0; i < ELEMENTS; i++) {
                final Payload p = Payload.of(i, -i);
                if (q.offer(p)) {
                    offered[i] = p;
                }
                checkSize();
            }
        }

        void consume() {
            // Bounded spin: keeps polling while the producer runs, so polls land right at
            // publication instants; stops after a fixed number of attempts, never waits forever.
            for (int i = 0; i < Spin.POLLS && receivedCount < ELEMENTS; i++) {
                final Payload p = q.poll();
                if (p != null) {
                    // Read at delivery, on the consumer's thread: the fields must be the ones the
                    // producer wrote before offering (a = -b, never the zeroes of a new object).
                    if (p.a != -p.b || (p.a == 0 && receivedCount > 0)) {
                        fieldsNotVisible = true;
                    }
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
            if (fieldsNotVisible) {
                r.r1 = 5;
            } else {
                r.r1 = sizeOutOfRange ? 4 : Verdict.of(offered, received, receivedCount);
            }
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
    @Outcome(id = "5", expect = FORBIDDEN, desc = "UNPUBLISHED: an element's fields were not yet written when it was delivered.")
    @Outcome(expect = FORBIDDEN, desc = "Unexpected verdict.")
    @State
    public static class Ours extends Shape {
        public Ours() {
            super(StressQueue.ours(CAPACITY));
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

    /** JCTools SpscArrayQueue. */
    @JCStressTest
    @Outcome(id = "0", expect = ACCEPTABLE, desc = "Every accepted element delivered exactly once, in order; size always in [0, capacity].")
    @Outcome(id = "1", expect = FORBIDDEN, desc = "LOST: an accepted element was never delivered.")
    @Outcome(id = "2", expect = FORBIDDEN, desc = "DUPLICATED or invented: more elements delivered than accepted.")
    @Outcome(id = "3", expect = FORBIDDEN, desc = "REORDERED or corrupted: delivery order differs from offer order.")
    @Outcome(id = "4", expect = FORBIDDEN, desc = "size() outside [0, capacity] while both sides moved.")
    @Outcome(id = "5", expect = FORBIDDEN, desc = "UNPUBLISHED: an element's fields were not yet written when it was delivered.")
    @Outcome(expect = FORBIDDEN, desc = "Unexpected verdict.")
    @State
    public static class Jctools extends Shape {
        public Jctools() {
            super(StressQueue.jctools(CAPACITY));
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
    @Outcome(id = "5", expect = FORBIDDEN, desc = "UNPUBLISHED: an element's fields were not yet written when it was delivered.")
    @Outcome(expect = FORBIDDEN, desc = "Unexpected verdict.")
    @State
    public static class Agrona extends Shape {
        public Agrona() {
            super(StressQueue.agrona(CAPACITY));
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
    @Outcome(id = "5", expect = FORBIDDEN, desc = "UNPUBLISHED: an element's fields were not yet written when it was delivered.")
    @Outcome(expect = FORBIDDEN, desc = "Unexpected verdict.")
    @State
    public static class BrokenPublishBeforeWrite extends Shape {
        public BrokenPublishBeforeWrite() {
            super(StressQueue.broken(CAPACITY, BrokenSpscRing.Flaw.PUBLISH_BEFORE_WRITE));
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
