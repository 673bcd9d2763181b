package io.hftengine.protocol.ouch;

import static java.nio.ByteOrder.BIG_ENDIAN;

import io.hftengine.protocol.internal.AsciiFields;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * OUCH 4.2 outbound Order Accepted message, type {@code 'A'}, 66 bytes, read and written in place.
 *
 * <p>Layout (big-endian; offsets from the start of the message):
 * <pre>
 * offset size  field
 *    0     1  messageType
 *    1     8  timestampNs (u64)
 *    9    14  orderToken (token14)
 *   23     1  side (char)
 *   24     4  shares (u32)
 *   28     8  stock (alpha8)
 *   36     4  price (price4)
 *   40     4  timeInForce (u32)
 *   44     4  firm (alpha4)
 *   48     1  display (char)
 *   49     8  orderReferenceNumber (u64)
 *   57     1  capacity (char)
 *   58     1  intermarketSweepEligibility (char)
 *   59     4  minimumQuantity (u32)
 *   63     1  crossType (char)
 *   64     1  orderState (char)
 *   65     1  bboWeightIndicator (char)
 * </pre>
 *
 * <p>A flyweight: {@link #wrap(DirectBuffer, int)} points it at a message that the caller has
 * already checked to be {@value #LENGTH} bytes long (the decoders do this); getters then read
 * straight from the buffer. {@link #wrapForEncode(MutableDirectBuffer, int)} writes the type byte
 * and enables the fluent setters. Not thread-safe: one instance per thread.
 */
public final class AcceptedMessage extends OrderTokenReply<AcceptedMessage>
{
    /** The message type byte. */
    public static final byte MESSAGE_TYPE = 'A';
    /** The length of the message in bytes. */
    public static final int LENGTH = 66;
    /** Offset of the timestamp field. */
    public static final int TIMESTAMP_NS_OFFSET = 1;
    /** Offset of the order token field. */
    public static final int ORDER_TOKEN_OFFSET = 9;
    /** Offset of the buy/sell indicator field. */
    public static final int SIDE_OFFSET = 23;
    /** Offset of the number of shares field. */
    public static final int SHARES_OFFSET = 24;
    /** Offset of the stock symbol field. */
    public static final int STOCK_OFFSET = 28;
    /** Offset of the accepted price field. */
    public static final int PRICE_OFFSET = 36;
    /** Offset of the time in force field. */
    public static final int TIME_IN_FORCE_OFFSET = 40;
    /** Offset of the firm identifier field. */
    public static final int FIRM_OFFSET = 44;
    /** Offset of the display flag field. */
    public static final int DISPLAY_OFFSET = 48;
    /** Offset of the order reference number assigned by the exchange field. */
    public static final int ORDER_REFERENCE_NUMBER_OFFSET = 49;
    /** Offset of the capacity field. */
    public static final int CAPACITY_OFFSET = 57;
    /** Offset of the intermarket sweep eligibility field. */
    public static final int INTERMARKET_SWEEP_ELIGIBILITY_OFFSET = 58;
    /** Offset of the minimum quantity field. */
    public static final int MINIMUM_QUANTITY_OFFSET = 59;
    /** Offset of the cross type field. */
    public static final int CROSS_TYPE_OFFSET = 63;
    /** Offset of the order state field. */
    public static final int ORDER_STATE_OFFSET = 64;
    /** Offset of the BBO weight indicator field. */
    public static final int BBO_WEIGHT_INDICATOR_OFFSET = 65;

    /**
     * Creates a flyweight wrapped over nothing; call a wrap method before use.
     */
    public AcceptedMessage()
    {
        super(MESSAGE_TYPE, LENGTH);
    }

    /**
     * Returns the buy/sell indicator.
     *
     * @return the side field
     */
    public char side()
    {
        return (char) (buffer.getByte(offset + SIDE_OFFSET) & 0xFF);
    }

    /**
     * Sets the buy/sell indicator.
     *
     * @param value an ASCII character (the low 8 bits are written)
     * @return this flyweight
     */
    public AcceptedMessage side(final char value)
    {
        mutable().putByte(offset + SIDE_OFFSET, (byte) value);
        return this;
    }

    /**
     * Returns the number of shares.
     *
     * @return the shares field
     */
    public long shares()
    {
        return buffer.getInt(offset + SHARES_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Sets the number of shares.
     *
     * @param value an unsigned 32-bit value (the low 32 bits are written)
     * @return this flyweight
     */
    public AcceptedMessage shares(final long value)
    {
        mutable().putInt(offset + SHARES_OFFSET, (int) value, BIG_ENDIAN);
        return this;
    }

    /**
     * Returns the stock symbol, packed big-endian ASCII, space padded.
     *
     * @return the stock field
     */
    public long stock()
    {
        return buffer.getLong(offset + STOCK_OFFSET, BIG_ENDIAN);
    }

    /**
     * Sets the stock symbol, packed big-endian ASCII, space padded.
     *
     * @param value eight ASCII bytes packed big-endian
     * @return this flyweight
     */
    public AcceptedMessage stock(final long value)
    {
        mutable().putLong(offset + STOCK_OFFSET, value, BIG_ENDIAN);
        return this;
    }

    /**
     * Returns the accepted price, 4 implied decimals.
     *
     * @return the price field
     */
    public long price()
    {
        return buffer.getInt(offset + PRICE_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Sets the accepted price, 4 implied decimals.
     *
     * @param value an unsigned 32-bit price with 4 implied decimals (the low 32 bits are written)
     * @return this flyweight
     */
    public AcceptedMessage price(final long value)
    {
        mutable().putInt(offset + PRICE_OFFSET, (int) value, BIG_ENDIAN);
        return this;
    }

    /**
     * Returns the time in force, seconds.
     *
     * @return the timeInForce field
     */
    public long timeInForce()
    {
        return buffer.getInt(offset + TIME_IN_FORCE_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Sets the time in force, seconds.
     *
     * @param value an unsigned 32-bit value (the low 32 bits are written)
     * @return this flyweight
     */
    public AcceptedMessage timeInForce(final long value)
    {
        mutable().putInt(offset + TIME_IN_FORCE_OFFSET, (int) value, BIG_ENDIAN);
        return this;
    }

    /**
     * Returns the firm identifier, four ASCII bytes packed big-endian.
     *
     * @return the firm field
     */
    public int firm()
    {
        return buffer.getInt(offset + FIRM_OFFSET, BIG_ENDIAN);
    }

    /**
     * Sets the firm identifier, four ASCII bytes packed big-endian.
     *
     * @param value four ASCII bytes packed big-endian
     * @return this flyweight
     */
    public AcceptedMessage firm(final int value)
    {
        mutable().putInt(offset + FIRM_OFFSET, value, BIG_ENDIAN);
        return this;
    }

    /**
     * Returns the display flag.
     *
     * @return the display field
     */
    public char display()
    {
        return (char) (buffer.getByte(offset + DISPLAY_OFFSET) & 0xFF);
    }

    /**
     * Sets the display flag.
     *
     * @param value an ASCII character (the low 8 bits are written)
     * @return this flyweight
     */
    public AcceptedMessage display(final char value)
    {
        mutable().putByte(offset + DISPLAY_OFFSET, (byte) value);
        return this;
    }

    /**
     * Returns the order reference number assigned by the exchange.
     *
     * @return the orderReferenceNumber field
     */
    public long orderReferenceNumber()
    {
        return buffer.getLong(offset + ORDER_REFERENCE_NUMBER_OFFSET, BIG_ENDIAN);
    }

    /**
     * Sets the order reference number assigned by the exchange.
     *
     * @param value the 64-bit value
     * @return this flyweight
     */
    public AcceptedMessage orderReferenceNumber(final long value)
    {
        mutable().putLong(offset + ORDER_REFERENCE_NUMBER_OFFSET, value, BIG_ENDIAN);
        return this;
    }

    /**
     * Returns the capacity.
     *
     * @return the capacity field
     */
    public char capacity()
    {
        return (char) (buffer.getByte(offset + CAPACITY_OFFSET) & 0xFF);
    }

    /**
     * Sets the capacity.
     *
     * @param value an ASCII character (the low 8 bits are written)
     * @return this flyweight
     */
    public AcceptedMessage capacity(final char value)
    {
        mutable().putByte(offset + CAPACITY_OFFSET, (byte) value);
        return this;
    }

    /**
     * Returns the intermarket sweep eligibility.
     *
     * @return the intermarketSweepEligibility field
     */
    public char intermarketSweepEligibility()
    {
        return (char) (buffer.getByte(offset + INTERMARKET_SWEEP_ELIGIBILITY_OFFSET) & 0xFF);
    }

    /**
     * Sets the intermarket sweep eligibility.
     *
     * @param value an ASCII character (the low 8 bits are written)
     * @return this flyweight
     */
    public AcceptedMessage intermarketSweepEligibility(final char value)
    {
        mutable().putByte(offset + INTERMARKET_SWEEP_ELIGIBILITY_OFFSET, (byte) value);
        return this;
    }

    /**
     * Returns the minimum quantity.
     *
     * @return the minimumQuantity field
     */
    public long minimumQuantity()
    {
        return buffer.getInt(offset + MINIMUM_QUANTITY_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Sets the minimum quantity.
     *
     * @param value an unsigned 32-bit value (the low 32 bits are written)
     * @return this flyweight
     */
    public AcceptedMessage minimumQuantity(final long value)
    {
        mutable().putInt(offset + MINIMUM_QUANTITY_OFFSET, (int) value, BIG_ENDIAN);
        return this;
    }

    /**
     * Returns the cross type.
     *
     * @return the crossType field
     */
    public char crossType()
    {
        return (char) (buffer.getByte(offset + CROSS_TYPE_OFFSET) & 0xFF);
    }

    /**
     * Sets the cross type.
     *
     * @param value an ASCII character (the low 8 bits are written)
     * @return this flyweight
     */
    public AcceptedMessage crossType(final char value)
    {
        mutable().putByte(offset + CROSS_TYPE_OFFSET, (byte) value);
        return this;
    }

    /**
     * Returns the order state, L (live) or D (dead).
     *
     * @return the orderState field
     */
    public char orderState()
    {
        return (char) (buffer.getByte(offset + ORDER_STATE_OFFSET) & 0xFF);
    }

    /**
     * Sets the order state, L (live) or D (dead).
     *
     * @param value an ASCII character (the low 8 bits are written)
     * @return this flyweight
     */
    public AcceptedMessage orderState(final char value)
    {
        mutable().putByte(offset + ORDER_STATE_OFFSET, (byte) value);
        return this;
    }

    /**
     * Returns the BBO weight indicator.
     *
     * @return the bboWeightIndicator field
     */
    public char bboWeightIndicator()
    {
        return (char) (buffer.getByte(offset + BBO_WEIGHT_INDICATOR_OFFSET) & 0xFF);
    }

    /**
     * Sets the BBO weight indicator.
     *
     * @param value an ASCII character (the low 8 bits are written)
     * @return this flyweight
     */
    public AcceptedMessage bboWeightIndicator(final char value)
    {
        mutable().putByte(offset + BBO_WEIGHT_INDICATOR_OFFSET, (byte) value);
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
        sb.append(", stock=");
        AsciiFields.appendPacked(sb, stock(), 8);
        sb.append(", price=");
        sb.append(price());
        sb.append(", timeInForce=");
        sb.append(timeInForce());
        sb.append(", firm=");
        AsciiFields.appendPacked(sb, firm(), 4);
        sb.append(", display=");
        AsciiFields.appendChar(sb, display());
        sb.append(", orderReferenceNumber=");
        AsciiFields.appendUnsigned(sb, orderReferenceNumber());
        sb.append(", capacity=");
        AsciiFields.appendChar(sb, capacity());
        sb.append(", intermarketSweepEligibility=");
        AsciiFields.appendChar(sb, intermarketSweepEligibility());
        sb.append(", minimumQuantity=");
        sb.append(minimumQuantity());
        sb.append(", crossType=");
        AsciiFields.appendChar(sb, crossType());
        sb.append(", orderState=");
        AsciiFields.appendChar(sb, orderState());
        sb.append(", bboWeightIndicator=");
        AsciiFields.appendChar(sb, bboWeightIndicator());
        return sb.append('}');
    }
}
