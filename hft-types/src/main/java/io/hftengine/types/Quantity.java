package io.hftengine.types;

import java.nio.ByteBuffer;

/**
 * Quantities as fixed-point {@code long}s on the same scale as {@link Price}: the raw value is the
 * quantity times 10<sup>8</sup>, so 100 shares is {@code 100 * Quantity.ONE}. Equity shares use
 * whole units ({@link #fromShares(long)}); fractional venues use the decimals.
 *
 * <p>Signed values are allowed (positions, deltas). {@link #NULL} ({@code Long.MIN_VALUE}) means
 * "no quantity". Static, stateless, thread-safe; nothing allocates except the slow paths marked.
 * Text grammar and output form are those of {@link Price}.
 */
public final class Quantity {
    /** Number of implied decimal digits in a raw quantity. */
    public static final int SCALE_DIGITS = FixedPoint.SCALE_DIGITS;
    /** Raw value of a quantity of 1. */
    public static final long ONE = FixedPoint.ONE;
    /** "No quantity": {@code Long.MIN_VALUE}, never a valid quantity. */
    public static final long NULL = FixedPoint.NULL;
    /** Largest quantity, 92233720368.54775807. */
    public static final long MAX = Long.MAX_VALUE;
    /** Largest whole number of units: 92,233,720,368 (above any 32-bit share count). */
    public static final long MAX_UNITS = Long.MAX_VALUE / FixedPoint.ONE;
    /** Largest ITCH/OUCH share count: an unsigned 32-bit field. */
    public static final long MAX_WIRE_SHARES = 0xFFFF_FFFFL;

    private static final String WHAT = "quantity";

    private Quantity() {
    }

    /**
     * Makes a quantity of whole units.
     *
     * @param units whole units, may be negative
     * @return the raw quantity
     * @throws ArithmeticException when |units| exceeds {@link #MAX_UNITS}
     */
    public static long ofUnits(final long units) {
        return FixedPoint.scaleUp(units, SCALE_DIGITS, WHAT);
    }

    /**
     * Converts an ITCH/OUCH share count (unsigned 32-bit: pass {@code getInt(..) & 0xFFFFFFFFL}).
     *
     * @param shares 0 to {@link #MAX_WIRE_SHARES}
     * @return the raw quantity
     * @throws IllegalArgumentException when shares is outside [0, {@link #MAX_WIRE_SHARES}]
     */
    public static long fromShares(final long shares) {
        if (shares < 0 || shares > MAX_WIRE_SHARES) {
            throw new IllegalArgumentException("shares must be in [0, 2^32-1]: " + shares);
        }
        return shares * ONE;
    }

    /**
     * Returns the whole number of units, for share counts on the wire.
     *
     * @param quantity raw quantity
     * @return quantity / {@link #ONE}
     * @throws ArithmeticException when the quantity has a fractional part (it would be lost)
     * @throws IllegalArgumentException when quantity is {@link #NULL}
     */
    public static long toUnits(final long quantity) {
        if (quantity == NULL) {
            throw new IllegalArgumentException("toUnits: NULL quantity");
        }
        if (quantity % ONE != 0) {
            throw new ArithmeticException("quantity " + toString(quantity) + " is not a whole number");
        }
        return quantity / ONE;
    }

    /**
     * Tells whether a raw value is the "no quantity" sentinel.
     *
     * @param quantity raw quantity
     * @return true when {@code quantity == NULL}
     */
    public static boolean isNull(final long quantity) {
        return quantity == NULL;
    }

    /**
     * Compares two quantities numerically.
     *
     * @param a raw quantity
     * @param b raw quantity
     * @return negative, zero or positive as {@code a} is below, equal to or above {@code b}
     */
    public static int compare(final long a, final long b) {
        return Long.compare(a, b);
    }

    /**
     * Adds exactly.
     *
     * @param a raw quantity
     * @param b raw quantity
     * @return {@code a + b}
     * @throws ArithmeticException when the sum leaves [-MAX, MAX]
     * @throws IllegalArgumentException when either operand is {@link #NULL}
     */
    public static long add(final long a, final long b) {
        return FixedPoint.add(a, b, WHAT);
    }

