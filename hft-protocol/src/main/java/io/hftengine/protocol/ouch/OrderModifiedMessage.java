package io.hftengine.protocol.ouch;

import static java.nio.ByteOrder.BIG_ENDIAN;

import io.hftengine.protocol.internal.AsciiFields;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * OUCH 4.2 outbound Order Modified message, type {@code 'M'}, 28 bytes, read and written in place.
 *
 * <p>The answer to a Modify Order: the order's side and the shares it has now.
 *
 * <p>Layout (big-endian; offsets from the start of the message):
 * <pre>
 * offset size  field
 *    0     1  messageType
 *    1     8  timestampNs (u64)
 *    9    14  orderToken (token14)
 *   23     1  side (char)
 *   24     4  shares (u32)
 * </pre>
 *
 * <p>A flyweight: {@link #wrap(DirectBuffer, int)} points it at a message that the caller has
 * already checked to be {@value #LENGTH} bytes long (the decoders do this); getters then read
 * straight from the buffer. {@link #wrapForEncode(MutableDirectBuffer, int)} writes the type byte
 * and enables the fluent setters. Not thread-safe: one instance per thread.
 */
public final class OrderModifiedMessage extends OrderTokenReply<OrderModifiedMessage>
{
    /** The message type byte. */
    public static final byte MESSAGE_TYPE = 'M';
    /** The length of the message in bytes. */
    public static final int LENGTH = 28;
    /** Offset of the timestamp, nanoseconds since midnight field. */
    public static final int TIMESTAMP_NS_OFFSET = 1;
    /** Offset of the order token field. */
    public static final int ORDER_TOKEN_OFFSET = 9;
    /** Offset of the side (buy/sell indicator) field. */
    public static final int SIDE_OFFSET = 23;
    /** Offset of the shares the order has now field. */
    public static final int SHARES_OFFSET = 24;

    /**
     * Creates a flyweight wrapped over nothing; call a wrap method before use.
     */
    public OrderModifiedMessage()
    {
        super(MESSAGE_TYPE, LENGTH);
    }

    /**
     * Returns the side (buy/sell indicator).
     *
     * @return the side field
     */
    public char side()
    {
        return (char) (buffer.getByte(offset + SIDE_OFFSET) & 0xFF);
    }

    /**
     * Sets the side (buy/sell indicator).
     *
     * @param value an ASCII character (the low 8 bits are written)
     * @return this flyweight
     */
    public OrderModifiedMessage side(final char value)
    {
        mutable().putByte(offset + SIDE_OFFSET, (byte) value);
        return this;
    }

    /**
     * Returns the shares the order has now.
     *
     * @return the shares field
     */
    public long shares()
    {
        return buffer.getInt(offset + SHARES_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Sets the shares the order has now.
     *
     * @param value an unsigned 32-bit value (the low 32 bits are written)
     * @return this flyweight
     */
    public OrderModifiedMessage shares(final long value)
    {
        mutable().putInt(offset + SHARES_OFFSET, (int) value, BIG_ENDIAN);
        return this;
    }

    @Override
    public StringBuilder appendTo(final StringBuilder sb)
    {
        appendReplyHead(sb);
        sb.append(", side=");
        AsciiFields.appendChar(sb, side());
        sb.append(", shares=");
        sb.append(shares());
        return sb.append('}');
    }
}
