package io.hftengine.pipeline.journal;

import org.agrona.IoUtil;
import org.agrona.concurrent.UnsafeBuffer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads a journal written by {@link JournalWriter} (slow path: tools, tests, hft-replay users,
 * a writer continuing a journal). Stops at the first zero length (end of a crashed or live file)
 * or at a record that would run past the file, or whose length no writer makes; the latter, and
 * a zero length with records written after it (a stretch of zeros inside the journal), it reports
 * through {@link #truncatedTail()} instead of failing. Maps the file a window at a time, so a
 * journal of any size is read (one over 2 GiB on a busy day, or pre-extended past it by a writer
 * that crashed).
 */
public final class JournalReader {
    /** Bytes mapped at a time. */
    private static final long WINDOW = 64L << 20;
    private static final int MAX_RECORD_LENGTH = JournalDescriptor.RECORD_HEADER_LENGTH + JournalDescriptor.MAX_PAYLOAD;
    /**
     * How far past a zero length records are looked for. The writer forces each window to disk
     * before it maps the next, so a stretch the OS lost lies in the last window, with anything
     * written after it: 64 MiB covers windows up to that size (the default is 16 MiB) and bounds
     * the read of a crashed journal's pre-extended zeros (up to a 1 GiB window, or sparse).
     */
    private static final long HOLE_LOOKAHEAD = 64L << 20;

    /** {@link #locate()} of a record written before records carried one. */
    public static final int NO_LOCATE = -1;

    private boolean truncatedTail;
    private long endPosition;
    private int locate = NO_LOCATE;
    private byte flags;

    /** Creates a reader. */
    public JournalReader() {
    }

    /**
     * Reads every complete record of a file. The buffer handed to the handler is valid only
     * during the call.
     *
     * @param path the journal
     * @param handler receives each record in order
     * @return records read
     * @throws IllegalArgumentException when the file is not a journal
     * @throws UncheckedIOException on I/O failure
     */
    public long read(final Path path, final JournalRecordHandler handler) {
        truncatedTail = false;
        endPosition = 0;
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            final long size = channel.size();
            if (size < JournalDescriptor.FILE_HEADER_LENGTH) {
                throw new IllegalArgumentException("not a journal (size " + size + "): " + path);
            }
            return readAll(channel, size, path, handler);
        } catch (final IOException ex) {
            throw new UncheckedIOException("cannot read journal " + path, ex);
        }
    }

    private long readAll(final FileChannel channel, final long size, final Path path,
                         final JournalRecordHandler handler) throws IOException {
        final UnsafeBuffer window = new UnsafeBuffer(0, 0);
        MappedByteBuffer mapped = map(channel, 0, size, window);
        long windowStart = 0;
        try {
            if (window.getLong(0, ByteOrder.LITTLE_ENDIAN) != JournalDescriptor.MAGIC
                || window.getInt(JournalDescriptor.VERSION_OFFSET, ByteOrder.LITTLE_ENDIAN) != JournalDescriptor.VERSION) {
                throw new IllegalArgumentException("bad journal magic or version: " + path);
            }
            long count = 0;
            long at = window.getInt(JournalDescriptor.HEADER_LENGTH_OFFSET, ByteOrder.LITTLE_ENDIAN);
            if (at < JournalDescriptor.FILE_HEADER_LENGTH || at > size || (at & 7) != 0) {
                throw new IllegalArgumentException("bad journal header (first record at " + at + " of " + size
                    + " bytes): " + path);
            }
            while (at + 4 <= size) {
                // A window always holds a whole record from where it starts, as far as the file goes.
                if (at + MAX_RECORD_LENGTH > windowStart + window.capacity() && windowStart + window.capacity() < size) {
                    IoUtil.unmap(mapped);
                    mapped = null; // not unmapped twice if the next map fails
                    mapped = map(channel, at, size, window);
                    windowStart = at;
                }
                final int offset = (int) (at - windowStart);
                final int length = window.getIntVolatile(offset);
                if (length == 0) {
                    // The end only if nothing was written after it: records behind a stretch of
                    // zeros (a page lost in a power cut, a damaged block) make the journal
                    // corrupt, or a writer continuing it would truncate them away. Re-read after
                    // the scan: a live writer may have stored this length meanwhile.
                    if (holdsDataAfter(channel, at, size) && window.getIntVolatile(offset) == 0) {
                        truncatedTail = true;
                    }
                    break;
                }
                // No record the writer makes is longer than a header and the largest payload;
                // compared without adding to at, which could overflow.
                if (length < JournalDescriptor.RECORD_HEADER_LENGTH || length > MAX_RECORD_LENGTH || length > size - at) {
                    truncatedTail = true;
                    break;
                }
                flags = window.getByte(offset + JournalDescriptor.FLAGS_OFFSET);
                locate = (flags & JournalDescriptor.FLAG_LOCATE_AND_VENUE_SEQUENCE) == 0 ? NO_LOCATE
                    : window.getShort(offset + JournalDescriptor.LOCATE_OFFSET, ByteOrder.LITTLE_ENDIAN) & 0xFFFF;
                handler.onRecord(window.getByte(offset + JournalDescriptor.DIRECTION_OFFSET),
                    window.getLong(offset + JournalDescriptor.TIME_OFFSET, ByteOrder.LITTLE_ENDIAN),
                    window.getLong(offset + JournalDescriptor.ORDER_ID_OFFSET, ByteOrder.LITTLE_ENDIAN),
                    window.getLong(offset + JournalDescriptor.FEED_SEQUENCE_OFFSET, ByteOrder.LITTLE_ENDIAN),
                    window, offset + JournalDescriptor.RECORD_HEADER_LENGTH, length - JournalDescriptor.RECORD_HEADER_LENGTH);
                count++;
                at += (length + 7) & ~7;
            }
            endPosition = at;
            return count;
        } finally {
            if (mapped != null) {
                IoUtil.unmap(mapped);
            }
        }
    }

    /**
     * Whether any byte after the record that would start at {@code at} is non-zero, looking
     * {@link #HOLE_LOOKAHEAD} bytes ahead. The first record's worth of bytes is left out: a crash
     * can leave the body of the record it was writing without its length, which is stored last.
     * Slow path, read once at recovery.
     */
    private static boolean holdsDataAfter(final FileChannel channel, final long at, final long size)
        throws IOException {
        final ByteBuffer zeros = ByteBuffer.allocate(1 << 20);
        final ByteBuffer chunk = ByteBuffer.allocate(1 << 20);
        final long end = Math.min(size, at + MAX_RECORD_LENGTH + HOLE_LOOKAHEAD);
        for (long from = at + MAX_RECORD_LENGTH; from < end; ) {
            chunk.clear().limit((int) Math.min(chunk.capacity(), end - from));
            final int read = channel.read(chunk, from);
            if (read <= 0) {
                return false;
            }
            chunk.flip();
            if (chunk.mismatch(zeros.clear().limit(read)) >= 0) {
                return true;
            }
            from += read;
        }
        return false;
    }

    private static MappedByteBuffer map(final FileChannel channel, final long start, final long size,
                                        final UnsafeBuffer window) throws IOException {
        final MappedByteBuffer mapped = channel.map(FileChannel.MapMode.READ_ONLY, start, Math.min(WINDOW, size - start));
        window.wrap(mapped);
        return mapped;
    }

    /**
     * During {@link JournalRecordHandler#onRecord}: the record's stock locate (0 for a record
     * without one), or {@link #NO_LOCATE} when the record was written before records carried a
     * locate and the venue's sequence number of inbound replies (see {@link JournalDescriptor}).
     *
     * @return the stock locate, 0, or {@link #NO_LOCATE}
     */
    public int locate() {
        return locate;
    }

    /**
     * During {@link JournalRecordHandler#onRecord}: whether records were dropped just before this
     * one ({@link JournalDescriptor#FLAG_AFTER_DROP}).
     *
     * @return true when the journal misses records before this one
     */
    public boolean afterDrop() {
        return (flags & JournalDescriptor.FLAG_AFTER_DROP) != 0;
    }

    /**
     * Returns whether the last read stopped at a record that ran past the end of the file, at a
     * length no writer makes, or at a zero length with records after it (a corrupt journal).
     *
     * @return whether the last read stopped at a record that ran past the end of the file
     */
    public boolean truncatedTail() {
        return truncatedTail;
    }

    /**
     * Returns where the last read stopped: the byte offset just after the last complete record
     * (8-byte aligned), where a writer continuing the journal appends.
     *
     * @return the file offset after the last record read
     */
    public long endPosition() {
        return endPosition;
    }
}
