package io.hftengine.protocol.moldudp64;

import static java.nio.ByteOrder.BIG_ENDIAN;

import io.hftengine.protocol.DecodeError;
import io.hftengine.protocol.DecodeErrorCounters;
import io.hftengine.protocol.DecodeErrorListener;
import org.agrona.DirectBuffer;

/**
 * Decodes MoldUDP64 downstream and request packets in place.
 *
 * <p>Bad datagrams: one shorter than the header is dropped ({@link DecodeError#TRUNCATED_PACKET});
 * one whose message count promises more blocks than it holds delivers the complete messages before
 * the overrun and counts {@link DecodeError#COUNT_OVERRUN}; bytes after the last counted message
 * count as {@link DecodeError#TRAILING_BYTES}. Nothing is read outside the datagram, nothing is
 * allocated, nothing is thrown. Not thread-safe.
 */
public final class MoldUdp64Decoder
{
    private final MoldUdp64Header header = new MoldUdp64Header();
    private final MoldUdp64Listener listener;
    private final DecodeErrorListener errorListener;
    private final DecodeErrorCounters errorCounters = new DecodeErrorCounters();

    /**
     * Creates a decoder that only counts errors.
     *
     * @param listener receives messages, heartbeats and end of session
     */
    public MoldUdp64Decoder(final MoldUdp64Listener listener)
    {
        this(listener, DecodeErrorListener.NO_OP);
    }

    /**
     * Creates a decoder.
     *
     * @param listener receives messages, heartbeats and end of session
     * @param errorListener told about each bad datagram, after it has been counted
     */
    public MoldUdp64Decoder(final MoldUdp64Listener listener, final DecodeErrorListener errorListener)
    {
        if (null == listener || null == errorListener)
        {
            throw new NullPointerException("listener and errorListener are required");
        }
        this.listener = listener;
        this.errorListener = errorListener;
    }

    /**
     * Decodes one downstream datagram.
     *
     * @param buffer the buffer holding the datagram
     * @param offset where the datagram starts
     * @param length its length in bytes
     * @return the number of messages delivered
     */
    public int decode(final DirectBuffer buffer, final int offset, final int length)
    {
        if (offset < 0 || length < MoldUdp64Descriptor.HEADER_LENGTH || length > buffer.capacity() - offset)
        {
            reject(DecodeError.TRUNCATED_PACKET, buffer, offset, length);
            return 0;
        }
        header.wrap(buffer, offset);
        final long sequenceNumber = header.sequenceNumber();
        final int count = header.messageCount();
        final int end = offset + length;
        int position = offset + MoldUdp64Descriptor.HEADER_LENGTH;
        if (MoldUdp64Descriptor.END_OF_SESSION_COUNT == count)
        {
            checkTrailing(buffer, position, end);
            listener.onEndOfSession(sequenceNumber);
            return 0;
        }
        if (MoldUdp64Descriptor.HEARTBEAT_COUNT == count)
        {
            checkTrailing(buffer, position, end);
            listener.onHeartbeat(sequenceNumber);
            return 0;
        }
        for (int i = 0; i < count; i++)
        {
            if (end - position < MoldUdp64Descriptor.MESSAGE_LENGTH_SIZE)
            {
                reject(DecodeError.COUNT_OVERRUN, buffer, offset, length);
                return i;
            }
            final int messageLength = buffer.getShort(position, BIG_ENDIAN) & 0xFFFF;
            final int messageOffset = position + MoldUdp64Descriptor.MESSAGE_LENGTH_SIZE;
            if (messageLength > end - messageOffset)
            {
                reject(DecodeError.COUNT_OVERRUN, buffer, offset, length);
                return i;
            }
            listener.onMessage(sequenceNumber + i, buffer, messageOffset, messageLength);
            position = messageOffset + messageLength;
        }
        checkTrailing(buffer, position, end);
        return count;
    }

    /**
     * Checks a request datagram and wraps {@code request} over it.
     *
     * @param buffer the buffer holding the datagram
     * @param offset where it starts
     * @param length its length; must be exactly {@value MoldUdp64Descriptor#REQUEST_LENGTH}
     * @param request the flyweight to wrap
     * @return {@code true} if the request is well formed and {@code request} is wrapped over it
     */
    public boolean decodeRequest(final DirectBuffer buffer, final int offset, final int length, final MoldUdp64Header request)
    {
        if (offset < 0 || length < MoldUdp64Descriptor.REQUEST_LENGTH || length > buffer.capacity() - offset)
        {
            reject(DecodeError.TRUNCATED_PACKET, buffer, offset, length);
            return false;
        }
        if (length != MoldUdp64Descriptor.REQUEST_LENGTH)
        {
            reject(DecodeError.LENGTH_MISMATCH, buffer, offset, length);
            return false;
        }
        request.wrap(buffer, offset);
        return true;
    }

    private void checkTrailing(final DirectBuffer buffer, final int position, final int end)
    {
        if (position != end)
        {
            reject(DecodeError.TRAILING_BYTES, buffer, position, end - position);
        }
    }

    private void reject(final DecodeError error, final DirectBuffer buffer, final int offset, final int length)
    {
        errorCounters.increment(error);
        errorListener.onDecodeError(error, buffer, offset, length);
    }

    /**
     * Returns the header flyweight, wrapped over the packet being decoded during listener calls.
     *
     * @return the header of the current packet
     */
    public MoldUdp64Header header()
    {
        return header;
    }

    /**
     * Returns the counters of bad datagrams.
     *
     * @return this decoder's counters (live)
     */
    public DecodeErrorCounters errorCounters()
    {
        return errorCounters;
    }
}
