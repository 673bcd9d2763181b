package io.hftengine.protocol.itch;

import static java.nio.ByteOrder.BIG_ENDIAN;

import io.hftengine.protocol.internal.AsciiFields;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * ITCH 5.0 MWCB Decline Level message, type {@code 'V'}, 35 bytes, read and written in place.
 *
 * <p>Layout (big-endian; offsets from the start of the message):
 * <pre>
 * offset size  field
 *    0     1  messageType
 *    1     2  stockLocate (u16)
 *    3     2  trackingNumber (u16)
 *    5     6  timestampNs (u48)
 *   11     8  level1 (price8)
 *   19     8  level2 (price8)
 *   27     8  level3 (price8)
 * </pre>
 *
 * <p>A flyweight: {@link #wrap(DirectBuffer, int)} points it at a message that the caller has
 * already checked to be {@value #LENGTH} bytes long (the decoders do this); getters then read
 * straight from the buffer. {@link #wrapForEncode(MutableDirectBuffer, int)} writes the type byte
 * and enables the fluent setters. Not thread-safe: one instance per thread.
 */
public final class MwcbDeclineLevelMessage extends ItchMessage
{
    /** The message type byte. */
    public static final byte MESSAGE_TYPE = 'V';
    /** The length of the message in bytes. */
    public static final int LENGTH = 35;
    /** Offset of the level 1 price field. */
    public static final int LEVEL_1_OFFSET = 11;
    /** Offset of the level 2 price field. */
    public static final int LEVEL_2_OFFSET = 19;
    /** Offset of the level 3 price field. */
    public static final int LEVEL_3_OFFSET = 27;

    /**
     * Creates a flyweight wrapped over nothing; call a wrap method before use.
     */
    public MwcbDeclineLevelMessage()
    {
    }

    /**
     * Points this flyweight at a message to read.
     *
     * @param buffer the buffer holding the message
     * @param offset where the message starts; {@value #LENGTH} bytes from there must be readable
     * @return this flyweight
     */
    public MwcbDeclineLevelMessage wrap(final DirectBuffer buffer, final int offset)
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
    public MwcbDeclineLevelMessage wrapForEncode(final MutableDirectBuffer buffer, final int offset)
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
    public MwcbDeclineLevelMessage stockLocate(final int value)
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
    public MwcbDeclineLevelMessage trackingNumber(final int value)
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
    public MwcbDeclineLevelMessage timestampNs(final long value)
    {
        putTimestampNs(value);
        return this;
    }

    /**
     * Returns the level 1 price, 8 implied decimals.
     *
     * @return the level1 field
     */
    public long level1()
    {
        return buffer.getLong(offset + LEVEL_1_OFFSET, BIG_ENDIAN);
    }

    /**
     * Sets the level 1 price, 8 implied decimals.
     *
     * @param value the 64-bit price with 8 implied decimals
     * @return this flyweight
     */
    public MwcbDeclineLevelMessage level1(final long value)
    {
        mutable().putLong(offset + LEVEL_1_OFFSET, value, BIG_ENDIAN);
        return this;
    }

    /**
     * Returns the level 2 price, 8 implied decimals.
     *
     * @return the level2 field
     */
    public long level2()
    {
        return buffer.getLong(offset + LEVEL_2_OFFSET, BIG_ENDIAN);
    }

    /**
     * Sets the level 2 price, 8 implied decimals.
     *
     * @param value the 64-bit price with 8 implied decimals
     * @return this flyweight
     */
    public MwcbDeclineLevelMessage level2(final long value)
    {
        mutable().putLong(offset + LEVEL_2_OFFSET, value, BIG_ENDIAN);
        return this;
    }

    /**
     * Returns the level 3 price, 8 implied decimals.
     *
     * @return the level3 field
     */
    public long level3()
    {
        return buffer.getLong(offset + LEVEL_3_OFFSET, BIG_ENDIAN);
    }

    /**
     * Sets the level 3 price, 8 implied decimals.
     *
     * @param value the 64-bit price with 8 implied decimals
     * @return this flyweight
     */
    public MwcbDeclineLevelMessage level3(final long value)
    {
        mutable().putLong(offset + LEVEL_3_OFFSET, value, BIG_ENDIAN);
        return this;
    }

    @Override
    public StringBuilder appendTo(final StringBuilder sb)
    {
        appendHeader(sb);
        sb.append(", level1=");
        AsciiFields.appendUnsigned(sb, level1());
        sb.append(", level2=");
        AsciiFields.appendUnsigned(sb, level2());
        sb.append(", level3=");
        AsciiFields.appendUnsigned(sb, level3());
        return sb.append('}');
    }
}
