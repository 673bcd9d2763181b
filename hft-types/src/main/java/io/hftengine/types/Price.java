package io.hftengine.types;

import java.nio.ByteBuffer;

/**
 * Prices as fixed-point {@code long}s: the raw value is the price times 10<sup>8</sup>
 * ({@link #SCALE_DIGITS} = 8, {@link #ONE} = 100,000,000), so 12.3456 is {@code 1_234_560_000L}.
 *
 * <p>Eight decimals hold NASDAQ's 4-decimal prices, ITCH's 8-decimal MWCB levels and crypto
 * instruments exactly; the range is &plusmn;92,233,720,368.54775807. {@link #NULL}
 * ({@code Long.MIN_VALUE}) means "no price" and is never a valid price, so every valid raw value
 * has a valid negation.
 *
 * <p>All methods are static, stateless and thread-safe, and none allocates except where marked
 * slow path. Checked arithmetic throws {@link ArithmeticException} on overflow and
 * {@link IllegalArgumentException} on a {@link #NULL} operand; {@link #tryParse(CharSequence)}
 * and {@link #notionalSaturating(long, long)} never throw, for hot paths.
 */
public final class Price {
    /** Number of implied decimal digits in a raw price. */
    public static final int SCALE_DIGITS = FixedPoint.SCALE_DIGITS;
    /** Raw value of a price of 1. */
    public static final long ONE = FixedPoint.ONE;
    /** "No price": {@code Long.MIN_VALUE}, never a valid price. */
    public static final long NULL = FixedPoint.NULL;
    /** Largest price, 92233720368.54775807. */
    public static final long MAX = Long.MAX_VALUE;
    /** Smallest price, -92233720368.54775807 (the negation of {@link #MAX}). */
    public static final long MIN = -Long.MAX_VALUE;
    /** Longest text {@link #format(long, byte[], int)} can write (sign, 11 digits, '.', 8 decimals). */
    public static final int MAX_TEXT_LENGTH = FixedPointFormatter.MAX_LENGTH;
    /** Raw units per unit of an ITCH/OUCH 4-decimal wire price: 10<sup>4</sup>. */
    public static final long WIRE4_FACTOR = 10_000L;

    private static final String WHAT = "price";

    private Price() {
    }

    /**
     * Tells whether a raw value is the "no price" sentinel.
     *
     * @param price raw price
     * @return true when {@code price == NULL}
     */
    public static boolean isNull(final long price) {
        return price == NULL;
    }

    /**
     * Makes a price from a whole number.
     *
     * @param units whole currency units
     * @return the raw price
     * @throws ArithmeticException when |units| exceeds 92233720368
     */
    public static long ofUnits(final long units) {
        return FixedPoint.scaleUp(units, SCALE_DIGITS, WHAT);
    }

    /**
     * Compares two prices numerically.
     *
     * @param a raw price
     * @param b raw price
     * @return negative, zero or positive as {@code a} is below, equal to or above {@code b}
     */
    public static int compare(final long a, final long b) {
        return Long.compare(a, b);
    }

    /**
     * Adds two prices exactly.
     *
     * @param a raw price
     * @param b raw price
     * @return {@code a + b}
     * @throws ArithmeticException when the sum leaves [{@link #MIN}, {@link #MAX}]
     * @throws IllegalArgumentException when either operand is {@link #NULL}
     */
    public static long add(final long a, final long b) {
        return FixedPoint.add(a, b, WHAT);
    }

    /**
     * Subtracts two prices exactly.
     *
     * @param a raw price
     * @param b raw price
     * @return {@code a - b}
     * @throws ArithmeticException when the difference leaves [{@link #MIN}, {@link #MAX}]
     * @throws IllegalArgumentException when either operand is {@link #NULL}
     */
    public static long subtract(final long a, final long b) {
        return FixedPoint.subtract(a, b, WHAT);
    }

    /**
     * Converts an ITCH/OUCH {@code Price(4)} field (price times 10<sup>4</sup>) to a raw price.
     * ITCH sends it as an unsigned 32-bit integer: pass {@code buffer.getInt(..) & 0xFFFFFFFFL}.
     *
     * @param wire4 price times 10<sup>4</sup>
     * @return the raw price; exact, and never throws for any 32-bit input
     * @throws ArithmeticException when |wire4| exceeds MAX / 10<sup>4</sup>
     */
    public static long fromWire4(final long wire4) {
        return FixedPoint.scaleUp(wire4, 4, WHAT);
    }

