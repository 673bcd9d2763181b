package io.hftengine.protocol.ouch;

import static java.nio.ByteOrder.BIG_ENDIAN;

import io.hftengine.protocol.internal.AsciiFields;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * OUCH 4.2 inbound Modify Order message, type {@code 'M'}, 20 bytes, read and written in place.
 *
 * <p>Changes an open order's side (between sell, sell short and sell short exempt) or lowers its
 * shares, keeping its priority where the rules allow.
 *
 * <p>Layout (big-endian; offsets from the start of the message):
 * <pre>
 * offset size  field
 *    0     1  messageType
 *    1    14  orderToken (token14)
 *   15     1  side (char)
 *   16     4  shares (u32)
 * </pre>
 *
 * <p>A flyweight: {@link #wrap(DirectBuffer, int)} points it at a message that the caller has
 * already checked to be {@value #LENGTH} bytes long (the decoders do this); getters then read
 * straight from the buffer. {@link #wrapForEncode(MutableDirectBuffer, int)} writes the type byte
 * and enables the fluent setters. Not thread-safe: one instance per thread.
 */
public final class ModifyOrderMessage extends OrderTokenMessage<ModifyOrderMessage>
{
    /** The message type byte. */
    public static final byte MESSAGE_TYPE = 'M';
    /** The length of the message in bytes. */
    public static final int LENGTH = 20;
    /** Offset of the order token field. */
    public static final int ORDER_TOKEN_OFFSET = 1;
    /** Offset of the side (buy/sell indicator) field. */
    public static final int SIDE_OFFSET = 15;
    /** Offset of the shares the order is to have field. */
    public static final int SHARES_OFFSET = 16;

    /**
     * Creates a flyweight wrapped over nothing; call a wrap method before use.
     */
    public ModifyOrderMessage()
    {
        super(MESSAGE_TYPE, LENGTH, ORDER_TOKEN_OFFSET);
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
    public ModifyOrderMessage side(final char value)
    {
        mutable().putByte(offset + SIDE_OFFSET, (byte) value);
        return this;
    }

    /**
     * Returns the shares the order is to have.
     *
     * @return the shares field
     */
    public long shares()
    {
        return buffer.getInt(offset + SHARES_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Sets the shares the order is to have.
     *
     * @param value an unsigned 32-bit value (the low 32 bits are written)
     * @return this flyweight
     */
    public ModifyOrderMessage shares(final long value)
    {
        mutable().putInt(offset + SHARES_OFFSET, (int) value, BIG_ENDIAN);
        return this;
    }

    @Override
    public StringBuilder appendTo(final StringBuilder sb)
    {
        appendOrderToken(sb.append(messageType()).append('{'));
        sb.append(", side=");
        AsciiFields.appendChar(sb, side());
        sb.append(", shares=");
        sb.append(shares());
        return sb.append('}');
    }
}
