package io.hftengine.protocol.ouch;

import static java.nio.ByteOrder.BIG_ENDIAN;

import io.hftengine.protocol.internal.AsciiFields;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * OUCH 4.2 outbound Broken Trade message, type {@code 'B'}, 32 bytes, read and written in place.
 *
 * <p>An execution broken by the venue after it was reported: the fill with this match number did not
 * happen.
 *
 * <p>Layout (big-endian; offsets from the start of the message):
 * <pre>
 * offset size  field
 *    0     1  messageType
 *    1     8  timestampNs (u64)
 *    9    14  orderToken (token14)
 *   23     8  matchNumber (u64)
 *   31     1  reason (char)
 * </pre>
 *
 * <p>A flyweight: {@link #wrap(DirectBuffer, int)} points it at a message that the caller has
 * already checked to be {@value #LENGTH} bytes long (the decoders do this); getters then read
 * straight from the buffer. {@link #wrapForEncode(MutableDirectBuffer, int)} writes the type byte
 * and enables the fluent setters. Not thread-safe: one instance per thread.
 */
public final class BrokenTradeMessage extends OrderTokenReply<BrokenTradeMessage>
{
    /** The message type byte. */
    public static final byte MESSAGE_TYPE = 'B';
    /** The length of the message in bytes. */
    public static final int LENGTH = 32;
    /** Offset of the timestamp, nanoseconds since midnight field. */
    public static final int TIMESTAMP_NS_OFFSET = 1;
    /** Offset of the order token field. */
    public static final int ORDER_TOKEN_OFFSET = 9;
    /** Offset of the match number of the execution broken field. */
    public static final int MATCH_NUMBER_OFFSET = 23;
    /** Offset of the reason the trade was broken field. */
    public static final int REASON_OFFSET = 31;

    /**
     * Creates a flyweight wrapped over nothing; call a wrap method before use.
     */
    public BrokenTradeMessage()
    {
        super(MESSAGE_TYPE, LENGTH);
    }

    /**
     * Returns the match number of the execution broken.
     *
     * @return the matchNumber field
     */
    public long matchNumber()
    {
        return buffer.getLong(offset + MATCH_NUMBER_OFFSET, BIG_ENDIAN);
    }

    /**
     * Sets the match number of the execution broken.
     *
     * @param value the 64-bit value
     * @return this flyweight
     */
    public BrokenTradeMessage matchNumber(final long value)
    {
        mutable().putLong(offset + MATCH_NUMBER_OFFSET, value, BIG_ENDIAN);
        return this;
    }

    /**
     * Returns the reason the trade was broken.
     *
     * @return the reason field
     */
    public char reason()
    {
        return (char) (buffer.getByte(offset + REASON_OFFSET) & 0xFF);
    }

    /**
     * Sets the reason the trade was broken.
     *
     * @param value an ASCII character (the low 8 bits are written)
     * @return this flyweight
     */
    public BrokenTradeMessage reason(final char value)
    {
        mutable().putByte(offset + REASON_OFFSET, (byte) value);
        return this;
    }

    @Override
    public StringBuilder appendTo(final StringBuilder sb)
    {
        appendReplyHead(sb);
        sb.append(", matchNumber=");
        AsciiFields.appendUnsigned(sb, matchNumber());
        sb.append(", reason=");
        AsciiFields.appendChar(sb, reason());
        return sb.append('}');
    }
}
