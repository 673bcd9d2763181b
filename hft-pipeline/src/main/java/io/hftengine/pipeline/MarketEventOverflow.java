package io.hftengine.pipeline;

/**
 * What the market data stage does with a book change when the market-data-to-strategy ring is
 * full (the strategy has fallen behind). Trades cannot be folded into anything: under either
 * policy a trade that finds the ring full is dropped and counted.
 */
public enum MarketEventOverflow {
    /**
     * Drop the event and count it ({@code EVENTS_DROPPED}). The strategy then holds an older
     * picture of that symbol until its book changes again with room in the ring.
     */
    DROP,
    /**
     * Mark the symbol pending and count it ({@code EVENTS_CONFLATED}); once the ring has room,
     * publish one event per pending symbol, built from the book as it is then, so the strategy
     * catches up with the latest state of every symbol it missed, oldest pending first. While any
     * symbol is pending, nothing overtakes it: a new book change of any symbol is conflated too
     * (into its symbol's entry if it has one), and a trade is dropped and counted, so the
     * strategy sees each symbol's events in the order they happened. Events keep the receive
     * stamp of the last change they carry, so their latency includes the time they waited.
     */
    CONFLATE
}
