package io.hftengine.pipeline.message;

/** What an {@link ExecutionReport} reports. */
public enum ExecType {
    /** The venue accepted the order; it is live. */
    ACCEPTED,
    /** Part or all of the order traded: last quantity and price are set. */
    FILLED,
    /** The venue cancelled the rest of the order (on request or on its own). */
    CANCELLED,
    /** The venue rejected the order: {@code venueReason} holds its reason code. */
    REJECTED,
    /** Our own pre-trade risk rejected the signal: {@code rejectReason} says why. */
    RISK_REJECTED
}