    /**
     * Converts a raw price to a 4-decimal wire price (OUCH {@code Price(4)}). The caller checks
     * that the result fits the field (OUCH: unsigned 32 bits).
     *
     * @param price raw price on the 1/10000 grid
     * @return price times 10<sup>4</sup>
     * @throws ArithmeticException when the price has more than 4 decimals: sending it would
     *     silently change the order; round first with {@link #toWire4(long, TickRounding)}
     * @throws IllegalArgumentException when price is {@link #NULL}
     */
    public static long toWire4(final long price) {
        if (price == NULL) {
            throw new IllegalArgumentException("toWire4: NULL price");
        }
        if (price % WIRE4_FACTOR != 0) {
            throw new ArithmeticException("price " + toString(price) + " has more than 4 decimals");
        }
        return price / WIRE4_FACTOR;
    }

    /**
     * Rounds a raw price to the 1/10000 grid and converts it to a 4-decimal wire price.
     *
     * @param price raw price
     * @param mode how to round a price off the grid
     * @return rounded price times 10<sup>4</sup>
     * @throws ArithmeticException when rounding away from zero overflows
     * @throws IllegalArgumentException when price is {@link #NULL}
     */
    public static long toWire4(final long price, final TickRounding mode) {
        return TickMath.round(price, WIRE4_FACTOR, mode, WHAT) / WIRE4_FACTOR;
    }

    /**
     * Converts a wire price with {@code decimals} implied decimals (ITCH MWCB levels: 8) to a raw
     * price, exactly.
     *
     * @param raw wire value, price times 10<sup>decimals</sup>
     * @param decimals implied decimals, 0 to 8
     * @return the raw price
     * @throws IllegalArgumentException when decimals is outside [0, 8]
     * @throws ArithmeticException when the price does not fit
     */
    public static long fromWire(final long raw, final int decimals) {
        if (decimals < 0 || decimals > SCALE_DIGITS) {
            throw new IllegalArgumentException("decimals must be in [0, 8]: " + decimals);
        }
        if (raw == NULL) {
            throw new ArithmeticException("fromWire: Long.MIN_VALUE is not a price");
        }
        return FixedPoint.scaleUp(raw, SCALE_DIGITS - decimals, WHAT);
    }

    /**
     * Returns price x quantity as a scale-8 amount: {@code price * qty / 10^8} computed with a
     * 128-bit intermediate and <b>truncated toward zero</b> (sub-10<sup>-8</sup> remainders are
     * dropped, never rounded up). Products that fit in 63 bits take a fast path.
     *
     * @param price raw price
     * @param quantity raw quantity ({@link Quantity} scale)
     * @return the notional, raw scale 8
     * @throws ArithmeticException when the notional leaves [{@link #MIN}, {@link #MAX}]
     * @throws IllegalArgumentException when either operand is {@link #NULL}
     */
    public static long notional(final long price, final long quantity) {
        if (price == NULL || quantity == NULL) {
            throw new IllegalArgumentException("notional: NULL operand");
        }
        final long result = WideArithmetic.scaledProductOrNull(price, quantity);
        if (result == NULL) {
            throw new ArithmeticException("notional overflow: " + price + " x " + quantity);
        }
        return result;
    }

    /**
     * Like {@link #notional(long, long)} but never throws: an out-of-range result is clamped to
     * {@code Long.MAX_VALUE} (positive) or {@code Long.MIN_VALUE} (negative), which a risk limit
     * then rejects. Operands are not checked for {@link #NULL} (it multiplies as
     * {@code Long.MIN_VALUE}): validate prices where they are decoded.
     *
     * @param price raw price
     * @param quantity raw quantity
     * @return the notional truncated toward zero, or a saturated bound
     */
    public static long notionalSaturating(final long price, final long quantity) {
        return WideArithmetic.scaledProductSaturating(price, quantity);
    }

