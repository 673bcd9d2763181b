package io.hftengine.protocol.itch;

import static java.nio.ByteOrder.BIG_ENDIAN;

import io.hftengine.protocol.internal.AsciiFields;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * ITCH 5.0 Order Replace message, type {@code 'U'}, 35 bytes, read and written in place.
 *
 * <p>Layout (big-endian; offsets from the start of the message):
 * <pre>
 * offset size  field
 *    0     1  messageType
 *    1     2  stockLocate (u16)
 *    3     2  trackingNumber (u16)
 *    5     6  timestampNs (u48)
 *   11     8  originalOrderReferenceNumber (u64)
 *   19     8  newOrderReferenceNumber (u64)
 *   27     4  shares (u32)
 *   31     4  price (price4)
 * </pre>
 *
 * <p>A flyweight: {@link #wrap(DirectBuffer, int)} points it at a message that the caller has
 * already checked to be {@value #LENGTH} bytes long (the decoders do this); getters then read
 * straight from the buffer. {@link #wrapForEncode(MutableDirectBuffer, int)} writes the type byte
 * and enables the fluent setters. Not thread-safe: one instance per thread.
 */
public final class OrderReplaceMessage extends ItchMessage
{
    /** The message type byte. */
    public static final byte MESSAGE_TYPE = 'U';
    /** The length of the message in bytes. */
    public static final int LENGTH = 35;
    /** Offset of the original order reference number field. */
    public static final int ORIGINAL_ORDER_REFERENCE_NUMBER_OFFSET = 11;
    /** Offset of the new order reference number field. */
    public static final int NEW_ORDER_REFERENCE_NUMBER_OFFSET = 19;
    /** Offset of the number of shares of the new order field. */
    public static final int SHARES_OFFSET = 27;
    /** Offset of the price of the new order field. */
    public static final int PRICE_OFFSET = 31;

    /**
     * Creates a flyweight wrapped over nothing; call a wrap method before use.
     */
    public OrderReplaceMessage()
    {
    }

    /**
     * Points this flyweight at a message to read.
     *
     * @param buffer the buffer holding the message
     * @param offset where the message starts; {@value #LENGTH} bytes from there must be readable
     * @return this flyweight
     */
    public OrderReplaceMessage wrap(final DirectBuffer buffer, final int offset)
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
    public OrderReplaceMessage wrapForEncode(final MutableDirectBuffer buffer, final int offset)
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
    public OrderReplaceMessage stockLocate(final int value)
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
    public OrderReplaceMessage trackingNumber(final int value)
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
    public OrderReplaceMessage timestampNs(final long value)
    {
        putTimestampNs(value);
        return this;
    }

    /**
     * Returns the original order reference number.
     *
     * @return the originalOrderReferenceNumber field
     */
    public long originalOrderReferenceNumber()
    {
        return buffer.getLong(offset + ORIGINAL_ORDER_REFERENCE_NUMBER_OFFSET, BIG_ENDIAN);
    }

    /**
     * Sets the original order reference number.
     *
     * @param value the 64-bit value
     * @return this flyweight
     */
    public OrderReplaceMessage originalOrderReferenceNumber(final long value)
    {
        mutable().putLong(offset + ORIGINAL_ORDER_REFERENCE_NUMBER_OFFSET, value, BIG_ENDIAN);
        return this;
    }

    /**
     * Returns the new order reference number.
     *
     * @return the newOrderReferenceNumber field
     */
    public long newOrderReferenceNumber()
    {
        return buffer.getLong(offset + NEW_ORDER_REFERENCE_NUMBER_OFFSET, BIG_ENDIAN);
    }

    /**
     * Sets the new order reference number.
     *
     * @param value the 64-bit value
     * @return this flyweight
     */
    public OrderReplaceMessage newOrderReferenceNumber(final long value)
    {
        mutable().putLong(offset + NEW_ORDER_REFERENCE_NUMBER_OFFSET, value, BIG_ENDIAN);
        return this;
    }

    /**
     * Returns the number of shares of the new order.
     *
     * @return the shares field
     */
    public long shares()
    {
        return buffer.getInt(offset + SHARES_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Sets the number of shares of the new order.
     *
     * @param value an unsigned 32-bit value (the low 32 bits are written)
     * @return this flyweight
     */
    public OrderReplaceMessage shares(final long value)
    {
        mutable().putInt(offset + SHARES_OFFSET, (int) value, BIG_ENDIAN);
        return this;
    }

    /**
     * Returns the price of the new order, 4 implied decimals.
     *
     * @return the price field
     */
    public long price()
    {
        return buffer.getInt(offset + PRICE_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Sets the price of the new order, 4 implied decimals.
     *
     * @param value an unsigned 32-bit price with 4 implied decimals (the low 32 bits are written)
     * @return this flyweight
     */
    public OrderReplaceMessage price(final long value)
    {
        mutable().putInt(offset + PRICE_OFFSET, (int) value, BIG_ENDIAN);
        return this;
    }

    @Override
    public StringBuilder appendTo(final StringBuilder sb)
    {
        appendHeader(sb);
        sb.append(", originalOrderReferenceNumber=");
        AsciiFields.appendUnsigned(sb, originalOrderReferenceNumber());
        sb.append(", newOrderReferenceNumber=");
        AsciiFields.appendUnsigned(sb, newOrderReferenceNumber());
        sb.append(", shares=");
        sb.append(shares());
        sb.append(", price=");
        sb.append(price());
        return sb.append('}');
    }
}
