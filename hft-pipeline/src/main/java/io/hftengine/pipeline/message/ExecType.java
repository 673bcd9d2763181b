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
    /**
     * The venue broke an earlier fill of the order, named by {@code matchNumber}: the trade no
     * longer stands. Risk fills in that fill's shares and price as last quantity and price, which
     * have been taken back off the position; the order's open quantity does not change.
     */
    BROKEN,
    /** Our own pre-trade risk rejected the signal: {@code rejectReason} says why. */
    RISK_REJECTED
}
