package io.hftengine.types;

/**
 * Exact rounding of a scale-8 value to a multiple of a tick, with overflow detection.
 */
final class TickMath {
    private TickMath() {
    }

    static long round(final long value, final long tick, final TickRounding mode, final String what) {
        if (value == FixedPoint.NULL) {
            throw new IllegalArgumentException(what + " roundToTick: NULL value");
        }
        if (tick <= 0) {
            throw new IllegalArgumentException(what + " roundToTick: tick must be positive: " + tick);
        }
        final long remainder = value % tick; // same sign as value
        if (remainder == 0) {
            return value;
        }
        final long towardZero = value - remainder; // never overflows: moves toward zero
        final boolean away;
        switch (mode) {
            case TOWARD_ZERO:
                away = false;
                break;
            case DOWN:
                away = value < 0;
                break;
            case UP:
                away = value > 0;
                break;
            case NEAREST:
                away = Math.abs(remainder) >= tick - Math.abs(remainder);
                break;
            case NEAREST_EVEN:
                final long below = Math.abs(remainder);
                final long above = tick - below;
                away = below > above || (below == above && ((value / tick) & 1) != 0);
                break;
            default:
                throw new IllegalArgumentException("unknown rounding " + mode);
        }
        if (!away) {
            return towardZero;
        }
        // towardZero is a multiple of tick with |towardZero| <= MAX; one more tick may not fit.
        if (value > 0) {
            if (towardZero > Long.MAX_VALUE - tick) {
                throw new ArithmeticException(what + " overflow rounding " + value + " up to tick " + tick);
            }
            return towardZero + tick;
        }
        if (towardZero < -Long.MAX_VALUE + tick) {
            throw new ArithmeticException(what + " overflow rounding " + value + " down to tick " + tick);
        }
        return towardZero - tick;
    }
}
