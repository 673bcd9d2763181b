package io.hftengine.pipeline.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.hftengine.protocol.ouch.EnterOrderMessage;
import io.hftengine.types.Symbol;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A journal on a full disk (a child JVM writing to a 1 MiB tmpfs of its own). The journal is
 * memory-mapped: a window
 * mapped past what the file system can hold faults only when a record is written into it, as an
 * asynchronous {@code InternalError} (or a dead JVM), wherever the journal thread happens to be.
 * Each window is now written out before it is mapped, so the same condition is an
 * {@link UncheckedIOException} from {@link JournalWriter#append}, which the pipeline reports.
 */
@EnabledOnOs(OS.LINUX)
class JournalFullDiskTest {
    static final int CLEAN_ERROR = 10;
    static final int FAULT = 11;
    static final int NEVER_FULL = 12;
    static final int NO_SMALL_DISK = 13;

    @TempDir
    Path dir;

    /** The child: appends records until the writer fails, and says how. */
    public static final class Filler {
        private Filler() {
        }

        public static void main(final String[] args) {
            final UnsafeBuffer buffer = new UnsafeBuffer(new byte[128]);
            final JournalEntry entry = new JournalEntry();
            try (JournalWriter writer = new JournalWriter(Path.of(args[0]), 1 << 16)) {
                for (long id = 1; id < 1_000_000; id++) {
                    new EnterOrderMessage().wrapForEncode(buffer, 0).orderTokenNumber(id).side('B').shares(100)
                        .stock(Symbol.pack("ABC")).price(20_0000);
                    writer.append(entry.set(JournalDescriptor.OUTBOUND, 1, id, 0, buffer, 0, EnterOrderMessage.LENGTH));
                }
            } catch (final UncheckedIOException e) {
                System.out.println("clean: " + e.getMessage());
                System.exit(CLEAN_ERROR);
            } catch (final Throwable e) {
                e.printStackTrace(System.out);
                System.exit(FAULT);
            }
            System.exit(NEVER_FULL);
        }
    }

    @Test
    void aJournalThatCannotGrowFailsWithAnIoErrorNotAMemoryFault() throws Exception {
        final String classPath = String.join(File.pathSeparator, System.getProperty("java.class.path", ""),
            System.getProperty("jdk.module.path", ""));
        final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // A 1 MiB file system of its own (tmpfs, in a private mount namespace so nothing leaks).
        final Path disk = Files.createDirectories(dir.resolve("disk"));
        final String command = "mount -t tmpfs -o size=1m tmpfs '" + disk + "' || exit " + NO_SMALL_DISK + "; exec '"
            + java + "' --add-exports java.base/jdk.internal.misc=ALL-UNNAMED -cp '" + classPath + "' '"
            + Filler.class.getName() + "' '" + disk.resolve("full.journal") + "'";
        final Process child = new ProcessBuilder(List.of("unshare", "-m", "bash", "-c", command))
            .redirectErrorStream(true).start();
        final String output = new String(child.getInputStream().readAllBytes());
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child JVM did not end");
        assumeTrue(child.exitValue() != NO_SMALL_DISK && !output.contains("unshare:"),
            "needs unshare -m and mount (root, or user namespaces) to make a 1 MiB file system: " + output);
        assertEquals(CLEAN_ERROR, child.exitValue(), output);
        assertTrue(output.contains("full.journal"), "the error names the journal: " + output);
    }
}
