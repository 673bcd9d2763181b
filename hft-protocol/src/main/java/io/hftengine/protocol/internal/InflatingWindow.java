package io.hftengine.protocol.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.util.zip.GZIPInputStream;

/**
 * The heap window of a gzipped file read forward (a BinaryFILE here, a capture in hft-replay): the
 * unread tail is moved to the front and the rest of the window is filled by inflating, so a frame
 * or record is always contiguous; the window grows (a copy, once) when one is longer than it. The
 * gzip header is read at the first fill, so a file cut inside it is a truncation like any other.
 * Single-threaded, except {@link #compressedBytesRead()}, which another thread may call for progress.
 */
public final class InflatingWindow implements AutoCloseable
{
    private static final int GZIP_MAGIC = 0x1F8B;
    private static final int INFLATER_INPUT_BUFFER = 1 << 16;

    private final FileChannel channel;
    private byte[] bytes;
    private InputStream stream;
    private boolean ended;
    private boolean truncated;

    /**
     * Creates the window; nothing is read until the first {@link #refill}.
     *
     * @param channel the gzipped file, at position 0
     * @param size    the window's first size in bytes
     */
    public InflatingWindow(final FileChannel channel, final int size)
    {
        this.channel = channel;
        this.bytes = new byte[size];
    }

    /**
     * Tells whether a file starts with the gzip magic, without moving the channel's position.
     *
     * @param channel the file
     * @return true for a gzip file
     * @throws IOException when the file cannot be read
     */
    public static boolean isGzip(final FileChannel channel) throws IOException
    {
        final ByteBuffer magic = ByteBuffer.allocate(2);
        while (magic.hasRemaining() && channel.read(magic, magic.position()) > 0)
        {
            continue; // a positional read leaves the channel at 0 for the stream
        }
        return !magic.hasRemaining() && (magic.getShort(0) & 0xFFFF) == GZIP_MAGIC;
    }

    /**
     * Returns the window's bytes: a new array after a refill that had to grow it.
     *
     * @return the window
     */
    public byte[] bytes()
    {
        return bytes;
    }

    /**
     * Keeps {@code [from, from + length)} at the front and inflates after it until the window is
     * full or the stream ends, first growing the window to {@code capacity} if it is smaller.
     *
     * @param from               where the bytes to keep start
     * @param length             how many to keep
     * @param decompressedOffset the stream offset of {@code from}, for the error message
     * @param capacity           the least size the window must have
     * @return the bytes now in the window
     * @throws IOException naming the offset, when the compressed data is corrupt
     */
    public int refill(final int from, final int length, final long decompressedOffset, final int capacity)
        throws IOException
    {
        if (capacity > bytes.length)
        {
            final byte[] larger = new byte[Math.max(capacity, bytes.length << 1)];
            System.arraycopy(bytes, from, larger, 0, length);
            bytes = larger;
        }
        else
        {
            System.arraycopy(bytes, from, bytes, 0, length);
        }
        int filled = length;
        try
        {
            if (null == stream)
            {
                stream = new GZIPInputStream(Channels.newInputStream(channel), INFLATER_INPUT_BUFFER);
            }
            int read;
            while (filled < bytes.length && (read = stream.read(bytes, filled, bytes.length - filled)) > 0)
            {
                filled += read;
            }
            ended = filled < bytes.length;
        }
        catch (final EOFException ex)
        {
            // The compressed stream stopped before its trailer: the file was cut short.
            ended = true;
            truncated = true;
        }
        catch (final IOException ex)
        {
            throw new IOException("corrupt gzip data after " + (decompressedOffset + filled)
                + " decompressed bytes: " + ex.getMessage(), ex);
        }
        return filled;
    }

    /**
     * Tells whether the stream has no more bytes: {@link #refill} adds nothing now.
     *
     * @return true at the end of the stream
     */
    public boolean ended()
    {
        return ended;
    }

    /**
     * Tells whether the stream stopped before its gzip trailer: the file was cut short.
     *
     * @return true for a cut stream
     */
    public boolean truncated()
    {
        return truncated;
    }

    /**
     * Returns the compressed bytes the inflater has taken: the channel's position, since it reads
     * the channel. Safe to call from another thread.
     *
     * @return bytes of the file read, 0 once closed
     */
    public long compressedBytesRead()
    {
        try
        {
            return channel.position();
        }
        catch (final IOException closed)
        {
            return 0;
        }
    }

    /**
     * Closes the inflater (the caller closes the channel).
     *
     * @throws IOException if closing fails
     */
    @Override
    public void close() throws IOException
    {
        if (null != stream)
        {
            stream.close();
        }
    }
}
