package io.hftengine.protocol.itch;

import static java.nio.ByteOrder.BIG_ENDIAN;

import io.hftengine.protocol.internal.AsciiFields;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * ITCH 5.0 Cross Trade message, type {@code 'Q'}, 40 bytes, read and written in place.
 *
 * <p>Layout (big-endian; offsets from the start of the message):
 * <pre>
 * offset size  field
 *    0     1  messageType
 *    1     2  stockLocate (u16)
 *    3     2  trackingNumber (u16)
 *    5     6  timestampNs (u48)
 *   11     8  shares (u64)
 *   19     8  stock (alpha8)
 *   27     4  crossPrice (price4)
 *   31     8  matchNumber (u64)
 *   39     1  crossType (char)
 * </pre>
 *
 * <p>A flyweight: {@link #wrap(DirectBuffer, int)} points it at a message that the caller has
 * already checked to be {@value #LENGTH} bytes long (the decoders do this); getters then read
 * straight from the buffer. {@link #wrapForEncode(MutableDirectBuffer, int)} writes the type byte
 * and enables the fluent setters. Not thread-safe: one instance per thread.
 */
public final class CrossTradeMessage extends ItchMessage
{
    /** The message type byte. */
    public static final byte MESSAGE_TYPE = 'Q';
    /** The length of the message in bytes. */
    public static final int LENGTH = 40;
    /** Offset of the number of shares matched in the cross field. */
    public static final int SHARES_OFFSET = 11;
    /** Offset of the stock symbol field. */
    public static final int STOCK_OFFSET = 19;
    /** Offset of the cross price field. */
    public static final int CROSS_PRICE_OFFSET = 27;
    /** Offset of the match number field. */
    public static final int MATCH_NUMBER_OFFSET = 31;
    /** Offset of the cross type field. */
    public static final int CROSS_TYPE_OFFSET = 39;

    /**
     * Creates a flyweight wrapped over nothing; call a wrap method before use.
     */
    public CrossTradeMessage()
    {
    }

    /**
     * Points this flyweight at a message to read.
     *
     * @param buffer the buffer holding the message
     * @param offset where the message starts; {@value #LENGTH} bytes from there must be readable
     * @return this flyweight
     */
    public CrossTradeMessage wrap(final DirectBuffer buffer, final int offset)
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
    public CrossTradeMessage wrapForEncode(final MutableDirectBuffer buffer, final int offset)
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
     * Sets the stock locate code.
     *
     * @param value an unsigned 16-bit value (the low 16 bits are written)
     * @return this flyweight
     */
    public CrossTradeMessage stockLocate(final int value)
    {
        putStockLocate(value);
        return this;
    }

    /**
     * Sets the tracking number.
     *
     * @param value an unsigned 16-bit value (the low 16 bits are written)
     * @return this flyweight
     */
    public CrossTradeMessage trackingNumber(final int value)
    {
        putTrackingNumber(value);
        return this;
    }

    /**
     * Sets the timestamp.
     *
     * @param value nanoseconds since midnight; the low 48 bits are written
     * @return this flyweight
     */
    public CrossTradeMessage timestampNs(final long value)
    {
        putTimestampNs(value);
        return this;
    }

    /**
     * Returns the number of shares matched in the cross.
     *
     * @return the shares field
     */
    public long shares()
    {
        return buffer.getLong(offset + SHARES_OFFSET, BIG_ENDIAN);
    }

    /**
     * Sets the number of shares matched in the cross.
     *
     * @param value the 64-bit value
     * @return this flyweight
     */
    public CrossTradeMessage shares(final long value)
    {
        mutable().putLong(offset + SHARES_OFFSET, value, BIG_ENDIAN);
        return this;
    }

    /**
     * Returns the stock symbol, packed big-endian ASCII, space padded.
     *
     * @return the stock field
     */
    public long stock()
    {
        return buffer.getLong(offset + STOCK_OFFSET, BIG_ENDIAN);
    }

    /**
     * Sets the stock symbol, packed big-endian ASCII, space padded.
     *
     * @param value eight ASCII bytes packed big-endian
     * @return this flyweight
     */
    public CrossTradeMessage stock(final long value)
    {
        mutable().putLong(offset + STOCK_OFFSET, value, BIG_ENDIAN);
        return this;
    }

    /**
     * Returns the cross price, 4 implied decimals.
     *
     * @return the crossPrice field
     */
    public long crossPrice()
    {
        return buffer.getInt(offset + CROSS_PRICE_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Sets the cross price, 4 implied decimals.
     *
     * @param value an unsigned 32-bit price with 4 implied decimals (the low 32 bits are written)
     * @return this flyweight
     */
    public CrossTradeMessage crossPrice(final long value)
    {
        mutable().putInt(offset + CROSS_PRICE_OFFSET, (int) value, BIG_ENDIAN);
        return this;
    }

    /**
     * Returns the match number.
     *
     * @return the matchNumber field
     */
    public long matchNumber()
    {
        return buffer.getLong(offset + MATCH_NUMBER_OFFSET, BIG_ENDIAN);
    }

    /**
     * Sets the match number.
     *
     * @param value the 64-bit value
     * @return this flyweight
     */
    public CrossTradeMessage matchNumber(final long value)
    {
        mutable().putLong(offset + MATCH_NUMBER_OFFSET, value, BIG_ENDIAN);
        return this;
    }

    /**
     * Returns the cross type: O (opening), C (closing) or H (IPO, halted or paused); older files
     * also carry I (intraday or post-close).
     *
     * @return the crossType field
     */
    public char crossType()
    {
        return (char) (buffer.getByte(offset + CROSS_TYPE_OFFSET) & 0xFF);
    }

    /**
     * Sets the cross type: O (opening), C (closing) or H (IPO, halted or paused); older files
     * also carry I (intraday or post-close).
     *
     * @param value an ASCII character (the low 8 bits are written)
     * @return this flyweight
     */
    public CrossTradeMessage crossType(final char value)
    {
        mutable().putByte(offset + CROSS_TYPE_OFFSET, (byte) value);
        return this;
    }

    @Override
    public StringBuilder appendTo(final StringBuilder sb)
    {
        appendHeader(sb);
        sb.append(", shares=");
        AsciiFields.appendUnsigned(sb, shares());
        sb.append(", stock=");
        AsciiFields.appendPacked(sb, stock(), 8);
        sb.append(", crossPrice=");
        sb.append(crossPrice());
        sb.append(", matchNumber=");
        AsciiFields.appendUnsigned(sb, matchNumber());
        sb.append(", crossType=");
        AsciiFields.appendChar(sb, crossType());
        return sb.append('}');
    }
}
