package io.hftengine.pipeline.risk;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * What risk knows of the market for each symbol: its reference price for the fat-finger band,
 * and whether the venue has stopped its trading. Written by one thread (the market data stage:
 * mid of the top of book, or last trade when one side is empty; ITCH Stock Trading Actions), read
 * by the risk stage. Opaque stores and loads: each value is an independent, atomic 64-bit value,
 * and nothing else is published through it, so no stronger ordering is needed. A symbol's two
 * values sit side by side, so the check reads one cache line. In replay the quiescence handshake
 * makes the values risk reads the same in every layout.
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
        // [price, halted] per symbol
        prices = new long[maxSymbols * 2];
        for (int i = 0; i < prices.length; i += 2) {
            prices[i] = NONE;
        }
    }

    /**
     * Writer thread only: sets a symbol's reference price; ids out of range are ignored.
     *
     * @param symbolId stock locate
     * @param price Price raw, or {@link #NONE}
     */
    public void set(final int symbolId, final long price) {
        if (symbolId >= 0 && symbolId < capacity()) {
            PRICES.setOpaque(prices, symbolId << 1, price);
        }
    }

    /**
     * Writer thread only: records whether the venue has stopped a symbol's trading (halted,
     * paused or quotation only); ids out of range are ignored.
     *
     * @param symbolId stock locate
     * @param halted true while its trading is stopped
     */
    public void halted(final int symbolId, final boolean halted) {
        if (symbolId >= 0 && symbolId < capacity()) {
            PRICES.setOpaque(prices, (symbolId << 1) + 1, halted ? 1L : 0L);
        }
    }

    /**
     * Any thread: whether the venue has stopped a symbol's trading.
     *
     * @param symbolId stock locate
     * @return true while stopped; false when trading, unknown or out of range
     */
    public boolean isHalted(final int symbolId) {
        return symbolId >= 0 && symbolId < capacity() && (long) PRICES.getOpaque(prices, (symbolId << 1) + 1) != 0;
    }

    /**
     * Any thread: a symbol's reference price.
     *
     * @param symbolId stock locate
     * @return Price raw, or {@link #NONE} when unknown or out of range
     */
    public long get(final int symbolId) {
        return symbolId >= 0 && symbolId < capacity() ? (long) PRICES.getOpaque(prices, symbolId << 1) : NONE;
    }

    /**
     * Returns the number of symbol ids.
     *
     * @return the number of symbol ids
     */
    public int capacity() {
        return prices.length >> 1;
    }
}
