package io.hftengine.protocol.internal;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * Reads and writes the ASCII field kinds of NASDAQ protocols without allocating: Alpha (left
 * justified, space padded) and Numeric (digits, right justified, space padded, as SoupBinTCP
 * sequence numbers).
 */
public final class AsciiFields
{
    /** Largest value a 14-character decimal field can hold. */
    private static final long MAX_14_DIGITS = 99_999_999_999_999L;
    private static final char[] HEX_DIGITS = "0123456789ABCDEF".toCharArray();

    private AsciiFields()
    {
    }

    /**
     * Packs up to 8 ASCII characters big-endian into a long, space padded on the right; the same
     * value a flyweight returns for an 8-byte Alpha field such as a stock symbol.
     *
     * @param value the text, at most 8 ASCII characters
     * @return the packed bytes
     * @throws IllegalArgumentException if {@code value} is longer than 8 or not ASCII
     */
    public static long pack8(final CharSequence value)
    {
        return packed(value, 8);
    }

    /**
     * Packs up to 4 ASCII characters big-endian into an int, space padded on the right (MPIDs,
     * firm identifiers, trading action reasons).
     *
     * @param value the text, at most 4 ASCII characters
     * @return the packed bytes
     * @throws IllegalArgumentException if {@code value} is longer than 4 or not ASCII
     */
    public static int pack4(final CharSequence value)
    {
        return (int)packed(value, 4);
    }

    private static long packed(final CharSequence value, final int width)
    {
        checkAlpha(value, width);
        long packed = 0;
        for (int i = 0; i < width; i++)
        {
            final long c = i < value.length() ? value.charAt(i) : ' ';
            packed = (packed << 8) | c;
        }
        return packed;
    }

    /**
     * Appends the {@code width} low-order bytes of {@code packed} as ASCII, most significant first,
     * without the trailing spaces. A byte that is not printable ASCII appears as {@code \xNN}, as in
     * {@code Symbol.appendTo}, so a corrupt field prints visibly and cannot break a log line.
     *
     * @param sb the builder to append to
     * @param packed the packed bytes
     * @param width how many bytes are packed: 2, 4 or 8
     */
    public static void appendPacked(final StringBuilder sb, final long packed, final int width)
    {
        int end = width;
        while (end > 0 && ((packed >>> ((width - end) * 8)) & 0xFF) == ' ')
        {
            end--;
        }
        for (int i = 0; i < end; i++)
        {
            appendPrintable(sb, (int)(packed >>> ((width - 1 - i) * 8)) & 0xFF);
        }
    }

    /**
     * Appends an unsigned 64-bit integer in decimal, without allocating: every ITCH and OUCH
     * integer is unsigned, so a value with its top bit set (read into a {@code long} as negative)
     * prints as the number on the wire, as {@link Long#toUnsignedString(long)} would.
     *
     * @param sb the builder to append to
     * @param value the 64 bits of the field
     * @return {@code sb}
     */
    public static StringBuilder appendUnsigned(final StringBuilder sb, final long value)
    {
        if (value >= 0)
        {
            return sb.append(value);
        }
        // Hacker's Delight 9-3: halve unsigned to get a non-negative dividend, then fix the digit.
        final long quotient = (value >>> 1) / 5;
        return sb.append(quotient).append(value - quotient * 10);
    }

    /**
     * Appends {@code length} bytes of {@code buffer} as ASCII, without the trailing spaces; a byte
     * that is not printable ASCII appears as {@code \xNN}.
     *
     * @param sb the builder to append to
     * @param buffer the buffer to read
     * @param index where the field starts
     * @param length the width of the field
     */
    public static void appendTrimmed(final StringBuilder sb, final DirectBuffer buffer, final int index, final int length)
    {
        int end = length;
        while (end > 0 && buffer.getByte(index + end - 1) == ' ')
        {
            end--;
        }
        for (int i = 0; i < end; i++)
        {
            appendPrintable(sb, buffer.getByte(index + i) & 0xFF);
        }
    }

    /**
     * Appends a one-byte Alpha field (a side, a code, a flag) as {@link #appendPacked} would: as
     * itself if printable ASCII, else as {@code \xNN}.
     *
     * @param sb the builder to append to
     * @param value the field, as its accessor returns it (0 to 255)
     * @return {@code sb}
     */
    public static StringBuilder appendChar(final StringBuilder sb, final char value)
    {
        appendPrintable(sb, value & 0xFF);
        return sb;
    }

    private static void appendPrintable(final StringBuilder sb, final int b)
    {
        if (b >= 0x20 && b <= 0x7E)
        {
            sb.append((char)b);
        }
        else
        {
            sb.append('\\').append('x').append(HEX_DIGITS[b >>> 4]).append(HEX_DIGITS[b & 0xF]);
        }
    }

    /**
     * Writes an Alpha field: {@code value} left-justified, padded with spaces to {@code length}.
     *
     * @param buffer the buffer to write
     * @param index where the field starts
     * @param length the width of the field
     * @param value the text
     * @throws IllegalArgumentException if {@code value} is longer than the field or not ASCII
     */
    public static void putAlpha(final MutableDirectBuffer buffer, final int index, final int length, final CharSequence value)
    {
        checkAlpha(value, length);
        final int n = value.length();
        for (int i = 0; i < length; i++)
        {
            buffer.putByte(index + i, i < n ? (byte)value.charAt(i) : (byte)' ');
        }
    }

