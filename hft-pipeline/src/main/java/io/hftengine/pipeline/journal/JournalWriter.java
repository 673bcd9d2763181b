package io.hftengine.pipeline.journal;

import org.agrona.IoUtil;
import org.agrona.concurrent.UnsafeBuffer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Appends records to a journal file through a memory-mapped window (see
 * {@link JournalDescriptor}); no system call per record. When a record does not fit in the
 * current window the window is remapped at the record's start, so records never straddle
 * windows. Single thread (the journal thread). From open to {@link #close()} the writer holds the
 * journal's lock, a sidecar {@code <journal>.lock} file (see {@link #requireNotInUse}): one engine
 * per journal, whatever else this process reads. {@link #close()} truncates the file after the
 * last record and releases the lock.
 */
public final class JournalWriter implements AutoCloseable {
    /** Zeros written at a time to give a window its blocks before it is mapped. */
    private static final int ZERO_CHUNK = 1 << 20;
    private final Path path;
    private final JournalLock lock;
    /** Zeros, written over what a new window adds to the file (see {@link #reserve}). */
    private final ByteBuffer zeros;
    private FileChannel channel;
    private final int windowSize;
    private final UnsafeBuffer window = new UnsafeBuffer(0, 0);
    private MappedByteBuffer mapped;
    private long windowStart;
    private long position;
    private long records;

    /**
     * Creates (or truncates) a journal file and writes its header. The journal's lock (see
     * {@link #requireNotInUse}) is taken first: a journal another writer holds is refused, not
     * truncated.
     *
     * @param path the file
     * @param windowSize bytes mapped at a time, at least 4096
     * @throws UncheckedIOException when the file cannot be created or mapped
     * @throws IllegalStateException when another writer holds the file
     */
    public JournalWriter(final Path path, final int windowSize) {
        this(path, windowSize, checkWindowThenLock(windowSize, path), null);
    }

    private JournalWriter(final Path path, final int windowSize, final JournalLock lock, final JournalEnd existing) {
        this.windowSize = windowSize;
        this.path = path;
        this.lock = lock;
        this.zeros = ByteBuffer.allocateDirect(Math.min(windowSize, ZERO_CHUNK));
        try {
            channel = open(path, existing);
            if (existing != null) {
                position = existing.position();
                records = existing.records();
                map(position);
                return;
            }
            map(0);
        } catch (final RuntimeException | Error ex) {
            releaseAfterFailedOpen(ex);
            throw ex;
        }
        window.putLong(0, JournalDescriptor.MAGIC, ByteOrder.LITTLE_ENDIAN);
        window.putInt(JournalDescriptor.VERSION_OFFSET, JournalDescriptor.VERSION, ByteOrder.LITTLE_ENDIAN);
        window.putInt(JournalDescriptor.HEADER_LENGTH_OFFSET, JournalDescriptor.FILE_HEADER_LENGTH,
            ByteOrder.LITTLE_ENDIAN);
        position = JournalDescriptor.FILE_HEADER_LENGTH;
    }

    /** Checks the window before anything is locked or opened, then takes the journal's lock. */
    private static JournalLock checkWindowThenLock(final int windowSize, final Path path) {
        if (windowSize < 4096) {
            throw new IllegalArgumentException("windowSize must be >= 4096, was " + windowSize);
        }
        return JournalLock.acquire(path);
    }

    private static FileChannel open(final Path path, final JournalEnd existing) {
        try {
            if (existing == null) {
                // Orders and fills are nobody else's business: the journal is created owner-only.
                return FileChannel.open(path, java.util.Set.of(StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.READ, StandardOpenOption.WRITE),
                    OwnerOnly.attributes(path));
            }
            final FileChannel channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
            try {
                // What lies past the last complete record (zeros a crashed writer pre-extended, or
                // the half-written body of the record it died in) goes: the next record's length
                // slot must read 0 until that record is complete.
                channel.truncate(existing.position());
            } catch (final IOException ex) {
                channel.close();
                throw ex;
            }
            return channel;
        } catch (final IOException ex) {
            throw new UncheckedIOException("cannot open journal " + path, ex);
        }
    }

    private void releaseAfterFailedOpen(final Throwable failure) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (final IOException ex) {
            failure.addSuppressed(ex);
        } finally {
            lock.close();
        }
    }

    /**
     * Refuses a journal another writer holds (an engine already running on it): two writers
     * interleave records and the day cannot be recovered from the file. Slow path, for a start-up
     * that must fail before it opens anything else; the writer itself refuses too.
     *
     * <p>What is locked is a sidecar file, {@code <journal>.lock} (created owner-only, left in
     * place), not the journal: a POSIX lock is the process's, and closing any descriptor of the
     * locked file in the process drops it, so the reads of a journal being continued (its end,
     * the day's recovery) dropped a lock on the journal itself. A writer in this JVM is known
     * without opening its lock file.
     *
     * @param path a journal
     * @throws IllegalStateException when another process (or writer) holds its lock; the message
     *     names the journal
     * @throws UncheckedIOException when its lock file cannot be created or locked
     */
    public static void requireNotInUse(final Path path) {
        JournalLock.requireFree(path);
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
        // Locked before it is read: its end must not move under a writer still at work.
        final JournalLock lock = checkWindowThenLock(windowSize, path);
        final JournalEnd existing;
        try {
            existing = Files.exists(path) && Files.size(path) > 0 ? JournalEnd.of(path) : null;
        } catch (final IOException ex) {
            lock.close();
            throw new UncheckedIOException("cannot open journal " + path, ex);
        } catch (final RuntimeException | Error ex) {
            lock.close();
            throw ex;
        }
        return new JournalWriter(path, windowSize, lock, existing);
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
            reserve(start + windowSize);
            next = channel.map(FileChannel.MapMode.READ_WRITE, start, windowSize);
        } catch (final IOException ex) {
            throw new UncheckedIOException("cannot extend or map journal " + path + " at byte " + start
                + " (a full disk?)", ex);
        }
        if (mapped != null) {
            mapped.force();
            IoUtil.unmap(mapped);
        }
        mapped = next;
        window.wrap(mapped);
        windowStart = start;
    }

    /**
     * Writes zeros over what the window adds to the file, so the file system gives it its blocks
     * now. Mapping alone extends the file sparsely: on a full disk the page fault of the first
     * record written there is an asynchronous {@code InternalError} (or a dead JVM) wherever the
     * journal thread is; written out, the same disk is an {@link IOException} here, which the
     * pipeline reports as the journal's failure. About one window's write per window (slow path).
     */
    private void reserve(final long end) throws IOException {
        long at = channel.size();
        while (at < end) {
            zeros.clear().limit((int) Math.min(zeros.capacity(), end - at));
            at += channel.write(zeros, at);
        }
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

    /**
     * Flushes, truncates the file after the last record and closes it, then releases the
     * journal's lock; the lock is released even when the file cannot be flushed or truncated (a
     * failed disk must not keep the journal from the next run of this process). Idempotent.
     *
     * @throws UncheckedIOException when the file cannot be flushed, truncated or closed
     */
    @Override
    public void close() {
        if (channel == null) {
            return;
        }
        try {
            if (mapped != null) {
                final MappedByteBuffer last = mapped;
                mapped = null;
                try {
                    last.force();
                } finally {
                    IoUtil.unmap(last);
                }
            }
            channel.truncate(position);
            channel.close();
        } catch (final IOException ex) {
            throw new UncheckedIOException("cannot close journal", ex);
        } finally {
            closeChannelQuietly();
            lock.close();
        }
    }

    private void closeChannelQuietly() {
        final FileChannel open = channel;
        channel = null;
        try {
            open.close();
        } catch (final IOException ignored) {
            // closing after a failure already being thrown
        }
    }
}