    /**
     * Rounds a price to a multiple of {@code tick}, exactly.
     *
     * @param price raw price
     * @param tick raw tick size, positive (0.01 is {@code ONE / 100})
     * @param mode rounding direction; see {@link TickRounding} for how halves go
     * @return the rounded price, a multiple of tick
     * @throws IllegalArgumentException when tick is not positive or price is {@link #NULL}
     * @throws ArithmeticException when rounding away from zero leaves [{@link #MIN}, {@link #MAX}]
     */
    public static long roundToTick(final long price, final long tick, final TickRounding mode) {
        return TickMath.round(price, tick, mode, WHAT);
    }

    /**
     * Tells whether a price is on a tick grid.
     *
     * @param price raw price
     * @param tick raw tick size, positive
     * @return true when price is a multiple of tick; false for {@link #NULL}, which is no price
     * @throws IllegalArgumentException when tick is not positive
     */
    public static boolean isOnTick(final long price, final long tick) {
        if (tick <= 0) {
            throw new IllegalArgumentException("tick must be positive: " + tick);
        }
        // NULL (-2^63) is a multiple of every power-of-two tick: an on-tick check must not pass it.
        return price % tick == 0 && price != NULL;
    }

    /**
     * Parses a whole CharSequence; see {@link #tryParse(CharSequence, int, int)}.
     *
     * @param text decimal text
     * @return the raw price, or {@link #NULL} when the text is malformed or out of range
     */
    public static long tryParse(final CharSequence text) {
        return FixedPointParser.parse(text, 0, text.length());
    }

    /**
     * Parses {@code [+-]?[0-9]+(\.[0-9]{1,8})?} without allocating or throwing. More than 8
     * decimals is an error, never rounded; "1." and ".5" are errors; leading zeros are fine.
     *
     * @param text decimal text
     * @param offset first char
     * @param length number of chars
     * @return the raw price, or {@link #NULL} when the text is malformed, out of range, or the
     *     range is outside {@code text}
     */
    public static long tryParse(final CharSequence text, final int offset, final int length) {
        return FixedPointParser.parse(text, offset, length);
    }

    /**
     * Parses ASCII bytes without allocating or throwing; grammar as
     * {@link #tryParse(CharSequence, int, int)}.
     *
     * @param text ASCII bytes
     * @param offset first byte
     * @param length number of bytes
     * @return the raw price, or {@link #NULL} when malformed, out of range or out of bounds
     */
    public static long tryParse(final byte[] text, final int offset, final int length) {
        return FixedPointParser.parse(text, offset, length);
    }

    /**
     * Parses ASCII bytes at an absolute index (position and limit are not changed) without
     * allocating or throwing; grammar as {@link #tryParse(CharSequence, int, int)}.
     *
     * @param text buffer
     * @param index absolute index of the first byte
     * @param length number of bytes
     * @return the raw price, or {@link #NULL} when malformed, out of range or beyond the limit
     */
    public static long tryParse(final ByteBuffer text, final int index, final int length) {
        return FixedPointParser.parse(text, index, length);
    }

    /**
     * Parses a price, failing loudly (slow path on error).
     *
     * @param text decimal text, grammar as {@link #tryParse(CharSequence, int, int)}
     * @return the raw price
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
     * Parses ASCII bytes, failing loudly (slow path on error).
     *
     * @param text ASCII bytes
     * @param offset first byte
     * @param length number of bytes
     * @return the raw price
     * @throws IllegalArgumentException naming the text, the reason and the index
     * @throws IndexOutOfBoundsException when the range is outside the array
     */
    public static long parse(final byte[] text, final int offset, final int length) {
        final long value = FixedPointParser.parse(text, offset, length);
        if (value == NULL) {
            java.util.Objects.checkFromIndexSize(offset, length, text.length);
            throw new IllegalArgumentException(
                FixedPointParser.describe(WHAT, FixedPointParser.latin1(text, offset, length)));
        }
        return value;
    }

    /**
     * Parses ASCII bytes at an absolute index, failing loudly (slow path on error).
     *
     * @param text buffer
     * @param index absolute index of the first byte
     * @param length number of bytes
     * @return the raw price
     * @throws IllegalArgumentException naming the text, the reason and the index
     * @throws IndexOutOfBoundsException when the range is beyond the limit
     */
    public static long parse(final ByteBuffer text, final int index, final int length) {
        final long value = FixedPointParser.parse(text, index, length);
        if (value == NULL) {
            java.util.Objects.checkFromIndexSize(index, length, text.limit());
            throw new IllegalArgumentException(
                FixedPointParser.describe(WHAT, FixedPointParser.latin1(text, index, length)));
        }
        return value;
    }

