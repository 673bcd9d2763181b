package io.hftengine.replay.pcap;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.util.zip.GZIPInputStream;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * A gzipped capture read forward through a heap window: the unread tail moves to the front and the
 * rest is inflated, so a record is contiguous however it fell in the stream. The window starts at
 * {@link #INITIAL_BYTES} and doubles (a copy, once) when a record is longer. A stream cut short
 * simply ends, so the parser sees a truncated last record, as with a plain file cut short; corrupt
 * compressed data throws {@link UncheckedIOException} naming the offset.
 */
final class InflatingFileWindow extends CaptureWindow {
    static final int INITIAL_BYTES = 4 << 20;
    private static final int INFLATER_INPUT_BUFFER = 1 << 16;

    private final FileChannel channel;
    private final long fileLength;
    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[0]);
    private byte[] bytes = new byte[INITIAL_BYTES];
    private InputStream stream;
    private long windowStart;
    private long windowEnd;
    private boolean ended;
    private boolean cutShort;

    InflatingFileWindow(final FileChannel channel, final long fileLength) {
        this.channel = channel;
        this.fileLength = fileLength;
        buffer.wrap(bytes);
    }

    @Override
    UnsafeBuffer buffer() {
        return buffer;
    }

    @Override
    long available(final long position, final int wanted) {
        ensure(position, wanted);
        return Math.max(0, Math.min(wanted, windowEnd - position));
    }

    @Override
    int map(final long position, final int length) {
        return available(position, length) < length ? -1 : (int) (position - windowStart);
    }

    @Override
    long fileLength() {
        return fileLength;
    }

    @Override
    boolean compressed() {
        return true;
    }

    @Override
    boolean cutShort() {
        return cutShort;
    }

    @Override
    double progress(final long position) {
        try {
            // The inflater reads the channel: its position is the compressed bytes taken so far.
            return fileLength == 0 ? 1.0 : Math.min(1.0, (double) channel.position() / fileLength);
        } catch (final IOException closed) {
            return Double.NaN;
        }
    }

    private void ensure(final long position, final int wanted) {
        if (position < windowStart) {
            throw new IllegalStateException("a gzip stream reads forward only: " + position + " < " + windowStart);
        }
        if (position + wanted <= windowEnd || ended) {
            return;
        }
        final int keepFrom = (int) (position - windowStart);
        final int keep = (int) Math.max(0, windowEnd - position);
        if (wanted > bytes.length) {
            final byte[] larger = new byte[Math.max(wanted, bytes.length << 1)];
            System.arraycopy(bytes, keepFrom, larger, 0, keep);
            bytes = larger;
            buffer.wrap(bytes);
        } else {
            System.arraycopy(bytes, keepFrom, bytes, 0, keep);
        }
        windowStart = position;
        int filled = keep;
        try {
            if (stream == null) {
                stream = new GZIPInputStream(Channels.newInputStream(channel), INFLATER_INPUT_BUFFER);
            }
            int read;
            while (filled < bytes.length && (read = stream.read(bytes, filled, bytes.length - filled)) > 0) {
                filled += read;
            }
            ended = filled < bytes.length;
        } catch (final EOFException streamCutShort) {
            ended = true; // the parser finds the last record incomplete, or asks cutShort()
            cutShort = true;
        } catch (final IOException ex) {
            throw new UncheckedIOException("corrupt gzip data after " + (windowStart + filled)
                + " decompressed bytes: " + ex.getMessage(), ex);
        } finally {
            windowEnd = windowStart + filled;
        }
    }

    @Override
    public void close() {
        try {
            if (stream != null) {
                stream.close();
            }
        } catch (final IOException ignored) {
            // closing: the channel is closed by the reader
        }
    }
}
