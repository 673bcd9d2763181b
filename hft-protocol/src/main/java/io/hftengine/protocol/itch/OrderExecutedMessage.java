package io.hftengine.protocol.itch;

import static java.nio.ByteOrder.BIG_ENDIAN;

import io.hftengine.protocol.internal.AsciiFields;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * ITCH 5.0 Order Executed message, type {@code 'E'}, 31 bytes, read and written in place.
 *
 * <p>Layout (big-endian; offsets from the start of the message):
 * <pre>
 * offset size  field
 *    0     1  messageType
 *    1     2  stockLocate (u16)
 *    3     2  trackingNumber (u16)
 *    5     6  timestampNs (u48)
 *   11     8  orderReferenceNumber (u64)
 *   19     4  executedShares (u32)
 *   23     8  matchNumber (u64)
 * </pre>
 *
 * <p>A flyweight: {@link #wrap(DirectBuffer, int)} points it at a message that the caller has
 * already checked to be {@value #LENGTH} bytes long (the decoders do this); getters then read
 * straight from the buffer. {@link #wrapForEncode(MutableDirectBuffer, int)} writes the type byte
 * and enables the fluent setters. Not thread-safe: one instance per thread.
 */
public final class OrderExecutedMessage extends ItchMessage
{
    /** The message type byte. */
    public static final byte MESSAGE_TYPE = 'E';
    /** The length of the message in bytes. */
    public static final int LENGTH = 31;
    /** Offset of the order reference number field. */
    public static final int ORDER_REFERENCE_NUMBER_OFFSET = 11;
    /** Offset of the executed shares field. */
    public static final int EXECUTED_SHARES_OFFSET = 19;
    /** Offset of the match number field. */
    public static final int MATCH_NUMBER_OFFSET = 23;

    /**
     * Creates a flyweight wrapped over nothing; call a wrap method before use.
     */
    public OrderExecutedMessage()
    {
    }

    /**
     * Points this flyweight at a message to read.
     *
     * @param buffer the buffer holding the message
     * @param offset where the message starts; {@value #LENGTH} bytes from there must be readable
     * @return this flyweight
     */
    public OrderExecutedMessage wrap(final DirectBuffer buffer, final int offset)
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
    public OrderExecutedMessage wrapForEncode(final MutableDirectBuffer buffer, final int offset)
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
    public OrderExecutedMessage stockLocate(final int value)
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
    public OrderExecutedMessage trackingNumber(final int value)
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
    public OrderExecutedMessage timestampNs(final long value)
    {
        putTimestampNs(value);
        return this;
    }

    /**
     * Returns the order reference number.
     *
     * @return the orderReferenceNumber field
     */
    public long orderReferenceNumber()
    {
        return buffer.getLong(offset + ORDER_REFERENCE_NUMBER_OFFSET, BIG_ENDIAN);
    }

    /**
     * Sets the order reference number.
     *
     * @param value the 64-bit value
     * @return this flyweight
     */
    public OrderExecutedMessage orderReferenceNumber(final long value)
    {
        mutable().putLong(offset + ORDER_REFERENCE_NUMBER_OFFSET, value, BIG_ENDIAN);
        return this;
    }

    /**
     * Returns the executed shares.
     *
     * @return the executedShares field
     */
    public long executedShares()
    {
        return buffer.getInt(offset + EXECUTED_SHARES_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Sets the executed shares.
     *
     * @param value an unsigned 32-bit value (the low 32 bits are written)
     * @return this flyweight
     */
    public OrderExecutedMessage executedShares(final long value)
    {
        mutable().putInt(offset + EXECUTED_SHARES_OFFSET, (int) value, BIG_ENDIAN);
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
    public OrderExecutedMessage matchNumber(final long value)
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
        sb.append(", executedShares=");
        sb.append(executedShares());
        sb.append(", matchNumber=");
        AsciiFields.appendUnsigned(sb, matchNumber());
        return sb.append('}');
    }
}