    /**
     * Appends the shortest exact decimal form ("12.5", "100", "-0.0001"; {@link #NULL} as
     * "NULL") without allocating beyond the builder's own growth.
     *
     * @param price raw price
     * @param out destination
     * @return {@code out}
     */
    public static StringBuilder appendTo(final long price, final StringBuilder out) {
        FixedPointFormatter.append(price, 0, out);
        return out;
    }

    /**
     * Appends with at least {@code minDecimals} decimals ("12.5000" for 4); never fewer decimals
     * than the value needs, so nothing is lost.
     *
     * @param price raw price
     * @param minDecimals 0 to 8
     * @param out destination
     * @return {@code out}
     * @throws IllegalArgumentException when minDecimals is outside [0, 8]
     */
    public static StringBuilder appendTo(final long price, final int minDecimals, final StringBuilder out) {
        FixedPointFormatter.checkMinDecimals(minDecimals);
        FixedPointFormatter.append(price, minDecimals, out);
        return out;
    }

    /**
     * Writes the shortest exact form as ASCII.
     *
     * @param price raw price
     * @param dst destination
     * @param offset first byte to write
     * @return bytes written, or -1 (nothing written) when the text does not fit; at most
     *     {@link #MAX_TEXT_LENGTH}
     */
    public static int format(final long price, final byte[] dst, final int offset) {
        return FixedPointFormatter.write(price, 0, dst, offset);
    }

    /**
     * Writes with at least {@code minDecimals} decimals as ASCII.
     *
     * @param price raw price
     * @param minDecimals 0 to 8
     * @param dst destination
     * @param offset first byte to write
     * @return bytes written, or -1 (nothing written) when the text does not fit
     * @throws IllegalArgumentException when minDecimals is outside [0, 8]
     */
    public static int format(final long price, final int minDecimals, final byte[] dst, final int offset) {
        FixedPointFormatter.checkMinDecimals(minDecimals);
        return FixedPointFormatter.write(price, minDecimals, dst, offset);
    }

    /**
     * Writes the shortest exact form as ASCII at an absolute index (position unchanged).
     *
     * @param price raw price
     * @param dst destination
     * @param index absolute index of the first byte
     * @return bytes written, or -1 (nothing written) when the text does not fit before the limit
     */
    public static int format(final long price, final ByteBuffer dst, final int index) {
        return FixedPointFormatter.write(price, 0, dst, index);
    }

    /**
     * Writes with at least {@code minDecimals} decimals as ASCII at an absolute index.
     *
     * @param price raw price
     * @param minDecimals 0 to 8
     * @param dst destination
     * @param index absolute index of the first byte
     * @return bytes written, or -1 (nothing written) when the text does not fit before the limit
     * @throws IllegalArgumentException when minDecimals is outside [0, 8]
     */
    public static int format(final long price, final int minDecimals, final ByteBuffer dst, final int index) {
        FixedPointFormatter.checkMinDecimals(minDecimals);
        return FixedPointFormatter.write(price, minDecimals, dst, index);
    }

    /**
     * Returns the text length {@link #format(long, byte[], int)} would write.
     *
     * @param price raw price
     * @return length in bytes
     */
    public static int textLength(final long price) {
        return FixedPointFormatter.length(price, 0);
    }

    /**
     * Formats to a new String (slow path: allocates).
     *
     * @param price raw price
     * @return the shortest exact decimal form, or "NULL"
     */
    public static String toString(final long price) {
        return appendTo(price, new StringBuilder(MAX_TEXT_LENGTH)).toString();
    }

    /**
     * Converts to the nearest {@code double} (slow path, for display and analytics only: not
     * exact beyond about 15 significant digits; never feed the result back into prices).
     *
     * @param price raw price, not {@link #NULL}
     * @return the approximate value
     */
    public static double toApproximateDouble(final long price) {
        return price / (double) ONE;
    }
}
