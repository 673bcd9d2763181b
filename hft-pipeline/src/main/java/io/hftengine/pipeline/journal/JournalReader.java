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
 * Reads a journal written by {@link JournalWriter} (slow path: tools, tests, hft-replay users).
 * Stops at the first zero length (end of a crashed or live file) or at a record that would run
 * past the file, which it reports through {@link #truncatedTail()} instead of failing.
 * Files up to 2 GB.
 */
public final class JournalReader {
    private boolean truncatedTail;

    /** Creates a reader. */
    public JournalReader() {
    }

    /**
     * Reads every complete record of a file.
     *
     * @param path the journal
     * @param handler receives each record in order
     * @return records read
     * @throws IllegalArgumentException when the file is not a journal
     * @throws UncheckedIOException on I/O failure
     */
    public long read(final Path path, final JournalRecordHandler handler) {
        truncatedTail = false;
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            final long size = channel.size();
            if (size < JournalDescriptor.FILE_HEADER_LENGTH || size > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("not a journal (size " + size + "): " + path);
            }
            final MappedByteBuffer mapped = channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
            try {
                return readAll(new UnsafeBuffer(mapped), (int) size, path, handler);
            } finally {
                IoUtil.unmap(mapped);
            }
        } catch (final IOException ex) {
            throw new UncheckedIOException("cannot read journal " + path, ex);
        }
    }

    private long readAll(final UnsafeBuffer buffer, final int size, final Path path,
                         final JournalRecordHandler handler) {
        if (buffer.getLong(0, ByteOrder.LITTLE_ENDIAN) != JournalDescriptor.MAGIC
            || buffer.getInt(JournalDescriptor.VERSION_OFFSET, ByteOrder.LITTLE_ENDIAN) != JournalDescriptor.VERSION) {
            throw new IllegalArgumentException("bad journal magic or version: " + path);
        }
        long count = 0;
        int at = buffer.getInt(JournalDescriptor.HEADER_LENGTH_OFFSET, ByteOrder.LITTLE_ENDIAN);
        if (at < JournalDescriptor.FILE_HEADER_LENGTH || at > size || (at & 7) != 0) {
            throw new IllegalArgumentException("bad journal header (first record at " + at + " of " + size + " bytes): "
                + path);
        }
        while (at + 4 <= size) {
            final int length = buffer.getIntVolatile(at);
            if (length == 0) {
                break;
            }
            // No record the writer makes is longer than a header and the largest payload; compared
            // without adding to at, which could overflow.
            if (length < JournalDescriptor.RECORD_HEADER_LENGTH || length > MAX_RECORD_LENGTH || length > size - at) {
                truncatedTail = true;
                break;
            }
            handler.onRecord(buffer.getByte(at + JournalDescriptor.DIRECTION_OFFSET),
                buffer.getLong(at + JournalDescriptor.TIME_OFFSET, ByteOrder.LITTLE_ENDIAN),
                buffer.getLong(at + JournalDescriptor.ORDER_ID_OFFSET, ByteOrder.LITTLE_ENDIAN),
                buffer.getLong(at + JournalDescriptor.FEED_SEQUENCE_OFFSET, ByteOrder.LITTLE_ENDIAN),
                buffer, at + JournalDescriptor.RECORD_HEADER_LENGTH, length - JournalDescriptor.RECORD_HEADER_LENGTH);
            count++;
            at += (length + 7) & ~7;
        }
        return count;
    }

    private static final int MAX_RECORD_LENGTH = JournalDescriptor.RECORD_HEADER_LENGTH + JournalDescriptor.MAX_PAYLOAD;

    /**
     * Returns whether the last read stopped at a record that ran past the end of the file, or
     * whose length no writer makes (a corrupt journal).
     *
     * @return whether the last read stopped at a record that ran past the end of the file
     */
    public boolean truncatedTail() {
        return truncatedTail;
    }
}
