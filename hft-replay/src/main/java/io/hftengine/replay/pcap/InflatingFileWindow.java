package io.hftengine.replay.pcap;

import io.hftengine.protocol.internal.InflatingWindow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * A gzipped capture read forward through hft-protocol's {@link InflatingWindow} (the one the
 * BinaryFILE reader uses): a record is contiguous however it fell in the stream, and the window
 * grows (once) for a record longer than {@link #INITIAL_BYTES}. A stream cut short simply ends, so
 * the parser sees a truncated last record, or asks {@link #cutShort()}; corrupt compressed data
 * throws {@link UncheckedIOException} naming the offset.
 */
final class InflatingFileWindow extends CaptureWindow {
    static final int INITIAL_BYTES = 4 << 20;

    private final long fileLength;
    private final InflatingWindow inflater;
    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[0]);
    private long windowStart;
    private long windowEnd;

    InflatingFileWindow(final FileChannel channel, final long fileLength) {
        this.fileLength = fileLength;
        this.inflater = new InflatingWindow(channel, INITIAL_BYTES);
        buffer.wrap(inflater.bytes());
    }

    static boolean isGzip(final FileChannel channel) throws IOException {
        return InflatingWindow.isGzip(channel);
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
        return inflater.truncated();
    }

    @Override
    double progress(final long position) {
        return fileLength == 0 ? 1.0 : Math.min(1.0, (double) inflater.compressedBytesRead() / fileLength);
    }

    private void ensure(final long position, final int wanted) {
        if (position < windowStart) {
            throw new IllegalStateException("a gzip stream reads forward only: " + position + " < " + windowStart);
        }
        if (position + wanted <= windowEnd || inflater.ended()) {
            return;
        }
        final int keep = (int) Math.max(0, windowEnd - position);
        final int filled;
        try {
            filled = inflater.refill((int) (position - windowStart), keep, position, wanted);
        } catch (final IOException corrupt) {
            throw new UncheckedIOException(corrupt.getMessage(), corrupt);
        }
        if (buffer.byteArray() != inflater.bytes()) {
            buffer.wrap(inflater.bytes()); // grown for a longer record
        }
        windowStart = position;
        windowEnd = position + filled;
    }

    @Override
    public void close() {
        try {
            inflater.close();
        } catch (final IOException ignored) {
            // closing: the channel is closed by the reader
        }
    }
}
