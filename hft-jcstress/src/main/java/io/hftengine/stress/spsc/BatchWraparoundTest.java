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
 * Property of the queue's batch paths: with capacity 4 the producer fills 8 batches of 2 without
 * waiting while the consumer drains with limit 3, so its batches straddle the producer's and
 * both sides find the queue partly full; every accepted element arrives exactly once, in order,
 * with the fields written before it was filled, across several wraparounds, and {@code size()}
 * stays in [0, capacity] on both threads. (Batch fill probes a slot ahead and batch drain reads
 * slots until null, so neither reads the other side's index on its fast path: this shape is what
 * proves that still publishes correctly.)
 */
public final class BatchWraparoundTest {
    private BatchWraparoundTest() {
    }

    /** The shape: state and actor bodies shared by every implementation below. */
    abstract static class Shape {
        final StressQueue q;
        final Payload[] source = new Payload[16];
        final Payload[] offered = new Payload[16];
        final Payload[] received = new Payload[2 * 16];
        /** Field {@code a} of each delivered element, read by the consumer at delivery. */
        final int[] seen = new int[2 * 16];
        int receivedCount;
        boolean sizeOutOfRange;

        Shape(StressQueue q) {
            this.q = q;
            for (int i = 0; i < source.length; i++) {
                source[i] = new Payload();
            }
        }

        void produce() {
            for (int i = 0; i < 16; i += 2) {
                // Written here, on the producer, so a consumer can only see them through the
                // queue's publication.
                for (int k = i; k < i + 2; k++) {
                    source[k].a = k + 1;
                    source[k].b = k + 1;
                }
                final int n = q.fill(source, i, 2);
                for (int k = 0; k < n; k++) {
                    offered[i + k] = source[i + k];
                }
                checkSize();
            }
        }

        void consume() {
            // Bounded spin, as in the single-element shapes: drains land at publication instants.
            for (int i = 0; i < Spin.POLLS && receivedCount < 16; i++) {
                final int from = receivedCount;
                receivedCount += q.drain(received, receivedCount, Math.min(3, received.length - receivedCount));
                // Read on the consumer, right after delivery: what the queue's ordering made visible.
                for (int k = from; k < receivedCount; k++) {
                    seen[k] = received[k].a;
                }
                checkSize();
            }
        }

        void arbitrate(I_Result r) {
            final int from = receivedCount;
            receivedCount += q.drain(received, receivedCount, received.length - receivedCount);
            for (int k = from; k < receivedCount; k++) {
                seen[k] = received[k].a;
            }
            if (sizeOutOfRange) {
                r.r1 = 4;
                return;
            }
            final int verdict = Verdict.of(offered, received, receivedCount);
            r.r1 = verdict == Verdict.OK && !fieldsVisible() ? 5 : verdict;
        }

        /** Every delivered element showed, when delivered, the field written for it. */
        private boolean fieldsVisible() {
            for (int i = 0; i < receivedCount; i++) {
                if (seen[i] != received[i].b) {
                    return false;
                }
            }
            return true;
        }

        void checkSize() {
            final int size = q.size();
            if (size < 0 || size > q.capacity()) {
                sizeOutOfRange = true;
            }
        }
    }

    /** Our SpscQueue: batch fill and batch drain. */
    @JCStressTest
    @Outcome(id = "0", expect = ACCEPTABLE, desc = "Every accepted element delivered exactly once, in order, fully written; size always in [0, capacity].")
    @Outcome(id = "1", expect = FORBIDDEN, desc = "LOST: an accepted element was never delivered.")
    @Outcome(id = "2", expect = FORBIDDEN, desc = "DUPLICATED or invented: more elements delivered than accepted.")
    @Outcome(id = "3", expect = FORBIDDEN, desc = "REORDERED or corrupted: delivery order differs from fill order.")
    @Outcome(id = "4", expect = FORBIDDEN, desc = "size() outside [0, capacity] while both sides moved.")
    @Outcome(id = "5", expect = FORBIDDEN, desc = "TORN: an element was delivered before its fields were visible.")
    @Outcome(expect = FORBIDDEN, desc = "Unexpected verdict.")
    @State
    public static class Ours extends Shape {
        public Ours() {
            super(StressQueue.ours(4));
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

    /** JCTools SpscArrayQueue: its fill and drain. */
    @JCStressTest
    @Outcome(id = "0", expect = ACCEPTABLE, desc = "Every accepted element delivered exactly once, in order, fully written; size always in [0, capacity].")
    @Outcome(id = "1", expect = FORBIDDEN, desc = "LOST: an accepted element was never delivered.")
    @Outcome(id = "2", expect = FORBIDDEN, desc = "DUPLICATED or invented: more elements delivered than accepted.")
    @Outcome(id = "3", expect = FORBIDDEN, desc = "REORDERED or corrupted: delivery order differs from fill order.")
    @Outcome(id = "4", expect = FORBIDDEN, desc = "size() outside [0, capacity] while both sides moved.")
    @Outcome(id = "5", expect = FORBIDDEN, desc = "TORN: an element was delivered before its fields were visible.")
    @Outcome(expect = FORBIDDEN, desc = "Unexpected verdict.")
    @State
    public static class Jctools extends Shape {
        public Jctools() {
            super(StressQueue.jctools(4));
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

    /** Agrona OneToOneConcurrentArrayQueue: its drain; offers one by one (it has no batch fill). */
    @JCStressTest
    @Outcome(id = "0", expect = ACCEPTABLE, desc = "Every accepted element delivered exactly once, in order, fully written; size always in [0, capacity].")
    @Outcome(id = "1", expect = FORBIDDEN, desc = "LOST: an accepted element was never delivered.")
    @Outcome(id = "2", expect = FORBIDDEN, desc = "DUPLICATED or invented: more elements delivered than accepted.")
    @Outcome(id = "3", expect = FORBIDDEN, desc = "REORDERED or corrupted: delivery order differs from fill order.")
    @Outcome(id = "4", expect = FORBIDDEN, desc = "size() outside [0, capacity] while both sides moved.")
    @Outcome(id = "5", expect = FORBIDDEN, desc = "TORN: an element was delivered before its fields were visible.")
    @Outcome(expect = FORBIDDEN, desc = "Unexpected verdict.")
    @State
    public static class Agrona extends Shape {
        public Agrona() {
            super(StressQueue.agrona(4));
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
    @Outcome(id = "0", expect = ACCEPTABLE, desc = "Every accepted element delivered exactly once, in order, fully written; size always in [0, capacity].")
    @Outcome(id = "1", expect = FORBIDDEN, desc = "LOST: an accepted element was never delivered.")
    @Outcome(id = "2", expect = FORBIDDEN, desc = "DUPLICATED or invented: more elements delivered than accepted.")
    @Outcome(id = "3", expect = FORBIDDEN, desc = "REORDERED or corrupted: delivery order differs from fill order.")
    @Outcome(id = "4", expect = FORBIDDEN, desc = "size() outside [0, capacity] while both sides moved.")
    @Outcome(id = "5", expect = FORBIDDEN, desc = "TORN: an element was delivered before its fields were visible.")
    @Outcome(expect = FORBIDDEN, desc = "Unexpected verdict.")
    @State
    public static class BrokenPublishBeforeWrite extends Shape {
        public BrokenPublishBeforeWrite() {
            super(StressQueue.broken(4, BrokenSpscRing.Flaw.PUBLISH_BEFORE_WRITE));
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
