package io.hftengine.stress.spsc;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;

/**
 * Property: on a full queue while the consumer polls, a producer that sees room (size() < capacity)
 * must then succeed to offer (only the producer adds); the consumer gets the oldest element, and
 * the final size agrees with what the offer reported.
 * r1 = producer saw room, r2 = offer succeeded, r3 = consumer got the oldest element, r4 = final size consistent.
 */
public final class FullConsistencyTest {
    private FullConsistencyTest() {
    }

    /** The shape: state and actor bodies shared by every implementation below. */
    abstract static class Shape {
        final StressQueue q;

        Shape(StressQueue q) {
            this.q = q;
            init();
        }

        Payload oldest;

        void init() {
            for (int i = 0; i < q.capacity(); i++) {
                final Payload p = Payload.of(i, i);
                if (i == 0) {
                    oldest = p;
                }
                q.offer(p);
            }
        }

        void produce(IIII_Result r) {
            r.r1 = q.size() < q.capacity() ? 1 : 0;
            r.r2 = q.offer(Payload.of(-7, -7)) ? 1 : 0;
        }

        void consume(IIII_Result r) {
            final Payload p = q.poll();
            r.r3 = p == oldest && p.a == 0 ? 1 : 0;
        }

        void arbitrate(IIII_Result r) {
            r.r4 = q.size() == q.capacity() - 1 + r.r2 ? 1 : 0;
        }
    }

    /** Our SpscQueue. */
    @JCStressTest
    @Outcome(id = "0, 0, 1, 1", expect = ACCEPTABLE, desc = "Producer saw full and the offer failed; poll freed a slot later.")
    @Outcome(id = "0, 1, 1, 1", expect = ACCEPTABLE, desc = "Producer saw full, then the poll freed a slot and the offer succeeded.")
    @Outcome(id = "1, 1, 1, 1", expect = ACCEPTABLE, desc = "Poll first; producer saw room and the offer succeeded.")
    @Outcome(id = "1, 0, 1, 1", expect = FORBIDDEN, desc = "INCONSISTENT: producer saw room but offer() failed.")
    @Outcome(expect = FORBIDDEN, desc = "Wrong element polled from a full queue, or final size disagrees with the offer.")
    @State
    public static class Ours extends Shape {
        public Ours() {
            super(StressQueue.ours(2));
        }

        @Actor
        public void producer(IIII_Result r) {
            produce(r);
        }

        @Actor
        public void consumer(IIII_Result r) {
            consume(r);
        }

        @Arbiter
        public void arbiter(IIII_Result r) {
            arbitrate(r);
        }
    }

    /** JCTools SpscArrayQueue. */
    @JCStressTest
    @Outcome(id = "0, 0, 1, 1", expect = ACCEPTABLE, desc = "Producer saw full and the offer failed; poll freed a slot later.")
    @Outcome(id = "0, 1, 1, 1", expect = ACCEPTABLE, desc = "Producer saw full, then the poll freed a slot and the offer succeeded.")
    @Outcome(id = "1, 1, 1, 1", expect = ACCEPTABLE, desc = "Poll first; producer saw room and the offer succeeded.")
    @Outcome(id = "1, 0, 1, 1", expect = FORBIDDEN, desc = "INCONSISTENT: producer saw room but offer() failed.")
    @Outcome(expect = FORBIDDEN, desc = "Wrong element polled from a full queue, or final size disagrees with the offer.")
    @State
    public static class Jctools extends Shape {
        public Jctools() {
            super(StressQueue.jctools(2));
        }

        @Actor
        public void producer(IIII_Result r) {
            produce(r);
        }

        @Actor
        public void consumer(IIII_Result r) {
            consume(r);
        }

        @Arbiter
        public void arbiter(IIII_Result r) {
            arbitrate(r);
        }
    }

