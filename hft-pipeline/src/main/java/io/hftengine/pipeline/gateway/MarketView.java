package io.hftengine.pipeline.gateway;

import io.hftengine.types.Side;

/**
 * What a simulated venue sees of the market: the touch of its own book of the feed, by the OUCH
 * stock field. Prices in ITCH/OUCH units (4 implied decimals). Read on the venue's thread only.
 */
public interface MarketView {
    /**
     * Returns the best price on one side of a stock's book.
     *
     * @param stock the symbol's 8 ASCII bytes, big-endian, space-padded (the OUCH stock field)
     * @param side  the side of the book
     * @return the best bid ({@link Side#BUY}) or ask ({@link Side#SELL}); 0 when that side is empty
     *         or the stock unknown
     */
    long bestPrice(long stock, Side side);

    /**
     * Returns the shares displayed at the best price of one side.
     *
     * @param stock the symbol, as in {@link #bestPrice}
     * @param side  the side of the book
     * @return shares at the touch; 0 when the side is empty or the stock unknown
     */
    long bestSize(long stock, Side side);
}
