package io.hftengine.pipeline.message;

/** What a strategy asks for in a {@link SignalEvent}. */
public enum SignalType {
    /** Enter a buy limit order. */
    BUY,
    /** Enter a sell limit order. */
    SELL,
    /** Cancel the rest of an open order. */
    CANCEL
}
