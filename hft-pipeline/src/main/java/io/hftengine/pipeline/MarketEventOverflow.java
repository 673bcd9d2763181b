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
     * catches up with the latest state of every symbol it missed, oldest pending first, and never
     * sees an intermediate state twice. Events keep the receive stamp of the last change they
     * carry, so their latency includes the time they waited.
     */
    CONFLATE
}
