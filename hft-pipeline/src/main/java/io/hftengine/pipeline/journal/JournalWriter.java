package io.hftengine.pipeline.journal;

import org.agrona.IoUtil;
import org.agrona.concurrent.UnsafeBuffer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Appends records to a journal file through a memory-mapped window (see
 * {@link JournalDescriptor}); no system call per record. When a record does not fit in the
 * current window the window is remapped at the record's start, so records never straddle
 * windows. Single thread (the journal thread). {@link #close()} truncates the file after the last
 * record.
 */
public final class JournalWriter implements AutoCloseable {
    private final FileChannel channel;
    private final int windowSize;
    private final UnsafeBuffer window = new UnsafeBuffer(0, 0);
    private MappedByteBuffer mapped;
    private long windowStart;
    private long position;
    private long records;

    /**
     * Creates (or truncates) a journal file and writes its header.
     *
     * @param path the file
     * @param windowSize bytes mapped at a time, at least 4096
     * @throws UncheckedIOException when the file cannot be created or mapped
     * @throws IllegalStateException when another writer holds the file
     */
    public JournalWriter(final Path path, final int windowSize) {
        this(path, windowSize, null);
    }

    private JournalWriter(final Path path, final int windowSize, final JournalEnd existing) {
        if (windowSize < 4096) {
            throw new IllegalArgumentException("windowSize must be >= 4096, was " + windowSize);
        }
        this.windowSize = windowSize;
        try {
            // Orders and fills are nobody else's business: the journal is created owner-only.
            channel = existing == null
                ? FileChannel.open(path, java.util.Set.of(StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.READ, StandardOpenOption.WRITE),
                    OwnerOnly.attributes(path))
                : FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
            if (!lockedFor(channel)) {
                channel.close();
                throw new IllegalStateException(inUseMessage(path));
            }
            if (existing != null) {
                // What lies past the last complete record (zeros a crashed writer pre-extended, or
                // the half-written body of the record it died in) goes: the next record's length
                // slot must read 0 until that record is complete.
                channel.truncate(existing.position());
            }
        } catch (final IOException ex) {
            throw new UncheckedIOException("cannot open journal " + path, ex);
        }
        if (existing != null) {
            position = existing.position();
            records = existing.records();
            map(position);
            return;
        }
        map(0);
        window.putLong(0, JournalDescriptor.MAGIC, ByteOrder.LITTLE_ENDIAN);
        window.putInt(JournalDescriptor.VERSION_OFFSET, JournalDescriptor.VERSION, ByteOrder.LITTLE_ENDIAN);
        window.putInt(JournalDescriptor.HEADER_LENGTH_OFFSET, JournalDescriptor.FILE_HEADER_LENGTH,
            ByteOrder.LITTLE_ENDIAN);
        position = JournalDescriptor.FILE_HEADER_LENGTH;
    }

    /**
     * Refuses a journal another writer holds (an engine already running on it): two writers
     * interleave records and the day cannot be recovered from the file. Slow path, for a start-up
     * that must fail before it opens anything else; the writer itself refuses too.
     *
     * @param path an existing journal
     * @throws IllegalStateException when another process (or writer) holds its lock
     * @throws UncheckedIOException when it cannot be opened
     */
    public static void requireNotInUse(final Path path) {
        final boolean free;
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            free = lockedFor(channel); // released as the channel closes
        } catch (final IOException ex) {
            throw new UncheckedIOException("cannot open journal " + path, ex);
        }
        if (!free) {
            throw new IllegalStateException(inUseMessage(path));
        }
    }

    private static String inUseMessage(final Path path) {
        return "journal " + path + " is being written by another engine: one engine per journal (stop the other,"
            + " or give this one its own [journal] path)";
    }

    private static boolean lockedFor(final FileChannel channel) throws IOException {
        try {
            return channel.tryLock() != null;
        } catch (final OverlappingFileLockException ex) {
            return false; // held by a writer in this JVM
        }
    }

    /**
     * Opens a journal to go on writing it: a live session restarted during the day keeps the
     * drop copy of what it did before. Records are appended after the last complete record; a
     * missing or empty file is created as by {@link #JournalWriter(Path, int)}.
     *
     * @param path the file
     * @param windowSize bytes mapped at a time, at least 4096
     * @return the writer, positioned after the existing records ({@link #records()} counts them)
     * @throws IllegalArgumentException when the file exists but is not a journal, or holds a record
     *         no writer makes (a corrupt journal is not written over; the message names the file)
     * @throws UncheckedIOException when the file cannot be read, opened or mapped
     */
    public static JournalWriter append(final Path path, final int windowSize) {
        try {
            if (!Files.exists(path) || Files.size(path) == 0) {
                return new JournalWriter(path, windowSize);
            }
        } catch (final IOException ex) {
            throw new UncheckedIOException("cannot open journal " + path, ex);
        }
        return new JournalWriter(path, windowSize, JournalEnd.of(path));
    }

    /**
     * Appends one record.
     *
     * @param entry the record
     */
    public void append(final JournalEntry entry) {
        final int length = JournalDescriptor.RECORD_HEADER_LENGTH + entry.length();
        // 8-byte aligned records keep the longs aligned; +4 leaves room for the next end marker
        final int aligned = (length + 7) & ~7;
        if (position + aligned + 4 > windowStart + windowSize) {
            map(position);
        }
        final int at = (int) (position - windowStart);
        window.putByte(at + JournalDescriptor.DIRECTION_OFFSET, entry.direction());
        window.putByte(at + JournalDescriptor.FLAGS_OFFSET,
            (byte) (JournalDescriptor.FLAG_LOCATE_AND_VENUE_SEQUENCE | entry.flags()));
        window.putShort(at + JournalDescriptor.LOCATE_OFFSET, (short) entry.locate(), ByteOrder.LITTLE_ENDIAN);
        window.putLong(at + JournalDescriptor.TIME_OFFSET, entry.timeNs(), ByteOrder.LITTLE_ENDIAN);
        window.putLong(at + JournalDescriptor.ORDER_ID_OFFSET, entry.orderId(), ByteOrder.LITTLE_ENDIAN);
        window.putLong(at + JournalDescriptor.FEED_SEQUENCE_OFFSET, entry.sequence(), ByteOrder.LITTLE_ENDIAN);
        window.putBytes(at + JournalDescriptor.RECORD_HEADER_LENGTH, entry.payload(), 0, entry.length());
        // the length goes last, ordered: a reader (or a crash) never sees a half-written record
        window.putIntOrdered(at + JournalDescriptor.RECORD_LENGTH_OFFSET, length);
        position += aligned;
        records++;
    }

    private void map(final long start) {
        // The new window first: if it cannot be mapped, the writer keeps the old one (and the
        // caller's error) rather than a window over freed memory that the next append would
        // write into.
        final MappedByteBuffer next;
        try {
            next = channel.map(FileChannel.MapMode.READ_WRITE, start, windowSize);
        } catch (final IOException ex) {
            throw new UncheckedIOException("cannot map journal window at " + start, ex);
        }
        if (mapped != null) {
            mapped.force();
            IoUtil.unmap(mapped);
        }
        mapped = next;
        window.wrap(mapped);
        windowStart = start;
    }

    /** Forces written records to the storage device (slow path). */
    public void flush() {
        mapped.force();
    }

    /**
     * Returns records appended.
     *
     * @return records appended
     */
    public long records() {
        return records;
    }

    /**
     * Returns bytes used, header included.
     *
     * @return bytes used, header included
     */
    public long position() {
        return position;
    }

    @Override
    public void close() {
        try {
            mapped.force();
            IoUtil.unmap(mapped);
            mapped = null;
            channel.truncate(position);
            channel.close();
        } catch (final IOException ex) {
            throw new UncheckedIOException("cannot close journal", ex);
        }
    }
}
