package io.hftengine.protocol.ouch;

import static java.nio.ByteOrder.BIG_ENDIAN;

import io.hftengine.protocol.internal.AsciiFields;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * OUCH 4.2 inbound Replace Order message, type {@code 'U'}, 47 bytes, read and written in place.
 *
 * <p>Layout (big-endian; offsets from the start of the message):
 * <pre>
 * offset size  field
 *    0     1  messageType
 *    1    14  existingOrderToken (token14)
 *   15    14  replacementOrderToken (token14)
 *   29     4  shares (u32)
 *   33     4  price (price4)
 *   37     4  timeInForce (u32)
 *   41     1  display (char)
 *   42     1  intermarketSweepEligibility (char)
 *   43     4  minimumQuantity (u32)
 * </pre>
 *
 * <p>A flyweight: {@link #wrap(DirectBuffer, int)} points it at a message that the caller has
 * already checked to be {@value #LENGTH} bytes long (the decoders do this); getters then read
 * straight from the buffer. {@link #wrapForEncode(MutableDirectBuffer, int)} writes the type byte
 * and enables the fluent setters. Not thread-safe: one instance per thread.
 */
public final class ReplaceOrderMessage extends OuchMessage
{
    /** The message type byte. */
    public static final byte MESSAGE_TYPE = 'U';
    /** The length of the message in bytes. */
    public static final int LENGTH = 47;
    /** Offset of the existing order token field. */
    public static final int EXISTING_ORDER_TOKEN_OFFSET = 1;
    /** Offset of the replacement order token field. */
    public static final int REPLACEMENT_ORDER_TOKEN_OFFSET = 15;
    /** Offset of the new total number of shares field. */
    public static final int SHARES_OFFSET = 29;
    /** Offset of the new limit price field. */
    public static final int PRICE_OFFSET = 33;
    /** Offset of the time in force field. */
    public static final int TIME_IN_FORCE_OFFSET = 37;
    /** Offset of the display flag field. */
    public static final int DISPLAY_OFFSET = 41;
    /** Offset of the intermarket sweep eligibility field. */
    public static final int INTERMARKET_SWEEP_ELIGIBILITY_OFFSET = 42;
    /** Offset of the minimum quantity field. */
    public static final int MINIMUM_QUANTITY_OFFSET = 43;

    /**
     * Creates a flyweight wrapped over nothing; call a wrap method before use.
     */
    public ReplaceOrderMessage()
    {
    }

    /**
     * Points this flyweight at a message to read.
     *
     * @param buffer the buffer holding the message
     * @param offset where the message starts; {@value #LENGTH} bytes from there must be readable
     * @return this flyweight
     */
    public ReplaceOrderMessage wrap(final DirectBuffer buffer, final int offset)
    {
        wrapForDecode(buffer, offset);
        return this;
    }

    /**
     * Points this flyweight at {@value #LENGTH} writable bytes and writes the message type there.
     *
     * @param buffer the buffer to encode into
     * @param offset where the message starts; {@value #LENGTH} bytes from there must be writable
     * @return this flyweight
     */
    public ReplaceOrderMessage wrapForEncode(final MutableDirectBuffer buffer, final int offset)
    {
        wrapForEncode(buffer, offset, MESSAGE_TYPE);
        return this;
    }

    @Override
    public int messageLength()
    {
        return LENGTH;
    }

    /**
     * Copies the existingOrderToken field (existing order token) into {@code dst}.
     *
     * @param dst the buffer to copy the 14 bytes into
     * @param dstOffset where in {@code dst} to copy them
     */
    public void getExistingOrderToken(final MutableDirectBuffer dst, final int dstOffset)
    {
        dst.putBytes(dstOffset, buffer, offset + EXISTING_ORDER_TOKEN_OFFSET, 14);
    }

    /**
     * Reads the existingOrderToken field as a decimal number, as written by {@link #existingOrderTokenNumber(long)}.
     *
     * @return the number, or {@code -1} when the field is not 1 to 14 digits followed by spaces
     */
    public long existingOrderTokenNumber()
    {
        return AsciiFields.parseLeftJustifiedNumber(buffer, offset + EXISTING_ORDER_TOKEN_OFFSET, 14);
    }

    /**
     * Copies 14 bytes from {@code src} into the existingOrderToken field.
     *
     * @param src the buffer holding the token
     * @param srcOffset where in {@code src} the token starts
     * @return this flyweight
     */
    public ReplaceOrderMessage existingOrderToken(final DirectBuffer src, final int srcOffset)
    {
        mutable().putBytes(offset + EXISTING_ORDER_TOKEN_OFFSET, src, srcOffset, 14);
        return this;
    }

    /**
     * Writes the existingOrderToken field as ASCII, left-justified and space padded.
     *
     * @param value at most 14 ASCII characters
     * @return this flyweight
     * @throws IllegalArgumentException if {@code value} is longer than 14 or not ASCII
     */
    public ReplaceOrderMessage existingOrderToken(final CharSequence value)
    {
        AsciiFields.putAlpha(mutable(), offset + EXISTING_ORDER_TOKEN_OFFSET, 14, value);
        return this;
    }

    /**
     * Writes the existingOrderToken field as the decimal digits of {@code value}, left-justified and space
     * padded, without allocating.
     *
     * @param value a number from 0 to 99,999,999,999,999
     * @return this flyweight
     * @throws IllegalArgumentException if {@code value} is negative or has more than 14 digits
     */
    public ReplaceOrderMessage existingOrderTokenNumber(final long value)
    {
        AsciiFields.putLeftJustifiedNumber(mutable(), offset + EXISTING_ORDER_TOKEN_OFFSET, 14, value);
        return this;
    }

    /**
     * Copies the replacementOrderToken field (replacement order token) into {@code dst}.
     *
     * @param dst the buffer to copy the 14 bytes into
     * @param dstOffset where in {@code dst} to copy them
     */
    public void getReplacementOrderToken(final MutableDirectBuffer dst, final int dstOffset)
    {
        dst.putBytes(dstOffset, buffer, offset + REPLACEMENT_ORDER_TOKEN_OFFSET, 14);
    }

    /**
     * Reads the replacementOrderToken field as a decimal number, as written by {@link #replacementOrderTokenNumber(long)}.
     *
     * @return the number, or {@code -1} when the field is not 1 to 14 digits followed by spaces
     */
    public long replacementOrderTokenNumber()
    {
        return AsciiFields.parseLeftJustifiedNumber(buffer, offset + REPLACEMENT_ORDER_TOKEN_OFFSET, 14);
    }

    /**
     * Copies 14 bytes from {@code src} into the replacementOrderToken field.
     *
     * @param src the buffer holding the token
     * @param srcOffset where in {@code src} the token starts
     * @return this flyweight
     */
    public ReplaceOrderMessage replacementOrderToken(final DirectBuffer src, final int srcOffset)
    {
        mutable().putBytes(offset + REPLACEMENT_ORDER_TOKEN_OFFSET, src, srcOffset, 14);
        return this;
    }

    /**
     * Writes the replacementOrderToken field as ASCII, left-justified and space padded.
     *
     * @param value at most 14 ASCII characters
     * @return this flyweight
     * @throws IllegalArgumentException if {@code value} is longer than 14 or not ASCII
     */
    public ReplaceOrderMessage replacementOrderToken(final CharSequence value)
    {
        AsciiFields.putAlpha(mutable(), offset + REPLACEMENT_ORDER_TOKEN_OFFSET, 14, value);
        return this;
    }

    /**
     * Writes the replacementOrderToken field as the decimal digits of {@code value}, left-justified and space
     * padded, without allocating.
     *
     * @param value a number from 0 to 99,999,999,999,999
     * @return this flyweight
     * @throws IllegalArgumentException if {@code value} is negative or has more than 14 digits
     */
    public ReplaceOrderMessage replacementOrderTokenNumber(final long value)
    {
        AsciiFields.putLeftJustifiedNumber(mutable(), offset + REPLACEMENT_ORDER_TOKEN_OFFSET, 14, value);
        return this;
    }

    /**
     * Returns the new total number of shares.
     *
     * @return the shares field
     */
    public long shares()
    {
        return buffer.getInt(offset + SHARES_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Sets the new total number of shares.
     *
     * @param value an unsigned 32-bit value (the low 32 bits are written)
     * @return this flyweight
     */
    public ReplaceOrderMessage shares(final long value)
    {
        mutable().putInt(offset + SHARES_OFFSET, (int) value, BIG_ENDIAN);
        return this;
    }

    /**
     * Returns the new limit price, 4 implied decimals.
     *
     * @return the price field
     */
    public long price()
    {
        return buffer.getInt(offset + PRICE_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Sets the new limit price, 4 implied decimals.
     *
     * @param value an unsigned 32-bit price with 4 implied decimals (the low 32 bits are written)
     * @return this flyweight
     */
    public ReplaceOrderMessage price(final long value)
    {
        mutable().putInt(offset + PRICE_OFFSET, (int) value, BIG_ENDIAN);
        return this;
    }

    /**
     * Returns the time in force, seconds.
     *
     * @return the timeInForce field
     */
    public long timeInForce()
    {
        return buffer.getInt(offset + TIME_IN_FORCE_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Sets the time in force, seconds.
     *
     * @param value an unsigned 32-bit value (the low 32 bits are written)
     * @return this flyweight
     */
    public ReplaceOrderMessage timeInForce(final long value)
    {
        mutable().putInt(offset + TIME_IN_FORCE_OFFSET, (int) value, BIG_ENDIAN);
        return this;
    }

    /**
     * Returns the display flag.
     *
     * @return the display field
     */
    public char display()
    {
        return (char) (buffer.getByte(offset + DISPLAY_OFFSET) & 0xFF);
    }

    /**
     * Sets the display flag.
     *
     * @param value an ASCII character (the low 8 bits are written)
     * @return this flyweight
     */
    public ReplaceOrderMessage display(final char value)
    {
        mutable().putByte(offset + DISPLAY_OFFSET, (byte) value);
        return this;
    }

    /**
     * Returns the intermarket sweep eligibility, Y or N.
     *
     * @return the intermarketSweepEligibility field
     */
    public char intermarketSweepEligibility()
    {
        return (char) (buffer.getByte(offset + INTERMARKET_SWEEP_ELIGIBILITY_OFFSET) & 0xFF);
    }

    /**
     * Sets the intermarket sweep eligibility, Y or N.
     *
     * @param value an ASCII character (the low 8 bits are written)
     * @return this flyweight
     */
    public ReplaceOrderMessage intermarketSweepEligibility(final char value)
    {
        mutable().putByte(offset + INTERMARKET_SWEEP_ELIGIBILITY_OFFSET, (byte) value);
        return this;
    }

    /**
     * Returns the minimum quantity.
     *
     * @return the minimumQuantity field
     */
    public long minimumQuantity()
    {
        return buffer.getInt(offset + MINIMUM_QUANTITY_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Sets the minimum quantity.
     *
     * @param value an unsigned 32-bit value (the low 32 bits are written)
     * @return this flyweight
     */
    public ReplaceOrderMessage minimumQuantity(final long value)
    {
        mutable().putInt(offset + MINIMUM_QUANTITY_OFFSET, (int) value, BIG_ENDIAN);
        return this;
    }

    @Override
    public StringBuilder appendTo(final StringBuilder sb)
    {
        sb.append(messageType()).append('{');
        sb.append("existingOrderToken=");
        AsciiFields.appendTrimmed(sb, buffer, offset + EXISTING_ORDER_TOKEN_OFFSET, 14);
        sb.append(", replacementOrderToken=");
        AsciiFields.appendTrimmed(sb, buffer, offset + REPLACEMENT_ORDER_TOKEN_OFFSET, 14);
        sb.append(", shares=");
        sb.append(shares());
        sb.append(", price=");
        sb.append(price());
        sb.append(", timeInForce=");
        sb.append(timeInForce());
        sb.append(", display=");
        AsciiFields.appendChar(sb, display());
        sb.append(", intermarketSweepEligibility=");
        AsciiFields.appendChar(sb, intermarketSweepEligibility());
        sb.append(", minimumQuantity=");
        sb.append(minimumQuantity());
        return sb.append('}');
    }
}
