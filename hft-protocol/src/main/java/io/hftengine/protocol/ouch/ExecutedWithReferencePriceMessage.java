package io.hftengine.protocol.ouch;

import static java.nio.ByteOrder.BIG_ENDIAN;

import io.hftengine.protocol.internal.AsciiFields;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * OUCH 4.2 outbound Executed with Reference Price message, type {@code 'G'}, 45 bytes, read and
 * written in place.
 *
 * <p>An execution, sent instead of an Order Executed for orders whose trade carries a reference
 * price (an intraday indicative value): a fill like any other, the same fields first, then the
 * reference price and its type.
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
 *   40     4  referencePrice (price4)
 *   44     1  referencePriceType (char)
 * </pre>
 *
 * <p>A flyweight: {@link #wrap(DirectBuffer, int)} points it at a message that the caller has
 * already checked to be {@value #LENGTH} bytes long (the decoders do this); getters then read
 * straight from the buffer. {@link #wrapForEncode(MutableDirectBuffer, int)} writes the type byte
 * and enables the fluent setters. Not thread-safe: one instance per thread.
 */
public final class ExecutedWithReferencePriceMessage extends ExecutionReply<ExecutedWithReferencePriceMessage>
{
    /** The message type byte. */
    public static final byte MESSAGE_TYPE = 'G';
    /** The length of the message in bytes. */
    public static final int LENGTH = 45;
    /** Offset of the timestamp field. */
    public static final int TIMESTAMP_NS_OFFSET = 1;
    /** Offset of the order token field. */
    public static final int ORDER_TOKEN_OFFSET = 9;
    /** Offset of the executed shares field. */
    public static final int EXECUTED_SHARES_OFFSET = 23;
    /** Offset of the execution price field. */
    public static final int EXECUTION_PRICE_OFFSET = 27;
    /** Offset of the liquidity flag field. */
    public static final int LIQUIDITY_FLAG_OFFSET = 31;
    /** Offset of the match number field. */
    public static final int MATCH_NUMBER_OFFSET = 32;
    /** Offset of the reference price field. */
    public static final int REFERENCE_PRICE_OFFSET = 40;
    /** Offset of the reference price type field. */
    public static final int REFERENCE_PRICE_TYPE_OFFSET = 44;

    /**
     * Creates a flyweight wrapped over nothing; call a wrap method before use.
     */
    public ExecutedWithReferencePriceMessage()
    {
        super(MESSAGE_TYPE, LENGTH);
    }

    /**
     * Returns the reference price, 4 implied decimals.
     *
     * @return the referencePrice field
     */
    public long referencePrice()
    {
        return buffer.getInt(offset + REFERENCE_PRICE_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Sets the reference price, 4 implied decimals.
     *
     * @param value an unsigned 32-bit price with 4 implied decimals (the low 32 bits are written)
     * @return this flyweight
     */
    public ExecutedWithReferencePriceMessage referencePrice(final long value)
    {
        mutable().putInt(offset + REFERENCE_PRICE_OFFSET, (int) value, BIG_ENDIAN);
        return this;
    }

    /**
     * Returns the reference price type ({@code I}: intraday indicative value).
     *
     * @return the referencePriceType field
     */
    public char referencePriceType()
    {
        return (char) (buffer.getByte(offset + REFERENCE_PRICE_TYPE_OFFSET) & 0xFF);
    }

    /**
     * Sets the reference price type.
     *
     * @param value an ASCII character (the low 8 bits are written)
     * @return this flyweight
     */
    public ExecutedWithReferencePriceMessage referencePriceType(final char value)
    {
        mutable().putByte(offset + REFERENCE_PRICE_TYPE_OFFSET, (byte) value);
        return this;
    }

    @Override
    public StringBuilder appendTo(final StringBuilder sb)
    {
        appendExecutionHead(sb);
        sb.append(", referencePrice=");
        sb.append(referencePrice());
        sb.append(", referencePriceType=");
        AsciiFields.appendChar(sb, referencePriceType());
        return sb.append('}');
    }
}
