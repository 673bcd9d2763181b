package io.hftengine.protocol.ouch;

import io.hftengine.protocol.internal.AsciiFields;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * OUCH 4.2 outbound Trade Correction message, type {@code 'F'}, 41 bytes, read and written in place.
 *
 * <p>An execution reported earlier (same match number) has been corrected: its shares and price
 * as they now stand replace those of the original Order Executed.
 *
 * <p>Layout (big-endian; offsets from the start of the message):
 * <pre>
 * offset size  field
 *    0     1  messageType
 *    1     8  timestampNs (u64)
 *    9    14  orderToken (token14)
 *   23     4  executedShares (u32)
 *   27     4  executionPrice (price4)
 *   31     1  liquidityFlag (char)
 *   32     8  matchNumber (u64)
 *   40     1  reason (char)
 * </pre>
 *
 * <p>A flyweight: {@link #wrap(DirectBuffer, int)} points it at a message that the caller has
 * already checked to be {@value #LENGTH} bytes long (the decoders do this); getters then read
 * straight from the buffer. {@link #wrapForEncode(MutableDirectBuffer, int)} writes the type byte
 * and enables the fluent setters. Not thread-safe: one instance per thread.
 */
public final class TradeCorrectionMessage extends ExecutionReply<TradeCorrectionMessage>
{
    /** The message type byte. */
    public static final byte MESSAGE_TYPE = 'F';
    /** The length of the message in bytes. */
    public static final int LENGTH = 41;
    /** Offset of the timestamp field. */
    public static final int TIMESTAMP_NS_OFFSET = 1;
    /** Offset of the order token field. */
    public static final int ORDER_TOKEN_OFFSET = 9;
    /** Offset of the corrected executed shares field. */
    public static final int EXECUTED_SHARES_OFFSET = 23;
    /** Offset of the corrected execution price field. */
    public static final int EXECUTION_PRICE_OFFSET = 27;
    /** Offset of the liquidity flag field. */
    public static final int LIQUIDITY_FLAG_OFFSET = 31;
    /** Offset of the match number field. */
    public static final int MATCH_NUMBER_OFFSET = 32;
    /** Offset of the correction reason field. */
    public static final int REASON_OFFSET = 40;

    /**
     * Creates a flyweight wrapped over nothing; call a wrap method before use.
     */
    public TradeCorrectionMessage()
    {
        super(MESSAGE_TYPE, LENGTH);
    }

    /**
     * Returns the reason for the correction ({@code N}: adjusted to NAV).
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
    public TradeCorrectionMessage reason(final char value)
    {
        mutable().putByte(offset + REASON_OFFSET, (byte) value);
        return this;
    }

    @Override
    public StringBuilder appendTo(final StringBuilder sb)
    {
        appendExecutionHead(sb);
        sb.append(", reason=");
        AsciiFields.appendChar(sb, reason());
        return sb.append('}');
    }
}
