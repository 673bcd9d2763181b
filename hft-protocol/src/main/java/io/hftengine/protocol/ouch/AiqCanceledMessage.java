package io.hftengine.protocol.ouch;

import static java.nio.ByteOrder.BIG_ENDIAN;

import io.hftengine.protocol.internal.AsciiFields;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * OUCH 4.2 outbound AIQ Canceled message, type {@code 'D'}, 37 bytes, read and written in place.
 *
 * <p>An order, or part of it, cancelled by the venue's anti-internalization (self-match prevention)
 * check: as an Order Canceled, with what it prevented from trading.
 *
 * <p>Layout (big-endian; offsets from the start of the message):
 * <pre>
 * offset size  field
 *    0     1  messageType
 *    1     8  timestampNs (u64)
 *    9    14  orderToken (token14)
 *   23     4  decrementShares (u32)
 *   27     1  reason (char)
 *   28     4  quantityPreventedFromTrading (u32)
 *   32     4  executionPrice (price4)
 *   36     1  liquidityFlag (char)
 * </pre>
 *
 * <p>A flyweight: {@link #wrap(DirectBuffer, int)} points it at a message that the caller has
 * already checked to be {@value #LENGTH} bytes long (the decoders do this); getters then read
 * straight from the buffer. {@link #wrapForEncode(MutableDirectBuffer, int)} writes the type byte
 * and enables the fluent setters. Not thread-safe: one instance per thread.
 */
public final class AiqCanceledMessage extends OrderTokenReply<AiqCanceledMessage>
{
    /** The message type byte. */
    public static final byte MESSAGE_TYPE = 'D';
    /** The length of the message in bytes. */
    public static final int LENGTH = 37;
    /** Offset of the timestamp, nanoseconds since midnight field. */
    public static final int TIMESTAMP_NS_OFFSET = 1;
    /** Offset of the order token field. */
    public static final int ORDER_TOKEN_OFFSET = 9;
    /** Offset of the number of shares decremented from the order field. */
    public static final int DECREMENT_SHARES_OFFSET = 23;
    /** Offset of the cancel reason field. */
    public static final int REASON_OFFSET = 27;
    /** Offset of the number of shares that would have traded field. */
    public static final int QUANTITY_PREVENTED_FROM_TRADING_OFFSET = 28;
    /** Offset of the price they would have traded at field. */
    public static final int EXECUTION_PRICE_OFFSET = 32;
    /** Offset of the liquidity flag of the trade prevented field. */
    public static final int LIQUIDITY_FLAG_OFFSET = 36;

    /**
     * Creates a flyweight wrapped over nothing; call a wrap method before use.
     */
    public AiqCanceledMessage()
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
    public AiqCanceledMessage decrementShares(final long value)
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
    public AiqCanceledMessage reason(final char value)
    {
        mutable().putByte(offset + REASON_OFFSET, (byte) value);
        return this;
    }

    /**
     * Returns the number of shares that would have traded.
     *
     * @return the quantityPreventedFromTrading field
     */
    public long quantityPreventedFromTrading()
    {
        return buffer.getInt(offset + QUANTITY_PREVENTED_FROM_TRADING_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Sets the number of shares that would have traded.
     *
     * @param value an unsigned 32-bit value (the low 32 bits are written)
     * @return this flyweight
     */
    public AiqCanceledMessage quantityPreventedFromTrading(final long value)
    {
        mutable().putInt(offset + QUANTITY_PREVENTED_FROM_TRADING_OFFSET, (int) value, BIG_ENDIAN);
        return this;
    }

    /**
     * Returns the price they would have traded at, 4 implied decimals.
     *
     * @return the executionPrice field
     */
    public long executionPrice()
    {
        return buffer.getInt(offset + EXECUTION_PRICE_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Sets the price they would have traded at, 4 implied decimals.
     *
     * @param value an unsigned 32-bit price with 4 implied decimals (the low 32 bits are written)
     * @return this flyweight
     */
    public AiqCanceledMessage executionPrice(final long value)
    {
        mutable().putInt(offset + EXECUTION_PRICE_OFFSET, (int) value, BIG_ENDIAN);
        return this;
    }

    /**
     * Returns the liquidity flag of the trade prevented.
     *
     * @return the liquidityFlag field
     */
    public char liquidityFlag()
    {
        return (char) (buffer.getByte(offset + LIQUIDITY_FLAG_OFFSET) & 0xFF);
    }

    /**
     * Sets the liquidity flag of the trade prevented.
     *
     * @param value an ASCII character (the low 8 bits are written)
     * @return this flyweight
     */
    public AiqCanceledMessage liquidityFlag(final char value)
    {
        mutable().putByte(offset + LIQUIDITY_FLAG_OFFSET, (byte) value);
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
        sb.append(", quantityPreventedFromTrading=");
        sb.append(quantityPreventedFromTrading());
        sb.append(", executionPrice=");
        sb.append(executionPrice());
        sb.append(", liquidityFlag=");
        AsciiFields.appendChar(sb, liquidityFlag());
        return sb.append('}');
    }
}
