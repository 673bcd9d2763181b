package io.hftengine.protocol.binaryfile;

import static java.nio.ByteOrder.BIG_ENDIAN;

import io.hftengine.protocol.DecodeError;
import io.hftengine.protocol.DecodeErrorCounters;
import io.hftengine.protocol.DecodeErrorListener;
import io.hftengine.protocol.MessageHandler;
import org.agrona.DirectBuffer;

/**
 * Cuts BinaryFILE frames out of a buffer already in memory and hands each message to a
 * {@link MessageHandler} in place.
 *
 * <p>A zero length prefix is counted as {@link DecodeError#EMPTY_MESSAGE} and skipped. A frame cut
 * off by the end of the region is left unconsumed, because more bytes may follow (the caller
 * decides whether that is an error). Allocation-free; not thread-safe.
 */
public final class BinaryFileFrameDecoder
{
    private final DecodeErrorCounters errorCounters = new DecodeErrorCounters();
    private final DecodeErrorListener errorListener;

    /**
     * Creates a decoder that only counts errors.
     */
    public BinaryFileFrameDecoder()
    {
        this(DecodeErrorListener.NO_OP);
    }

    /**
     * Creates a decoder.
     *
     * @param errorListener told about each empty frame, after it has been counted
     */
    public BinaryFileFrameDecoder(final DecodeErrorListener errorListener)
    {
        this.errorListener = errorListener;
    }

    /**
     * Delivers every complete frame in {@code [offset, offset + length)}.
     *
     * @param buffer the buffer holding the frames
     * @param offset where the first frame's length prefix starts
     * @param length how many bytes to look at; must lie inside the buffer
     * @param handler receives each message
     * @return the number of bytes consumed: the end of the last complete frame
     * @throws IllegalArgumentException if the region does not lie inside the buffer
     */
    public int decode(final DirectBuffer buffer, final int offset, final int length, final MessageHandler handler)
    {
        if (offset < 0 || length < 0 || length > buffer.capacity() - offset)
        {
            throw new IllegalArgumentException("region outside buffer: offset=" + offset + " length=" + length);
        }
        final int end = offset + length;
        int position = offset;
        while (end - position >= BinaryFileDescriptor.LENGTH_PREFIX_SIZE)
        {
            final int messageLength = buffer.getShort(position, BIG_ENDIAN) & 0xFFFF;
            final int messageOffset = position + BinaryFileDescriptor.LENGTH_PREFIX_SIZE;
            if (0 == messageLength)
            {
                errorCounters.increment(DecodeError.EMPTY_MESSAGE);
                errorListener.onDecodeError(DecodeError.EMPTY_MESSAGE, buffer, messageOffset, 0);
                position = messageOffset;
                continue;
            }
            if (messageLength > end - messageOffset)
            {
                break;
            }
            handler.onMessage(buffer, messageOffset, messageLength);
            position = messageOffset + messageLength;
        }
        return position - offset;
    }

    /**
     * Returns the counters of rejected frames.
     *
     * @return this decoder's counters (live)
     */
    public DecodeErrorCounters errorCounters()
    {
        return errorCounters;
    }
}
