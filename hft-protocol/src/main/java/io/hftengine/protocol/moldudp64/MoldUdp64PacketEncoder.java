package io.hftengine.protocol.moldudp64;

import static java.nio.ByteOrder.BIG_ENDIAN;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * Builds MoldUDP64 downstream packets in place: wrap a buffer, set session and sequence number,
 * then add messages (copied with {@link #append} or written in place after {@link #claim}); the
 * packet is {@link #length()} bytes from the wrap offset. Heartbeats and end-of-session packets
 * are a header alone. Allocation-free; not thread-safe.
 */
public final class MoldUdp64PacketEncoder
{
    private final MoldUdp64Header header = new MoldUdp64Header();
    private MutableDirectBuffer buffer;
    private int offset;
    private int capacity;
    private int position;
    private int count;

    /**
     * Creates an encoder wrapped over nothing.
     */
    public MoldUdp64PacketEncoder()
    {
    }

    /**
     * Starts a packet with no messages (a heartbeat until messages are added).
     *
     * @param buffer the buffer to encode into
     * @param offset where the packet starts
     * @param capacity the most bytes the packet may take (e.g. the datagram size limit)
     * @param session the session name, at most 10 ASCII characters
     * @param sequenceNumber sequence number of the first message (or the next, for a heartbeat)
     * @return this encoder
     * @throws IllegalArgumentException if {@code capacity} cannot hold the header or does not fit the buffer
     */
    public MoldUdp64PacketEncoder wrap(
        final MutableDirectBuffer buffer, final int offset, final int capacity,
        final CharSequence session, final long sequenceNumber)
    {
        if (capacity < MoldUdp64Descriptor.HEADER_LENGTH || offset < 0 || capacity > buffer.capacity() - offset)
        {
            throw new IllegalArgumentException("bad packet region: offset=" + offset + " capacity=" + capacity);
        }
        this.buffer = buffer;
        this.offset = offset;
        this.capacity = capacity;
        this.position = offset + MoldUdp64Descriptor.HEADER_LENGTH;
        this.count = 0;
        header.wrapForEncode(buffer, offset).session(session).sequenceNumber(sequenceNumber).messageCount(0);
        return this;
    }

    /**
     * Reserves room for one message and counts it; the caller writes the message at the returned
     * offset before sending.
     *
     * @param messageLength the message length, 0 to 0xFFFF
     * @return the offset in the buffer to write the message at, or -1 if the packet is full
     */
    public int claim(final int messageLength)
    {
        final int needed = MoldUdp64Descriptor.MESSAGE_LENGTH_SIZE + messageLength;
        if (messageLength < 0 || messageLength > 0xFFFF || count >= MoldUdp64Descriptor.END_OF_SESSION_COUNT - 1 ||
            needed > offset + capacity - position)
        {
            return -1;
        }
        buffer.putShort(position, (short)messageLength, BIG_ENDIAN);
        final int messageOffset = position + MoldUdp64Descriptor.MESSAGE_LENGTH_SIZE;
        position = messageOffset + messageLength;
        header.messageCount(++count);
        return messageOffset;
    }

    /**
     * Copies one message into the packet.
     *
     * @param src the buffer holding the message
     * @param srcOffset where it starts
     * @param length its length
     * @return {@code true} if added, {@code false} if the packet is full
     */
    public boolean append(final DirectBuffer src, final int srcOffset, final int length)
    {
        final int messageOffset = claim(length);
        if (messageOffset < 0)
        {
            return false;
        }
        buffer.putBytes(messageOffset, src, srcOffset, length);
        return true;
    }

    /**
     * Turns the packet into an end-of-session packet (drops any messages added).
     *
     * @return this encoder
     */
    public MoldUdp64PacketEncoder endOfSession()
    {
        count = 0;
        position = offset + MoldUdp64Descriptor.HEADER_LENGTH;
        header.messageCount(MoldUdp64Descriptor.END_OF_SESSION_COUNT);
        return this;
    }

    /**
     * Returns how many messages the packet holds.
     *
     * @return the message count
     */
    public int messageCount()
    {
        return count;
    }

    /**
     * Returns the length of the packet so far.
     *
     * @return bytes from the wrap offset
     */
    public int length()
    {
        return position - offset;
    }

    /**
     * Returns the header flyweight, for reading back or changing the sequence number.
     *
     * @return the header of the packet being built
     */
    public MoldUdp64Header header()
    {
        return header;
    }
}
