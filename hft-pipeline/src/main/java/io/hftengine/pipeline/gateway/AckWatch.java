package io.hftengine.pipeline.gateway;

import io.hftengine.pipeline.Counters;
import io.hftengine.types.Clock;

/**
 * Notices orders the venue never answered: every order sent waits in a FIFO until a reply names
 * it (accepted, rejected, executed or cancelled); one still unanswered after the timeout is
 * counted once as {@link GatewayCounter#UNACKNOWLEDGED} and let go. Risk keeps such an order open
 * (the safe side); the counter is what tells an operator that a venue is swallowing orders, for
 * example a UDP venue that is down, whose ICMP errors cannot be tied to an order.
 *
 * <p>Cheap by construction: sending an order stores two longs and reads no clock; the clock is
 * read at most once every {@link #CHECK_EVERY} duty cycles, and only while orders are waiting, to
 * stamp the new ones and expire the old. So an order's wait is measured from at most that many
 * cycles after it was sent, a few microseconds on a busy thread, against a timeout of the order
 * of a second. Gateway thread only, allocation-free after construction.
 */
public final class AckWatch {
    /** Duty cycles between clock reads while orders wait. */
    static final int CHECK_EVERY = 256;
    /** Orders that may wait at once; beyond it the oldest is given up and counted. */
    static final int CAPACITY = 1 << 16;
    private static final int MASK = CAPACITY - 1;
    private static final long UNSTAMPED = Long.MIN_VALUE;

    private final Clock clock;
    private final long timeoutNs;
    private final Counters<GatewayCounter> counters;
    private final long[] ids = new long[CAPACITY];
    private final long[] sentNs = new long[CAPACITY];
    /** At {@code id & MASK}: the last id answered there, so an answer is found in one load. */
    private final long[] answered = new long[CAPACITY];
    private long head;
    private long tail;
    private long stamped;
    private int cycles;

    /**
     * Creates a watch.
     *
     * @param clock time source (the gateway's)
     * @param timeoutNs how long an order may go unanswered, positive
     * @param counters the gateway's counters, where unanswered orders are counted
     * @throws IllegalArgumentException when the timeout is not positive
     */
    public AckWatch(final Clock clock, final long timeoutNs, final Counters<GatewayCounter> counters) {
        if (timeoutNs <= 0) {
            throw new IllegalArgumentException("acknowledgement timeout must be positive: " + timeoutNs);
        }
        this.clock = clock;
        this.timeoutNs = timeoutNs;
        this.counters = counters;
        java.util.Arrays.fill(answered, -1);
    }

    /**
     * An order went out.
     *
     * @param orderId its token
     */
    void sent(final long orderId) {
        if (tail - head == CAPACITY) {
            expire(); // the oldest has waited longest: give it up rather than forget the newest
        }
        final int at = (int) tail & MASK;
        ids[at] = orderId;
        sentNs[at] = UNSTAMPED;
        tail++;
    }

    /**
     * The venue answered about an order (any reply naming it).
     *
     * @param orderId its token
     */
    void answered(final long orderId) {
        answered[(int) orderId & MASK] = orderId;
    }

    /** One gateway duty cycle: every {@link #CHECK_EVERY}th, stamps and expires. */
    void onDutyCycle() {
        if (head == tail || ++cycles < CHECK_EVERY) {
            return;
        }
        cycles = 0;
        final long now = clock.epochNanos();
        for (; stamped < tail; stamped++) {
            sentNs[(int) stamped & MASK] = now;
        }
        while (head < tail) {
            final int at = (int) head & MASK;
            if (answered[(int) ids[at] & MASK] == ids[at]) {
                head++;
            } else if (now - sentNs[at] >= timeoutNs) {
                expire();
            } else {
                break;
            }
        }
    }

    /**
     * Returns orders waiting for an answer now.
     *
     * @return count
     */
    public int waiting() {
        return (int) (tail - head);
    }

    /**
     * Returns the timeout.
     *
     * @return ns an order may wait
     */
    public long timeoutNs() {
        return timeoutNs;
    }

    private void expire() {
        counters.increment(GatewayCounter.UNACKNOWLEDGED);
        head++;
        stamped = Math.max(stamped, head);
    }
}
