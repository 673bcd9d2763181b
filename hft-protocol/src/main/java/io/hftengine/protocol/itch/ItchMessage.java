package io.hftengine.protocol.itch;

import static java.nio.ByteOrder.BIG_ENDIAN;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * The common header of every ITCH 5.0 message, and the base of the per-type flyweights.
 *
 * <p>Layout of the header (big-endian):
 * <pre>
 * offset size  field
 *    0     1  messageType     ASCII type code
 *    1     2  stockLocate     u16, 0 for market-wide messages
 *    3     2  trackingNumber  u16
 *    5     6  timestampNs     u48, nanoseconds since midnight
 *   11        first field of the message body
 * </pre>
 *
 * <p>Every ITCH integer is unsigned. A 64-bit field (order reference and match numbers, cross and
 * imbalance shares, MWCB levels) is returned as its 64 bits in a {@code long}: a value above
 * {@link Long#MAX_VALUE} reads negative, so compare such fields with {@link Long#compareUnsigned};
 * {@link #appendTo} prints them unsigned.
 *
 * <p>Flyweights hold no data of their own; they read and write the wrapped buffer. Not
 * thread-safe.
 */
public abstract class ItchMessage
{
    /** Offset of the message type byte. */
    public static final int MESSAGE_TYPE_OFFSET = 0;
    /** Offset of the stock locate code (u16). */
    public static final int STOCK_LOCATE_OFFSET = 1;
    /** Offset of the tracking number (u16). */
    public static final int TRACKING_NUMBER_OFFSET = 3;
    /** Offset of the 48-bit timestamp. */
    public static final int TIMESTAMP_OFFSET = 5;
    /** Length of the common header; the body starts here. */
    public static final int HEADER_LENGTH = 11;

    DirectBuffer buffer;
    MutableDirectBuffer mutableBuffer;
    int offset;

    ItchMessage()
    {
    }

    final void wrapForDecode(final DirectBuffer buffer, final int offset)
    {
        // The decoders rewrap the same flyweight over the same buffer for message after
        // message: compare before storing the references, so the common case is one int store
        // and no reference store (no GC write barrier) per message.
        if (buffer != this.buffer)
        {
            this.buffer = buffer;
        }
        if (null != mutableBuffer)
        {
            mutableBuffer = null;
        }
        this.offset = offset;
    }

    final void wrapForEncode(final MutableDirectBuffer buffer, final int offset, final byte messageType)
    {
        this.buffer = buffer;
        this.mutableBuffer = buffer;
        this.offset = offset;
        buffer.putByte(offset + MESSAGE_TYPE_OFFSET, messageType);
    }

    final MutableDirectBuffer mutable()
    {
        final MutableDirectBuffer mutable = mutableBuffer;
        if (null == mutable)
        {
            throw new IllegalStateException("flyweight was wrapped for reading: use wrapForEncode to write");
        }
        return mutable;
    }

    /**
     * Returns the buffer this flyweight is wrapped over.
     *
     * @return the buffer, or {@code null} before the first wrap
     */
    public final DirectBuffer buffer()
    {
        return buffer;
    }

    /**
     * Returns where the message starts in {@link #buffer()}.
     *
     * @return the offset of the type byte
     */
    public final int offset()
    {
        return offset;
    }

    /**
     * Returns the fixed length of this message type.
     *
     * @return the length in bytes, type byte included
     */
    public abstract int messageLength();

    /**
     * Returns the message type code.
     *
     * @return the ASCII type byte as a char
     */
    public final char messageType()
    {
        return (char)(buffer.getByte(offset + MESSAGE_TYPE_OFFSET) & 0xFF);
    }

    /**
     * Returns the stock locate code, the day's index of the security (0 for market-wide messages).
     *
     * @return an unsigned 16-bit value
     */
    public final int stockLocate()
    {
        return buffer.getShort(offset + STOCK_LOCATE_OFFSET, BIG_ENDIAN) & 0xFFFF;
    }

    /**
     * Returns the NASDAQ internal tracking number.
     *
     * @return an unsigned 16-bit value
     */
    public final int trackingNumber()
    {
        return buffer.getShort(offset + TRACKING_NUMBER_OFFSET, BIG_ENDIAN) & 0xFFFF;
    }

    /**
     * Returns the timestamp.
     *
     * @return nanoseconds since midnight, an unsigned 48-bit value
     */
    public final long timestampNs()
    {
        final int index = offset + TIMESTAMP_OFFSET;
        return ((long)(buffer.getShort(index, BIG_ENDIAN) & 0xFFFF) << 32) |
            (buffer.getInt(index + 2, BIG_ENDIAN) & 0xFFFF_FFFFL);
    }

    final void putStockLocate(final int value)
    {
        mutable().putShort(offset + STOCK_LOCATE_OFFSET, (short)value, BIG_ENDIAN);
    }

    final void putTrackingNumber(final int value)
    {
        mutable().putShort(offset + TRACKING_NUMBER_OFFSET, (short)value, BIG_ENDIAN);
    }

    final void putTimestampNs(final long value)
    {
        final MutableDirectBuffer mutable = mutable();
        final int index = offset + TIMESTAMP_OFFSET;
        mutable.putShort(index, (short)(value >>> 32), BIG_ENDIAN);
        mutable.putInt(index + 2, (int)value, BIG_ENDIAN);
    }

    final void appendHeader(final StringBuilder sb)
    {
        sb.append(messageType())
            .append("{stockLocate=").append(stockLocate())
            .append(", trackingNumber=").append(trackingNumber())
            .append(", timestampNs=").append(timestampNs());
    }

    /**
     * Appends every field as {@code T{name=value, ...}} (symbols and other alpha fields as trimmed
     * ASCII). Allocates nothing beyond the builder's own growth; meant for tools, logs and tests.
     *
     * @param sb the builder to append to
     * @return {@code sb}
     */
    public abstract StringBuilder appendTo(StringBuilder sb);

    /**
     * Returns the same text as {@link #appendTo(StringBuilder)}. Allocates: not for hot paths.
     *
     * @return the message's fields as text
     */
    @Override
    public String toString()
    {
        return null == buffer ? getClass().getSimpleName() + "{unwrapped}" : appendTo(new StringBuilder(128)).toString();
    }
}
