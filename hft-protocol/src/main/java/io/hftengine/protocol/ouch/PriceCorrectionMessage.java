package io.hftengine.protocol.ouch;

import static java.nio.ByteOrder.BIG_ENDIAN;

import io.hftengine.protocol.internal.AsciiFields;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * OUCH 4.2 outbound Price Correction message, type {@code 'K'}, 36 bytes, read and written in place.
 *
 * <p>The price of an execution reported earlier (same match number) has been corrected; its shares
 * stand.
 *
 * <p>Layout (big-endian; offsets from the start of the message):
 * <pre>
 * offset size  field
 *    0     1  messageType
 *    1     8  timestampNs (u64)
 *    9    14  orderToken (token14)
 *   23     8  matchNumber (u64)
 *   31     4  newExecutionPrice (price4)
 *   35     1  reason (char)
 * </pre>
 *
 * <p>A flyweight: {@link #wrap(DirectBuffer, int)} points it at a message that the caller has
 * already checked to be {@value #LENGTH} bytes long (the decoders do this); getters then read
 * straight from the buffer. {@link #wrapForEncode(MutableDirectBuffer, int)} writes the type byte
 * and enables the fluent setters. Not thread-safe: one instance per thread.
 */
public final class PriceCorrectionMessage extends OrderTokenReply<PriceCorrectionMessage>
{
    /** The message type byte. */
    public static final byte MESSAGE_TYPE = 'K';
    /** The length of the message in bytes. */
    public static final int LENGTH = 36;
    /** Offset of the timestamp field. */
    public static final int TIMESTAMP_NS_OFFSET = 1;
    /** Offset of the order token field. */
    public static final int ORDER_TOKEN_OFFSET = 9;
    /** Offset of the match number field. */
    public static final int MATCH_NUMBER_OFFSET = 23;
    /** Offset of the new execution price field. */
    public static final int NEW_EXECUTION_PRICE_OFFSET = 31;
    /** Offset of the correction reason field. */
    public static final int REASON_OFFSET = 35;

    /**
     * Creates a flyweight wrapped over nothing; call a wrap method before use.
     */
    public PriceCorrectionMessage()
    {
        super(MESSAGE_TYPE, LENGTH);
    }

    /**
     * Returns the match number of the execution corrected.
     *
     * @return the matchNumber field
     */
    public long matchNumber()
    {
        return buffer.getLong(offset + MATCH_NUMBER_OFFSET, BIG_ENDIAN);
    }

    /**
     * Sets the match number of the execution corrected.
     *
     * @param value the 64-bit value
     * @return this flyweight
     */
    public PriceCorrectionMessage matchNumber(final long value)
    {
        mutable().putLong(offset + MATCH_NUMBER_OFFSET, value, BIG_ENDIAN);
        return this;
    }

    /**
     * Returns the corrected execution price, 4 implied decimals.
     *
     * @return the newExecutionPrice field
     */
    public long newExecutionPrice()
    {
        return buffer.getInt(offset + NEW_EXECUTION_PRICE_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Sets the corrected execution price, 4 implied decimals.
     *
     * @param value an unsigned 32-bit price with 4 implied decimals (the low 32 bits are written)
     * @return this flyweight
     */
    public PriceCorrectionMessage newExecutionPrice(final long value)
    {
        mutable().putInt(offset + NEW_EXECUTION_PRICE_OFFSET, (int) value, BIG_ENDIAN);
        return this;
    }

    /**
     * Returns the reason for the correction: E (erroneous), C (consent), S (supervisory) or X
     * (external), as for a Broken Trade.
     *
     * @return the reason field
     */
    public char reason()
    {
        return (char) (buffer.getByte(offset + REASON_OFFSET) & 0xFF);
    }

    /**
     * Sets the reason for the correction.
     *
     * @param value an ASCII character (the low 8 bits are written)
     * @return this flyweight
     */
    public PriceCorrectionMessage reason(final char value)
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
        sb.append(", newExecutionPrice=");
        sb.append(newExecutionPrice());
        sb.append(", reason=");
        AsciiFields.appendChar(sb, reason());
        return sb.append('}');
    }
}
