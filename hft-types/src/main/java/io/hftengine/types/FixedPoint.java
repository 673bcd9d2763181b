package io.hftengine.types;

/**
 * Constants and exact arithmetic shared by {@link Price} and {@link Quantity}: both are a
 * {@code long} holding the value times 10<sup>8</sup>.
 *
 * <p>Package-private: callers use the named facades so that the unit stays visible in code.
 */
final class FixedPoint {
    /** Number of implied decimal digits. */
    static final int SCALE_DIGITS = 8;
    /** Raw value of one whole unit. */
    static final long ONE = 100_000_000L;
    /** The "no value" sentinel; never a valid raw value, so the valid range is symmetric. */
    static final long NULL = Long.MIN_VALUE;

    /** Powers of ten that fit in a long: {@code POW10[i] == 10^i}, i in [0, 18]. */
    static final long[] POW10 = {
        1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L,
        1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L,
        10_000_000_000_000L, 100_000_000_000_000L, 1_000_000_000_000_000L,
        10_000_000_000_000_000L, 100_000_000_000_000_000L, 1_000_000_000_000_000_000L,
    };

    private FixedPoint() {
    }

    /** Adds, throwing when an argument is NULL or the sum leaves [-MAX, MAX]. */
    static long add(final long a, final long b, final String what) {
        if (a == NULL || b == NULL) {
            throw new IllegalArgumentException(what + " add: NULL operand");
        }
        final long r = a + b;
        // Overflow iff both operands have the sign the result lacks; MIN_VALUE is NULL, not a value.
        if (((a ^ r) & (b ^ r)) < 0 || r == NULL) {
            throw new ArithmeticException(what + " overflow: " + a + " + " + b);
        }
        return r;
    }

    /** Subtracts, throwing when an argument is NULL or the difference leaves [-MAX, MAX]. */
    static long subtract(final long a, final long b, final String what) {
        if (a == NULL || b == NULL) {
            throw new IllegalArgumentException(what + " subtract: NULL operand");
        }
        final long r = a - b;
        if (((a ^ b) & (a ^ r)) < 0 || r == NULL) {
            throw new ArithmeticException(what + " overflow: " + a + " - " + b);
        }
        return r;
    }

    /** Multiplies by a power of ten, throwing when the result leaves [-MAX, MAX]. */
    static long scaleUp(final long value, final int digits, final String what) {
        final long factor = POW10[digits];
        final long limit = Long.MAX_VALUE / factor;
        if (value > limit || value < -limit) {
            throw new ArithmeticException(what + " overflow: " + value + " x 10^" + digits);
        }
        return value * factor;
    }
}
