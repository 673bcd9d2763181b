package io.hftengine.protocol.itch;

import static java.nio.ByteOrder.BIG_ENDIAN;

import io.hftengine.protocol.internal.AsciiFields;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * ITCH 5.0 Direct Listing with Capital Raise Price Discovery message, type {@code 'O'}, 48 bytes, read and written in place.
 *
 * <p>Layout (big-endian; offsets from the start of the message):
 * <pre>
 * offset size  field
 *    0     1  messageType
 *    1     2  stockLocate (u16)
 *    3     2  trackingNumber (u16)
 *    5     6  timestampNs (u48)
 *   11     8  stock (alpha8)
 *   19     1  openEligibilityStatus (char)
 *   20     4  minimumAllowablePrice (price4)
 *   24     4  maximumAllowablePrice (price4)
 *   28     4  nearExecutionPrice (price4)
 *   32     8  nearExecutionTime (u64)
 *   40     4  lowerPriceRangeCollar (price4)
 *   44     4  upperPriceRangeCollar (price4)
 * </pre>
 *
 * <p>A flyweight: {@link #wrap(DirectBuffer, int)} points it at a message that the caller has
 * already checked to be {@value #LENGTH} bytes long (the decoders do this); getters then read
 * straight from the buffer. {@link #wrapForEncode(MutableDirectBuffer, int)} writes the type byte
 * and enables the fluent setters. Not thread-safe: one instance per thread.
 */
public final class DirectListingPriceDiscoveryMessage extends ItchMessage
{
    /** The message type byte. */
    public static final byte MESSAGE_TYPE = 'O';
    /** The length of the message in bytes. */
    public static final int LENGTH = 48;
    /** Offset of the stock symbol field. */
    public static final int STOCK_OFFSET = 11;
    /** Offset of the open eligibility status field. */
    public static final int OPEN_ELIGIBILITY_STATUS_OFFSET = 19;
    /** Offset of the minimum allowable price field. */
    public static final int MINIMUM_ALLOWABLE_PRICE_OFFSET = 20;
    /** Offset of the maximum allowable price field. */
    public static final int MAXIMUM_ALLOWABLE_PRICE_OFFSET = 24;
    /** Offset of the near execution price field. */
    public static final int NEAR_EXECUTION_PRICE_OFFSET = 28;
    /** Offset of the near execution time field. */
    public static final int NEAR_EXECUTION_TIME_OFFSET = 32;
    /** Offset of the lower price range collar field. */
    public static final int LOWER_PRICE_RANGE_COLLAR_OFFSET = 40;
    /** Offset of the upper price range collar field. */
    public static final int UPPER_PRICE_RANGE_COLLAR_OFFSET = 44;

    /**
     * Creates a flyweight wrapped over nothing; call a wrap method before use.
     */
    public DirectListingPriceDiscoveryMessage()
    {
    }

    /**
     * Points this flyweight at a message to read.
     *
     * @param buffer the buffer holding the message
     * @param offset where the message starts; {@value #LENGTH} bytes from there must be readable
     * @return this flyweight
     */
    public DirectListingPriceDiscoveryMessage wrap(final DirectBuffer buffer, final int offset)
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
    public DirectListingPriceDiscoveryMessage wrapForEncode(final MutableDirectBuffer buffer, final int offset)
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
    public DirectListingPriceDiscoveryMessage stockLocate(final int value)
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
    public DirectListingPriceDiscoveryMessage trackingNumber(final int value)
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
    public DirectListingPriceDiscoveryMessage timestampNs(final long value)
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
    public DirectListingPriceDiscoveryMessage stock(final long value)
    {
        mutable().putLong(offset + STOCK_OFFSET, value, BIG_ENDIAN);
        return this;
    }

    /**
     * Returns the open eligibility status, N or Y.
     *
     * @return the openEligibilityStatus field
     */
    public char openEligibilityStatus()
    {
        return (char) (buffer.getByte(offset + OPEN_ELIGIBILITY_STATUS_OFFSET) & 0xFF);
    }

    /**
     * Sets the open eligibility status, N or Y.
     *
     * @param value an ASCII character (the low 8 bits are written)
     * @return this flyweight
     */
    public DirectListingPriceDiscoveryMessage openEligibilityStatus(final char value)
    {
        mutable().putByte(offset + OPEN_ELIGIBILITY_STATUS_OFFSET, (byte) value);
        return this;
    }

    /**
     * Returns the minimum allowable price, 4 implied decimals.
     *
     * @return the minimumAllowablePrice field
     */
    public long minimumAllowablePrice()
    {
        return buffer.getInt(offset + MINIMUM_ALLOWABLE_PRICE_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Sets the minimum allowable price, 4 implied decimals.
     *
     * @param value an unsigned 32-bit price with 4 implied decimals (the low 32 bits are written)
     * @return this flyweight
     */
    public DirectListingPriceDiscoveryMessage minimumAllowablePrice(final long value)
    {
        mutable().putInt(offset + MINIMUM_ALLOWABLE_PRICE_OFFSET, (int) value, BIG_ENDIAN);
        return this;
    }

    /**
     * Returns the maximum allowable price, 4 implied decimals.
     *
     * @return the maximumAllowablePrice field
     */
    public long maximumAllowablePrice()
    {
        return buffer.getInt(offset + MAXIMUM_ALLOWABLE_PRICE_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Sets the maximum allowable price, 4 implied decimals.
     *
     * @param value an unsigned 32-bit price with 4 implied decimals (the low 32 bits are written)
     * @return this flyweight
     */
    public DirectListingPriceDiscoveryMessage maximumAllowablePrice(final long value)
    {
        mutable().putInt(offset + MAXIMUM_ALLOWABLE_PRICE_OFFSET, (int) value, BIG_ENDIAN);
        return this;
    }

    /**
     * Returns the near execution price, 4 implied decimals.
     *
     * @return the nearExecutionPrice field
     */
    public long nearExecutionPrice()
    {
        return buffer.getInt(offset + NEAR_EXECUTION_PRICE_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Sets the near execution price, 4 implied decimals.
     *
     * @param value an unsigned 32-bit price with 4 implied decimals (the low 32 bits are written)
     * @return this flyweight
     */
    public DirectListingPriceDiscoveryMessage nearExecutionPrice(final long value)
    {
        mutable().putInt(offset + NEAR_EXECUTION_PRICE_OFFSET, (int) value, BIG_ENDIAN);
        return this;
    }

    /**
     * Returns the near execution time, nanoseconds since midnight.
     *
     * @return the nearExecutionTime field
     */
    public long nearExecutionTime()
    {
        return buffer.getLong(offset + NEAR_EXECUTION_TIME_OFFSET, BIG_ENDIAN);
    }

    /**
     * Sets the near execution time, nanoseconds since midnight.
     *
     * @param value the 64-bit value
     * @return this flyweight
     */
    public DirectListingPriceDiscoveryMessage nearExecutionTime(final long value)
    {
        mutable().putLong(offset + NEAR_EXECUTION_TIME_OFFSET, value, BIG_ENDIAN);
        return this;
    }

    /**
     * Returns the lower price range collar, 4 implied decimals.
     *
     * @return the lowerPriceRangeCollar field
     */
    public long lowerPriceRangeCollar()
    {
        return buffer.getInt(offset + LOWER_PRICE_RANGE_COLLAR_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Sets the lower price range collar, 4 implied decimals.
     *
     * @param value an unsigned 32-bit price with 4 implied decimals (the low 32 bits are written)
     * @return this flyweight
     */
    public DirectListingPriceDiscoveryMessage lowerPriceRangeCollar(final long value)
    {
        mutable().putInt(offset + LOWER_PRICE_RANGE_COLLAR_OFFSET, (int) value, BIG_ENDIAN);
        return this;
    }

    /**
     * Returns the upper price range collar, 4 implied decimals.
     *
     * @return the upperPriceRangeCollar field
     */
    public long upperPriceRangeCollar()
    {
        return buffer.getInt(offset + UPPER_PRICE_RANGE_COLLAR_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Sets the upper price range collar, 4 implied decimals.
     *
     * @param value an unsigned 32-bit price with 4 implied decimals (the low 32 bits are written)
     * @return this flyweight
     */
    public DirectListingPriceDiscoveryMessage upperPriceRangeCollar(final long value)
    {
        mutable().putInt(offset + UPPER_PRICE_RANGE_COLLAR_OFFSET, (int) value, BIG_ENDIAN);
        return this;
    }

    @Override
    public StringBuilder appendTo(final StringBuilder sb)
    {
        appendHeader(sb);
        sb.append(", stock=");
        AsciiFields.appendPacked(sb, stock(), 8);
        sb.append(", openEligibilityStatus=");
        AsciiFields.appendChar(sb, openEligibilityStatus());
        sb.append(", minimumAllowablePrice=");
        sb.append(minimumAllowablePrice());
        sb.append(", maximumAllowablePrice=");
        sb.append(maximumAllowablePrice());
        sb.append(", nearExecutionPrice=");
        sb.append(nearExecutionPrice());
        sb.append(", nearExecutionTime=");
        AsciiFields.appendUnsigned(sb, nearExecutionTime());
        sb.append(", lowerPriceRangeCollar=");
        sb.append(lowerPriceRangeCollar());
        sb.append(", upperPriceRangeCollar=");
        sb.append(upperPriceRangeCollar());
        return sb.append('}');
    }
}
