package io.hftengine.pipeline.message;

/**
 * Why pre-trade risk refused a signal. Every constant has its own counter.
 */
public enum RejectReason {
    /** Not rejected. */
    NONE,
    /** The kill switch is set: no new orders at all. */
    KILL_SWITCH,
    /** Quantity zero, negative, or above the per-order maximum. */
    MAX_ORDER_QUANTITY,
    /** Price times quantity above the per-order maximum notional. */
    MAX_ORDER_NOTIONAL,
    /** Filled position plus open orders at worst case would break the per-symbol limit. */
    SYMBOL_POSITION_LIMIT,
    /** The sum of per-symbol worst-case positions would break the total limit. */
    TOTAL_POSITION_LIMIT,
    /** The token bucket is empty: too many orders in too short a (clock) time. */
    ORDER_RATE,
    /** The price is outside the band around the reference price (fat finger). */
    PRICE_BAND,
    /** There is no reference price for the symbol yet, so the band cannot be checked. */
    NO_REFERENCE_PRICE,
    /** Price not positive, or symbol id out of range. */
    INVALID_ORDER,
    /** Too many orders open at once. */
    MAX_OPEN_ORDERS,
    /** The client order id is not above every id seen before. */
    DUPLICATE_ORDER_ID,
    /** A cancel for an order that is not open. */
    UNKNOWN_ORDER,
    /** The venue has stopped the symbol's trading (ITCH Stock Trading Action: halted, paused or quotation only). */
    SYMBOL_HALTED
}