    /** Agrona OneToOneConcurrentArrayQueue. */
    @JCStressTest
    @Outcome(id = "0, 0, 1, 1", expect = ACCEPTABLE, desc = "Producer saw full and the offer failed; poll freed a slot later.")
    @Outcome(id = "0, 1, 1, 1", expect = ACCEPTABLE, desc = "Producer saw full, then the poll freed a slot and the offer succeeded.")
    @Outcome(id = "1, 1, 1, 1", expect = ACCEPTABLE, desc = "Poll first; producer saw room and the offer succeeded.")
    @Outcome(id = "1, 0, 1, 1", expect = FORBIDDEN, desc = "INCONSISTENT: producer saw room but offer() failed.")
    @Outcome(expect = FORBIDDEN, desc = "Wrong element polled from a full queue, or final size disagrees with the offer.")
    @State
    public static class Agrona extends Shape {
        public Agrona() {
            super(StressQueue.agrona(2));
        }

        @Actor
        public void producer(IIII_Result r) {
            produce(r);
        }

        @Actor
        public void consumer(IIII_Result r) {
            consume(r);
        }

        @Arbiter
        public void arbiter(IIII_Result r) {
            arbitrate(r);
        }
    }

    /** NEGATIVE CONTROL: index published before the element is written; must show FORBIDDEN. */
    @JCStressTest
    @Outcome(id = "0, 0, 1, 1", expect = ACCEPTABLE, desc = "Producer saw full and the offer failed; poll freed a slot later.")
    @Outcome(id = "0, 1, 1, 1", expect = ACCEPTABLE, desc = "Producer saw full, then the poll freed a slot and the offer succeeded.")
    @Outcome(id = "1, 1, 1, 1", expect = ACCEPTABLE, desc = "Poll first; producer saw room and the offer succeeded.")
    @Outcome(id = "1, 0, 1, 1", expect = FORBIDDEN, desc = "INCONSISTENT: producer saw room but offer() failed.")
    @Outcome(expect = FORBIDDEN, desc = "Wrong element polled from a full queue, or final size disagrees with the offer.")
    @State
    public static class BrokenPublishBeforeWrite extends Shape {
        public BrokenPublishBeforeWrite() {
            super(StressQueue.broken(2, BrokenSpscRing.Flaw.PUBLISH_BEFORE_WRITE));
        }

        @Actor
        public void producer(IIII_Result r) {
            produce(r);
        }

        @Actor
        public void consumer(IIII_Result r) {
            consume(r);
        }

        @Arbiter
        public void arbiter(IIII_Result r) {
            arbitrate(r);
        }
    }

    /** NEGATIVE CONTROL: slot freed before it is read and cleared; should show FORBIDDEN. */
    @JCStressTest
    @Outcome(id = "0, 0, 1, 1", expect = ACCEPTABLE, desc = "Producer saw full and the offer failed; poll freed a slot later.")
    @Outcome(id = "0, 1, 1, 1", expect = ACCEPTABLE, desc = "Producer saw full, then the poll freed a slot and the offer succeeded.")
    @Outcome(id = "1, 1, 1, 1", expect = ACCEPTABLE, desc = "Poll first; producer saw room and the offer succeeded.")
    @Outcome(id = "1, 0, 1, 1", expect = FORBIDDEN, desc = "INCONSISTENT: producer saw room but offer() failed.")
    @Outcome(expect = FORBIDDEN, desc = "Wrong element polled from a full queue, or final size disagrees with the offer.")
    @State
    public static class BrokenFreeBeforeRead extends Shape {
        public BrokenFreeBeforeRead() {
            super(StressQueue.broken(2, BrokenSpscRing.Flaw.FREE_BEFORE_READ));
        }

        @Actor
        public void producer(IIII_Result r) {
            produce(r);
        }

        @Actor
        public void consumer(IIII_Result r) {
            consume(r);
        }

        @Arbiter
        public void arbiter(IIII_Result r) {
            arbitrate(r);
        }
    }
}
