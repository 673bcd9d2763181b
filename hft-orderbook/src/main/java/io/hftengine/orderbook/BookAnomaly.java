package io.hftengine.orderbook;

/**
 * Kinds of bad input an {@link OrderBook} counts instead of failing.
 *
 * <p>Each kind says what the book does with the offending event. Apart from the two
 * over-quantity kinds, which clamp, an anomalous event leaves the book exactly as it was.
 */
public enum BookAnomaly {
    /** A stock locate outside 0 to 65,535 in an add or a symbol definition; dropped. */
    INVALID_LOCATE,
    /** Add for a stock locate with no Stock Directory entry; dropped. */
    UNKNOWN_SYMBOL,
    /** Add or replace with a price of zero or below, or above {@link L2View#MAX_PRICE}; dropped. */
    INVALID_PRICE,
    /** Add, replace, execute or cancel with zero, negative or over 2^32 - 1 shares; dropped. */
    INVALID_QUANTITY,
    /** Add with no side (an ITCH side code other than 'B' or 'S'); dropped. */
    INVALID_SIDE,
    /** Add or replace whose new order reference is already live; dropped, the live order kept. */
    DUPLICATE_ORDER_REF,
    /** Add when the order pool is full; dropped (later events for it count as unknown). */
    ORDER_CAPACITY_EXCEEDED,
    /** Execute of an order reference that is not live; ignored. */
    EXECUTE_UNKNOWN_ORDER,
    /** Cancel of an order reference that is not live; ignored. */
    CANCEL_UNKNOWN_ORDER,
    /** Delete of an order reference that is not live; ignored. */
    DELETE_UNKNOWN_ORDER,
    /** Replace of an original order reference that is not live; ignored, nothing added. */
    REPLACE_UNKNOWN_ORDER,
    /** Execute of more shares than remain; clamped to the remainder, so the order leaves. */
    OVER_EXECUTION,
    /** Cancel of more shares than remain; clamped to the remainder, so the order leaves. */
    OVER_CANCEL;

    private static final BookAnomaly[] VALUES = values();

    /**
     * Returns the kind for an ordinal without allocating a copy of {@link #values()}.
     *
     * @param ordinal 0 to {@code count() - 1}
     * @return the kind
     * @throws ArrayIndexOutOfBoundsException when the ordinal is out of range
     */
    public static BookAnomaly fromOrdinal(final int ordinal) {
        return VALUES[ordinal];
    }

    /**
     * Returns the number of kinds.
     *
     * @return the size of this enum
     */
    public static int count() {
        return VALUES.length;
    }
}
