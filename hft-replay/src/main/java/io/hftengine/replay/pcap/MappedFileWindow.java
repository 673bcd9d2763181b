package io.hftengine.replay.pcap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import org.agrona.IoUtil;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * A read-only view of a file of any length through one memory-mapped window at a time.
 *
 * <p>A {@link MappedByteBuffer} cannot exceed 2 GiB, so larger files are read window by window.
 * A record that straddles the end of the window is handled by remapping with the window starting
 * at the record itself, so every record is contiguous in {@link #buffer()}. Remapping allocates a
 * little (one buffer object per window), never per record. Single-threaded.
 */
final class MappedFileWindow extends CaptureWindow {
    private final FileChannel channel;
    private final long fileLength;
    private final int windowBytes;
    private static final byte[] EMPTY = new byte[0];
    private final UnsafeBuffer buffer = new UnsafeBuffer(EMPTY);
    private MappedByteBuffer mapped;
    private long windowStart;
    private long windowEnd;

    MappedFileWindow(final FileChannel channel, final long fileLength, final int windowBytes) {
        if (windowBytes < 4096) {
            throw new IllegalArgumentException("windowBytes must be at least 4096: " + windowBytes);
        }
        this.channel = channel;
        this.fileLength = fileLength;
        this.windowBytes = windowBytes;
    }

    @Override
    long fileLength() {
        return fileLength;
    }

    @Override
    UnsafeBuffer buffer() {
        return buffer;
    }

    @Override
    long available(final long position, final int wanted) {
        return Math.max(0, Math.min(wanted, fileLength - position));
    }

    @Override
    boolean compressed() {
        return false;
    }

    @Override
    boolean cutShort() {
        return false;
    }

    @Override
    double progress(final long position) {
        return fileLength == 0 ? 1.0 : Math.min(1.0, (double) position / fileLength);
    }

    @Override
    int map(final long position, final int length) {
        if (length < 0 || position < 0 || position + length > fileLength) {
            return -1;
        }
        if (position < windowStart || position + length > windowEnd) {
            remap(position, length);
        }
        return (int) (position - windowStart);
    }

    private void remap(final long position, final int length) {
        final long size = Math.min(Math.max(windowBytes, length), fileLength - position);
        unmapCurrent();
        try {
            mapped = channel.map(FileChannel.MapMode.READ_ONLY, position, size);
        } catch (final IOException ex) {
            throw new UncheckedIOException("cannot map " + size + " bytes at " + position, ex);
        }
        buffer.wrap(mapped);
        windowStart = position;
        windowEnd = position + size;
    }

    private void unmapCurrent() {
        if (mapped != null) {
            buffer.wrap(EMPTY);
            IoUtil.unmap(mapped);
            mapped = null;
            windowStart = 0;
            windowEnd = 0;
        }
    }

    @Override
    public void close() {
        unmapCurrent();
    }
}
