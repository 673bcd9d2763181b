package io.hftengine.protocol.ouch;

import static java.nio.ByteOrder.BIG_ENDIAN;

import io.hftengine.protocol.internal.AsciiFields;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * OUCH 4.2 outbound Order Canceled message, type {@code 'C'}, 28 bytes, read and written in place.
 *
 * <p>Layout (big-endian; offsets from the start of the message):
 * <pre>
 * offset size  field
 *    0     1  messageType
 *    1     8  timestampNs (u64)
 *    9    14  orderToken (token14)
 *   23     4  decrementShares (u32)
 *   27     1  reason (char)
 * </pre>
 *
 * <p>A flyweight: {@link #wrap(DirectBuffer, int)} points it at a message that the caller has
 * already checked to be {@value #LENGTH} bytes long (the decoders do this); getters then read
 * straight from the buffer. {@link #wrapForEncode(MutableDirectBuffer, int)} writes the type byte
 * and enables the fluent setters. Not thread-safe: one instance per thread.
 */
public final class CanceledMessage extends OrderTokenReply<CanceledMessage>
{
    /** The message type byte. */
    public static final byte MESSAGE_TYPE = 'C';
    /** The length of the message in bytes. */
    public static final int LENGTH = 28;
    /** Offset of the timestamp field. */
    public static final int TIMESTAMP_NS_OFFSET = 1;
    /** Offset of the order token field. */
    public static final int ORDER_TOKEN_OFFSET = 9;
    /** Offset of the number of shares decremented from the order field. */
    public static final int DECREMENT_SHARES_OFFSET = 23;
    /** Offset of the cancel reason field. */
    public static final int REASON_OFFSET = 27;

    /**
     * Creates a flyweight wrapped over nothing; call a wrap method before use.
     */
    public CanceledMessage()
    {
        super(MESSAGE_TYPE, LENGTH);
    }

    /**
     * Returns the number of shares decremented from the order.
     *
     * @return the decrementShares field
     */
    public long decrementShares()
    {
        return buffer.getInt(offset + DECREMENT_SHARES_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Sets the number of shares decremented from the order.
     *
     * @param value an unsigned 32-bit value (the low 32 bits are written)
     * @return this flyweight
     */
    public CanceledMessage decrementShares(final long value)
    {
        mutable().putInt(offset + DECREMENT_SHARES_OFFSET, (int) value, BIG_ENDIAN);
        return this;
    }

    /**
     * Returns the cancel reason.
     *
     * @return the reason field
     */
    public char reason()
    {
        return (char) (buffer.getByte(offset + REASON_OFFSET) & 0xFF);
    }

    /**
     * Sets the cancel reason.
     *
     * @param value an ASCII character (the low 8 bits are written)
     * @return this flyweight
     */
    public CanceledMessage reason(final char value)
    {
        mutable().putByte(offset + REASON_OFFSET, (byte) value);
        return this;
    }

    @Override
    public StringBuilder appendTo(final StringBuilder sb)
    {
        appendReplyHead(sb);
        sb.append(", decrementShares=");
        sb.append(decrementShares());
        sb.append(", reason=");
        AsciiFields.appendChar(sb, reason());
        return sb.append('}');
    }
}
