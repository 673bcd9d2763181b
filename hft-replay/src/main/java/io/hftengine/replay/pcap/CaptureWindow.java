package io.hftengine.replay.pcap;

import org.agrona.concurrent.UnsafeBuffer;

/**
 * Where the parsers read a capture from, a record at a time, always moving forward: a memory map
 * ({@link MappedFileWindow}) or a gzip stream inflated into a heap window ({@link InflatingFileWindow}).
 * Every record handed out is contiguous in {@link #buffer()}. Single-threaded, except
 * {@link #progress(long)}, which another thread may call (it may lag).
 */
abstract class CaptureWindow implements AutoCloseable {
    /**
     * Returns the buffer {@link #map} indexes into; valid until the next {@code map} or
     * {@code available} call.
     *
     * @return the buffer
     */
    abstract UnsafeBuffer buffer();

    /**
     * Returns how many of the {@code wanted} bytes from {@code position} the capture holds, so
     * that fewer than {@code wanted} means the capture ends first.
     *
     * @param position a position at or after the last one mapped
     * @param wanted   bytes wanted
     * @return {@code wanted}, or the bytes left before the end when fewer
     */
    abstract long available(long position, int wanted);

    /**
     * Makes {@code [position, position + length)} addressable in {@link #buffer()}.
     *
     * @return the buffer index of {@code position}, or -1 when the range passes the end
     */
    abstract int map(long position, int length);

    /**
     * Returns the length of the file on disk (compressed, for a gzipped capture).
     *
     * @return bytes
     */
    abstract long fileLength();

    /**
     * Tells whether the data stopped before its end was due: a gzip stream without its trailer.
     * A plain file cannot tell.
     *
     * @return true when the capture is known to be cut short
     */
    abstract boolean cutShort();

    /**
     * Tells whether the capture is gzipped.
     *
     * @return true for a gzip stream
     */
    abstract boolean compressed();

    /**
     * Returns how far through the file the reading is.
     *
     * @param position the parser's position in the capture
     * @return 0 to 1
     */
    abstract double progress(long position);

    @Override
    public abstract void close();
}
