package io.hftengine.protocol.ouch;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * The base of the OUCH 4.2 message flyweights: every message starts with its one-byte ASCII type.
 *
 * <p>OUCH messages travel as the payload of SoupBinTCP packets: inbound messages in Unsequenced
 * Data packets, outbound ones in Sequenced Data packets. All integers are big-endian; prices are
 * unsigned 32-bit values with 4 implied decimals. A 64-bit field (timestamps, order reference and
 * match numbers) is unsigned and returned as its 64 bits in a {@code long}: a value above
 * {@link Long#MAX_VALUE} reads negative; {@link #appendTo} prints it unsigned. Not thread-safe.
 */
public abstract class OuchMessage
{
    /** Offset of the message type byte. */
    public static final int MESSAGE_TYPE_OFFSET = 0;

    DirectBuffer buffer;
    MutableDirectBuffer mutableBuffer;
    int offset;

    OuchMessage()
    {
    }

    final void wrapForDecode(final DirectBuffer buffer, final int offset)
    {
        this.buffer = buffer;
        this.mutableBuffer = null;
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
     * Returns the message type code.
     *
     * @return the ASCII type byte as a char
     */
    public final char messageType()
    {
        return (char)(buffer.getByte(offset + MESSAGE_TYPE_OFFSET) & 0xFF);
    }

    /**
     * Returns the fixed length of this message type.
     *
     * @return the length in bytes, type byte included
     */
    public abstract int messageLength();

    /**
     * Appends every field as {@code T{name=value, ...}} (tokens and other alpha fields as trimmed
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
