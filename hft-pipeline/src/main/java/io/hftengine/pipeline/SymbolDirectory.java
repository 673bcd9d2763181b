package io.hftengine.pipeline;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Stock locate to 8-byte symbol (packed big-endian, as {@code io.hftengine.types.Symbol} packs
 * it and as it sits in ITCH and OUCH messages): learnt by the market data stage from ITCH Stock
 * Directory messages (or seeded from config), read by the gateway to fill OUCH's stock field.
 * One writer at a time, any readers; opaque access (each entry is independent).
 */
public final class SymbolDirectory {
    /** Locates are 16-bit in ITCH. */
    public static final int CAPACITY = 65_536;
    /** The value of an unknown locate. */
    public static final long UNKNOWN = 0L;
    private static final VarHandle SYMBOLS = MethodHandles.arrayElementVarHandle(long[].class);

    private final long[] symbols = new long[CAPACITY];

    /** Creates an empty directory. */
    public SymbolDirectory() {
    }

    /**
     * Writer: records a symbol; out-of-range locates are ignored.
     *
     * @param locate stock locate, 0..65535
     * @param packedSymbol 8 ASCII bytes packed big-endian
     */
    public void put(final int locate, final long packedSymbol) {
        if (locate >= 0 && locate < CAPACITY) {
            SYMBOLS.setOpaque(symbols, locate, packedSymbol);
        }
    }

    /**
     * Any thread: the symbol of a locate.
     *
     * @param locate stock locate
     * @return packed symbol, or {@link #UNKNOWN}
     */
    public long symbolOf(final int locate) {
        return locate >= 0 && locate < CAPACITY ? (long) SYMBOLS.getOpaque(symbols, locate) : UNKNOWN;
    }
}
