package io.hftengine.protocol.itch;

import static java.nio.ByteOrder.BIG_ENDIAN;

import io.hftengine.protocol.internal.AsciiFields;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * ITCH 5.0 Market Participant Position message, type {@code 'L'}, 26 bytes, read and written in place.
 *
 * <p>Layout (big-endian; offsets from the start of the message):
 * <pre>
 * offset size  field
 *    0     1  messageType
 *    1     2  stockLocate (u16)
 *    3     2  trackingNumber (u16)
 *    5     6  timestampNs (u48)
 *   11     4  mpid (alpha4)
 *   15     8  stock (alpha8)
 *   23     1  primaryMarketMaker (char)
 *   24     1  marketMakerMode (char)
 *   25     1  marketParticipantState (char)
 * </pre>
 *
 * <p>A flyweight: {@link #wrap(DirectBuffer, int)} points it at a message that the caller has
 * already checked to be {@value #LENGTH} bytes long (the decoders do this); getters then read
 * straight from the buffer. {@link #wrapForEncode(MutableDirectBuffer, int)} writes the type byte
 * and enables the fluent setters. Not thread-safe: one instance per thread.
 */
public final class MarketParticipantPositionMessage extends ItchMessage
{
    /** The message type byte. */
    public static final byte MESSAGE_TYPE = 'L';
    /** The length of the message in bytes. */
    public static final int LENGTH = 26;
    /** Offset of the market participant identifier field. */
    public static final int MPID_OFFSET = 11;
    /** Offset of the stock symbol field. */
    public static final int STOCK_OFFSET = 15;
    /** Offset of the primary market maker flag field. */
    public static final int PRIMARY_MARKET_MAKER_OFFSET = 23;
    /** Offset of the market maker mode field. */
    public static final int MARKET_MAKER_MODE_OFFSET = 24;
    /** Offset of the market participant state field. */
    public static final int MARKET_PARTICIPANT_STATE_OFFSET = 25;

    /**
     * Creates a flyweight wrapped over nothing; call a wrap method before use.
     */
    public MarketParticipantPositionMessage()
    {
    }

    /**
     * Points this flyweight at a message to read.
     *
     * @param buffer the buffer holding the message
     * @param offset where the message starts; {@value #LENGTH} bytes from there must be readable
     * @return this flyweight
     */
    public MarketParticipantPositionMessage wrap(final DirectBuffer buffer, final int offset)
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
    public MarketParticipantPositionMessage wrapForEncode(final MutableDirectBuffer buffer, final int offset)
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
    public MarketParticipantPositionMessage stockLocate(final int value)
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
    public MarketParticipantPositionMessage trackingNumber(final int value)
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
    public MarketParticipantPositionMessage timestampNs(final long value)
    {
        putTimestampNs(value);
        return this;
    }

    /**
     * Returns the market participant identifier, four ASCII bytes packed big-endian.
     *
     * @return the mpid field
     */
    public int mpid()
    {
        return buffer.getInt(offset + MPID_OFFSET, BIG_ENDIAN);
    }

    /**
     * Sets the market participant identifier, four ASCII bytes packed big-endian.
     *
     * @param value four ASCII bytes packed big-endian
     * @return this flyweight
     */
    public MarketParticipantPositionMessage mpid(final int value)
    {
        mutable().putInt(offset + MPID_OFFSET, value, BIG_ENDIAN);
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
    public MarketParticipantPositionMessage stock(final long value)
    {
        mutable().putLong(offset + STOCK_OFFSET, value, BIG_ENDIAN);
        return this;
    }

    /**
     * Returns the primary market maker flag, Y or N.
     *
     * @return the primaryMarketMaker field
     */
    public char primaryMarketMaker()
    {
        return (char) (buffer.getByte(offset + PRIMARY_MARKET_MAKER_OFFSET) & 0xFF);
    }

    /**
     * Sets the primary market maker flag, Y or N.
     *
     * @param value an ASCII character (the low 8 bits are written)
     * @return this flyweight
     */
    public MarketParticipantPositionMessage primaryMarketMaker(final char value)
    {
        mutable().putByte(offset + PRIMARY_MARKET_MAKER_OFFSET, (byte) value);
        return this;
    }

    /**
     * Returns the market maker mode.
     *
     * @return the marketMakerMode field
     */
    public char marketMakerMode()
    {
        return (char) (buffer.getByte(offset + MARKET_MAKER_MODE_OFFSET) & 0xFF);
    }

    /**
     * Sets the market maker mode.
     *
     * @param value an ASCII character (the low 8 bits are written)
     * @return this flyweight
     */
    public MarketParticipantPositionMessage marketMakerMode(final char value)
    {
        mutable().putByte(offset + MARKET_MAKER_MODE_OFFSET, (byte) value);
        return this;
    }

    /**
     * Returns the market participant state.
     *
     * @return the marketParticipantState field
     */
    public char marketParticipantState()
    {
        return (char) (buffer.getByte(offset + MARKET_PARTICIPANT_STATE_OFFSET) & 0xFF);
    }

    /**
     * Sets the market participant state.
     *
     * @param value an ASCII character (the low 8 bits are written)
     * @return this flyweight
     */
    public MarketParticipantPositionMessage marketParticipantState(final char value)
    {
        mutable().putByte(offset + MARKET_PARTICIPANT_STATE_OFFSET, (byte) value);
        return this;
    }

    @Override
    public StringBuilder appendTo(final StringBuilder sb)
    {
        appendHeader(sb);
        sb.append(", mpid=");
        AsciiFields.appendPacked(sb, mpid(), 4);
        sb.append(", stock=");
        AsciiFields.appendPacked(sb, stock(), 8);
        sb.append(", primaryMarketMaker=");
        AsciiFields.appendChar(sb, primaryMarketMaker());
        sb.append(", marketMakerMode=");
        AsciiFields.appendChar(sb, marketMakerMode());
        sb.append(", marketParticipantState=");
        AsciiFields.appendChar(sb, marketParticipantState());
        return sb.append('}');
    }
}
