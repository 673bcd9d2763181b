package io.hftengine.types;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** BigDecimal reference model of the scale-8 raw values, used as the oracle by property tests. */
final class FixedPointOracle {
    static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);
    static final BigInteger MIN = MAX.negate();

    private FixedPointOracle() {
    }

    static BigDecimal decimal(final long raw) {
        return BigDecimal.valueOf(raw, 8);
    }

    /** The raw value of a decimal, or null when it has more than 8 decimals or is out of range. */
    static Long raw(final BigDecimal value) {
        final BigDecimal scaled = value.movePointRight(8);
        final BigInteger exact;
        try {
            exact = scaled.toBigIntegerExact();
        } catch (final ArithmeticException e) {
            return null;
        }
        return fits(exact) ? exact.longValueExact() : null;
    }

    static boolean fits(final BigInteger v) {
        return v.compareTo(MIN) >= 0 && v.compareTo(MAX) <= 0;
    }

    /** Expected text of the shortest form. */
    static String text(final long raw) {
        final BigDecimal d = decimal(raw).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }

    /** Expected notional (truncated toward zero), or null when out of range. */
    static Long notional(final long price, final long quantity) {
        final BigInteger exact = BigInteger.valueOf(price).multiply(BigInteger.valueOf(quantity))
            .divide(BigInteger.valueOf(100_000_000L)); // BigInteger.divide truncates toward zero
        return fits(exact) ? exact.longValueExact() : null;
    }

    static RoundingMode rounding(final TickRounding mode) {
        switch (mode) {
            case DOWN:
                return RoundingMode.FLOOR;
            case UP:
                return RoundingMode.CEILING;
            case TOWARD_ZERO:
                return RoundingMode.DOWN;
            case NEAREST:
                return RoundingMode.HALF_UP;
            case NEAREST_EVEN:
                return RoundingMode.HALF_EVEN;
            default:
                throw new AssertionError(mode);
        }
    }

    /** Expected rounded raw value, or null when out of range. */
    static Long roundToTick(final long value, final long tick, final TickRounding mode) {
        final BigInteger multiples = new BigDecimal(value).divide(new BigDecimal(tick), 0, rounding(mode))
            .toBigIntegerExact();
        final BigInteger exact = multiples.multiply(BigInteger.valueOf(tick));
        return fits(exact) ? exact.longValueExact() : null;
    }
}