    /**
     * Subtracts exactly.
     *
     * @param a raw quantity
     * @param b raw quantity
     * @return {@code a - b}
     * @throws ArithmeticException when the difference leaves [-MAX, MAX]
     * @throws IllegalArgumentException when either operand is {@link #NULL}
     */
    public static long subtract(final long a, final long b) {
        return FixedPoint.subtract(a, b, WHAT);
    }

    /**
     * Parses without allocating or throwing; grammar as {@link Price#tryParse(CharSequence, int, int)}.
     *
     * @param text decimal text
     * @return the raw quantity, or {@link #NULL} when malformed or out of range
     */
    public static long tryParse(final CharSequence text) {
        return FixedPointParser.parse(text, 0, text.length());
    }

    /**
     * Parses a range of a CharSequence without allocating or throwing.
     *
     * @param text decimal text
     * @param offset first char
     * @param length number of chars
     * @return the raw quantity, or {@link #NULL} when malformed, out of range or out of bounds
     */
    public static long tryParse(final CharSequence text, final int offset, final int length) {
        return FixedPointParser.parse(text, offset, length);
    }

    /**
     * Parses ASCII bytes without allocating or throwing.
     *
     * @param text ASCII bytes
     * @param offset first byte
     * @param length number of bytes
     * @return the raw quantity, or {@link #NULL} when malformed, out of range or out of bounds
     */
    public static long tryParse(final byte[] text, final int offset, final int length) {
        return FixedPointParser.parse(text, offset, length);
    }

    /**
     * Parses ASCII bytes at an absolute index without allocating or throwing.
     *
     * @param text buffer
     * @param index absolute index of the first byte
     * @param length number of bytes
     * @return the raw quantity, or {@link #NULL} when malformed, out of range or beyond the limit
     */
    public static long tryParse(final ByteBuffer text, final int index, final int length) {
        return FixedPointParser.parse(text, index, length);
    }

    /**
     * Parses a quantity, failing loudly (slow path on error).
     *
     * @param text decimal text
     * @return the raw quantity
     * @throws IllegalArgumentException naming the text, the reason and the index
     */
    public static long parse(final CharSequence text) {
        final long value = FixedPointParser.parse(text, 0, text.length());
        if (value == NULL) {
            throw new IllegalArgumentException(FixedPointParser.describe(WHAT, text));
        }
        return value;
    }

    /**
     * Appends the shortest exact decimal form ("NULL" for {@link #NULL}).
     *
     * @param quantity raw quantity
     * @param out destination
     * @return {@code out}
     */
    public static StringBuilder appendTo(final long quantity, final StringBuilder out) {
        FixedPointFormatter.append(quantity, 0, out);
        return out;
    }

    /**
     * Writes the shortest exact form as ASCII.
     *
     * @param quantity raw quantity
     * @param dst destination
     * @param offset first byte to write
     * @return bytes written, or -1 (nothing written) when it does not fit; at most
     *     {@link Price#MAX_TEXT_LENGTH}
     */
    public static int format(final long quantity, final byte[] dst, final int offset) {
        return FixedPointFormatter.write(quantity, 0, dst, offset);
    }

    /**
     * Writes the shortest exact form as ASCII at an absolute index (position unchanged).
     *
     * @param quantity raw quantity
     * @param dst destination
     * @param index absolute index of the first byte
     * @return bytes written, or -1 (nothing written) when it does not fit before the limit
     */
    public static int format(final long quantity, final ByteBuffer dst, final int index) {
        return FixedPointFormatter.write(quantity, 0, dst, index);
    }

    /**
     * Formats to a new String (slow path: allocates).
     *
     * @param quantity raw quantity
     * @return the shortest exact decimal form, or "NULL"
     */
    public static String toString(final long quantity) {
        return appendTo(quantity, new StringBuilder(FixedPointFormatter.MAX_LENGTH)).toString();
    }
}
