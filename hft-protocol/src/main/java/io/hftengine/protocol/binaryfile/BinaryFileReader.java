package io.hftengine.protocol.binaryfile;

import static java.nio.ByteOrder.BIG_ENDIAN;

import io.hftengine.protocol.DecodeError;
import io.hftengine.protocol.DecodeErrorCounters;
import io.hftengine.protocol.DecodeErrorListener;
import io.hftengine.protocol.MessageHandler;
import io.hftengine.protocol.internal.InflatingWindow;
import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.agrona.IoUtil;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Reads a BinaryFILE (2-byte length + message, as NASDAQ's daily ITCH files) of any size through a
 * memory-mapped window, and hands each message to a {@link MessageHandler} in place.
 *
 * <p>Files are 9 to 20 GB, beyond one {@code MappedByteBuffer}, so the file is mapped one window at
 * a time (1 GiB by default). When a frame would straddle the end of the window, the next window is
 * mapped starting at that frame, so every message is contiguous when handed out. Remapping happens
 * once a window, never per message; the message path allocates nothing.
 *
 * <p>Gzip: NASDAQ publishes its daily files gzipped ({@code 01302020.NASDAQ_ITCH50.gz}). A file that
 * starts with the gzip magic ({@code 1f 8b}, which as a length prefix would announce an 8,075-byte
 * message, longer than any ITCH message) is decompressed as it is read, through a heap window of at
 * most {@link #MAX_STREAM_WINDOW_SIZE} bytes refilled in place, so a 12 GB day needs no disk space and
 * the message path still allocates nothing. Concatenated gzip members are read as one stream.
 *
 * <p>Bad framing: a zero length prefix is counted ({@link DecodeError#EMPTY_MESSAGE}) and skipped;
 * a last frame cut short by the end of the file is counted ({@link DecodeError#TRUNCATED_MESSAGE})
 * and ends the read; so does a gzip stream that stops before its trailer (a download cut short),
 * counted once as {@link DecodeError#TRUNCATED_MESSAGE} even where it stopped between two frames.
 * Corrupt compressed data (a bad block or checksum) is not framing: {@link #poll} throws an
 * {@code IOException} that says how far the read got. Not thread-safe. Close it to unmap the window
 * and close the file.
 */
public final class BinaryFileReader implements AutoCloseable
{
    /** The default window: 1 GiB. */
    public static final int DEFAULT_WINDOW_SIZE = 1 << 30;
    /** The smallest window allowed: one frame of the largest size. */
    public static final int MIN_WINDOW_SIZE = BinaryFileDescriptor.MAX_FRAME_LENGTH;
    /** The largest heap window used for a gzipped file: 8 MiB (refilled, not mapped). */
    public static final int MAX_STREAM_WINDOW_SIZE = 8 << 20;

    private final FileChannel channel;
    /** The heap window of a gzipped file; {@code null} when the file is mapped. */
    private final InflatingWindow inflating;
    private final long fileSize;
    private final int windowSize;
    private final DecodeErrorListener errorListener;
    private final DecodeErrorCounters errorCounters = new DecodeErrorCounters();
    private final UnsafeBuffer window = new UnsafeBuffer(0, 0);
    private MappedByteBuffer mapped;
    private long windowStart;
    private int windowLength;
    private int position;
    private long messagesRead;
    private long windowsMapped;
    private boolean atEnd;

    private BinaryFileReader(
        final FileChannel channel, final int windowSize, final DecodeErrorListener errorListener) throws IOException
    {
        this.channel = channel;
        this.fileSize = channel.size();
        this.windowSize = windowSize;
        this.errorListener = errorListener;
        this.atEnd = 0 == fileSize;
        this.inflating = InflatingWindow.isGzip(channel)
            ? new InflatingWindow(channel, Math.min(windowSize, MAX_STREAM_WINDOW_SIZE)) : null;
    }

    /**
     * Opens a file with the default window size.
     *
     * @param path the file to read
     * @return an open reader positioned at the first frame
     * @throws IOException if the file cannot be opened
     */
    public static BinaryFileReader open(final Path path) throws IOException
    {
        return open(path, DEFAULT_WINDOW_SIZE, DecodeErrorListener.NO_OP);
    }

    /**
     * Opens a file.
     *
     * @param path the file to read
     * @param windowSize bytes mapped at a time, from {@link #MIN_WINDOW_SIZE} to
     *                   {@link Integer#MAX_VALUE} (for a gzipped file, bytes decompressed ahead, at
     *                   most {@link #MAX_STREAM_WINDOW_SIZE})
     * @param errorListener told about each bad frame, after it has been counted
     * @return an open reader positioned at the first frame
     * @throws IOException if the file cannot be opened
     * @throws IllegalArgumentException if {@code windowSize} is below {@link #MIN_WINDOW_SIZE}
     */
    public static BinaryFileReader open(final Path path, final int windowSize, final DecodeErrorListener errorListener)
        throws IOException
    {
        if (windowSize < MIN_WINDOW_SIZE)
        {
            throw new IllegalArgumentException("windowSize < " + MIN_WINDOW_SIZE + ": " + windowSize);
        }
        final FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
        try
        {
            return new BinaryFileReader(channel, windowSize, errorListener);
        }
        catch (final IOException | RuntimeException ex)
        {
            channel.close();
            throw ex;
        }
    }

    /**
     * Delivers up to {@code limit} messages.
     *
     * @param handler receives each message
     * @param limit the most messages to deliver in this call
     * @return the number delivered; 0 once {@link #isAtEnd()}
     * @throws IOException if mapping the next window fails, or a gzipped file's data is corrupt
     */
    public int poll(final MessageHandler handler, final int limit) throws IOException
    {
        int delivered = 0;
        while (delivered < limit && !atEnd)
        {
            if (!ensureAvailable(BinaryFileDescriptor.LENGTH_PREFIX_SIZE))
            {
                endOfFile();
                break;
            }
            final int messageLength = window.getShort(position, BIG_ENDIAN) & 0xFFFF;
            if (0 == messageLength)
            {
                position += BinaryFileDescriptor.LENGTH_PREFIX_SIZE;
                reportError(DecodeError.EMPTY_MESSAGE, position, 0);
                continue;
            }
            if (!ensureAvailable(BinaryFileDescriptor.LENGTH_PREFIX_SIZE + messageLength))
            {
                endOfFile();
                break;
            }
            final int messageOffset = position + BinaryFileDescriptor.LENGTH_PREFIX_SIZE;
            position = messageOffset + messageLength;
            messagesRead++;
            delivered++;
            handler.onMessage(window, messageOffset, messageLength);
        }
        return delivered;
    }

    /**
     * Delivers every remaining message.
     *
     * @param handler receives each message
     * @return the number delivered by this call
     * @throws IOException if mapping a window fails
     */
    public long readAll(final MessageHandler handler) throws IOException
    {
        long total = 0;
        int delivered;
        while ((delivered = poll(handler, Integer.MAX_VALUE)) > 0)
        {
            total += delivered;
        }
        return total;
    }

    private boolean ensureAvailable(final int bytes) throws IOException
    {
        if (windowLength - position >= bytes)
        {
            return true;
        }
        if (null != inflating)
        {
            return refill(bytes);
        }
        final long fileOffset = windowStart + position;
        if (windowStart + windowLength >= fileSize && null != mapped)
        {
            return false;
        }
        map(fileOffset);
        return windowLength - position >= bytes;
    }

    private void map(final long fileOffset) throws IOException
    {
        unmap();
        final int length = (int)Math.min(windowSize, fileSize - fileOffset);
        mapped = channel.map(FileChannel.MapMode.READ_ONLY, fileOffset, length);
        window.wrap(mapped);
        windowStart = fileOffset;
        windowLength = length;
        position = 0;
        windowsMapped++;
    }

    /** Moves the unread tail of the heap window to its start and decompresses after it. */
    private boolean refill(final int bytes) throws IOException
    {
        if (inflating.ended())
        {
            return false;
        }
        if (0 == windowsMapped)
        {
            window.wrap(inflating.bytes());
        }
        final long newStart = windowStart + position;
        final int filled = inflating.refill(position, windowLength - position, newStart, 0);
        windowStart = newStart; // only once the refill has not thrown
        windowLength = filled;
        position = 0;
        windowsMapped++;
        return windowLength >= bytes;
    }

    private void endOfFile()
    {
        final int left = windowLength - position;
        if (left > 0)
        {
            reportError(DecodeError.TRUNCATED_MESSAGE, position, left);
            position = windowLength;
        }
        else if (null != inflating && inflating.truncated())
        {
            reportError(DecodeError.TRUNCATED_MESSAGE, position, 0);
        }
        atEnd = true;
    }

    private void reportError(final DecodeError error, final int offset, final int length)
    {
        errorCounters.increment(error);
        errorListener.onDecodeError(error, window, offset, length);
    }

    private void unmap()
    {
        if (null != mapped)
        {
            window.wrap(0, 0);
            IoUtil.unmap(mapped);
            mapped = null;
        }
    }

    /**
     * Tells whether every frame has been read (or the file ended in a truncated frame).
     *
     * @return {@code true} at the end of the file
     */
    public boolean isAtEnd()
    {
        return atEnd;
    }

    /**
     * Returns the offset of the next frame (in the decompressed stream for a gzipped file).
     *
     * @return bytes consumed so far
     */
    public long position()
    {
        return windowStart + position;
    }

    /**
     * Returns the size of the file on disk (compressed, for a gzipped file).
     *
     * @return bytes
     */
    public long fileSize()
    {
        return fileSize;
    }

    /**
     * Returns the number of messages delivered since the file was opened.
     *
     * @return messages delivered
     */
    public long messagesRead()
    {
        return messagesRead;
    }

    /**
     * Returns how far through the file the reader is, for a progress display: by bytes of the file
     * (compressed bytes for a gzipped file). Safe to call from another thread: it may lag.
     *
     * @return 0 to 1
     */
    public double progress()
    {
        if (0 == fileSize)
        {
            return 1.0;
        }
        final long done = null != inflating ? inflating.compressedBytesRead() : windowStart + position;
        return Math.min(1.0, (double)done / fileSize);
    }

    /**
     * Tells whether the file is gzipped and decompressed as it is read.
     *
     * @return {@code true} for a gzipped file
     */
    public boolean isCompressed()
    {
        return null != inflating;
    }

    /**
     * Returns how many windows have been mapped (or, for a gzipped file, refilled) so far: a
     * measure of remapping cost.
     *
     * @return windows mapped or refilled
     */
    public long windowsMapped()
    {
        return windowsMapped;
    }

    /**
     * Returns the counters of bad frames.
     *
     * @return this reader's counters (live)
     */
    public DecodeErrorCounters errorCounters()
    {
        return errorCounters;
    }

    /**
     * Unmaps the window and closes the file. Messages handed out earlier must no longer be read.
     *
     * @throws IOException if closing the file fails
     */
    @Override
    public void close() throws IOException
    {
        unmap();
        if (null != inflating)
        {
            inflating.close();
        }
        channel.close();
    }
}
