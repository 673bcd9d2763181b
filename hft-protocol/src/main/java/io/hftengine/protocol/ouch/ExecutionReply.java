package io.hftengine.protocol.ouch;

import static java.nio.ByteOrder.BIG_ENDIAN;

import io.hftengine.protocol.internal.AsciiFields;

/**
 * The base of the outbound OUCH 4.2 messages that report an execution (Executed, Executed with
 * Reference Price, Trade Correction): after the reply head, the executed shares at offset 23, the
 * execution price (4 implied decimals) at 27, the liquidity flag at 31 and the match number at 32.
 *
 * @param <M> the concrete flyweight, returned by the setters
 */
public abstract class ExecutionReply<M extends ExecutionReply<M>> extends OrderTokenReply<M>
{
    /** Offset of the executed shares. */
    static final int SHARES_OFFSET = 23;
    /** Offset of the execution price. */
    static final int PRICE_OFFSET = 27;
    /** Offset of the liquidity flag. */
    static final int LIQUIDITY_OFFSET = 31;
    /** Offset of the match number. */
    static final int MATCH_OFFSET = 32;

    ExecutionReply(final byte type, final int length)
    {
        super(type, length);
    }

    /**
     * Appends the reply head and the execution fields every execution's {@link #appendTo} starts
     * with, without the closing brace.
     */
    final StringBuilder appendExecutionHead(final StringBuilder sb)
    {
        appendReplyHead(sb);
        sb.append(", executedShares=");
        sb.append(executedShares());
        sb.append(", executionPrice=");
        sb.append(executionPrice());
        sb.append(", liquidityFlag=");
        AsciiFields.appendChar(sb, liquidityFlag());
        sb.append(", matchNumber=");
        AsciiFields.appendUnsigned(sb, matchNumber());
        return sb;
    }

    /**
     * Returns the executed shares.
     *
     * @return the executedShares field
     */
    public final long executedShares()
    {
        return buffer.getInt(offset + SHARES_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Sets the executed shares.
     *
     * @param value an unsigned 32-bit value (the low 32 bits are written)
     * @return this flyweight
     */
    @SuppressWarnings("unchecked")
    public final M executedShares(final long value)
    {
        mutable().putInt(offset + SHARES_OFFSET, (int) value, BIG_ENDIAN);
        return (M)this;
    }

    /**
     * Returns the execution price, 4 implied decimals.
     *
     * @return the executionPrice field
     */
    public final long executionPrice()
    {
        return buffer.getInt(offset + PRICE_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Sets the execution price, 4 implied decimals.
     *
     * @param value an unsigned 32-bit price with 4 implied decimals (the low 32 bits are written)
     * @return this flyweight
     */
    @SuppressWarnings("unchecked")
    public final M executionPrice(final long value)
    {
        mutable().putInt(offset + PRICE_OFFSET, (int) value, BIG_ENDIAN);
        return (M)this;
    }

    /**
     * Returns the liquidity flag.
     *
     * @return the liquidityFlag field
     */
    public final char liquidityFlag()
    {
        return (char) (buffer.getByte(offset + LIQUIDITY_OFFSET) & 0xFF);
    }

    /**
     * Sets the liquidity flag.
     *
     * @param value an ASCII character (the low 8 bits are written)
     * @return this flyweight
     */
    @SuppressWarnings("unchecked")
    public final M liquidityFlag(final char value)
    {
        mutable().putByte(offset + LIQUIDITY_OFFSET, (byte) value);
        return (M)this;
    }

    /**
     * Returns the match number.
     *
     * @return the matchNumber field
     */
    public final long matchNumber()
    {
        return buffer.getLong(offset + MATCH_OFFSET, BIG_ENDIAN);
    }

    /**
     * Sets the match number.
     *
     * @param value the 64-bit value
     * @return this flyweight
     */
    @SuppressWarnings("unchecked")
    public final M matchNumber(final long value)
    {
        mutable().putLong(offset + MATCH_OFFSET, value, BIG_ENDIAN);
        return (M)this;
    }
}
