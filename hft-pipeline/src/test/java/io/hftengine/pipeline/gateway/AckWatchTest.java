package io.hftengine.pipeline.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hftengine.pipeline.Counters;
import io.hftengine.pipeline.MutableClock;

import org.junit.jupiter.api.Test;

/** Orders the venue never answers are counted once each, after the timeout, and let go. */
class AckWatchTest {
    private static final long T0 = 1_700_000_000_000_000_000L;
    private static final long TIMEOUT = 1_000_000_000L;

    private final MutableClock clock = new MutableClock(T0);
    private final Counters<GatewayCounter> counters = new Counters<>("gateway", GatewayCounter.class);
    private final AckWatch watch = new AckWatch(clock, TIMEOUT, counters);

    private void cycles(final int n) {
        for (int i = 0; i < n; i++) {
            watch.onDutyCycle();
        }
    }

    @Test
    void unansweredOrdersAreCountedOnceAfterTheTimeoutAndAnsweredOnesNever() {
        watch.sent(1);
        watch.sent(2);
        watch.sent(3);
        watch.answered(2);
        cycles(AckWatch.CHECK_EVERY); // stamps them at T0
        clock.advance(TIMEOUT - 1);
        cycles(2 * AckWatch.CHECK_EVERY);
        assertEquals(0, counters.get(GatewayCounter.UNACKNOWLEDGED), "not before the timeout");
        assertEquals(3, watch.waiting());
        watch.answered(3);
        clock.advance(1);
        cycles(AckWatch.CHECK_EVERY);
        assertEquals(1, counters.get(GatewayCounter.UNACKNOWLEDGED), "order 1 only");
        assertEquals(0, watch.waiting(), "2 and 3 were answered");
        clock.advance(10 * TIMEOUT);
        cycles(4 * AckWatch.CHECK_EVERY);
        assertEquals(1, counters.get(GatewayCounter.UNACKNOWLEDGED), "counted once");
    }

    @Test
    void anAnswerBeforeTheFirstCheckCounts() {
        watch.sent(7);
        watch.answered(7);
        clock.advance(5 * TIMEOUT);
        cycles(2 * AckWatch.CHECK_EVERY);
        assertEquals(0, counters.get(GatewayCounter.UNACKNOWLEDGED));
        assertEquals(0, watch.waiting());
    }

    @Test
    void aFullWatchGivesUpItsOldestUnansweredOrderOnly() {
        for (long id = 1; id <= AckWatch.CAPACITY + 2; id++) {
            watch.sent(id);
        }
        assertEquals(2, counters.get(GatewayCounter.UNACKNOWLEDGED), "the two oldest, given up to make room");
        assertEquals(AckWatch.CAPACITY, watch.waiting());
        // Everything answered except one order in the middle: making room never counts an answered one.
        for (long id = 3; id <= AckWatch.CAPACITY + 2; id++) {
            if (id != 1_000) {
                watch.answered(id);
            }
        }
        for (long id = AckWatch.CAPACITY + 3; id <= 2L * AckWatch.CAPACITY + 2; id++) {
            watch.sent(id);
            watch.answered(id);
        }
        assertEquals(3, counters.get(GatewayCounter.UNACKNOWLEDGED), "order 1000 only, when its turn came");
        assertThrows(IllegalArgumentException.class, () -> new AckWatch(clock, 0, counters));
    }

    @Test
    void ordersACapacityApartKeepTheirOwnAnswers() {
        watch.sent(5);
        watch.sent(5 + AckWatch.CAPACITY); // same low bits as 5, waiting at the same time
        watch.answered(5 + AckWatch.CAPACITY);
        watch.answered(99); // never sent: ignored
        cycles(AckWatch.CHECK_EVERY);
        clock.advance(TIMEOUT);
        cycles(AckWatch.CHECK_EVERY);
        assertEquals(1, counters.get(GatewayCounter.UNACKNOWLEDGED), "5 is unanswered; its neighbour's answer is not its own");
        assertEquals(0, watch.waiting());
    }
}
