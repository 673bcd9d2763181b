package io.hftengine.stress.spsc;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * Property: an element's plain fields are fully visible to the consumer that polls it, and an
 * element is either polled by the consumer or still queued afterwards (never lost, never twice).
 */
public final class ElementVisibilityTest {
    private ElementVisibilityTest() {
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
            q.offer(Payload.of(1, 2));
        }

        void consume(III_Result r) {
            Payload p = null;
            // Bounded spin: polling at the instant the element is published is where a
            // publication bug shows, so the consumer keeps looking for a while (never forever).
            for (int i = 0; i < Spin.POLLS && p == null; i++) {
                p = q.poll();
            }
            r.r1 = p == null ? -1 : p.a;
            r.r2 = p == null ? -1 : p.b;
        }

        void arbitrate(III_Result r) {
            r.r3 = q.poll() == null ? 0 : 1;
        }
    }

    /** Our SpscQueue. */
    @JCStressTest
    @Outcome(id = "1, 2, 0", expect = ACCEPTABLE, desc = "Consumer polled the element, fully written; nothing left.")
    @Outcome(id = "-1, -1, 1", expect = ACCEPTABLE, desc = "Consumer polled before the offer; the element is still queued.")
    @Outcome(id = "-1, -1, 0", expect = FORBIDDEN, desc = "LOST: consumer got nothing and nothing is queued.")
    @Outcome(expect = FORBIDDEN, desc = "Torn element (fields not visible) or delivered twice.")
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
        public void consumer(III_Result r) {
            consume(r);
        }

        @Arbiter
        public void arbiter(III_Result r) {
            arbitrate(r);
        }
    }

    /** JCTools SpscArrayQueue. */
    @JCStressTest
    @Outcome(id = "1, 2, 0", expect = ACCEPTABLE, desc = "Consumer polled the element, fully written; nothing left.")
    @Outcome(id = "-1, -1, 1", expect = ACCEPTABLE, desc = "Consumer polled before the offer; the element is still queued.")
    @Outcome(id = "-1, -1, 0", expect = FORBIDDEN, desc = "LOST: consumer got nothing and nothing is queued.")
    @Outcome(expect = FORBIDDEN, desc = "Torn element (fields not visible) or delivered twice.")
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
        public void consumer(III_Result r) {
            consume(r);
        }

        @Arbiter
        public void arbiter(III_Result r) {
            arbitrate(r);
        }
    }

    /** Agrona OneToOneConcurrentArrayQueue. */
    @JCStressTest
    @Outcome(id = "1, 2, 0", expect = ACCEPTABLE, desc = "Consumer polled the element, fully written; nothing left.")
    @Outcome(id = "-1, -1, 1", expect = ACCEPTABLE, desc = "Consumer polled before the offer; the element is still queued.")
    @Outcome(id = "-1, -1, 0", expect = FORBIDDEN, desc = "LOST: consumer got nothing and nothing is queued.")
    @Outcome(expect = FORBIDDEN, desc = "Torn element (fields not visible) or delivered twice.")
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
        public void consumer(III_Result r) {
            consume(r);
        }

        @Arbiter
        public void arbiter(III_Result r) {
            arbitrate(r);
        }
    }

    /** NEGATIVE CONTROL: index published before the element is written; must show FORBIDDEN. */
    @JCStressTest
    @Outcome(id = "1, 2, 0", expect = ACCEPTABLE, desc = "Consumer polled the element, fully written; nothing left.")
    @Outcome(id = "-1, -1, 1", expect = ACCEPTABLE, desc = "Consumer polled before the offer; the element is still queued.")
    @Outcome(id = "-1, -1, 0", expect = FORBIDDEN, desc = "LOST: consumer got nothing and nothing is queued.")
    @Outcome(expect = FORBIDDEN, desc = "Torn element (fields not visible) or delivered twice.")
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
        public void consumer(III_Result r) {
            consume(r);
        }

        @Arbiter
        public void arbiter(III_Result r) {
            arbitrate(r);
        }
    }

    /** NEGATIVE CONTROL: slot freed before it is read and cleared; should show FORBIDDEN. */
    @JCStressTest
    @Outcome(id = "1, 2, 0", expect = ACCEPTABLE, desc = "Consumer polled the element, fully written; nothing left.")
    @Outcome(id = "-1, -1, 1", expect = ACCEPTABLE, desc = "Consumer polled before the offer; the element is still queued.")
    @Outcome(id = "-1, -1, 0", expect = FORBIDDEN, desc = "LOST: consumer got nothing and nothing is queued.")
    @Outcome(expect = FORBIDDEN, desc = "Torn element (fields not visible) or delivered twice.")
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
        public void consumer(III_Result r) {
            consume(r);
        }

        @Arbiter
        public void arbiter(III_Result r) {
            arbitrate(r);
        }
    }
}
