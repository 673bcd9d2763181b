package io.hftengine.pipeline.risk;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * The reference price of each symbol for the fat-finger band: written by one thread (the market
 * data stage: mid of the top of book, or last trade when one side is empty), read by the risk
 * stage. Opaque stores and loads: each price is an independent, atomic 64-bit value, and nothing
 * else is published through it, so no stronger ordering is needed. In replay the quiescence
 * handshake makes the value risk reads the same in every layout.
 */
public final class ReferencePrices {
    /** The value of a symbol without a reference price. */
    public static final long NONE = Long.MIN_VALUE;
    private static final VarHandle PRICES = MethodHandles.arrayElementVarHandle(long[].class);

    private final long[] prices;

    /**
     * Creates a table with no prices.
     *
     * @param maxSymbols ids {@code 0 .. maxSymbols - 1}
     */
    public ReferencePrices(final int maxSymbols) {
        if (maxSymbols < 1) {
            throw new IllegalArgumentException("maxSymbols must be positive, was " + maxSymbols);
        }
        prices = new long[maxSymbols];
        Arrays.fill(prices, NONE);
    }

    /**
     * Writer thread only: sets a symbol's reference price; ids out of range are ignored.
     *
     * @param symbolId stock locate
     * @param price Price raw, or {@link #NONE}
     */
    public void set(final int symbolId, final long price) {
        if (symbolId >= 0 && symbolId < prices.length) {
            PRICES.setOpaque(prices, symbolId, price);
        }
    }

    /**
     * Any thread: a symbol's reference price.
     *
     * @param symbolId stock locate
     * @return Price raw, or {@link #NONE} when unknown or out of range
     */
    public long get(final int symbolId) {
        return symbolId >= 0 && symbolId < prices.length ? (long) PRICES.getOpaque(prices, symbolId) : NONE;
    }

    /**
     * Returns the number of symbol ids.
     *
     * @return the number of symbol ids
     */
    public int capacity() {
        return prices.length;
    }
}
