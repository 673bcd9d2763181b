package io.hftengine.pipeline.risk;

/** Counters of the risk stage (rejects are counted separately, by {@code RejectReason}). */
public enum RiskCounter {
    /** Signals received from the strategy. */
    SIGNALS,
    /** New orders approved. */
    APPROVED_ORDERS,
    /** Cancels approved. */
    APPROVED_CANCELS,
    /** Signals rejected, all reasons. */
    REJECTED,
    /** Execution reports received from the gateway. */
    EXECUTION_REPORTS,
    /** Fills applied to positions. */
    FILLS,
    /** Shares filled. */
    FILLED_SHARES,
    /** Execution reports for orders risk does not know as open (counted, forwarded). */
    UNKNOWN_ORDER_REPORTS,
    /**
     * Fills repeating a recent fill (same match number, same order: a duplicated or replayed
     * reply): not applied, not forwarded.
     */
    DUPLICATE_FILLS,
    /**
     * Fills for an order risk does not hold open (released by a cancel or reject, or never
     * approved): the position is no longer known, so the kill switch was tripped.
     */
    ORPHAN_FILLS,
    /** Fills of more shares than the order had left (applied in full, counted). */
    OVERFILLS,
    /** Fills that took a position beyond a limit: the kill switch was tripped. */
    FILL_LIMIT_BREACHES,
    /** Broken Trades of a recent fill: its shares were taken back off the position. */
    BROKEN_TRADES,
    /**
     * Broken Trades that name no fill risk remembers (older than the recent fills kept, or never
     * applied): the position is no longer known, so the kill switch was tripped.
     */
    UNKNOWN_BROKEN_TRADES,
    /** An output ring was full: the kill switch was tripped and the event dropped. */
    RING_FULL,
    /** Times the external kill-switch request was seen and applied. */
    EXTERNAL_KILL_REQUESTS
}
