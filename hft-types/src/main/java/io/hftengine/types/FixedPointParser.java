package io.hftengine.types;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Parses {@code [+-]?[0-9]+(\.[0-9]{1,8})?} into a scale-8 raw value without allocating.
 *
 * <p>The grammar is strict on purpose: no exponent, no grouping, no blanks, at least one digit
 * on each side of a '.', and at most 8 decimals (a ninth decimal is an error, never silently
 * rounded, even when it is 0). Leading zeros are accepted. Results outside [-MAX, MAX] are errors.
 *
 * <p>The three hot loops (CharSequence, byte[], ByteBuffer) return {@link FixedPoint#NULL} on any
 * error. Only when a caller wants the reason does {@link #describe} re-scan the text (slow path).
 */
final class FixedPointParser {
    /** Largest accumulator that can take another digit: MAX / 10. */
    private static final long GUARD = Long.MAX_VALUE / 10;
    /** MAX % 10: the largest digit that may follow an accumulator equal to GUARD. */
    private static final int GUARD_DIGIT = (int) (Long.MAX_VALUE % 10);
    /** {@code LIMIT[k]}: largest digit value with k decimals that still fits after scaling. */
    private static final long[] LIMIT = new long[FixedPoint.SCALE_DIGITS + 1];

    static {
        for (int k = 0; k <= FixedPoint.SCALE_DIGITS; k++) {
            LIMIT[k] = Long.MAX_VALUE / FixedPoint.POW10[FixedPoint.SCALE_DIGITS - k];
        }
    }

    private FixedPointParser() {
    }

    static long parse(final CharSequence text, final int offset, final int length) {
        if (offset < 0 || length <= 0 || offset > text.length() - length) {
            return FixedPoint.NULL;
        }
        final int end = offset + length;
        int i = offset;
        final char first = text.charAt(i);
        final boolean negative = first == '-';
        if (negative || first == '+') {
            i++;
        }
        long v = 0;
        final int intStart = i;
        while (i < end) {
            final int d = text.charAt(i) - '0';
            if (d < 0 || d > 9) {
                break;
            }
            if (v >= GUARD && (v > GUARD || d > GUARD_DIGIT)) {
                return FixedPoint.NULL;
            }
            v = v * 10 + d;
            i++;
        }
        if (i == intStart) {
            return FixedPoint.NULL;
        }
        int decimals = 0;
        if (i < end) {
            if (text.charAt(i) != '.' || ++i == end || end - i > FixedPoint.SCALE_DIGITS) {
                return FixedPoint.NULL;
            }
            while (i < end) {
                final int d = text.charAt(i) - '0';
                if (d < 0 || d > 9 || (v >= GUARD && (v > GUARD || d > GUARD_DIGIT))) {
                    return FixedPoint.NULL;
                }
                v = v * 10 + d;
                i++;
                decimals++;
            }
        }
        return scale(v, decimals, negative);
    }

    static long parse(final byte[] text, final int offset, final int length) {
        if (offset < 0 || length <= 0 || offset > text.length - length) {
            return FixedPoint.NULL;
        }
        final int end = offset + length;
        int i = offset;
        final byte first = text[i];
        final boolean negative = first == '-';
        if (negative || first == '+') {
            i++;
        }
        long v = 0;
        final int intStart = i;
        while (i < end) {
            final int d = text[i] - '0';
            if (d < 0 || d > 9) {
                break;
            }
            if (v >= GUARD && (v > GUARD || d > GUARD_DIGIT)) {
                return FixedPoint.NULL;
            }
            v = v * 10 + d;
            i++;
        }
        if (i == intStart) {
            return FixedPoint.NULL;
        }
        int decimals = 0;
        if (i < end) {
            if (text[i] != '.' || ++i == end || end - i > FixedPoint.SCALE_DIGITS) {
                return FixedPoint.NULL;
            }
            while (i < end) {
                final int d = text[i] - '0';
                if (d < 0 || d > 9 || (v >= GUARD && (v > GUARD || d > GUARD_DIGIT))) {
                    return FixedPoint.NULL;
                }
                v = v * 10 + d;
                i++;
                decimals++;
            }
        }
        return scale(v, decimals, negative);
    }

    static long parse(final ByteBuffer text, final int index, final int length) {
        if (index < 0 || length <= 0 || index > text.limit() - length) {
            return FixedPoint.NULL;
        }
        final int end = index + length;
        int i = index;
        final byte first = text.get(i);
        final boolean negative = first == '-';
        if (negative || first == '+') {
            i++;
        }
        long v = 0;
        final int intStart = i;
        while (i < end) {
            final int d = text.get(i) - '0';
            if (d < 0 || d > 9) {
                break;
            }
            if (v >= GUARD && (v > GUARD || d > GUARD_DIGIT)) {
                return FixedPoint.NULL;
            }
            v = v * 10 + d;
            i++;
        }
        if (i == intStart) {
            return FixedPoint.NULL;
        }
        int decimals = 0;
        if (i < end) {
            if (text.get(i) != '.' || ++i == end || end - i > FixedPoint.SCALE_DIGITS) {
                return FixedPoint.NULL;
            }
            while (i < end) {
                final int d = text.get(i) - '0';
                if (d < 0 || d > 9 || (v >= GUARD && (v > GUARD || d > GUARD_DIGIT))) {
                    return FixedPoint.NULL;
                }
                v = v * 10 + d;
                i++;
                decimals++;
            }
        }
        return scale(v, decimals, negative);
    }

    private static long scale(final long digits, final int decimals, final boolean negative) {
        // digits <= MAX (the loops guard every step); LIMIT rejects what scaling would overflow.
        if (digits > LIMIT[decimals]) {
            return FixedPoint.NULL;
        }
        final long v = digits * FixedPoint.POW10[FixedPoint.SCALE_DIGITS - decimals];
        return negative ? -v : v;
    }

    /** Copies a byte range as ISO-8859-1 text for an error message (slow path). */
    static String latin1(final byte[] text, final int offset, final int length) {
        return new String(text, offset, length, StandardCharsets.ISO_8859_1);
    }

    /** Copies a ByteBuffer range as ISO-8859-1 text for an error message (slow path). */
    static String latin1(final ByteBuffer text, final int index, final int length) {
        final byte[] copy = new byte[length];
        text.get(index, copy);
        return new String(copy, StandardCharsets.ISO_8859_1);
    }

    /**
     * Explains why {@code text} does not parse (slow path, allocates).
     *
     * @return a message naming the text, the reason and the zero-based index, or null if it parses
     */
    static String describe(final String what, final CharSequence text) {
        final String reason = reason(text);
        return reason == null ? null : "Invalid " + what + " \"" + text + "\": " + reason;
    }

    private static String reason(final CharSequence text) {
        final int end = text.length();
        if (end == 0) {
            return "empty text";
        }
        int i = 0;
        if (text.charAt(0) == '-' || text.charAt(0) == '+') {
            i++;
        }
        final int intStart = i;
        while (i < end && isDigit(text.charAt(i))) {
            i++;
        }
        if (i == intStart) {
            return i == end ? "no digits after the sign at index " + i : unexpected(text, i, "a digit");
        }
        if (i < end) {
            if (text.charAt(i) != '.') {
                return unexpected(text, i, "a digit or '.'");
            }
            i++;
            if (i == end) {
                return "no digits after '.' at index " + i;
            }
            final int fracStart = i;
            while (i < end) {
                if (!isDigit(text.charAt(i))) {
                    return unexpected(text, i, "a digit");
                }
                if (i - fracStart == FixedPoint.SCALE_DIGITS) {
                    return "more than " + FixedPoint.SCALE_DIGITS + " decimals at index " + i;
                }
                i++;
            }
        }
        return parse(text, 0, end) == FixedPoint.NULL
            ? "out of range (|value| must be at most 92233720368.54775807)" : null;
    }

    private static boolean isDigit(final char c) {
        return c >= '0' && c <= '9';
    }

    private static String unexpected(final CharSequence text, final int index, final String expected) {
        final char c = text.charAt(index);
        final String shown = c >= 0x20 && c < 0x7F ? "'" + c + "'" : String.format("0x%02X", (int) c);
        return "unexpected " + shown + " at index " + index + ", expected " + expected;
    }
}
