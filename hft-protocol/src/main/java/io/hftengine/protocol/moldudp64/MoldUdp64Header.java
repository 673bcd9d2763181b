package io.hftengine.protocol.moldudp64;

import static io.hftengine.protocol.moldudp64.MoldUdp64Descriptor.MESSAGE_COUNT_OFFSET;
import static io.hftengine.protocol.moldudp64.MoldUdp64Descriptor.SEQUENCE_NUMBER_OFFSET;
import static io.hftengine.protocol.moldudp64.MoldUdp64Descriptor.SESSION_LENGTH;
import static io.hftengine.protocol.moldudp64.MoldUdp64Descriptor.SESSION_OFFSET;
import static java.nio.ByteOrder.BIG_ENDIAN;

import io.hftengine.protocol.internal.AsciiFields;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * Flyweight over the 20-byte header shared by MoldUDP64 downstream and request packets (see
 * {@link MoldUdp64Descriptor}). Not thread-safe.
 */
public final class MoldUdp64Header
{
    private DirectBuffer buffer;
    private MutableDirectBuffer mutableBuffer;
    private int offset;

    /**
     * Creates a flyweight wrapped over nothing.
     */
    public MoldUdp64Header()
    {
    }

    /**
     * Points this flyweight at a header to read.
     *
     * @param buffer the buffer holding the packet
     * @param offset where the packet starts; 20 bytes must be readable from there
     * @return this flyweight
     */
    public MoldUdp64Header wrap(final DirectBuffer buffer, final int offset)
    {
        this.buffer = buffer;
        this.mutableBuffer = null;
        this.offset = offset;
        return this;
    }

    /**
     * Points this flyweight at 20 writable bytes.
     *
     * @param buffer the buffer to encode into
     * @param offset where the packet starts
     * @return this flyweight
     */
    public MoldUdp64Header wrapForEncode(final MutableDirectBuffer buffer, final int offset)
    {
        this.buffer = buffer;
        this.mutableBuffer = buffer;
        this.offset = offset;
        return this;
    }

    private MutableDirectBuffer mutable()
    {
        if (null == mutableBuffer)
        {
            throw new IllegalStateException("flyweight was wrapped for reading: use wrapForEncode to write");
        }
        return mutableBuffer;
    }

    /**
     * Copies the 10-byte session name.
     *
     * @param dst where to copy it
     * @param dstOffset offset in {@code dst}
     */
    public void getSession(final MutableDirectBuffer dst, final int dstOffset)
    {
        dst.putBytes(dstOffset, buffer, offset + SESSION_OFFSET, SESSION_LENGTH);
    }

    /**
     * Tells whether the wrapped packet looks like a real one of some session: a printable ASCII
     * session name, and message blocks that fill the datagram exactly (a heartbeat or End of
     * Session is a bare header). For deciding which session a stream of datagrams belongs to, not
     * per packet of a known session: it walks every message block.
     *
     * @param length the datagram's length, header included
     * @return true when well formed
     */
    public boolean isWellFormedPacket(final int length)
    {
        if (length < MoldUdp64Descriptor.HEADER_LENGTH)
        {
            return false;
        }
        for (int i = 0; i < SESSION_LENGTH; i++)
        {
            final byte b = buffer.getByte(offset + SESSION_OFFSET + i);
            if (b < 0x20 || b > 0x7E)
            {
                return false;
            }
        }
        final int count = messageCount();
        if (count == MoldUdp64Descriptor.HEARTBEAT_COUNT || count == MoldUdp64Descriptor.END_OF_SESSION_COUNT)
        {
            return length == MoldUdp64Descriptor.HEADER_LENGTH;
        }
        int at = MoldUdp64Descriptor.HEADER_LENGTH;
        for (int i = 0; i < count; i++)
        {
            if (at + MoldUdp64Descriptor.MESSAGE_LENGTH_SIZE > length)
            {
                return false;
            }
            at += MoldUdp64Descriptor.MESSAGE_LENGTH_SIZE + (buffer.getShort(offset + at, BIG_ENDIAN) & 0xFFFF);
        }
        return at == length;
    }

    /**
     * Tells whether the session name equals 10 bytes held elsewhere, without allocating.
     *
     * @param other the buffer holding the other session name
     * @param otherOffset where it starts
     * @return {@code true} if all 10 bytes are equal
     */
    public boolean sessionEquals(final DirectBuffer other, final int otherOffset)
    {
        return buffer.getLong(offset + SESSION_OFFSET) == other.getLong(otherOffset) &&
            buffer.getShort(offset + SESSION_OFFSET + 8) == other.getShort(otherOffset + 8);
    }

    /**
     * Appends the session name, trailing spaces removed.
     *
     * @param sb the builder
     * @return {@code sb}
     */
    public StringBuilder appendSession(final StringBuilder sb)
    {
        AsciiFields.appendTrimmed(sb, buffer, offset + SESSION_OFFSET, SESSION_LENGTH);
        return sb;
    }

    /**
     * Writes the session name, left-justified and space padded.
     *
     * @param session at most 10 ASCII characters
     * @return this flyweight
     * @throws IllegalArgumentException if the name is too long or not ASCII
     */
    public MoldUdp64Header session(final CharSequence session)
    {
        AsciiFields.putAlpha(mutable(), offset + SESSION_OFFSET, SESSION_LENGTH, session);
        return this;
    }

    /**
     * Copies a 10-byte session name from another buffer.
     *
     * @param src the buffer holding the session name
     * @param srcOffset where it starts
     * @return this flyweight
     */
    public MoldUdp64Header session(final DirectBuffer src, final int srcOffset)
    {
        mutable().putBytes(offset + SESSION_OFFSET, src, srcOffset, SESSION_LENGTH);
        return this;
    }

    /**
     * Returns the sequence number: of the first message, or of the next expected message for a
     * heartbeat, end of session or request.
     *
     * @return the sequence number
     */
    public long sequenceNumber()
    {
        return buffer.getLong(offset + SEQUENCE_NUMBER_OFFSET, BIG_ENDIAN);
    }

    /**
     * Sets the sequence number.
     *
     * @param value the sequence number
     * @return this flyweight
     */
    public MoldUdp64Header sequenceNumber(final long value)
    {
        mutable().putLong(offset + SEQUENCE_NUMBER_OFFSET, value, BIG_ENDIAN);
        return this;
    }

    /**
     * Returns the message count.
     *
     * @return 0 to 0xFFFF; {@value MoldUdp64Descriptor#END_OF_SESSION_COUNT} marks end of session
     */
    public int messageCount()
    {
        return buffer.getShort(offset + MESSAGE_COUNT_OFFSET, BIG_ENDIAN) & 0xFFFF;
    }

    /**
     * Sets the message count.
     *
     * @param value 0 to 0xFFFF (the low 16 bits are written)
     * @return this flyweight
     */
    public MoldUdp64Header messageCount(final int value)
    {
        mutable().putShort(offset + MESSAGE_COUNT_OFFSET, (short)value, BIG_ENDIAN);
        return this;
    }
}
