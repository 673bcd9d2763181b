package io.hftengine.protocol.ouch;

import static java.nio.ByteOrder.BIG_ENDIAN;

import io.hftengine.protocol.internal.AsciiFields;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * OUCH 4.2 outbound Order Priority Update message, type {@code 'T'}, 36 bytes, read and written in place.
 *
 * <p>An order whose book priority changed (its displayed price or display moved), with the order
 * reference number it now has on the feed.
 *
 * <p>Layout (big-endian; offsets from the start of the message):
 * <pre>
 * offset size  field
 *    0     1  messageType
 *    1     8  timestampNs (u64)
 *    9    14  orderToken (token14)
 *   23     4  price (price4)
 *   27     1  display (char)
 *   28     8  orderReferenceNumber (u64)
 * </pre>
 *
 * <p>A flyweight: {@link #wrap(DirectBuffer, int)} points it at a message that the caller has
 * already checked to be {@value #LENGTH} bytes long (the decoders do this); getters then read
 * straight from the buffer. {@link #wrapForEncode(MutableDirectBuffer, int)} writes the type byte
 * and enables the fluent setters. Not thread-safe: one instance per thread.
 */
public final class OrderPriorityUpdateMessage extends OrderTokenReply<OrderPriorityUpdateMessage>
{
    /** The message type byte. */
    public static final byte MESSAGE_TYPE = 'T';
    /** The length of the message in bytes. */
    public static final int LENGTH = 36;
    /** Offset of the timestamp, nanoseconds since midnight field. */
    public static final int TIMESTAMP_NS_OFFSET = 1;
    /** Offset of the order token field. */
    public static final int ORDER_TOKEN_OFFSET = 9;
    /** Offset of the price field. */
    public static final int PRICE_OFFSET = 23;
    /** Offset of the display field. */
    public static final int DISPLAY_OFFSET = 27;
    /** Offset of the order reference number on the feed field. */
    public static final int ORDER_REFERENCE_NUMBER_OFFSET = 28;

    /**
     * Creates a flyweight wrapped over nothing; call a wrap method before use.
     */
    public OrderPriorityUpdateMessage()
    {
        super(MESSAGE_TYPE, LENGTH);
    }

    /**
     * Returns the price, 4 implied decimals.
     *
     * @return the price field
     */
    public long price()
    {
        return buffer.getInt(offset + PRICE_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Sets the price, 4 implied decimals.
     *
     * @param value an unsigned 32-bit price with 4 implied decimals (the low 32 bits are written)
     * @return this flyweight
     */
    public OrderPriorityUpdateMessage price(final long value)
    {
        mutable().putInt(offset + PRICE_OFFSET, (int) value, BIG_ENDIAN);
        return this;
    }

    /**
     * Returns the display.
     *
     * @return the display field
     */
    public char display()
    {
        return (char) (buffer.getByte(offset + DISPLAY_OFFSET) & 0xFF);
    }

    /**
     * Sets the display.
     *
     * @param value an ASCII character (the low 8 bits are written)
     * @return this flyweight
     */
    public OrderPriorityUpdateMessage display(final char value)
    {
        mutable().putByte(offset + DISPLAY_OFFSET, (byte) value);
        return this;
    }

    /**
     * Returns the order reference number on the feed.
     *
     * @return the orderReferenceNumber field
     */
    public long orderReferenceNumber()
    {
        return buffer.getLong(offset + ORDER_REFERENCE_NUMBER_OFFSET, BIG_ENDIAN);
    }

    /**
     * Sets the order reference number on the feed.
     *
     * @param value the 64-bit value
     * @return this flyweight
     */
    public OrderPriorityUpdateMessage orderReferenceNumber(final long value)
    {
        mutable().putLong(offset + ORDER_REFERENCE_NUMBER_OFFSET, value, BIG_ENDIAN);
        return this;
    }

    @Override
    public StringBuilder appendTo(final StringBuilder sb)
    {
        appendReplyHead(sb);
        sb.append(", price=");
        sb.append(price());
        sb.append(", display=");
        AsciiFields.appendChar(sb, display());
        sb.append(", orderReferenceNumber=");
        AsciiFields.appendUnsigned(sb, orderReferenceNumber());
        return sb.append('}');
    }
}
