package io.hftengine.types;

/**
 * {@code a * b / 10^8} truncated toward zero with a 128-bit intermediate.
 *
 * <p>The common case (product fits in 64 bits) costs one {@code multiplyHigh}, one compare and
 * one division by a constant. Only products beyond 2<sup>63</sup> take the wide path, which
 * divides the 128-bit magnitude by 10<sup>8</sup> in 32-bit steps: the divisor is below
 * 2<sup>27</sup>, so each step's dividend fits in a positive long.
 */
final class WideArithmetic {
    private static final long LOW_32 = 0xFFFF_FFFFL;

    private WideArithmetic() {
    }

    /**
     * Returns {@code a * b / 10^8} truncated toward zero, or {@link FixedPoint#NULL} when the
     * exact quotient lies outside [-MAX, MAX] (a valid quotient is never NULL).
     */
    static long scaledProductOrNull(final long a, final long b) {
        final long lo = a * b;
        final long hi = Math.multiplyHigh(a, b);
        if ((lo >> 63) == hi) {
            // |lo| <= 2^63 so lo / 10^8 can never be MIN_VALUE (NULL).
            return lo / FixedPoint.ONE;
        }
        return wide(hi, lo, false);
    }

    /**
     * Returns {@code a * b / 10^8} truncated toward zero, clamped to {@code Long.MIN_VALUE} /
     * {@code Long.MAX_VALUE} when the exact quotient is below -MAX / above MAX.
     */
    static long scaledProductSaturating(final long a, final long b) {
        final long lo = a * b;
        final long hi = Math.multiplyHigh(a, b);
        if ((lo >> 63) == hi) {
            return lo / FixedPoint.ONE;
        }
        return wide(hi, lo, true);
    }

    /**
     * Divides the signed 128-bit value (hi, lo) by 10^8. With {@code saturate} the result is
     * clamped to MIN/MAX; without it an overflow is reported as {@link FixedPoint#NULL}.
     */
    private static long wide(final long hi, final long lo, final boolean saturate) {
        final boolean negative = hi < 0;
        long mHi = hi;
        long mLo = lo;
        if (negative) {
            // Two's-complement negation of the 128-bit value; |a*b| <= 2^126 so mHi stays positive.
            mLo = -lo;
            mHi = ~hi + (lo == 0 ? 1 : 0);
        }
        final long divisor = FixedPoint.ONE;
        if (mHi >= divisor) {
            return overflowResult(negative, saturate);
        }
        final long top = (mHi << 32) | (mLo >>> 32);
        final long q1 = top / divisor;
        final long r1 = top - q1 * divisor;
        final long bottom = (r1 << 32) | (mLo & LOW_32);
        final long q0 = bottom / divisor;
        final long quotient = (q1 << 32) | q0;
        if (quotient < 0) {
            // Unsigned quotient above 2^63 - 1: beyond MAX either way (MIN_VALUE is NULL).
            return overflowResult(negative, saturate);
        }
        return negative ? -quotient : quotient;
    }

    private static long overflowResult(final boolean negative, final boolean saturate) {
        if (!saturate) {
            return FixedPoint.NULL;
        }
        return negative ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
}
