package io.hftengine.protocol.itch;

import static java.nio.ByteOrder.BIG_ENDIAN;

import io.hftengine.protocol.internal.AsciiFields;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * ITCH 5.0 Operational Halt message, type {@code 'h'}, 21 bytes, read and written in place.
 *
 * <p>Layout (big-endian; offsets from the start of the message):
 * <pre>
 * offset size  field
 *    0     1  messageType
 *    1     2  stockLocate (u16)
 *    3     2  trackingNumber (u16)
 *    5     6  timestampNs (u48)
 *   11     8  stock (alpha8)
 *   19     1  marketCode (char)
 *   20     1  operationalHaltAction (char)
 * </pre>
 *
 * <p>A flyweight: {@link #wrap(DirectBuffer, int)} points it at a message that the caller has
 * already checked to be {@value #LENGTH} bytes long (the decoders do this); getters then read
 * straight from the buffer. {@link #wrapForEncode(MutableDirectBuffer, int)} writes the type byte
 * and enables the fluent setters. Not thread-safe: one instance per thread.
 */
public final class OperationalHaltMessage extends ItchMessage
{
    /** The message type byte. */
    public static final byte MESSAGE_TYPE = 'h';
    /** The length of the message in bytes. */
    public static final int LENGTH = 21;
    /** Offset of the stock symbol field. */
    public static final int STOCK_OFFSET = 11;
    /** Offset of the market code field. */
    public static final int MARKET_CODE_OFFSET = 19;
    /** Offset of the operational halt action field. */
    public static final int OPERATIONAL_HALT_ACTION_OFFSET = 20;

    /**
     * Creates a flyweight wrapped over nothing; call a wrap method before use.
     */
    public OperationalHaltMessage()
    {
    }

    /**
     * Points this flyweight at a message to read.
     *
     * @param buffer the buffer holding the message
     * @param offset where the message starts; {@value #LENGTH} bytes from there must be readable
     * @return this flyweight
     */
    public OperationalHaltMessage wrap(final DirectBuffer buffer, final int offset)
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
    public OperationalHaltMessage wrapForEncode(final MutableDirectBuffer buffer, final int offset)
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
    public OperationalHaltMessage stockLocate(final int value)
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
    public OperationalHaltMessage trackingNumber(final int value)
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
    public OperationalHaltMessage timestampNs(final long value)
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
    public OperationalHaltMessage stock(final long value)
    {
        mutable().putLong(offset + STOCK_OFFSET, value, BIG_ENDIAN);
        return this;
    }

    /**
     * Returns the market code: Q, B or X.
     *
     * @return the marketCode field
     */
    public char marketCode()
    {
        return (char) (buffer.getByte(offset + MARKET_CODE_OFFSET) & 0xFF);
    }

    /**
     * Sets the market code: Q, B or X.
     *
     * @param value an ASCII character (the low 8 bits are written)
     * @return this flyweight
     */
    public OperationalHaltMessage marketCode(final char value)
    {
        mutable().putByte(offset + MARKET_CODE_OFFSET, (byte) value);
        return this;
    }

    /**
     * Returns the operational halt action, H or T.
     *
     * @return the operationalHaltAction field
     */
    public char operationalHaltAction()
    {
        return (char) (buffer.getByte(offset + OPERATIONAL_HALT_ACTION_OFFSET) & 0xFF);
    }

    /**
     * Sets the operational halt action, H or T.
     *
     * @param value an ASCII character (the low 8 bits are written)
     * @return this flyweight
     */
    public OperationalHaltMessage operationalHaltAction(final char value)
    {
        mutable().putByte(offset + OPERATIONAL_HALT_ACTION_OFFSET, (byte) value);
        return this;
    }

    @Override
    public StringBuilder appendTo(final StringBuilder sb)
    {
        appendHeader(sb);
        sb.append(", stock=");
        AsciiFields.appendPacked(sb, stock(), 8);
        sb.append(", marketCode=");
        AsciiFields.appendChar(sb, marketCode());
        sb.append(", operationalHaltAction=");
        AsciiFields.appendChar(sb, operationalHaltAction());
        return sb.append('}');
    }
}
