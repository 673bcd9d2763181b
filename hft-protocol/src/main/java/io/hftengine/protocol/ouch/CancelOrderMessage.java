package io.hftengine.protocol.ouch;

import static java.nio.ByteOrder.BIG_ENDIAN;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * OUCH 4.2 inbound Cancel Order message, type {@code 'X'}, 19 bytes, read and written in place.
 *
 * <p>Layout (big-endian; offsets from the start of the message):
 * <pre>
 * offset size  field
 *    0     1  messageType
 *    1    14  orderToken (token14)
 *   15     4  shares (u32)
 * </pre>
 *
 * <p>A flyweight: {@link #wrap(DirectBuffer, int)} points it at a message that the caller has
 * already checked to be {@value #LENGTH} bytes long (the decoders do this); getters then read
 * straight from the buffer. {@link #wrapForEncode(MutableDirectBuffer, int)} writes the type byte
 * and enables the fluent setters. Not thread-safe: one instance per thread.
 */
public final class CancelOrderMessage extends OrderTokenMessage<CancelOrderMessage>
{
    /** The message type byte. */
    public static final byte MESSAGE_TYPE = 'X';
    /** The length of the message in bytes. */
    public static final int LENGTH = 19;
    /** Offset of the order token field. */
    public static final int ORDER_TOKEN_OFFSET = 1;
    /** Offset of the new intended order size (0 cancels the whole order) field. */
    public static final int SHARES_OFFSET = 15;

    /**
     * Creates a flyweight wrapped over nothing; call a wrap method before use.
     */
    public CancelOrderMessage()
    {
        super(MESSAGE_TYPE, LENGTH, ORDER_TOKEN_OFFSET);
    }

    /**
     * Returns the new intended order size (0 cancels the whole order).
     *
     * @return the shares field
     */
    public long shares()
    {
        return buffer.getInt(offset + SHARES_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Sets the new intended order size (0 cancels the whole order).
     *
     * @param value an unsigned 32-bit value (the low 32 bits are written)
     * @return this flyweight
     */
    public CancelOrderMessage shares(final long value)
    {
        mutable().putInt(offset + SHARES_OFFSET, (int) value, BIG_ENDIAN);
        return this;
    }

    @Override
    public StringBuilder appendTo(final StringBuilder sb)
    {
        appendOrderToken(sb.append(messageType()).append('{'));
        sb.append(", shares=");
        sb.append(shares());
        return sb.append('}');
    }
}
