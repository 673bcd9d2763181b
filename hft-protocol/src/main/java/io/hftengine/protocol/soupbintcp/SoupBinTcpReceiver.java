package io.hftengine.protocol.soupbintcp;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Reassembles a SoupBinTCP stream that arrives in arbitrary pieces (partial reads, packets split
 * across reads, many packets per read) and feeds whole packets to a {@link SoupBinTcpDecoder}.
 *
 * <p>Packets that arrive whole are decoded where they lie; only the bytes of a packet cut by the
 * end of a read are kept, in a staging buffer that holds the largest possible packet twice over.
 * Allocation-free after construction; not thread-safe.
 */
public final class SoupBinTcpReceiver
{
    /** Capacity of the staging buffer: room for two of the largest packets. */
    public static final int STAGING_CAPACITY = 2 * SoupBinTcpDescriptor.MAX_PACKET_SIZE;

    private final SoupBinTcpDecoder decoder;
    private final ByteBuffer stagingBytes = ByteBuffer.allocateDirect(STAGING_CAPACITY);
    private final UnsafeBuffer staging = new UnsafeBuffer(stagingBytes);
    private int pending;

    /**
     * Creates a receiver.
     *
     * @param decoder decodes each whole packet
     */
    public SoupBinTcpReceiver(final SoupBinTcpDecoder decoder)
    {
        this.decoder = decoder;
    }

    /**
     * Takes the next bytes of the stream, in order, and dispatches every packet they complete.
     *
     * @param src the buffer holding the bytes
     * @param offset where they start
     * @param length how many
     */
    public void onBytes(final DirectBuffer src, final int offset, final int length)
    {
        int position = offset;
        final int end = offset + length;
        if (0 == pending)
        {
            position += decoder.decode(src, offset, length);
        }
        while (position < end)
        {
            final int n = Math.min(STAGING_CAPACITY - pending, end - position);
            staging.putBytes(pending, src, position, n);
            pending += n;
            position += n;
            drainStaging();
        }
    }

    /**
     * Reads once from a channel into the staging buffer and dispatches every packet completed.
     *
     * @param channel a connected channel (blocking or not)
     * @return bytes read, 0 if none were ready, -1 at end of stream
     * @throws IOException if the read fails
     */
    public int read(final ReadableByteChannel channel) throws IOException
    {
        stagingBytes.limit(STAGING_CAPACITY).position(pending);
        final int read = channel.read(stagingBytes);
        if (read > 0)
        {
            pending += read;
            drainStaging();
        }
        return read;
    }

    private void drainStaging()
    {
        final int consumed = decoder.decode(staging, 0, pending);
        if (consumed > 0)
        {
            // Unsafe.copyMemory (under putBytes) is safe for overlapping regions.
            staging.putBytes(0, staging, consumed, pending - consumed);
            pending -= consumed;
        }
    }

    /**
     * Returns the bytes held for a packet not yet complete.
     *
     * @return bytes waiting for the rest of their packet
     */
    public int pendingBytes()
    {
        return pending;
    }

    /**
     * Returns the decoder fed by this receiver.
     *
     * @return the decoder
     */
    public SoupBinTcpDecoder decoder()
    {
        return decoder;
    }
}
