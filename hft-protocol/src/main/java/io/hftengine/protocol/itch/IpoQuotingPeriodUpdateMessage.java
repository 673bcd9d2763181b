package io.hftengine.protocol.itch;

import static java.nio.ByteOrder.BIG_ENDIAN;

import io.hftengine.protocol.internal.AsciiFields;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * ITCH 5.0 IPO Quoting Period Update message, type {@code 'K'}, 28 bytes, read and written in place.
 *
 * <p>Layout (big-endian; offsets from the start of the message):
 * <pre>
 * offset size  field
 *    0     1  messageType
 *    1     2  stockLocate (u16)
 *    3     2  trackingNumber (u16)
 *    5     6  timestampNs (u48)
 *   11     8  stock (alpha8)
 *   19     4  ipoQuotationReleaseTime (u32)
 *   23     1  ipoQuotationReleaseQualifier (char)
 *   24     4  ipoPrice (price4)
 * </pre>
 *
 * <p>A flyweight: {@link #wrap(DirectBuffer, int)} points it at a message that the caller has
 * already checked to be {@value #LENGTH} bytes long (the decoders do this); getters then read
 * straight from the buffer. {@link #wrapForEncode(MutableDirectBuffer, int)} writes the type byte
 * and enables the fluent setters. Not thread-safe: one instance per thread.
 */
public final class IpoQuotingPeriodUpdateMessage extends ItchMessage
{
    /** The message type byte. */
    public static final byte MESSAGE_TYPE = 'K';
    /** The length of the message in bytes. */
    public static final int LENGTH = 28;
    /** Offset of the stock symbol field. */
    public static final int STOCK_OFFSET = 11;
    /** Offset of the IPO quotation release time field. */
    public static final int IPO_QUOTATION_RELEASE_TIME_OFFSET = 19;
    /** Offset of the IPO quotation release qualifier field. */
    public static final int IPO_QUOTATION_RELEASE_QUALIFIER_OFFSET = 23;
    /** Offset of the IPO price field. */
    public static final int IPO_PRICE_OFFSET = 24;

    /**
     * Creates a flyweight wrapped over nothing; call a wrap method before use.
     */
    public IpoQuotingPeriodUpdateMessage()
    {
    }

    /**
     * Points this flyweight at a message to read.
     *
     * @param buffer the buffer holding the message
     * @param offset where the message starts; {@value #LENGTH} bytes from there must be readable
     * @return this flyweight
     */
    public IpoQuotingPeriodUpdateMessage wrap(final DirectBuffer buffer, final int offset)
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
    public IpoQuotingPeriodUpdateMessage wrapForEncode(final MutableDirectBuffer buffer, final int offset)
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
    public IpoQuotingPeriodUpdateMessage stockLocate(final int value)
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
    public IpoQuotingPeriodUpdateMessage trackingNumber(final int value)
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
    public IpoQuotingPeriodUpdateMessage timestampNs(final long value)
    {
        putTimestampNs(value);
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
    public IpoQuotingPeriodUpdateMessage stock(final long value)
    {
        mutable().putLong(offset + STOCK_OFFSET, value, BIG_ENDIAN);
        return this;
    }

    /**
     * Returns the IPO quotation release time, seconds since midnight.
     *
     * @return the ipoQuotationReleaseTime field
     */
    public long ipoQuotationReleaseTime()
    {
        return buffer.getInt(offset + IPO_QUOTATION_RELEASE_TIME_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Sets the IPO quotation release time, seconds since midnight.
     *
     * @param value an unsigned 32-bit value (the low 32 bits are written)
     * @return this flyweight
     */
    public IpoQuotingPeriodUpdateMessage ipoQuotationReleaseTime(final long value)
    {
        mutable().putInt(offset + IPO_QUOTATION_RELEASE_TIME_OFFSET, (int) value, BIG_ENDIAN);
        return this;
    }

    /**
     * Returns the IPO quotation release qualifier, A or C.
     *
     * @return the ipoQuotationReleaseQualifier field
     */
    public char ipoQuotationReleaseQualifier()
    {
        return (char) (buffer.getByte(offset + IPO_QUOTATION_RELEASE_QUALIFIER_OFFSET) & 0xFF);
    }

    /**
     * Sets the IPO quotation release qualifier, A or C.
     *
     * @param value an ASCII character (the low 8 bits are written)
     * @return this flyweight
     */
    public IpoQuotingPeriodUpdateMessage ipoQuotationReleaseQualifier(final char value)
    {
        mutable().putByte(offset + IPO_QUOTATION_RELEASE_QUALIFIER_OFFSET, (byte) value);
        return this;
    }

    /**
     * Returns the IPO price, 4 implied decimals.
     *
     * @return the ipoPrice field
     */
    public long ipoPrice()
    {
        return buffer.getInt(offset + IPO_PRICE_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Sets the IPO price, 4 implied decimals.
     *
     * @param value an unsigned 32-bit price with 4 implied decimals (the low 32 bits are written)
     * @return this flyweight
     */
    public IpoQuotingPeriodUpdateMessage ipoPrice(final long value)
    {
        mutable().putInt(offset + IPO_PRICE_OFFSET, (int) value, BIG_ENDIAN);
        return this;
    }

    @Override
    public StringBuilder appendTo(final StringBuilder sb)
    {
        appendHeader(sb);
        sb.append(", stock=");
        AsciiFields.appendPacked(sb, stock(), 8);
        sb.append(", ipoQuotationReleaseTime=");
        sb.append(ipoQuotationReleaseTime());
        sb.append(", ipoQuotationReleaseQualifier=");
        AsciiFields.appendChar(sb, ipoQuotationReleaseQualifier());
        sb.append(", ipoPrice=");
        sb.append(ipoPrice());
        return sb.append('}');
    }
}
