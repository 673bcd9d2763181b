package io.hftengine.protocol.itch;

import static java.nio.ByteOrder.BIG_ENDIAN;

import io.hftengine.protocol.internal.AsciiFields;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * ITCH 5.0 Trade (non-cross) message, type {@code 'P'}, 44 bytes, read and written in place.
 *
 * <p>Layout (big-endian; offsets from the start of the message):
 * <pre>
 * offset size  field
 *    0     1  messageType
 *    1     2  stockLocate (u16)
 *    3     2  trackingNumber (u16)
 *    5     6  timestampNs (u48)
 *   11     8  orderReferenceNumber (u64)
 *   19     1  side (char)
 *   20     4  shares (u32)
 *   24     8  stock (alpha8)
 *   32     4  price (price4)
 *   36     8  matchNumber (u64)
 * </pre>
 *
 * <p>A flyweight: {@link #wrap(DirectBuffer, int)} points it at a message that the caller has
 * already checked to be {@value #LENGTH} bytes long (the decoders do this); getters then read
 * straight from the buffer. {@link #wrapForEncode(MutableDirectBuffer, int)} writes the type byte
 * and enables the fluent setters. Not thread-safe: one instance per thread.
 */
public final class TradeMessage extends ItchMessage
{
    /** The message type byte. */
    public static final byte MESSAGE_TYPE = 'P';
    /** The length of the message in bytes. */
    public static final int LENGTH = 44;
    /** Offset of the order reference number field (zero since 6 December 2010). */
    public static final int ORDER_REFERENCE_NUMBER_OFFSET = 11;
    /** Offset of the buy/sell indicator field. */
    public static final int SIDE_OFFSET = 19;
    /** Offset of the number of shares field. */
    public static final int SHARES_OFFSET = 20;
    /** Offset of the stock symbol field. */
    public static final int STOCK_OFFSET = 24;
    /** Offset of the trade price field. */
    public static final int PRICE_OFFSET = 32;
    /** Offset of the match number field. */
    public static final int MATCH_NUMBER_OFFSET = 36;

    /**
     * Creates a flyweight wrapped over nothing; call a wrap method before use.
     */
    public TradeMessage()
    {
    }

    /**
     * Points this flyweight at a message to read.
     *
     * @param buffer the buffer holding the message
     * @param offset where the message starts; {@value #LENGTH} bytes from there must be readable
     * @return this flyweight
     */
    public TradeMessage wrap(final DirectBuffer buffer, final int offset)
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
    public TradeMessage wrapForEncode(final MutableDirectBuffer buffer, final int offset)
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
    public TradeMessage stockLocate(final int value)
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
    public TradeMessage trackingNumber(final int value)
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
    public TradeMessage timestampNs(final long value)
    {
        putTimestampNs(value);
        return this;
    }

    /**
     * Returns the order reference number: zero since 6 December 2010, NASDAQ no longer names the
     * non-displayed order matched.
     *
     * @return the orderReferenceNumber field
     */
    public long orderReferenceNumber()
    {
        return buffer.getLong(offset + ORDER_REFERENCE_NUMBER_OFFSET, BIG_ENDIAN);
    }

    /**
     * Sets the order reference number (zero since 6 December 2010).
     *
     * @param value the 64-bit value
     * @return this flyweight
     */
    public TradeMessage orderReferenceNumber(final long value)
    {
        mutable().putLong(offset + ORDER_REFERENCE_NUMBER_OFFSET, value, BIG_ENDIAN);
        return this;
    }

    /**
     * Returns the buy/sell indicator, B or S (always B since 14 July 2014, whatever the resting side).
     *
     * @return the side field
     */
    public char side()
    {
        return (char) (buffer.getByte(offset + SIDE_OFFSET) & 0xFF);
    }

    /**
     * Sets the buy/sell indicator, B or S.
     *
     * @param value an ASCII character (the low 8 bits are written)
     * @return this flyweight
     */
    public TradeMessage side(final char value)
    {
        mutable().putByte(offset + SIDE_OFFSET, (byte) value);
        return this;
    }

    /**
     * Returns the number of shares.
     *
     * @return the shares field
     */
    public long shares()
    {
        return buffer.getInt(offset + SHARES_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Sets the number of shares.
     *
     * @param value an unsigned 32-bit value (the low 32 bits are written)
     * @return this flyweight
     */
    public TradeMessage shares(final long value)
    {
        mutable().putInt(offset + SHARES_OFFSET, (int) value, BIG_ENDIAN);
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
    public TradeMessage stock(final long value)
    {
        mutable().putLong(offset + STOCK_OFFSET, value, BIG_ENDIAN);
        return this;
    }

    /**
     * Returns the trade price, 4 implied decimals.
     *
     * @return the price field
     */
    public long price()
    {
        return buffer.getInt(offset + PRICE_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Sets the trade price, 4 implied decimals.
     *
     * @param value an unsigned 32-bit price with 4 implied decimals (the low 32 bits are written)
     * @return this flyweight
     */
    public TradeMessage price(final long value)
    {
        mutable().putInt(offset + PRICE_OFFSET, (int) value, BIG_ENDIAN);
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
    public TradeMessage matchNumber(final long value)
    {
        mutable().putLong(offset + MATCH_NUMBER_OFFSET, value, BIG_ENDIAN);
        return this;
    }

    @Override
    public StringBuilder appendTo(final StringBuilder sb)
    {
        appendHeader(sb);
        sb.append(", orderReferenceNumber=");
        AsciiFields.appendUnsigned(sb, orderReferenceNumber());
        sb.append(", side=");
        AsciiFields.appendChar(sb, side());
        sb.append(", shares=");
        sb.append(shares());
        sb.append(", stock=");
        AsciiFields.appendPacked(sb, stock(), 8);
        sb.append(", price=");
        sb.append(price());
        sb.append(", matchNumber=");
        AsciiFields.appendUnsigned(sb, matchNumber());
        return sb.append('}');
    }
}
