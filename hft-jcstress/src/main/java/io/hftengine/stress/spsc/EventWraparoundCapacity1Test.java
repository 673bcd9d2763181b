package io.hftengine.stress.spsc;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import io.hftengine.spsc.EventHandler;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;

/**
 * Property: with capacity 1 the producer claims, fills and publishes 12 events without waiting
 * while the consumer polls (limit 2) 12 times; every published event is handled exactly once,
 * in sequence order, with the fields written for it, across several wraparounds.
 */
public final class EventWraparoundCapacity1Test {
    private EventWraparoundCapacity1Test() {
    }

    /** The shape: state and actor bodies shared by every implementation below. */
    abstract static class Shape implements EventHandler<Payload> {
        final StressEventRing ring;

        Shape(StressEventRing ring) {
            this.ring = ring;
        }

        final boolean[] published = new boolean[12];
        final int[] values = new int[4 * 12];
        final long[] sequences = new long[4 * 12];
        int handled;
        boolean overflow;

        @Override
        public void onEvent(Payload event, long sequence, boolean endOfBatch) {
            if (handled == values.length) {
                overflow = true;
                return;
            }
            // a and b are written as one value; a mismatch means the handler saw a torn event
            values[handled] = event.a == event.b ? event.a : -1;
            sequences[handled++] = sequence;
        }

        void produce() {
            for (int i = 0; i < 12; i++) {
                final long s = ring.tryClaim();
                if (s >= 0) {
                    final Payload e = ring.event(s);
                    e.a = i;
                    e.b = i;
                    ring.publish(s);
                    published[i] = true;
                }
            }
        }

        void consume() {
            // Bounded spin: polls land at publication instants; never waits forever.
            for (int i = 0; i < Spin.POLLS && handled < 12; i++) {
                ring.poll(this, 2);
            }
        }

        void arbitrate(I_Result r) {
            while (!overflow && ring.poll(this, 2) > 0) {
                // drain what the consumer left
            }
            int expected = 0;
            int next = 0;
            for (int i = 0; i < 12; i++) {
                if (published[i]) {
                    expected++;
                }
            }
            int verdict = overflow || handled > expected ? 2 : 0;
            for (int k = 0; verdict == 0 && k < handled; k++) {
                while (!published[next]) {
                    next++;
                }
                if (values[k] != next || sequences[k] != k) {
                    verdict = 3;
                }
                next++;
            }
            r.r1 = verdict != 0 ? verdict : handled < expected ? 1 : 0;
        }
    }

    /** Our SpscEventRing, publishing through the events' own marks (Payload is a RingEvent). */
    @JCStressTest
    @Outcome(id = "0", expect = ACCEPTABLE, desc = "Every published event handled exactly once, in order, fully written.")
    @Outcome(id = "1", expect = FORBIDDEN, desc = "LOST: a published event was never handled.")
    @Outcome(id = "2", expect = FORBIDDEN, desc = "DUPLICATED: more events handled than published.")
    @Outcome(id = "3", expect = FORBIDDEN, desc = "REORDERED or torn: wrong value or sequence order.")
    @Outcome(expect = FORBIDDEN, desc = "Unexpected verdict.")
    @State
    public static class Ours extends Shape {
        public Ours() {
            super(StressEventRing.ours(1));
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

    /** Our ring, publishing through its producer index (events that are not RingEvents). */
    @JCStressTest
    @Outcome(id = "0", expect = ACCEPTABLE, desc = "Every published event handled exactly once, in order, fully written.")
    @Outcome(id = "1", expect = FORBIDDEN, desc = "LOST: a published event was never handled.")
    @Outcome(id = "2", expect = FORBIDDEN, desc = "DUPLICATED: more events handled than published.")
    @Outcome(id = "3", expect = FORBIDDEN, desc = "REORDERED or torn: wrong value or sequence order.")
    @Outcome(expect = FORBIDDEN, desc = "Unexpected verdict.")
    @State
    public static class OursIndexed extends Shape {
        public OursIndexed() {
            super(StressEventRing.oursIndexed(1));
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

    /** NEGATIVE CONTROL: slot published at claim, before it is filled; must show FORBIDDEN. */
    @JCStressTest
    @Outcome(id = "0", expect = ACCEPTABLE, desc = "Every published event handled exactly once, in order, fully written.")
    @Outcome(id = "1", expect = FORBIDDEN, desc = "LOST: a published event was never handled.")
    @Outcome(id = "2", expect = FORBIDDEN, desc = "DUPLICATED: more events handled than published.")
    @Outcome(id = "3", expect = FORBIDDEN, desc = "REORDERED or torn: wrong value or sequence order.")
    @Outcome(expect = FORBIDDEN, desc = "Unexpected verdict.")
    @State
    public static class BrokenPublishAtClaim extends Shape {
        public BrokenPublishAtClaim() {
            super(StressEventRing.brokenPublishAtClaim(1));
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
