package io.hftengine.protocol.ouch;

import static java.nio.ByteOrder.BIG_ENDIAN;

import io.hftengine.protocol.internal.AsciiFields;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * OUCH 4.2 inbound Enter Order message, type {@code 'O'}, 49 bytes, read and written in place.
 *
 * <p>Layout (big-endian; offsets from the start of the message):
 * <pre>
 * offset size  field
 *    0     1  messageType
 *    1    14  orderToken (token14)
 *   15     1  side (char)
 *   16     4  shares (u32)
 *   20     8  stock (alpha8)
 *   28     4  price (price4)
 *   32     4  timeInForce (u32)
 *   36     4  firm (alpha4)
 *   40     1  display (char)
 *   41     1  capacity (char)
 *   42     1  intermarketSweepEligibility (char)
 *   43     4  minimumQuantity (u32)
 *   47     1  crossType (char)
 *   48     1  customerType (char)
 * </pre>
 *
 * <p>A flyweight: {@link #wrap(DirectBuffer, int)} points it at a message that the caller has
 * already checked to be {@value #LENGTH} bytes long (the decoders do this); getters then read
 * straight from the buffer. {@link #wrapForEncode(MutableDirectBuffer, int)} writes the type byte
 * and enables the fluent setters. Not thread-safe: one instance per thread.
 */
public final class EnterOrderMessage extends OrderTokenMessage<EnterOrderMessage>
{
    /** The message type byte. */
    public static final byte MESSAGE_TYPE = 'O';
    /** The length of the message in bytes. */
    public static final int LENGTH = 49;
    /** Offset of the order token field. */
    public static final int ORDER_TOKEN_OFFSET = 1;
    /** Offset of the buy/sell indicator: B field. */
    public static final int SIDE_OFFSET = 15;
    /** Offset of the number of shares field. */
    public static final int SHARES_OFFSET = 16;
    /** Offset of the stock symbol field. */
    public static final int STOCK_OFFSET = 20;
    /** Offset of the limit price field. */
    public static final int PRICE_OFFSET = 28;
    /** Offset of the time in force field. */
    public static final int TIME_IN_FORCE_OFFSET = 32;
    /** Offset of the firm identifier field. */
    public static final int FIRM_OFFSET = 36;
    /** Offset of the display flag field. */
    public static final int DISPLAY_OFFSET = 40;
    /** Offset of the capacity: A field. */
    public static final int CAPACITY_OFFSET = 41;
    /** Offset of the intermarket sweep eligibility field. */
    public static final int INTERMARKET_SWEEP_ELIGIBILITY_OFFSET = 42;
    /** Offset of the minimum quantity field. */
    public static final int MINIMUM_QUANTITY_OFFSET = 43;
    /** Offset of the cross type field. */
    public static final int CROSS_TYPE_OFFSET = 47;
    /** Offset of the customer type field. */
    public static final int CUSTOMER_TYPE_OFFSET = 48;

    /**
     * Creates a flyweight wrapped over nothing; call a wrap method before use.
     */
    public EnterOrderMessage()
    {
        super(MESSAGE_TYPE, LENGTH, ORDER_TOKEN_OFFSET);
    }

    /**
     * Returns the buy/sell indicator: B, S, T (sell short) or E (sell short exempt).
     *
     * @return the side field
     */
    public char side()
    {
        return (char) (buffer.getByte(offset + SIDE_OFFSET) & 0xFF);
    }

    /**
     * Sets the buy/sell indicator: B, S, T (sell short) or E (sell short exempt).
     *
     * @param value an ASCII character (the low 8 bits are written)
     * @return this flyweight
     */
    public EnterOrderMessage side(final char value)
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
    public EnterOrderMessage shares(final long value)
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
    public EnterOrderMessage stock(final long value)
    {
        mutable().putLong(offset + STOCK_OFFSET, value, BIG_ENDIAN);
        return this;
    }

    /**
     * Returns the limit price, 4 implied decimals.
     *
     * @return the price field
     */
    public long price()
    {
        return buffer.getInt(offset + PRICE_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Sets the limit price, 4 implied decimals.
     *
     * @param value an unsigned 32-bit price with 4 implied decimals (the low 32 bits are written)
     * @return this flyweight
     */
    public EnterOrderMessage price(final long value)
    {
        mutable().putInt(offset + PRICE_OFFSET, (int) value, BIG_ENDIAN);
        return this;
    }

    /**
     * Returns the time in force, seconds (0 = IOC, 99998 = market hours, 99999 = system hours).
     *
     * @return the timeInForce field
     */
    public long timeInForce()
    {
        return buffer.getInt(offset + TIME_IN_FORCE_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Sets the time in force, seconds (0 = IOC, 99998 = market hours, 99999 = system hours).
     *
     * @param value an unsigned 32-bit value (the low 32 bits are written)
     * @return this flyweight
     */
    public EnterOrderMessage timeInForce(final long value)
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
    public EnterOrderMessage firm(final int value)
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
    public EnterOrderMessage display(final char value)
    {
        mutable().putByte(offset + DISPLAY_OFFSET, (byte) value);
        return this;
    }

    /**
     * Returns the capacity: A, P, R or O.
     *
     * @return the capacity field
     */
    public char capacity()
    {
        return (char) (buffer.getByte(offset + CAPACITY_OFFSET) & 0xFF);
    }

    /**
     * Sets the capacity: A, P, R or O.
     *
     * @param value an ASCII character (the low 8 bits are written)
     * @return this flyweight
     */
    public EnterOrderMessage capacity(final char value)
    {
        mutable().putByte(offset + CAPACITY_OFFSET, (byte) value);
        return this;
    }

    /**
     * Returns the intermarket sweep eligibility, Y or N.
     *
     * @return the intermarketSweepEligibility field
     */
    public char intermarketSweepEligibility()
    {
        return (char) (buffer.getByte(offset + INTERMARKET_SWEEP_ELIGIBILITY_OFFSET) & 0xFF);
    }

    /**
     * Sets the intermarket sweep eligibility, Y or N.
     *
     * @param value an ASCII character (the low 8 bits are written)
     * @return this flyweight
     */
    public EnterOrderMessage intermarketSweepEligibility(final char value)
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
    public EnterOrderMessage minimumQuantity(final long value)
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
    public EnterOrderMessage crossType(final char value)
    {
        mutable().putByte(offset + CROSS_TYPE_OFFSET, (byte) value);
        return this;
    }

    /**
     * Returns the customer type, R, N or space.
     *
     * @return the customerType field
     */
    public char customerType()
    {
        return (char) (buffer.getByte(offset + CUSTOMER_TYPE_OFFSET) & 0xFF);
    }

    /**
     * Sets the customer type, R, N or space.
     *
     * @param value an ASCII character (the low 8 bits are written)
     * @return this flyweight
     */
    public EnterOrderMessage customerType(final char value)
    {
        mutable().putByte(offset + CUSTOMER_TYPE_OFFSET, (byte) value);
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
        sb.append(", capacity=");
        AsciiFields.appendChar(sb, capacity());
        sb.append(", intermarketSweepEligibility=");
        AsciiFields.appendChar(sb, intermarketSweepEligibility());
        sb.append(", minimumQuantity=");
        sb.append(minimumQuantity());
        sb.append(", crossType=");
        AsciiFields.appendChar(sb, crossType());
        sb.append(", customerType=");
        AsciiFields.appendChar(sb, customerType());
        return sb.append('}');
    }
}
