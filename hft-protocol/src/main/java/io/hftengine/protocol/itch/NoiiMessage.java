package io.hftengine.protocol.itch;

import static java.nio.ByteOrder.BIG_ENDIAN;

import io.hftengine.protocol.internal.AsciiFields;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * ITCH 5.0 Net Order Imbalance Indicator (NOII) message, type {@code 'I'}, 50 bytes, read and written in place.
 *
 * <p>Layout (big-endian; offsets from the start of the message):
 * <pre>
 * offset size  field
 *    0     1  messageType
 *    1     2  stockLocate (u16)
 *    3     2  trackingNumber (u16)
 *    5     6  timestampNs (u48)
 *   11     8  pairedShares (u64)
 *   19     8  imbalanceShares (u64)
 *   27     1  imbalanceDirection (char)
 *   28     8  stock (alpha8)
 *   36     4  farPrice (price4)
 *   40     4  nearPrice (price4)
 *   44     4  currentReferencePrice (price4)
 *   48     1  crossType (char)
 *   49     1  priceVariationIndicator (char)
 * </pre>
 *
 * <p>A flyweight: {@link #wrap(DirectBuffer, int)} points it at a message that the caller has
 * already checked to be {@value #LENGTH} bytes long (the decoders do this); getters then read
 * straight from the buffer. {@link #wrapForEncode(MutableDirectBuffer, int)} writes the type byte
 * and enables the fluent setters. Not thread-safe: one instance per thread.
 */
public final class NoiiMessage extends ItchMessage
{
    /** The message type byte. */
    public static final byte MESSAGE_TYPE = 'I';
    /** The length of the message in bytes. */
    public static final int LENGTH = 50;
    /** Offset of the paired shares field. */
    public static final int PAIRED_SHARES_OFFSET = 11;
    /** Offset of the imbalance shares field. */
    public static final int IMBALANCE_SHARES_OFFSET = 19;
    /** Offset of the imbalance direction field. */
    public static final int IMBALANCE_DIRECTION_OFFSET = 27;
    /** Offset of the stock symbol field. */
    public static final int STOCK_OFFSET = 28;
    /** Offset of the far price field. */
    public static final int FAR_PRICE_OFFSET = 36;
    /** Offset of the near price field. */
    public static final int NEAR_PRICE_OFFSET = 40;
    /** Offset of the current reference price field. */
    public static final int CURRENT_REFERENCE_PRICE_OFFSET = 44;
    /** Offset of the cross type field. */
    public static final int CROSS_TYPE_OFFSET = 48;
    /** Offset of the price variation indicator field. */
    public static final int PRICE_VARIATION_INDICATOR_OFFSET = 49;

    /**
     * Creates a flyweight wrapped over nothing; call a wrap method before use.
     */
    public NoiiMessage()
    {
    }

    /**
     * Points this flyweight at a message to read.
     *
     * @param buffer the buffer holding the message
     * @param offset where the message starts; {@value #LENGTH} bytes from there must be readable
     * @return this flyweight
     */
    public NoiiMessage wrap(final DirectBuffer buffer, final int offset)
    {
        wrapForDecode(buffer, offset);
        return this;
    }

    /**
     * Points this flyweight at {@value #LENGTH} writable bytes and writes the message type there.
     *
     * @param buffer the buffer to encode into
     * @param offset where the message starts; {@value #LENGTH} bytes from there must be writable
     * @return this flyweight
     */
    public NoiiMessage wrapForEncode(final MutableDirectBuffer buffer, final int offset)
    {
        wrapForEncode(buffer, offset, MESSAGE_TYPE);
        return this;
    }

    @Override
    public int messageLength()
    {
        return LENGTH;
    }

    /**
     * Sets the stock locate code.
     *
     * @param value an unsigned 16-bit value (the low 16 bits are written)
     * @return this flyweight
     */
    public NoiiMessage stockLocate(final int value)
    {
        putStockLocate(value);
        return this;
    }

    /**
     * Sets the tracking number.
     *
     * @param value an unsigned 16-bit value (the low 16 bits are written)
     * @return this flyweight
     */
    public NoiiMessage trackingNumber(final int value)
    {
        putTrackingNumber(value);
        return this;
    }

    /**
     * Sets the timestamp.
     *
     * @param value nanoseconds since midnight; the low 48 bits are written
     * @return this flyweight
     */
    public NoiiMessage timestampNs(final long value)
    {
        putTimestampNs(value);
        return this;
    }

    /**
     * Returns the paired shares.
     *
     * @return the pairedShares field
     */
    public long pairedShares()
    {
        return buffer.getLong(offset + PAIRED_SHARES_OFFSET, BIG_ENDIAN);
    }

    /**
     * Sets the paired shares.
     *
     * @param value the 64-bit value
     * @return this flyweight
     */
    public NoiiMessage pairedShares(final long value)
    {
        mutable().putLong(offset + PAIRED_SHARES_OFFSET, value, BIG_ENDIAN);
        return this;
    }

    /**
     * Returns the imbalance shares.
     *
     * @return the imbalanceShares field
     */
    public long imbalanceShares()
    {
        return buffer.getLong(offset + IMBALANCE_SHARES_OFFSET, BIG_ENDIAN);
    }

    /**
     * Sets the imbalance shares.
     *
     * @param value the 64-bit value
     * @return this flyweight
     */
    public NoiiMessage imbalanceShares(final long value)
    {
        mutable().putLong(offset + IMBALANCE_SHARES_OFFSET, value, BIG_ENDIAN);
        return this;
    }

    /**
     * Returns the imbalance direction: B (buy), S (sell), N (none), O (insufficient orders to
     * calculate) or P (paused, added in 2023).
     *
     * @return the imbalanceDirection field
     */
    public char imbalanceDirection()
    {
        return (char) (buffer.getByte(offset + IMBALANCE_DIRECTION_OFFSET) & 0xFF);
    }

    /**
     * Sets the imbalance direction: B (buy), S (sell), N (none), O (insufficient orders to
     * calculate) or P (paused, added in 2023).
     *
     * @param value an ASCII character (the low 8 bits are written)
     * @return this flyweight
     */
    public NoiiMessage imbalanceDirection(final char value)
    {
        mutable().putByte(offset + IMBALANCE_DIRECTION_OFFSET, (byte) value);
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
    public NoiiMessage stock(final long value)
    {
        mutable().putLong(offset + STOCK_OFFSET, value, BIG_ENDIAN);
        return this;
    }

    /**
     * Returns the far price, 4 implied decimals.
     *
     * @return the farPrice field
     */
    public long farPrice()
    {
        return buffer.getInt(offset + FAR_PRICE_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Sets the far price, 4 implied decimals.
     *
     * @param value an unsigned 32-bit price with 4 implied decimals (the low 32 bits are written)
     * @return this flyweight
     */
    public NoiiMessage farPrice(final long value)
    {
        mutable().putInt(offset + FAR_PRICE_OFFSET, (int) value, BIG_ENDIAN);
        return this;
    }

    /**
     * Returns the near price, 4 implied decimals.
     *
     * @return the nearPrice field
     */
    public long nearPrice()
    {
        return buffer.getInt(offset + NEAR_PRICE_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Sets the near price, 4 implied decimals.
     *
     * @param value an unsigned 32-bit price with 4 implied decimals (the low 32 bits are written)
     * @return this flyweight
     */
    public NoiiMessage nearPrice(final long value)
    {
        mutable().putInt(offset + NEAR_PRICE_OFFSET, (int) value, BIG_ENDIAN);
        return this;
    }

    /**
     * Returns the current reference price, 4 implied decimals.
     *
     * @return the currentReferencePrice field
     */
    public long currentReferencePrice()
    {
        return buffer.getInt(offset + CURRENT_REFERENCE_PRICE_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Sets the current reference price, 4 implied decimals.
     *
     * @param value an unsigned 32-bit price with 4 implied decimals (the low 32 bits are written)
     * @return this flyweight
     */
    public NoiiMessage currentReferencePrice(final long value)
    {
        mutable().putInt(offset + CURRENT_REFERENCE_PRICE_OFFSET, (int) value, BIG_ENDIAN);
        return this;
    }

    /**
     * Returns the cross type: O, C, H or A.
     *
     * @return the crossType field
     */
    public char crossType()
    {
        return (char) (buffer.getByte(offset + CROSS_TYPE_OFFSET) & 0xFF);
    }

    /**
     * Sets the cross type: O, C, H or A.
     *
     * @param value an ASCII character (the low 8 bits are written)
     * @return this flyweight
     */
    public NoiiMessage crossType(final char value)
    {
        mutable().putByte(offset + CROSS_TYPE_OFFSET, (byte) value);
        return this;
    }

    /**
     * Returns the price variation indicator.
     *
     * @return the priceVariationIndicator field
     */
    public char priceVariationIndicator()
    {
        return (char) (buffer.getByte(offset + PRICE_VARIATION_INDICATOR_OFFSET) & 0xFF);
    }

    /**
     * Sets the price variation indicator.
     *
     * @param value an ASCII character (the low 8 bits are written)
     * @return this flyweight
     */
    public NoiiMessage priceVariationIndicator(final char value)
    {
        mutable().putByte(offset + PRICE_VARIATION_INDICATOR_OFFSET, (byte) value);
        return this;
    }

    @Override
    public StringBuilder appendTo(final StringBuilder sb)
    {
        appendHeader(sb);
        sb.append(", pairedShares=");
        AsciiFields.appendUnsigned(sb, pairedShares());
        sb.append(", imbalanceShares=");
        AsciiFields.appendUnsigned(sb, imbalanceShares());
        sb.append(", imbalanceDirection=");
        AsciiFields.appendChar(sb, imbalanceDirection());
        sb.append(", stock=");
        AsciiFields.appendPacked(sb, stock(), 8);
        sb.append(", farPrice=");
        sb.append(farPrice());
        sb.append(", nearPrice=");
        sb.append(nearPrice());
        sb.append(", currentReferencePrice=");
        sb.append(currentReferencePrice());
        sb.append(", crossType=");
        AsciiFields.appendChar(sb, crossType());
        sb.append(", priceVariationIndicator=");
        AsciiFields.appendChar(sb, priceVariationIndicator());
        return sb.append('}');
    }
}
