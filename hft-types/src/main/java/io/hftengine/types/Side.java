package io.hftengine.types;

/**
 * The side of an order or a book level.
 *
 * <p>Each side carries its one-byte wire code (ITCH and OUCH both use {@code 'B'} and {@code 'S'})
 * and its sign for position arithmetic, so hot paths switch on neither strings nor ordinals.
 */
public enum Side {
    /** A bid: buying raises the position. */
    BUY((byte) 'B', 1),
    /** An offer: selling lowers the position. */
    SELL((byte) 'S', -1);

    private final byte code;
    private final int sign;

    Side(final byte code, final int sign) {
        this.code = code;
        this.sign = sign;
    }

    /**
     * Returns the wire code of this side.
     *
     * @return {@code 'B'} or {@code 'S'}
     */
    public byte code() {
        return code;
    }

    /**
     * Returns the sign this side gives a position change.
     *
     * @return {@code +1} for {@link #BUY}, {@code -1} for {@link #SELL}
     */
    public int sign() {
        return sign;
    }

    /**
     * Returns the other side.
     *
     * @return {@link #SELL} for {@link #BUY} and the reverse
     */
    public Side opposite() {
        return this == BUY ? SELL : BUY;
    }

    /**
     * Decodes a wire code without allocating.
     *
     * @param code {@code 'B'} or {@code 'S'}
     * @return the side, or {@code null} when the code is neither, so a decoder can count the
     *     message as malformed instead of throwing
     */
    public static Side fromCode(final byte code) {
        switch (code) {
            case 'B':
                return BUY;
            case 'S':
                return SELL;
            default:
                return null;
        }
    }

    /**
     * Decodes a wire code as the protocol flyweights return it ({@code char}), without allocating.
     *
     * @param code {@code 'B'} or {@code 'S'}
     * @return the side, or {@code null} when the code is neither (a char beyond one byte included)
     */
    public static Side fromCode(final char code) {
        return code > 0xFF ? null : fromCode((byte) code);
    }
}
