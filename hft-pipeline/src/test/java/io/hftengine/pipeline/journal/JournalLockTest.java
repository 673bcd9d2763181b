package io.hftengine.pipeline.journal;

import io.hftengine.pipeline.recovery.JournalRecovery;
import io.hftengine.pipeline.risk.RiskLimits;
import io.hftengine.protocol.ouch.EnterOrderMessage;
import io.hftengine.types.Symbol;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One engine per journal, across processes: a restarted {@code run} continues its journal and
 * then reads it (its end, the day's recovery) in the same process. On Linux closing any
 * descriptor of a file drops every POSIX lock the process holds on it, so a lock on the journal
 * itself was lost to those reads and a second engine could open the journal under the first
 * one's mapping. The lock is a sidecar file nothing else opens; a second process (a child JVM
 * here, as a second {@code ./hft run} would be) must still be refused.
 */
class JournalLockTest {
    /** Child exit codes: the journal was free (and written), refused as in use, or something else failed. */
    static final int FREE = 0;
    static final int REFUSED = 3;
    static final int OTHER = 4;

    private static final long T0 = 1_700_000_000_000_000_000L;

    @TempDir
    Path dir;

    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[128]);
    private final JournalEntry entry = new JournalEntry();

    /**
     * A second process: {@code check} asks {@link JournalWriter#requireNotInUse}, {@code write}
     * opens a writer continuing the journal; exits {@link #FREE}, {@link #REFUSED} or {@link #OTHER}.
     */
    public static final class SecondEngine {
        private SecondEngine() {
        }

        public static void main(final String[] args) {
            final Path journal = Path.of(args[1]);
            try {
                if (args[0].equals("check")) {
                    JournalWriter.requireNotInUse(journal);
                } else {
                    JournalWriter.append(journal, 1 << 16).close();
                }
            } catch (final IllegalStateException e) {
                System.out.println(e.getMessage());
                System.exit(e.getMessage().contains(journal.toString()) ? REFUSED : OTHER);
            } catch (final RuntimeException e) {
                e.printStackTrace(System.out);
                System.exit(OTHER);
            }
            System.exit(FREE);
        }
    }

    private int secondEngine(final String what, final Path journal) throws Exception {
        final String classPath = String.join(File.pathSeparator, nonEmpty(System.getProperty("java.class.path")),
            nonEmpty(System.getProperty("jdk.module.path")));
        final List<String> command = new ArrayList<>(List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "--add-exports", "java.base/jdk.internal.misc=ALL-UNNAMED",
            "-cp", classPath, SecondEngine.class.getName(), what, journal.toString()));
        final Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        final String output = new String(child.getInputStream().readAllBytes());
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child JVM did not end");
        final int code = child.exitValue();
        assertTrue(code == FREE || code == REFUSED, "child failed (" + code + "): " + output);
        return code;
    }

    private static String nonEmpty(final String path) {
        return path == null ? "" : path;
    }

    private void enter(final JournalWriter writer, final long id) {
        new EnterOrderMessage().wrapForEncode(buffer, 0).orderTokenNumber(id).side('B').shares(100)
            .stock(Symbol.pack("ABC")).price(20_0000);
        writer.append(entry.set(JournalDescriptor.OUTBOUND, T0, id, 0, buffer, 0, EnterOrderMessage.LENGTH)
            .locate(7));
    }

    private Path morningJournal() {
        final Path journal = dir.resolve("day.journal");
        try (JournalWriter morning = new JournalWriter(journal, 1 << 16)) {
            enter(morning, 1);
            enter(morning, 2);
        }
        return journal;
    }

    /** What a restarted {@code run} does after it opened its writer: the end, the dry run, the recovery reads. */
    private static void readTheWayARestartDoes(final Path journal) {
        assertEquals(2, JournalEnd.of(journal).records());
        assertEquals(2, new JournalReader().read(journal, (d, t, o, s, b, off, len) -> { }));
        assertEquals(2, JournalRecovery.dryRun(journal, RiskLimits.builder().maxSymbols(16).build()).ordersRestored());
    }

    @Test
    void aContinuedJournalReadInTheSameProcessIsStillRefusedToASecondProcess() throws Exception {
        final Path journal = morningJournal();
        assertEquals(FREE, secondEngine("check", journal), "nobody writes it yet: the child may take it");
        try (JournalWriter afternoon = JournalWriter.append(journal, 1 << 16)) {
            readTheWayARestartDoes(journal);
            assertThrows(IllegalStateException.class, () -> JournalWriter.requireNotInUse(journal));
            assertEquals(REFUSED, secondEngine("check", journal),
                "the reads in this process must not have dropped the writer's lock");
            assertEquals(REFUSED, secondEngine("write", journal));
            enter(afternoon, 3);
        }
        assertEquals(FREE, secondEngine("write", journal), "free once the writer closed");
        assertEquals(3, JournalEnd.of(journal).records(), "the refused child wrote nothing over the afternoon");
    }

    @Test
    void aSecondWriterInTheSameProcessIsRefusedAndTheFirstKeepsItsLock() throws Exception {
        final Path journal = morningJournal();
        try (JournalWriter afternoon = JournalWriter.append(journal, 1 << 16)) {
            readTheWayARestartDoes(journal);
            final IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> JournalWriter.append(journal, 1 << 16));
            assertTrue(e.getMessage().contains(journal.toString()) && e.getMessage().contains("another engine"),
                e.getMessage());
            assertThrows(IllegalStateException.class, () -> new JournalWriter(journal, 1 << 16),
                "a new journal over one being written is refused before it truncates anything");
            assertThrows(IllegalStateException.class, () -> JournalWriter.requireNotInUse(journal));
            assertEquals(2, JournalEnd.of(journal).records(), "the refused writers truncated nothing");
            assertEquals(REFUSED, secondEngine("check", journal),
                "the refusals in this process must not have dropped the first writer's lock either");
            enter(afternoon, 3);
        }
        JournalWriter.requireNotInUse(journal);
        try (JournalWriter evening = JournalWriter.append(journal, 1 << 16)) {
            assertEquals(3, evening.records());
        }
    }

    @Test
    void theLockFileIsTheOwnersOnly() throws Exception {
        final Path journal = dir.resolve("private.journal");
        new JournalWriter(journal, 1 << 16).close();
        final Path lock = dir.resolve("private.journal.lock");
        assertTrue(Files.exists(lock), "the writer locks a sidecar file next to the journal");
        if (Files.getFileStore(lock).supportsFileAttributeView("posix")) {
            assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(lock));
        }
    }
    /**
     * A journal path that is a symbolic link to a file not made yet (a link to a faster disk,
     * set up before the day): the first writer creates the target through the link. A second
     * engine configured with either spelling must find the same lock, before and after the
     * target exists.
     */
    @Test
    void aLinkToAJournalNotYetWrittenSharesTheLockOfItsTarget() throws Exception {
        final Path target = Files.createDirectories(dir.resolve("fast")).resolve("day.journal");
        // A relative link, as `ln -s fast/day.journal day.journal` makes: resolved against its directory.
        final Path link = Files.createSymbolicLink(dir.resolve("day.journal"), Path.of("fast", "day.journal"));
        try (JournalWriter morning = new JournalWriter(link, 1 << 16)) {
            enter(morning, 1);
            assertEquals(JournalLock.lockFileOf(target), JournalLock.lockFileOf(link), "once it exists");
            assertThrows(IllegalStateException.class, () -> JournalWriter.append(target, 1 << 16),
                "the target's own name is the same journal");
            assertEquals(REFUSED, secondEngine("write", target), "a second process naming the target is refused");
            enter(morning, 2);
        }
        assertEquals(2, JournalEnd.of(target).records(), "nobody wrote over the morning");
        Files.delete(target);
        assertEquals(JournalLock.lockFileOf(target), JournalLock.lockFileOf(link), "before the target exists");
    }
}