    /**
     * Writes {@code value} right-justified, padded with spaces on the left to {@code length} (the
     * SoupBinTCP Login Accepted session).
     *
     * @param buffer the buffer to write
     * @param index where the field starts
     * @param length the width of the field
     * @param value the text
     * @throws IllegalArgumentException if {@code value} is longer than the field or not ASCII
     */
    public static void putRightJustifiedAlpha(
        final MutableDirectBuffer buffer, final int index, final int length, final CharSequence value)
    {
        checkAlpha(value, length);
        final int pad = length - value.length();
        for (int i = 0; i < length; i++)
        {
            buffer.putByte(index + i, i < pad ? (byte)' ' : (byte)value.charAt(i - pad));
        }
    }

    /**
     * Writes the decimal digits of {@code value} left-justified and space padded (numeric order
     * tokens).
     *
     * @param buffer the buffer to write
     * @param index where the field starts
     * @param length the width of the field, at most 14
     * @param value the number, 0 to 99,999,999,999,999 and no wider than the field
     * @throws IllegalArgumentException if the number is negative or does not fit
     */
    public static void putLeftJustifiedNumber(final MutableDirectBuffer buffer, final int index, final int length, final long value)
    {
        final int digits = digitCount(value);
        if (value < 0 || value > MAX_14_DIGITS || digits > length)
        {
            throw new IllegalArgumentException("number does not fit " + length + " digits: " + value);
        }
        long rest = value;
        for (int i = digits - 1; i >= 0; i--)
        {
            buffer.putByte(index + i, (byte)('0' + (rest % 10)));
            rest /= 10;
        }
        for (int i = digits; i < length; i++)
        {
            buffer.putByte(index + i, (byte)' ');
        }
    }

    /**
     * Parses digits written by {@link #putLeftJustifiedNumber}.
     *
     * @param buffer the buffer to read
     * @param index where the field starts
     * @param length the width of the field, at most 18
     * @return the number, or {@code -1} unless the field is 1+ digits followed only by spaces
     */
    public static long parseLeftJustifiedNumber(final DirectBuffer buffer, final int index, final int length)
    {
        long value = 0;
        int i = 0;
        for (; i < length; i++)
        {
            final byte b = buffer.getByte(index + i);
            if (b < '0' || b > '9')
            {
                break;
            }
            value = value * 10 + (b - '0');
        }
        if (0 == i)
        {
            return -1;
        }
        for (int j = i; j < length; j++)
        {
            if (buffer.getByte(index + j) != ' ')
            {
                return -1;
            }
        }
        return value;
    }

    /**
     * Writes a SoupBinTCP Numeric field: the decimal digits of {@code value}, right-justified and
     * padded on the left with spaces.
     *
     * @param buffer the buffer to write
     * @param index where the field starts
     * @param length the width of the field
     * @param value a non-negative number that fits the field
     * @throws IllegalArgumentException if the number is negative or does not fit
     */
    public static void putRightJustifiedNumber(final MutableDirectBuffer buffer, final int index, final int length, final long value)
    {
        final int digits = digitCount(value);
        if (value < 0 || digits > length)
        {
            throw new IllegalArgumentException("number does not fit " + length + " digits: " + value);
        }
        long rest = value;
        for (int i = length - 1; i >= length - digits; i--)
        {
            buffer.putByte(index + i, (byte)('0' + (rest % 10)));
            rest /= 10;
        }
        for (int i = 0; i < length - digits; i++)
        {
            buffer.putByte(index + i, (byte)' ');
        }
    }

    /**
     * Parses a SoupBinTCP Numeric field: optional spaces, then digits (leading and trailing spaces
     * are both accepted; a field of only spaces reads as 0, as the spec allows for "blank").
     *
     * @param buffer the buffer to read
     * @param index where the field starts
     * @param length the width of the field, at most 20
     * @return the number, or {@code -1} if the field holds anything else or overflows a long
     */
    public static long parseNumeric(final DirectBuffer buffer, final int index, final int length)
    {
        int i = 0;
        while (i < length && buffer.getByte(index + i) == ' ')
        {
            i++;
        }
        long value = 0;
        for (; i < length; i++)
        {
            final byte b = buffer.getByte(index + i);
            if (b == ' ')
            {
                break;
            }
            if (b < '0' || b > '9' || value > (Long.MAX_VALUE - (b - '0')) / 10)
            {
                return -1;
            }
            value = value * 10 + (b - '0');
        }
        for (; i < length; i++)
        {
            if (buffer.getByte(index + i) != ' ')
            {
                return -1;
            }
        }
        return value;
    }

    private static int digitCount(final long value)
    {
        int digits = 1;
        long rest = value;
        while (rest >= 10)
        {
            rest /= 10;
            digits++;
        }
        return digits;
    }

    private static void checkAlpha(final CharSequence value, final int width)
    {
        final int n = value.length();
        if (n > width)
        {
            throw new IllegalArgumentException("longer than " + width + " characters: " + value);
        }
        for (int i = 0; i < n; i++)
        {
            if (value.charAt(i) > 0x7F)
            {
                throw new IllegalArgumentException("not ASCII: " + value);
            }
        }
    }
}
