package io.hftengine.types;

import java.nio.ByteBuffer;

/**
 * Writes a scale-8 raw value as decimal ASCII without allocating.
 *
 * <p>Output form: optional '-', the integer digits (no leading zeros), then, when there is a
 * fraction or {@code minDecimals > 0}, a '.' and the fraction with trailing zeros removed but
 * padded back to at least {@code minDecimals} digits. Precision is never dropped: a value with
 * more decimals than {@code minDecimals} prints all of them. {@link FixedPoint#NULL} prints as
 * {@code "NULL"}. The output always parses back to the same raw value (except NULL).
 */
final class FixedPointFormatter {
    /** Longest output: '-' + 11 integer digits + '.' + 8 decimals. */
    static final int MAX_LENGTH = 21;
    private static final byte[] NULL_TEXT = {'N', 'U', 'L', 'L'};

    private FixedPointFormatter() {
    }

    static void checkMinDecimals(final int minDecimals) {
        if (minDecimals < 0 || minDecimals > FixedPoint.SCALE_DIGITS) {
            throw new IllegalArgumentException("minDecimals must be in [0, 8]: " + minDecimals);
        }
    }

    /** Number of decimals printed for a fraction of {@code fraction / 10^8}. */
    private static int decimals(final long fraction, final int minDecimals) {
        int n = 0;
        if (fraction != 0) {
            // Strip trailing zeros in 4/2/1 steps: at most three divisions instead of eight.
            long f = fraction;
            n = FixedPoint.SCALE_DIGITS;
            if (f % 10_000 == 0) {
                f /= 10_000;
                n -= 4;
            }
            if (f % 100 == 0) {
                f /= 100;
                n -= 2;
            }
            if (f % 10 == 0) {
                n -= 1;
            }
        }
        return Math.max(n, minDecimals);
    }

    private static int digitCount(final long v) {
        int n = 1;
        long threshold = 10;
        while (n < 19 && v >= threshold) {
            n++;
            threshold *= 10;
        }
        return n;
    }

    /** Text length of {@code raw} with {@code minDecimals}. */
    static int length(final long raw, final int minDecimals) {
        if (raw == FixedPoint.NULL) {
            return NULL_TEXT.length;
        }
        final long magnitude = Math.abs(raw);
        return length(raw, magnitude / FixedPoint.ONE, decimals(magnitude % FixedPoint.ONE, minDecimals));
    }

    private static int length(final long raw, final long integer, final int decimals) {
        return (raw < 0 ? 1 : 0) + digitCount(integer) + (decimals == 0 ? 0 : 1 + decimals);
    }

    static void append(final long raw, final int minDecimals, final StringBuilder out) {
        if (raw == FixedPoint.NULL) {
            out.append("NULL");
            return;
        }
        final long magnitude = Math.abs(raw);
        final long fraction = magnitude % FixedPoint.ONE;
        final int decimals = decimals(fraction, minDecimals);
        if (raw < 0) {
            out.append('-');
        }
        // StringBuilder.append(long) writes digits into the builder's own array: no garbage.
        out.append(magnitude / FixedPoint.ONE);
        if (decimals > 0) {
            out.append('.');
            appendDigits(out, fraction / FixedPoint.POW10[FixedPoint.SCALE_DIGITS - decimals], decimals);
        }
    }

    static int write(final long raw, final int minDecimals, final byte[] dst, final int offset) {
        if (raw == FixedPoint.NULL) {
            if (offset < 0 || offset > dst.length - NULL_TEXT.length) {
                return -1;
            }
            System.arraycopy(NULL_TEXT, 0, dst, offset, NULL_TEXT.length);
            return NULL_TEXT.length;
        }
        final long magnitude = Math.abs(raw);
        long fraction = magnitude % FixedPoint.ONE;
        long integer = magnitude / FixedPoint.ONE;
        final int decimals = decimals(fraction, minDecimals);
        final int length = length(raw, integer, decimals);
        if (offset < 0 || offset > dst.length - length) {
            return -1;
        }
        int i = offset + length;
        if (decimals > 0) {
            fraction /= FixedPoint.POW10[FixedPoint.SCALE_DIGITS - decimals];
            for (int k = 0; k < decimals; k++) {
                dst[--i] = (byte) ('0' + fraction % 10);
                fraction /= 10;
            }
            dst[--i] = '.';
        }
        do {
            dst[--i] = (byte) ('0' + integer % 10);
            integer /= 10;
        } while (integer != 0);
        if (raw < 0) {
            dst[--i] = '-';
        }
        return length;
    }

    static int write(final long raw, final int minDecimals, final ByteBuffer dst, final int index) {
        if (raw == FixedPoint.NULL) {
            if (index < 0 || index > dst.limit() - NULL_TEXT.length) {
                return -1;
            }
            dst.put(index, NULL_TEXT);
            return NULL_TEXT.length;
        }
        final long magnitude = Math.abs(raw);
        long fraction = magnitude % FixedPoint.ONE;
        long integer = magnitude / FixedPoint.ONE;
        final int decimals = decimals(fraction, minDecimals);
        final int length = length(raw, integer, decimals);
        if (index < 0 || index > dst.limit() - length) {
            return -1;
        }
        int i = index + length;
        if (decimals > 0) {
            fraction /= FixedPoint.POW10[FixedPoint.SCALE_DIGITS - decimals];
            for (int k = 0; k < decimals; k++) {
                dst.put(--i, (byte) ('0' + fraction % 10));
                fraction /= 10;
            }
            dst.put(--i, (byte) '.');
        }
        do {
            dst.put(--i, (byte) ('0' + integer % 10));
            integer /= 10;
        } while (integer != 0);
        if (raw < 0) {
            dst.put(--i, (byte) '-');
        }
        return length;
    }

    /**
     * Appends exactly {@code width} digits of {@code value}, zero-padded, without allocating:
     * reserves the chars, then fills them right to left so every division is by the constant 10.
     */
    static StringBuilder appendDigits(final StringBuilder out, final long value, final int width) {
        final int start = out.length();
        out.setLength(start + width);
        long v = value;
        for (int i = start + width - 1; i >= start; i--) {
            out.setCharAt(i, (char) ('0' + v % 10));
            v /= 10;
        }
        return out;
    }
}
