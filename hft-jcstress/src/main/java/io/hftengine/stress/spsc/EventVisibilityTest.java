package io.hftengine.stress.spsc;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import io.hftengine.spsc.EventHandler;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * Property: claim/fill-in-place/publish: the consumer's handler sees every field the producer wrote
 * before publish, and the event is handled by the consumer or still available afterwards.
 */
public final class EventVisibilityTest {
    private EventVisibilityTest() {
    }

    /** The shape: state and actor bodies shared by every implementation below. */
    abstract static class Shape implements EventHandler<Payload> {
        final StressEventRing ring;

        Shape(StressEventRing ring) {
            this.ring = ring;
        }

        int a = -1;
        int b = -1;

        @Override
        public void onEvent(Payload event, long sequence, boolean endOfBatch) {
            a = event.a;
            b = event.b;
        }

        void produce() {
            final long s = ring.tryClaim();
            final Payload e = ring.event(s);
            e.a = 1;
            e.b = 2;
            ring.publish(s);
        }

        void consume(III_Result r) {
            // Bounded spin, as in ElementVisibilityTest: poll at the publication instant.
            for (int i = 0; i < Spin.POLLS && ring.poll(this, 1) == 0; i++) {
                Thread.onSpinWait();
            }
            r.r1 = a;
            r.r2 = b;
        }

        void arbitrate(III_Result r) {
            r.r3 = ring.poll((e, s, end) -> { }, 1);
        }
    }

    /** Our SpscEventRing, publishing through the events' own marks (Payload is a RingEvent). */
    @JCStressTest
    @Outcome(id = "1, 2, 0", expect = ACCEPTABLE, desc = "Consumer handled the event, fully written; nothing left.")
    @Outcome(id = "-1, -1, 1", expect = ACCEPTABLE, desc = "Consumer polled before publish; the event is still available.")
    @Outcome(id = "-1, -1, 0", expect = FORBIDDEN, desc = "LOST: event neither handled nor available.")
    @Outcome(expect = FORBIDDEN, desc = "Torn event: the handler saw fields not yet written, or handled twice.")
    @State
    public static class Ours extends Shape {
        public Ours() {
            super(StressEventRing.ours(2));
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

    /** Our ring, publishing through its producer index (events that are not RingEvents). */
    @JCStressTest
    @Outcome(id = "1, 2, 0", expect = ACCEPTABLE, desc = "Consumer handled the event, fully written; nothing left.")
    @Outcome(id = "-1, -1, 1", expect = ACCEPTABLE, desc = "Consumer polled before publish; the event is still available.")
    @Outcome(id = "-1, -1, 0", expect = FORBIDDEN, desc = "LOST: event neither handled nor available.")
    @Outcome(expect = FORBIDDEN, desc = "Torn event: the handler saw fields not yet written, or handled twice.")
    @State
    public static class OursIndexed extends Shape {
        public OursIndexed() {
            super(StressEventRing.oursIndexed(2));
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

    /** NEGATIVE CONTROL: slot published at claim, before it is filled; must show FORBIDDEN. */
    @JCStressTest
    @Outcome(id = "1, 2, 0", expect = ACCEPTABLE, desc = "Consumer handled the event, fully written; nothing left.")
    @Outcome(id = "-1, -1, 1", expect = ACCEPTABLE, desc = "Consumer polled before publish; the event is still available.")
    @Outcome(id = "-1, -1, 0", expect = FORBIDDEN, desc = "LOST: event neither handled nor available.")
    @Outcome(expect = FORBIDDEN, desc = "Torn event: the handler saw fields not yet written, or handled twice.")
    @State
    public static class BrokenPublishAtClaim extends Shape {
        public BrokenPublishAtClaim() {
            super(StressEventRing.brokenPublishAtClaim(2));
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
