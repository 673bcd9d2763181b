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
 * <p>Cheap by construction: sending an order stores two longs and reads no clock; an answer finds
 * its order by binary search of the FIFO (order ids rise in send order), usually at its head; the
 * clock is read at most once every {@link #CHECK_EVERY} duty cycles, and only while orders wait,
 * to stamp the new ones and expire the old. So an order's wait is measured from at most that many
 * duty cycles after it was sent: microseconds on a busy-spinning thread, tens of milliseconds on
 * a thread that backs off when idle; set the timeout well above that. When {@link #CAPACITY}
 * orders wait, answered ones are cleared first and only then is the oldest unanswered one given
 * up and counted early. Gateway thread only, allocation-free after construction.
 */
public final class AckWatch {
    /** Duty cycles between clock reads while orders wait. */
    static final int CHECK_EVERY = 256;
    /** Orders that may wait at once; beyond it the oldest unanswered one is given up and counted. */
    static final int CAPACITY = 1 << 16;
    private static final int MASK = CAPACITY - 1;
    private static final long UNSTAMPED = Long.MIN_VALUE;

    private final Clock clock;
    private final long timeoutNs;
    private final Counters<GatewayCounter> counters;
    private final long[] ids = new long[CAPACITY];
    private final long[] sentNs = new long[CAPACITY];
    /** Per FIFO position, not per id: two waiting orders never share a flag. */
    private final boolean[] answered = new boolean[CAPACITY];
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
    }

    /**
     * An order went out. Ids must rise from one call to the next (they do: the strategy numbers
     * orders in the order they reach the gateway).
     *
     * @param orderId its token
     */
    void sent(final long orderId) {
        if (tail - head == CAPACITY) {
            dropAnsweredHead();
            if (tail - head == CAPACITY) {
                expire(); // the oldest unanswered has waited longest: give it up, not the newest
            }
        }
        final int at = (int) tail & MASK;
        ids[at] = orderId;
        sentNs[at] = UNSTAMPED;
        answered[at] = false;
        tail++;
    }

    /**
     * The venue answered about an order (any reply naming it); an id not waiting is ignored.
     *
     * @param orderId its token
     */
    void answered(final long orderId) {
        long lo = head;
        long hi = tail - 1;
        while (lo <= hi) {
            final long mid = (lo + hi) >>> 1;
            final long id = ids[(int) mid & MASK];
            if (id < orderId) {
                lo = mid + 1;
            } else if (id > orderId) {
                hi = mid - 1;
            } else {
                answered[(int) mid & MASK] = true;
                return;
            }
        }
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
        dropAnsweredHead();
        while (head < tail && now - sentNs[(int) head & MASK] >= timeoutNs) {
            expire();
            dropAnsweredHead();
        }
    }

    /**
     * Returns orders waiting for an answer now (answered ones behind an unanswered one included
     * until it goes).
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

    private void dropAnsweredHead() {
        while (head < tail && answered[(int) head & MASK]) {
            head++;
        }
        stamped = Math.max(stamped, head);
    }

    private void expire() {
        counters.increment(GatewayCounter.UNACKNOWLEDGED);
        head++;
        stamped = Math.max(stamped, head);
    }
}
