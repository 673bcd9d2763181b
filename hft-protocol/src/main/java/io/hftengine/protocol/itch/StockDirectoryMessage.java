package io.hftengine.protocol.itch;

import static java.nio.ByteOrder.BIG_ENDIAN;

import io.hftengine.protocol.internal.AsciiFields;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * ITCH 5.0 Stock Directory message, type {@code 'R'}, 39 bytes, read and written in place.
 *
 * <p>Layout (big-endian; offsets from the start of the message):
 * <pre>
 * offset size  field
 *    0     1  messageType
 *    1     2  stockLocate (u16)
 *    3     2  trackingNumber (u16)
 *    5     6  timestampNs (u48)
 *   11     8  stock (alpha8)
 *   19     1  marketCategory (char)
 *   20     1  financialStatusIndicator (char)
 *   21     4  roundLotSize (u32)
 *   25     1  roundLotsOnly (char)
 *   26     1  issueClassification (char)
 *   27     2  issueSubType (alpha2)
 *   29     1  authenticity (char)
 *   30     1  shortSaleThresholdIndicator (char)
 *   31     1  ipoFlag (char)
 *   32     1  luldReferencePriceTier (char)
 *   33     1  etpFlag (char)
 *   34     4  etpLeverageFactor (u32)
 *   38     1  inverseIndicator (char)
 * </pre>
 *
 * <p>A flyweight: {@link #wrap(DirectBuffer, int)} points it at a message that the caller has
 * already checked to be {@value #LENGTH} bytes long (the decoders do this); getters then read
 * straight from the buffer. {@link #wrapForEncode(MutableDirectBuffer, int)} writes the type byte
 * and enables the fluent setters. Not thread-safe: one instance per thread.
 */
public final class StockDirectoryMessage extends ItchMessage
{
    /** The message type byte. */
    public static final byte MESSAGE_TYPE = 'R';
    /** The length of the message in bytes. */
    public static final int LENGTH = 39;
    /** Offset of the stock symbol field. */
    public static final int STOCK_OFFSET = 11;
    /** Offset of the market category field. */
    public static final int MARKET_CATEGORY_OFFSET = 19;
    /** Offset of the financial status indicator field. */
    public static final int FINANCIAL_STATUS_INDICATOR_OFFSET = 20;
    /** Offset of the round lot size in shares field. */
    public static final int ROUND_LOT_SIZE_OFFSET = 21;
    /** Offset of the round lots only flag field. */
    public static final int ROUND_LOTS_ONLY_OFFSET = 25;
    /** Offset of the issue classification field. */
    public static final int ISSUE_CLASSIFICATION_OFFSET = 26;
    /** Offset of the issue sub-type field. */
    public static final int ISSUE_SUB_TYPE_OFFSET = 27;
    /** Offset of the authenticity field. */
    public static final int AUTHENTICITY_OFFSET = 29;
    /** Offset of the short sale threshold indicator field. */
    public static final int SHORT_SALE_THRESHOLD_INDICATOR_OFFSET = 30;
    /** Offset of the IPO flag field. */
    public static final int IPO_FLAG_OFFSET = 31;
    /** Offset of the LULD reference price tier field. */
    public static final int LULD_REFERENCE_PRICE_TIER_OFFSET = 32;
    /** Offset of the ETP flag field. */
    public static final int ETP_FLAG_OFFSET = 33;
    /** Offset of the ETP leverage factor field. */
    public static final int ETP_LEVERAGE_FACTOR_OFFSET = 34;
    /** Offset of the inverse indicator field. */
    public static final int INVERSE_INDICATOR_OFFSET = 38;

    /**
     * Creates a flyweight wrapped over nothing; call a wrap method before use.
     */
    public StockDirectoryMessage()
    {
    }

    /**
     * Points this flyweight at a message to read.
     *
     * @param buffer the buffer holding the message
     * @param offset where the message starts; {@value #LENGTH} bytes from there must be readable
     * @return this flyweight
     */
    public StockDirectoryMessage wrap(final DirectBuffer buffer, final int offset)
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
    public StockDirectoryMessage wrapForEncode(final MutableDirectBuffer buffer, final int offset)
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
    public StockDirectoryMessage stockLocate(final int value)
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
    public StockDirectoryMessage trackingNumber(final int value)
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
    public StockDirectoryMessage timestampNs(final long value)
    {
        putTimestampNs(value);
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
    public StockDirectoryMessage stock(final long value)
    {
        mutable().putLong(offset + STOCK_OFFSET, value, BIG_ENDIAN);
        return this;
    }

    /**
     * Returns the market category.
     *
     * @return the marketCategory field
     */
    public char marketCategory()
    {
        return (char) (buffer.getByte(offset + MARKET_CATEGORY_OFFSET) & 0xFF);
    }

    /**
     * Sets the market category.
     *
     * @param value an ASCII character (the low 8 bits are written)
     * @return this flyweight
     */
    public StockDirectoryMessage marketCategory(final char value)
    {
        mutable().putByte(offset + MARKET_CATEGORY_OFFSET, (byte) value);
        return this;
    }

    /**
     * Returns the financial status indicator.
     *
     * @return the financialStatusIndicator field
     */
    public char financialStatusIndicator()
    {
        return (char) (buffer.getByte(offset + FINANCIAL_STATUS_INDICATOR_OFFSET) & 0xFF);
    }

    /**
     * Sets the financial status indicator.
     *
     * @param value an ASCII character (the low 8 bits are written)
     * @return this flyweight
     */
    public StockDirectoryMessage financialStatusIndicator(final char value)
    {
        mutable().putByte(offset + FINANCIAL_STATUS_INDICATOR_OFFSET, (byte) value);
        return this;
    }

    /**
     * Returns the round lot size in shares.
     *
     * @return the roundLotSize field
     */
    public long roundLotSize()
    {
        return buffer.getInt(offset + ROUND_LOT_SIZE_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Sets the round lot size in shares.
     *
     * @param value an unsigned 32-bit value (the low 32 bits are written)
     * @return this flyweight
     */
    public StockDirectoryMessage roundLotSize(final long value)
    {
        mutable().putInt(offset + ROUND_LOT_SIZE_OFFSET, (int) value, BIG_ENDIAN);
        return this;
    }

    /**
     * Returns the round lots only flag, Y or N.
     *
     * @return the roundLotsOnly field
     */
    public char roundLotsOnly()
    {
        return (char) (buffer.getByte(offset + ROUND_LOTS_ONLY_OFFSET) & 0xFF);
    }

    /**
     * Sets the round lots only flag, Y or N.
     *
     * @param value an ASCII character (the low 8 bits are written)
     * @return this flyweight
     */
    public StockDirectoryMessage roundLotsOnly(final char value)
    {
        mutable().putByte(offset + ROUND_LOTS_ONLY_OFFSET, (byte) value);
        return this;
    }

    /**
     * Returns the issue classification.
     *
     * @return the issueClassification field
     */
    public char issueClassification()
    {
        return (char) (buffer.getByte(offset + ISSUE_CLASSIFICATION_OFFSET) & 0xFF);
    }

    /**
     * Sets the issue classification.
     *
     * @param value an ASCII character (the low 8 bits are written)
     * @return this flyweight
     */
    public StockDirectoryMessage issueClassification(final char value)
    {
        mutable().putByte(offset + ISSUE_CLASSIFICATION_OFFSET, (byte) value);
        return this;
    }

    /**
     * Returns the issue sub-type, two ASCII bytes packed big-endian.
     *
     * @return the issueSubType field
     */
    public int issueSubType()
    {
        return buffer.getShort(offset + ISSUE_SUB_TYPE_OFFSET, BIG_ENDIAN) & 0xFFFF;
    }

    /**
     * Sets the issue sub-type, two ASCII bytes packed big-endian.
     *
     * @param value two ASCII bytes packed big-endian (the low 16 bits are written)
     * @return this flyweight
     */
    public StockDirectoryMessage issueSubType(final int value)
    {
        mutable().putShort(offset + ISSUE_SUB_TYPE_OFFSET, (short) value, BIG_ENDIAN);
        return this;
    }

    /**
     * Returns the authenticity, P (production) or T (test).
     *
     * @return the authenticity field
     */
    public char authenticity()
    {
        return (char) (buffer.getByte(offset + AUTHENTICITY_OFFSET) & 0xFF);
    }

    /**
     * Sets the authenticity, P (production) or T (test).
     *
     * @param value an ASCII character (the low 8 bits are written)
     * @return this flyweight
     */
    public StockDirectoryMessage authenticity(final char value)
    {
        mutable().putByte(offset + AUTHENTICITY_OFFSET, (byte) value);
        return this;
    }

    /**
     * Returns the short sale threshold indicator.
     *
     * @return the shortSaleThresholdIndicator field
     */
    public char shortSaleThresholdIndicator()
    {
        return (char) (buffer.getByte(offset + SHORT_SALE_THRESHOLD_INDICATOR_OFFSET) & 0xFF);
    }

    /**
     * Sets the short sale threshold indicator.
     *
     * @param value an ASCII character (the low 8 bits are written)
     * @return this flyweight
     */
    public StockDirectoryMessage shortSaleThresholdIndicator(final char value)
    {
        mutable().putByte(offset + SHORT_SALE_THRESHOLD_INDICATOR_OFFSET, (byte) value);
        return this;
    }

    /**
     * Returns the IPO flag.
     *
     * @return the ipoFlag field
     */
    public char ipoFlag()
    {
        return (char) (buffer.getByte(offset + IPO_FLAG_OFFSET) & 0xFF);
    }

    /**
     * Sets the IPO flag.
     *
     * @param value an ASCII character (the low 8 bits are written)
     * @return this flyweight
     */
    public StockDirectoryMessage ipoFlag(final char value)
    {
        mutable().putByte(offset + IPO_FLAG_OFFSET, (byte) value);
        return this;
    }

    /**
     * Returns the LULD reference price tier.
     *
     * @return the luldReferencePriceTier field
     */
    public char luldReferencePriceTier()
    {
        return (char) (buffer.getByte(offset + LULD_REFERENCE_PRICE_TIER_OFFSET) & 0xFF);
    }

    /**
     * Sets the LULD reference price tier.
     *
     * @param value an ASCII character (the low 8 bits are written)
     * @return this flyweight
     */
    public StockDirectoryMessage luldReferencePriceTier(final char value)
    {
        mutable().putByte(offset + LULD_REFERENCE_PRICE_TIER_OFFSET, (byte) value);
        return this;
    }

    /**
     * Returns the ETP flag.
     *
     * @return the etpFlag field
     */
    public char etpFlag()
    {
        return (char) (buffer.getByte(offset + ETP_FLAG_OFFSET) & 0xFF);
    }

    /**
     * Sets the ETP flag.
     *
     * @param value an ASCII character (the low 8 bits are written)
     * @return this flyweight
     */
    public StockDirectoryMessage etpFlag(final char value)
    {
        mutable().putByte(offset + ETP_FLAG_OFFSET, (byte) value);
        return this;
    }

    /**
     * Returns the ETP leverage factor.
     *
     * @return the etpLeverageFactor field
     */
    public long etpLeverageFactor()
    {
        return buffer.getInt(offset + ETP_LEVERAGE_FACTOR_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Sets the ETP leverage factor.
     *
     * @param value an unsigned 32-bit value (the low 32 bits are written)
     * @return this flyweight
     */
    public StockDirectoryMessage etpLeverageFactor(final long value)
    {
        mutable().putInt(offset + ETP_LEVERAGE_FACTOR_OFFSET, (int) value, BIG_ENDIAN);
        return this;
    }

    /**
     * Returns the inverse indicator.
     *
     * @return the inverseIndicator field
     */
    public char inverseIndicator()
    {
        return (char) (buffer.getByte(offset + INVERSE_INDICATOR_OFFSET) & 0xFF);
    }

    /**
     * Sets the inverse indicator.
     *
     * @param value an ASCII character (the low 8 bits are written)
     * @return this flyweight
     */
    public StockDirectoryMessage inverseIndicator(final char value)
    {
        mutable().putByte(offset + INVERSE_INDICATOR_OFFSET, (byte) value);
        return this;
    }

    @Override
    public StringBuilder appendTo(final StringBuilder sb)
    {
        appendHeader(sb);
        sb.append(", stock=");
        AsciiFields.appendPacked(sb, stock(), 8);
        sb.append(", marketCategory=");
        AsciiFields.appendChar(sb, marketCategory());
        sb.append(", financialStatusIndicator=");
        AsciiFields.appendChar(sb, financialStatusIndicator());
        sb.append(", roundLotSize=");
        sb.append(roundLotSize());
        sb.append(", roundLotsOnly=");
        AsciiFields.appendChar(sb, roundLotsOnly());
        sb.append(", issueClassification=");
        AsciiFields.appendChar(sb, issueClassification());
        sb.append(", issueSubType=");
        AsciiFields.appendPacked(sb, issueSubType(), 2);
        sb.append(", authenticity=");
        AsciiFields.appendChar(sb, authenticity());
        sb.append(", shortSaleThresholdIndicator=");
        AsciiFields.appendChar(sb, shortSaleThresholdIndicator());
        sb.append(", ipoFlag=");
        AsciiFields.appendChar(sb, ipoFlag());
        sb.append(", luldReferencePriceTier=");
        AsciiFields.appendChar(sb, luldReferencePriceTier());
        sb.append(", etpFlag=");
        AsciiFields.appendChar(sb, etpFlag());
        sb.append(", etpLeverageFactor=");
        sb.append(etpLeverageFactor());
        sb.append(", inverseIndicator=");
        AsciiFields.appendChar(sb, inverseIndicator());
        return sb.append('}');
    }
}
