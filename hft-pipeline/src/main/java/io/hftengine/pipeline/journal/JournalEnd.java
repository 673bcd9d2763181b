package io.hftengine.pipeline.journal;

import org.agrona.IoUtil;
import org.agrona.concurrent.UnsafeBuffer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Where an existing journal's records end, for a writer that goes on after them.
 *
 * @param position the byte offset just after the last complete record (8-byte aligned)
 * @param records complete records in the file
 * @param highestOrderId the largest client order id any record carries, 0 for none
 */
public record JournalEnd(long position, long records, long highestOrderId) {
    /** Bytes mapped at a time: any file size works, as the writer's long positions allow. */
    private static final long SCAN_WINDOW = 64L << 20;
    private static final int MAX_RECORD_LENGTH = JournalDescriptor.RECORD_HEADER_LENGTH + JournalDescriptor.MAX_PAYLOAD;

    /**
     * Reads a journal to its end (the first zero record length), a window at a time, so that a
     * journal of any size (over 2 GiB on a busy day, or pre-extended past it by a crashed writer)
     * can be continued.
     *
     * @param path an existing journal
     * @return where its records end
     * @throws IllegalArgumentException when the file is not a journal, or stops at a record no
     *         writer makes (corrupt: continuing it would bury the damage under new records)
     * @throws java.io.UncheckedIOException when it cannot be read
     */
    public static JournalEnd of(final Path path) {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            return scan(channel, path);
        } catch (final IOException ex) {
            throw new UncheckedIOException("cannot read journal " + path, ex);
        }
    }

    private static JournalEnd scan(final FileChannel channel, final Path path) throws IOException {
        final long size = channel.size();
        if (size < JournalDescriptor.FILE_HEADER_LENGTH) {
            throw new IllegalArgumentException("not a journal (size " + size + "): " + path);
        }
        final UnsafeBuffer window = new UnsafeBuffer(0, 0);
        MappedByteBuffer mapped = map(channel, 0, size, window);
        long windowStart = 0;
        try {
            if (window.getLong(0, ByteOrder.LITTLE_ENDIAN) != JournalDescriptor.MAGIC
                || window.getInt(JournalDescriptor.VERSION_OFFSET, ByteOrder.LITTLE_ENDIAN) != JournalDescriptor.VERSION) {
                throw new IllegalArgumentException("bad journal magic or version: " + path);
            }
            long at = window.getInt(JournalDescriptor.HEADER_LENGTH_OFFSET, ByteOrder.LITTLE_ENDIAN);
            if (at < JournalDescriptor.FILE_HEADER_LENGTH || at > size || (at & 7) != 0) {
                throw new IllegalArgumentException("bad journal header (first record at " + at + " of " + size
                    + " bytes): " + path);
            }
            long records = 0;
            long highestOrderId = 0;
            while (at + 4 <= size) {
                // A window always holds a whole record from where it starts, as far as the file goes.
                if (at + MAX_RECORD_LENGTH > windowStart + window.capacity()
                    && windowStart + window.capacity() < size) {
                    IoUtil.unmap(mapped);
                    mapped = null; // not unmapped twice if the next map fails
                    mapped = map(channel, at, size, window);
                    windowStart = at;
                }
                final int offset = (int) (at - windowStart);
                final int length = window.getIntVolatile(offset);
                if (length == 0) {
                    break;
                }
                if (length < JournalDescriptor.RECORD_HEADER_LENGTH || length > MAX_RECORD_LENGTH || length > size - at) {
                    throw new IllegalArgumentException("journal " + path + " is corrupt after record " + records
                        + " (a record length no writer makes): not continued; move it aside");
                }
                highestOrderId = Math.max(highestOrderId,
                    window.getLong(offset + JournalDescriptor.ORDER_ID_OFFSET, ByteOrder.LITTLE_ENDIAN));
                records++;
                at += (length + 7) & ~7;
            }
            return new JournalEnd(at, records, highestOrderId);
        } finally {
            if (mapped != null) {
                IoUtil.unmap(mapped);
            }
        }
    }

    private static MappedByteBuffer map(final FileChannel channel, final long start, final long size,
                                        final UnsafeBuffer window) throws IOException {
        final MappedByteBuffer mapped = channel.map(FileChannel.MapMode.READ_ONLY, start,
            Math.min(SCAN_WINDOW, size - start));
        window.wrap(mapped);
        return mapped;
    }
}
