package io.hftengine.types;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Instrument symbols of up to 8 ASCII characters packed big-endian into a {@code long}: the
 * first character in the most significant byte, right-padded with spaces, exactly as the 8 bytes
 * sit in an ITCH {@code Stock} or OUCH {@code Symbol} field. So a decoder reads
 * {@code buffer.getLong(offset)} in big-endian order and has the packed symbol with no copying.
 *
 * <p>A valid symbol has every byte in printable ASCII {@code 0x20..0x7E} and a first byte that
 * is not a space; interior spaces are allowed, trailing spaces are padding. {@link #NONE}
 * ({@code 0}) is never valid, so it serves as "no symbol". Static and thread-safe.
 */
public final class Symbol {
    /** Bytes in a packed symbol. */
    public static final int LENGTH = 8;
    /** "No symbol": 0, never a valid packed symbol. */
    public static final long NONE = 0L;

    private static final byte PAD = ' ';
    private static final char[] HEX_DIGITS = "0123456789ABCDEF".toCharArray();

    private Symbol() {
    }

    /**
     * Packs text into a symbol (slow path for configuration; the hot path reads packed longs
     * straight from messages).
     *
     * @param text 1 to 8 printable ASCII characters, not starting with a space; trailing spaces
     *     are padding
     * @return the packed symbol
     * @throws IllegalArgumentException naming the text and the reason when it is not a valid symbol
     */
    public static long pack(final CharSequence text) {
        final int length = text.length();
        if (length == 0 || length > LENGTH) {
            throw new IllegalArgumentException("symbol \"" + text + "\" must have 1 to 8 characters");
        }
        long packed = 0;
        for (int i = 0; i < LENGTH; i++) {
            final char c = i < length ? text.charAt(i) : ' ';
            if (c < 0x20 || c > 0x7E || (i == 0 && c == ' ')) {
                throw new IllegalArgumentException(
                    "symbol \"" + text + "\" has a character outside printable ASCII, or a leading space, at index " + i);
            }
            packed = (packed << 8) | c;
        }
        return packed;
    }

    /**
     * Reads 8 bytes as a packed symbol without validating (use {@link #isValid(long)}).
     *
     * @param src bytes
     * @param offset first of 8 bytes
     * @return the packed symbol
     * @throws IndexOutOfBoundsException when fewer than 8 bytes follow offset
     */
    public static long read(final byte[] src, final int offset) {
        java.util.Objects.checkFromIndexSize(offset, LENGTH, src.length);
        long packed = 0;
        for (int i = 0; i < LENGTH; i++) {
            packed = (packed << 8) | (src[offset + i] & 0xFFL);
        }
        return packed;
    }

    /**
     * Reads 8 bytes at an absolute index as a packed symbol, whatever the buffer's byte order,
     * without validating.
     *
     * @param src buffer
     * @param index absolute index of the first of 8 bytes
     * @return the packed symbol
     * @throws IndexOutOfBoundsException when fewer than 8 bytes precede the limit
     */
    public static long read(final ByteBuffer src, final int index) {
        final long v = src.getLong(index);
        return src.order() == ByteOrder.BIG_ENDIAN ? v : Long.reverseBytes(v);
    }

    /**
     * Writes the 8 padded bytes of a packed symbol.
     *
     * @param packed packed symbol
     * @param dst bytes
     * @param offset first of 8 bytes
     * @throws IndexOutOfBoundsException when fewer than 8 bytes follow offset
     */
    public static void write(final long packed, final byte[] dst, final int offset) {
        java.util.Objects.checkFromIndexSize(offset, LENGTH, dst.length);
        for (int i = 0; i < LENGTH; i++) {
            dst[offset + i] = (byte) (packed >>> (8 * (LENGTH - 1 - i)));
        }
    }

    /**
     * Tells whether a packed value is a valid symbol (see the class comment).
     *
     * @param packed packed symbol
     * @return true when every byte is printable ASCII and the first is not a space
     */
    public static boolean isValid(final long packed) {
        if ((packed >>> 56) == PAD) {
            return false;
        }
        for (int shift = 0; shift < 64; shift += 8) {
            final int b = (int) (packed >>> shift) & 0xFF;
            if (b < 0x20 || b > 0x7E) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the number of characters without the trailing padding.
     *
     * @param packed packed symbol
     * @return 0 to 8
     */
    public static int length(final long packed) {
        int length = LENGTH;
        while (length > 0 && ((packed >>> (8 * (LENGTH - length))) & 0xFF) == PAD) {
            length--;
        }
        return length;
    }

    /**
     * Appends the symbol without its padding, without allocating. Printable ASCII bytes are
     * appended as they are; any other byte of an invalid packed value appears as {@code \xNN}
     * (two upper-case hex digits), so a corrupt field prints visibly and cannot break a log line.
     *
     * @param packed packed symbol
     * @param out destination
     * @return {@code out}
     */
    public static StringBuilder appendTo(final long packed, final StringBuilder out) {
        final int length = length(packed);
        for (int i = 0; i < length; i++) {
            final int b = (int) (packed >>> (8 * (LENGTH - 1 - i))) & 0xFF;
            if (b >= 0x20 && b <= 0x7E) {
                out.append((char) b);
            } else {
                out.append('\\').append('x').append(HEX_DIGITS[b >>> 4]).append(HEX_DIGITS[b & 0xF]);
            }
        }
        return out;
    }

    /**
     * Unpacks to a new String without padding (slow path: allocates).
     *
     * @param packed packed symbol
     * @return the symbol text, non-printable bytes escaped as in {@link #appendTo(long, StringBuilder)}
     */
    public static String toString(final long packed) {
        return appendTo(packed, new StringBuilder(LENGTH)).toString();
    }
}
