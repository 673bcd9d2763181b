package io.hftengine.pipeline.message;

import io.hftengine.spsc.RingEvent;

/**
 * The latency stamps every pipeline event carries.
 *
 * <p>{@code receiveTicks} is the ticker reading taken when the network packet that caused this
 * event was received; it is copied from event to event down the pipeline so the gateway can
 * measure tick-to-order. Each stage writes its own hand-off stamp. {@code feedSequence} is the
 * feed's (MoldUDP64) sequence number of the message that caused this event (0 for events caused
 * by no message, such as timers): the drop copy journals it, so an order can be traced to the
 * exact market data message behind it, and wire-to-wire latency joined to the feed's send log.
 * Stamps are written by the producing stage only, before publication.
 *
 * <p>Every pipeline event is a {@link RingEvent}: the rings between stages mark publication in
 * the event itself, so a stage on another core learns of an event and reads its first line in
 * one cache-line transfer.
 */
public abstract class StampedEvent extends RingEvent {
    private long receiveTicks;
    private long marketDataTicks;
    private long strategyTicks;
    private long riskTicks;
    private long feedSequence;

    /** Creates an event with zeroed stamps. */
    protected StampedEvent() {
    }

    /**
     * Copies every stamp from another event: how a stage carries the cause forward.
     *
     * @param cause the event that caused this one
     */
    public final void copyStampsFrom(final StampedEvent cause) {
        receiveTicks = cause.receiveTicks;
        marketDataTicks = cause.marketDataTicks;
        strategyTicks = cause.strategyTicks;
        riskTicks = cause.riskTicks;
        feedSequence = cause.feedSequence;
    }

    /** Zeroes every stamp, for events with no causing packet (timers, control). */
    public final void clearStamps() {
        receiveTicks = 0;
        marketDataTicks = 0;
        strategyTicks = 0;
        riskTicks = 0;
        feedSequence = 0;
    }

    /**
     * Returns the ticker reading at receipt of the causing packet.
     *
     * @return ticks, 0 when unknown
     */
    public final long receiveTicks() {
        return receiveTicks;
    }

    /**
     * Sets the ticker reading at receipt of the causing packet.
     *
     * @param ticks ticker reading
     */
    public final void receiveTicks(final long ticks) {
        this.receiveTicks = ticks;
    }

    /**
     * Returns the market data stage's hand-off stamp.
     *
     * @return ticks, 0 when unset
     */
    public final long marketDataTicks() {
        return marketDataTicks;
    }

    /**
     * Sets the market data stage's hand-off stamp.
     *
     * @param ticks ticker reading
     */
    public final void marketDataTicks(final long ticks) {
        this.marketDataTicks = ticks;
    }

    /**
     * Returns the strategy stage's hand-off stamp.
     *
     * @return ticks, 0 when unset
     */
    public final long strategyTicks() {
        return strategyTicks;
    }

    /**
     * Sets the strategy stage's hand-off stamp.
     *
     * @param ticks ticker reading
     */
    public final void strategyTicks(final long ticks) {
        this.strategyTicks = ticks;
    }

    /**
     * Returns the risk stage's hand-off stamp.
     *
     * @return ticks, 0 when unset
     */
    public final long riskTicks() {
        return riskTicks;
    }

    /**
     * Sets the risk stage's hand-off stamp.
     *
     * @param ticks ticker reading
     */
    public final void riskTicks(final long ticks) {
        this.riskTicks = ticks;
    }

    /**
     * Returns the feed sequence number of the message that caused this event.
     *
     * @return the MoldUDP64 sequence number, 0 when no message caused it
     */
    public final long feedSequence() {
        return feedSequence;
    }

    /**
     * Sets the feed sequence number of the message that caused this event.
     *
     * @param sequence the MoldUDP64 sequence number, or 0
     */
    public final void feedSequence(final long sequence) {
        this.feedSequence = sequence;
    }
}
