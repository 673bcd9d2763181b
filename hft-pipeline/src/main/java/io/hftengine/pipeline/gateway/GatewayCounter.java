package io.hftengine.pipeline.gateway;

/** Counters of the gateway stage. */
public enum GatewayCounter {
    /** Enter Order messages sent. */
    ORDERS_SENT,
    /** Cancel Order messages sent. */
    CANCELS_SENT,
    /** Messages the transport could not send (the order is reported rejected to risk). */
    SEND_FAILURES,
    /** Orders for a symbol id with no known 8-byte symbol (reported rejected, not sent). */
    UNKNOWN_SYMBOL,
    /** Venue replies received. */
    REPLIES,
    /** Accepted replies. */
    ACCEPTED,
    /** Executed replies. */
    FILLS,
    /** Canceled replies. */
    CANCELLED,
    /** Rejected replies. */
    VENUE_REJECTS,
    /**
     * Broken Trade replies: an execution the venue reported and then broke. Passed to risk, which
     * takes the fill it names back off the position (or trips the kill switch when it no longer
     * remembers that fill).
     */
    BROKEN_TRADES,
    /** Cancel Reject replies: a cancel the venue refused; the order stays as it was. */
    CANCEL_REJECTS,
    /** Replies that did not decode, or named a token that is not a number (counted, dropped). */
    MALFORMED_REPLIES,
    /** The gateway-to-risk ring was full: kill switch tripped, report dropped. */
    RING_FULL,
    /** The journal ring was full: record dropped (the gateway never blocks on the journal). */
    JOURNAL_DROPS,
    /**
     * Orders the venue had not answered at all (no accept, reject, execution or cancel) within
     * the acknowledgement timeout; counted once each, when given up. Risk still holds them open.
     */
    UNACKNOWLEDGED,
    /**
     * Trade Correction replies: the venue changed the shares or price of an earlier execution.
     * Risk cannot re-apply a fill by its match number, so the position is no longer known: the
     * kill switch is tripped (as for a fill of an order risk no longer holds) and the reply is
     * journaled for the operator.
     */
    TRADE_CORRECTIONS,
    /** Price Correction replies: an execution's price changed, not its shares; counted and journaled. */
    PRICE_CORRECTIONS,
    /**
     * Orders whose price OUCH 4.2 cannot carry (0.0000 once rounded, or above 199,999.9900): reported
     * rejected to risk with reason 'X', not sent. The 4-byte field would have kept only the low 32
     * bits of the price, turning it into another, possibly far more aggressive, one.
     */
    INVALID_PRICE
}
