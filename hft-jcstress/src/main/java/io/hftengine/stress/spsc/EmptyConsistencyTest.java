package io.hftengine.stress.spsc;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Property: while the producer offers, a consumer that sees isEmpty() == false must then poll an
 * element (only the consumer removes), and that element is fully written.
 */
public final class EmptyConsistencyTest {
    private EmptyConsistencyTest() {
    }

    /** The shape: state and actor bodies shared by every implementation below. */
    abstract static class Shape {
        final StressQueue q;

        Shape(StressQueue q) {
            this.q = q;
            init();
        }

        void init() {
        }

        void produce() {
            q.offer(Payload.of(1, 1));
        }

        void consume(II_Result r) {
            // Bounded spin on isEmpty(): the check that matters is the poll right after the
            // instant the queue stops being empty.
            boolean empty = true;
            for (int i = 0; i < Spin.POLLS && empty; i++) {
                empty = q.isEmpty();
            }
            r.r1 = empty ? 1 : 0;
            final Payload p = q.poll();
            r.r2 = p == null ? -1 : p.a;
        }

        void arbitrate(II_Result r) {
            // nothing: both results come from the consumer
        }
    }

    /** Our SpscQueue. */
    @JCStressTest
    @Outcome(id = "1, -1", expect = ACCEPTABLE, desc = "Empty, then poll found nothing.")
    @Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "Empty, then the offer landed and poll found it.")
    @Outcome(id = "0, 1", expect = ACCEPTABLE, desc = "Not empty, poll found the element.")
    @Outcome(id = "0, -1", expect = FORBIDDEN, desc = "INCONSISTENT: isEmpty() said false but poll() found nothing.")
    @Outcome(expect = FORBIDDEN, desc = "Torn element: its field was not visible.")
    @State
    public static class Ours extends Shape {
        public Ours() {
            super(StressQueue.ours(2));
        }

        @Actor
        public void producer() {
            produce();
        }

        @Actor
        public void consumer(II_Result r) {
            consume(r);
        }

        @Arbiter
        public void arbiter(II_Result r) {
            arbitrate(r);
        }
    }

    /** JCTools SpscArrayQueue. */
    @JCStressTest
    @Outcome(id = "1, -1", expect = ACCEPTABLE, desc = "Empty, then poll found nothing.")
    @Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "Empty, then the offer landed and poll found it.")
    @Outcome(id = "0, 1", expect = ACCEPTABLE, desc = "Not empty, poll found the element.")
    @Outcome(id = "0, -1", expect = FORBIDDEN, desc = "INCONSISTENT: isEmpty() said false but poll() found nothing.")
    @Outcome(expect = FORBIDDEN, desc = "Torn element: its field was not visible.")
    @State
    public static class Jctools extends Shape {
        public Jctools() {
            super(StressQueue.jctools(2));
        }

        @Actor
        public void producer() {
            produce();
        }

        @Actor
        public void consumer(II_Result r) {
            consume(r);
        }

        @Arbiter
        public void arbiter(II_Result r) {
            arbitrate(r);
        }
    }

    /** Agrona OneToOneConcurrentArrayQueue. */
    @JCStressTest
    @Outcome(id = "1, -1", expect = ACCEPTABLE, desc = "Empty, then poll found nothing.")
    @Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "Empty, then the offer landed and poll found it.")
    @Outcome(id = "0, 1", expect = ACCEPTABLE, desc = "Not empty, poll found the element.")
    @Outcome(id = "0, -1", expect = FORBIDDEN, desc = "INCONSISTENT: isEmpty() said false but poll() found nothing.")
    @Outcome(expect = FORBIDDEN, desc = "Torn element: its field was not visible.")
    @State
    public static class Agrona extends Shape {
        public Agrona() {
            super(StressQueue.agrona(2));
        }

        @Actor
        public void producer() {
            produce();
        }

        @Actor
        public void consumer(II_Result r) {
            consume(r);
        }

        @Arbiter
        public void arbiter(II_Result r) {
            arbitrate(r);
        }
    }

    /** NEGATIVE CONTROL: index published before the element is written; must show FORBIDDEN. */
    @JCStressTest
    @Outcome(id = "1, -1", expect = ACCEPTABLE, desc = "Empty, then poll found nothing.")
    @Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "Empty, then the offer landed and poll found it.")
    @Outcome(id = "0, 1", expect = ACCEPTABLE, desc = "Not empty, poll found the element.")
    @Outcome(id = "0, -1", expect = FORBIDDEN, desc = "INCONSISTENT: isEmpty() said false but poll() found nothing.")
    @Outcome(expect = FORBIDDEN, desc = "Torn element: its field was not visible.")
    @State
    public static class BrokenPublishBeforeWrite extends Shape {
        public BrokenPublishBeforeWrite() {
            super(StressQueue.broken(2, BrokenSpscRing.Flaw.PUBLISH_BEFORE_WRITE));
        }

        @Actor
        public void producer() {
            produce();
        }

        @Actor
        public void consumer(II_Result r) {
            consume(r);
        }

        @Arbiter
        public void arbiter(II_Result r) {
            arbitrate(r);
        }
    }

    /** NEGATIVE CONTROL: slot freed before it is read and cleared; should show FORBIDDEN. */
    @JCStressTest
    @Outcome(id = "1, -1", expect = ACCEPTABLE, desc = "Empty, then poll found nothing.")
    @Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "Empty, then the offer landed and poll found it.")
    @Outcome(id = "0, 1", expect = ACCEPTABLE, desc = "Not empty, poll found the element.")
    @Outcome(id = "0, -1", expect = FORBIDDEN, desc = "INCONSISTENT: isEmpty() said false but poll() found nothing.")
    @Outcome(expect = FORBIDDEN, desc = "Torn element: its field was not visible.")
    @State
    public static class BrokenFreeBeforeRead extends Shape {
        public BrokenFreeBeforeRead() {
            super(StressQueue.broken(2, BrokenSpscRing.Flaw.FREE_BEFORE_READ));
        }

        @Actor
        public void producer() {
            produce();
        }

        @Actor
        public void consumer(II_Result r) {
            consume(r);
        }

        @Arbiter
        public void arbiter(II_Result r) {
            arbitrate(r);
        }
    }
}
