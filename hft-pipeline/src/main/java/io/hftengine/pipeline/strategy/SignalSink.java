package io.hftengine.pipeline.strategy;

import io.hftengine.types.Side;

/**
 * Where a {@link Strategy} sends its decisions; implemented by the strategy stage over the
 * strategy-to-risk ring. Valid only during a callback, on the strategy thread. Allocation-free.
 */
public interface SignalSink {
    /**
     * Asks for a new limit order.
     *
     * @param side buy or sell
     * @param symbolId stock locate
     * @param price limit, Price raw
     * @param quantity shares
     * @return the client order id assigned (strictly increasing), or -1 when the signal could not
     *     be queued (the ring was full: the kill switch is now set)
     */
    long enter(Side side, int symbolId, long price, long quantity);

    /**
     * Asks to cancel what remains of an order.
     *
     * @param orderId a client order id returned by {@link #enter}
     * @return false when the signal could not be queued
     */
    boolean cancel(long orderId);

    /**
     * Returns now, as the strategy must see it: the time of the event being handled (the clock
     * reading taken when its packet was received; virtual in replay), or the clock when a timer
     * fires on an idle cycle. The only time a strategy may read; reading it costs no clock call.
     *
     * @return epoch ns
     */
    long nowNs();
}
