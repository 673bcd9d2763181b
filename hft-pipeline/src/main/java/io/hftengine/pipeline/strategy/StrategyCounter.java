package io.hftengine.pipeline.strategy;

/** Counters of the strategy stage. */
public enum StrategyCounter {
    /** Market events handed to the strategy. */
    MARKET_EVENTS,
    /** Execution reports handed to the strategy. */
    EXECUTION_REPORTS,
    /** Timer callbacks. */
    TIMERS,
    /** New-order signals sent. */
    ORDER_SIGNALS,
    /** Cancel signals sent. */
    CANCEL_SIGNALS,
    /** The strategy-to-risk ring was full: kill switch tripped, signal dropped. */
    RING_FULL
}
