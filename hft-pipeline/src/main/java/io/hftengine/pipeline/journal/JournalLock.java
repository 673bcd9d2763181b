package io.hftengine.pipeline.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One engine per journal: a writer holds an OS lock on a sidecar file, {@code <journal>.lock},
 * from open to close. Not on the journal itself: a POSIX (fcntl) lock belongs to the process and
 * the file, and closing <em>any</em> descriptor of that file in the process drops it (see
 * {@link FileLock}). A restarted run reads its journal after opening the writer (its end, the
 * day's recovery, {@code inspect}); each read's close dropped a lock on the journal and let a
 * second engine write under the first one's mapping. Nothing but this class opens a lock file,
 * and within a JVM never twice at once: the locks this JVM holds (or is checking) are claimed in
 * a set first, so a second writer in the same JVM, or a start-up check, is answered from the set
 * and never opens and closes a descriptor of a held lock file.
 *
 * <p>The lock file is left in place when the writer closes: removing it would let a writer that
 * opened it just before lock an unlinked file while a third creates and locks a new one.
 */
final class JournalLock implements AutoCloseable {
    /** Lock files claimed in this JVM, by canonical path: held by a writer, or being checked. */
    private static final Set<Path> CLAIMED = ConcurrentHashMap.newKeySet();
    /** Links followed before giving up (Linux's own limit), so a loop of links ends. */
    private static final int MAX_LINKS = 40;

    private final Path journal;
    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;

    private JournalLock(final Path journal, final Path lockFile, final FileChannel channel, final FileLock lock) {
        this.journal = journal;
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes a journal for writing, before the journal itself is opened (so a refused writer
     * truncates nothing). Slow path.
     *
     * @param journal the journal (need not exist yet)
     * @return the lock, held until closed
     * @throws IllegalStateException when a writer in this or another process holds it
     * @throws UncheckedIOException when the lock file cannot be created or locked
     */
    static JournalLock acquire(final Path journal) {
        final Path lockFile = lockFileOf(journal);
        claim(journal, lockFile);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                OwnerOnly.attributes(lockFile));
            final FileLock lock = tryLock(channel);
            if (lock == null) {
                throw new IllegalStateException(inUseMessage(journal));
            }
            return new JournalLock(journal, lockFile, channel, lock);
        } catch (final IOException ex) {
            closeQuietly(channel, null);
            CLAIMED.remove(lockFile);
            throw new UncheckedIOException("cannot lock journal " + journal + " (lock file " + lockFile + ")", ex);
        } catch (final RuntimeException | Error ex) {
            closeQuietly(channel, ex);
            CLAIMED.remove(lockFile);
            throw ex;
        }
    }

    /**
     * Refuses a journal a writer holds, without taking it. In this JVM the answer comes from
     * the claimed set (opening and closing the lock file would drop a writer's lock); otherwise
     * the lock is tried and released at once. Slow path.
     *
     * @param journal the journal
     * @throws IllegalStateException when a writer in this or another process holds it
     * @throws UncheckedIOException when the lock file cannot be opened or locked
     */
    static void requireFree(final Path journal) {
        acquire(journal).close();
    }

    /**
     * The lock file of a journal: {@code <journal>.lock} beside it, with every symbolic link
     * resolved (the directory's, and the journal's own even when its target does not exist yet),
     * so two spellings of one journal share one lock.
     *
     * @param journal the journal
     * @return its lock file
     */
    static Path lockFileOf(final Path journal) {
        Path canonical = journal.toAbsolutePath().normalize();
        try {
            canonical = canonical(canonical);
        } catch (final IOException | RuntimeException ignored) {
            // A directory that does not exist: opening the lock file reports it.
        }
        return canonical.resolveSibling(canonical.getFileName() + ".lock");
    }

    /**
     * A link to a journal not written yet is followed by hand: {@code toRealPath} needs the
     * target to exist, and the first writer creates it through the link, after which the target's
     * name would lock another file than the link's did.
     */
    private static Path canonical(final Path journal) throws IOException {
        Path at = journal;
        for (int hops = 0; hops < MAX_LINKS && Files.isSymbolicLink(at); hops++) {
            at = at.resolveSibling(Files.readSymbolicLink(at));
        }
        return Files.exists(at) ? at.toRealPath() : at.getParent().toRealPath().resolve(at.getFileName());
    }

    private static FileLock tryLock(final FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (final OverlappingFileLockException ex) {
            return null; // the same lock file under another name (a hard link) locked in this JVM
        }
    }

    private static void claim(final Path journal, final Path lockFile) {
        if (!CLAIMED.add(lockFile)) {
            throw new IllegalStateException(inUseMessage(journal));
        }
    }

    static String inUseMessage(final Path journal) {
        return "journal " + journal + " is being written by another engine: one engine per journal (stop the other,"
            + " or give this one its own [journal] path)";
    }

    private static void closeQuietly(final FileChannel channel, final Throwable primary) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (final IOException ex) {
            if (primary != null) {
                primary.addSuppressed(ex);
            }
        }
    }

    /** Releases the lock (idempotent); the lock file stays. */
    @Override
    public void close() {
        if (!channel.isOpen()) {
            return;
        }
        try {
            lock.release();
            channel.close();
        } catch (final IOException ex) {
            throw new UncheckedIOException("cannot release the lock of journal " + journal + " (" + lockFile + ")",
                ex);
        } finally {
            closeQuietly(channel, null);
            CLAIMED.remove(lockFile);
        }
    }
}
