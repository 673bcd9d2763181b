package io.hftengine.types;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Timestamps as {@code long} nanoseconds since 1970-01-01T00:00:00Z (field names end in
 * {@code Ns}); the range of a long is 1677-09-21 to 2262-04-11.
 *
 * <p>ITCH 5.0 stamps messages with nanoseconds since midnight in a 6-byte big-endian field, and
 * midnight is local to the venue (America/New_York for NASDAQ), so a day is 23, 24 or 25 hours.
 * Compute the day's midnight once with {@link #midnightEpochNanos(LocalDate, ZoneId)} (slow
 * path), then convert each message with {@link #fromNanosSinceMidnight(long, long)}.
 *
 * <p>Static, stateless, thread-safe; nothing allocates except the methods marked slow path.
 */
public final class Timestamp {
    /** Nanoseconds per second. */
    public static final long NANOS_PER_SECOND = 1_000_000_000L;
    /** Nanoseconds per 24-hour day. */
    public static final long NANOS_PER_DAY = 86_400L * NANOS_PER_SECOND;
    /** Largest value of ITCH's 6-byte timestamp field: 2<sup>48</sup> - 1. */
    public static final long MAX_UINT48 = (1L << 48) - 1;
    /** Length of {@link #formatIso(long, StringBuilder)}'s output: "2010-12-24T14:30:00.123456789Z". */
    public static final int ISO_LENGTH = 30;
    /** The time zone of NASDAQ's trading day. */
    public static final String NASDAQ_ZONE = "America/New_York";

    private Timestamp() {
    }

    /**
     * Returns the epoch nanoseconds of the first instant of {@code date} in {@code zone}
     * (slow path: uses java.time and the zone rules).
     *
     * @param date trading date
     * @param zone venue time zone, e.g. {@code ZoneId.of(NASDAQ_ZONE)}
     * @return nanoseconds since the epoch of that local midnight
     * @throws ArithmeticException when the date is outside the long-nanosecond range
     */
    public static long midnightEpochNanos(final LocalDate date, final ZoneId zone) {
        final long seconds = date.atStartOfDay(zone).toEpochSecond();
        return Math.multiplyExact(seconds, NANOS_PER_SECOND);
    }

    /**
     * Converts an ITCH timestamp to epoch nanoseconds.
     *
     * @param midnightEpochNs the trading day's midnight from {@link #midnightEpochNanos}
     * @param nanosSinceMidnight the 48-bit field, 0 to {@link #MAX_UINT48}
     * @return epoch nanoseconds
     * @throws IllegalArgumentException when nanosSinceMidnight is outside [0, 2<sup>48</sup>)
     * @throws ArithmeticException when the sum overflows
     */
    public static long fromNanosSinceMidnight(final long midnightEpochNs, final long nanosSinceMidnight) {
        if (nanosSinceMidnight < 0 || nanosSinceMidnight > MAX_UINT48) {
            throw new IllegalArgumentException("nanos since midnight outside [0, 2^48): " + nanosSinceMidnight);
        }
        return Math.addExact(midnightEpochNs, nanosSinceMidnight);
    }

    /**
     * Converts epoch nanoseconds to an ITCH timestamp relative to a midnight.
     *
     * @param epochNs the instant
     * @param midnightEpochNs the trading day's midnight
     * @return nanoseconds since that midnight, 0 to {@link #MAX_UINT48}
     * @throws IllegalArgumentException when the instant is before the midnight or more than
     *     2<sup>48</sup> - 1 ns after it (it does not fit the field)
     */
    public static long toNanosSinceMidnight(final long epochNs, final long midnightEpochNs) {
        final long delta = epochNs - midnightEpochNs;
        // The subtraction can overflow only for instants centuries apart: reject those too.
        if (delta < 0 || delta > MAX_UINT48 || ((epochNs ^ midnightEpochNs) & (epochNs ^ delta)) < 0) {
            throw new IllegalArgumentException(
                "instant " + epochNs + " is not within 2^48 ns after midnight " + midnightEpochNs);
        }
        return delta;
    }

    /**
     * Reads an unsigned 48-bit big-endian integer (ITCH's timestamp field).
     *
     * @param src bytes
     * @param offset first of 6 bytes
     * @return 0 to 2<sup>48</sup> - 1
     * @throws IndexOutOfBoundsException when fewer than 6 bytes follow offset (callers check the
     *     message length first)
     */
    public static long readUint48(final byte[] src, final int offset) {
        return (src[offset] & 0xFFL) << 40
            | (src[offset + 1] & 0xFFL) << 32
            | (src[offset + 2] & 0xFFL) << 24
            | (src[offset + 3] & 0xFFL) << 16
            | (src[offset + 4] & 0xFFL) << 8
            | (src[offset + 5] & 0xFFL);
    }

    /**
     * Reads an unsigned 48-bit big-endian integer at an absolute index, whatever the buffer's
     * byte order (position unchanged).
     *
     * @param src buffer
     * @param index absolute index of the first of 6 bytes
     * @return 0 to 2<sup>48</sup> - 1
     * @throws IndexOutOfBoundsException when fewer than 6 bytes precede the limit
     */
    public static long readUint48(final ByteBuffer src, final int index) {
        return (src.get(index) & 0xFFL) << 40
            | (src.get(index + 1) & 0xFFL) << 32
            | (src.get(index + 2) & 0xFFL) << 24
            | (src.get(index + 3) & 0xFFL) << 16
            | (src.get(index + 4) & 0xFFL) << 8
            | (src.get(index + 5) & 0xFFL);
    }

    /**
     * Writes an unsigned 48-bit big-endian integer.
     *
     * @param dst bytes
     * @param offset first of 6 bytes
     * @param value 0 to 2<sup>48</sup> - 1
     * @throws IllegalArgumentException when value does not fit 48 bits
     * @throws IndexOutOfBoundsException when fewer than 6 bytes follow offset
     */
    public static void writeUint48(final byte[] dst, final int offset, final long value) {
        checkUint48(value);
        java.util.Objects.checkFromIndexSize(offset, 6, dst.length);
        for (int i = 5; i >= 0; i--) {
            dst[offset + i] = (byte) (value >>> (8 * (5 - i)));
        }
    }

    /**
     * Writes an unsigned 48-bit big-endian integer at an absolute index (position unchanged).
     *
     * @param dst buffer
     * @param index absolute index of the first of 6 bytes
     * @param value 0 to 2<sup>48</sup> - 1
     * @throws IllegalArgumentException when value does not fit 48 bits
     * @throws IndexOutOfBoundsException when fewer than 6 bytes precede the limit
     */
    public static void writeUint48(final ByteBuffer dst, final int index, final long value) {
        checkUint48(value);
        java.util.Objects.checkFromIndexSize(index, 6, dst.limit());
        for (int i = 5; i >= 0; i--) {
            dst.put(index + i, (byte) (value >>> (8 * (5 - i))));
        }
    }

    private static void checkUint48(final long value) {
        if (value < 0 || value > MAX_UINT48) {
            throw new IllegalArgumentException("value does not fit 48 bits: " + value);
        }
    }

    /**
     * Appends {@code epochNs} as ISO-8601 UTC with exactly 9 fractional digits,
     * "2010-12-24T14:30:00.123456789Z" ({@link #ISO_LENGTH} chars), without allocating.
     *
     * @param epochNs nanoseconds since the epoch; any long
     * @param out destination
     * @return {@code out}
     */
    public static StringBuilder formatIso(final long epochNs, final StringBuilder out) {
        final long epochDay = Math.floorDiv(epochNs, NANOS_PER_DAY);
        final long nanoOfDay = Math.floorMod(epochNs, NANOS_PER_DAY);
        final long date = CivilCalendar.packedDate(epochDay);
        final long secondOfDay = nanoOfDay / NANOS_PER_SECOND;
        appendDigits(out, date / 10_000, 4).append('-');
        appendDigits(out, date / 100 % 100, 2).append('-');
        appendDigits(out, date % 100, 2).append('T');
        appendDigits(out, secondOfDay / 3600, 2).append(':');
        appendDigits(out, secondOfDay / 60 % 60, 2).append(':');
        appendDigits(out, secondOfDay % 60, 2).append('.');
        return appendDigits(out, nanoOfDay % NANOS_PER_SECOND, 9).append('Z');
    }

    /**
     * Writes the {@link #formatIso(long, StringBuilder)} text as ASCII.
     *
     * @param epochNs nanoseconds since the epoch
     * @param dst destination
     * @param offset first byte
     * @return {@link #ISO_LENGTH}, or -1 (nothing written) when it does not fit
     */
    public static int formatIso(final long epochNs, final byte[] dst, final int offset) {
        if (offset < 0 || offset > dst.length - ISO_LENGTH) {
            return -1;
        }
        final long epochDay = Math.floorDiv(epochNs, NANOS_PER_DAY);
        final long nanoOfDay = Math.floorMod(epochNs, NANOS_PER_DAY);
        final long date = CivilCalendar.packedDate(epochDay);
        final long secondOfDay = nanoOfDay / NANOS_PER_SECOND;
        putDigits(dst, offset, date / 10_000, 4);
        dst[offset + 4] = '-';
        putDigits(dst, offset + 5, date / 100 % 100, 2);
        dst[offset + 7] = '-';
        putDigits(dst, offset + 8, date % 100, 2);
        dst[offset + 10] = 'T';
        putDigits(dst, offset + 11, secondOfDay / 3600, 2);
        dst[offset + 13] = ':';
        putDigits(dst, offset + 14, secondOfDay / 60 % 60, 2);
        dst[offset + 16] = ':';
        putDigits(dst, offset + 17, secondOfDay % 60, 2);
        dst[offset + 19] = '.';
        putDigits(dst, offset + 20, nanoOfDay % NANOS_PER_SECOND, 9);
        dst[offset + 29] = 'Z';
        return ISO_LENGTH;
    }

    /**
     * Formats to a new String (slow path: allocates).
     *
     * @param epochNs nanoseconds since the epoch
     * @return "yyyy-MM-ddTHH:mm:ss.nnnnnnnnnZ"
     */
    public static String toIsoString(final long epochNs) {
        return formatIso(epochNs, new StringBuilder(ISO_LENGTH)).toString();
    }

    /**
     * Parses exactly the {@link #formatIso(long, StringBuilder)} form (slow path; for tests,
     * configuration and tools).
     *
     * @param text "yyyy-MM-ddTHH:mm:ss.nnnnnnnnnZ", UTC, 9 fractional digits
     * @return nanoseconds since the epoch
     * @throws IllegalArgumentException naming the text and the problem when malformed, when a
     *     field is out of range (month 13, February 30, hour 24) or when the instant does not fit
     *     a long
     */
    public static long parseIso(final CharSequence text) {
        if (text.length() != ISO_LENGTH) {
            throw badIso(text, "length must be " + ISO_LENGTH);
        }
        final String separators = "----------T--:--:--.---------Z";
        for (final int i : new int[] {4, 7, 10, 13, 16, 19, 29}) {
            if (text.charAt(i) != separators.charAt(i)) {
                throw badIso(text, "expected '" + separators.charAt(i) + "' at index " + i);
            }
        }
        final long year = digits(text, 0, 4);
        final int month = (int) digits(text, 5, 2);
        final int day = (int) digits(text, 8, 2);
        final long hour = digits(text, 11, 2);
        final long minute = digits(text, 14, 2);
        final long second = digits(text, 17, 2);
        final long nanos = digits(text, 20, 9);
        if (month < 1 || month > 12 || day < 1 || day > CivilCalendar.daysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 59) {
            throw badIso(text, "field out of range");
        }
        final long secondOfDay = hour * 3600 + minute * 60 + second;
        try {
            final long days = CivilCalendar.epochDay(year, month, day);
            final long nanoOfDay = secondOfDay * NANOS_PER_SECOND + nanos;
            // Before 1970 the day's start can underflow while the instant itself fits (the first
            // representable day, 1677-09-21): count from the next midnight backwards instead.
            return days < 0
                ? Math.addExact(Math.multiplyExact(days + 1, NANOS_PER_DAY), nanoOfDay - NANOS_PER_DAY)
                : Math.addExact(Math.multiplyExact(days, NANOS_PER_DAY), nanoOfDay);
        } catch (final ArithmeticException e) {
            throw badIso(text, "outside the range of epoch nanoseconds in a long");
        }
    }

    private static long digits(final CharSequence text, final int from, final int count) {
        long v = 0;
        for (int i = from; i < from + count; i++) {
            final char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw badIso(text, "expected a digit at index " + i);
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static IllegalArgumentException badIso(final CharSequence text, final String reason) {
        return new IllegalArgumentException("Invalid ISO-8601 timestamp \"" + text + "\": " + reason);
    }

    private static StringBuilder appendDigits(final StringBuilder out, final long value, final int width) {
        return FixedPointFormatter.appendDigits(out, value, width);
    }

    private static void putDigits(final byte[] dst, final int offset, final long value, final int width) {
        long v = value;
        for (int i = offset + width - 1; i >= offset; i--) {
            dst[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
    }
}
