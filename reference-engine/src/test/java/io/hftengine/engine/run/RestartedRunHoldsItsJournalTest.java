package io.hftengine.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.hftengine.engine.HftMain;
import io.hftengine.pipeline.gateway.OuchOrderEncoder;
import io.hftengine.pipeline.journal.JournalDescriptor;
import io.hftengine.pipeline.journal.JournalEnd;
import io.hftengine.pipeline.journal.JournalEntry;
import io.hftengine.pipeline.journal.JournalWriter;
import io.hftengine.pipeline.message.Order;
import io.hftengine.types.Price;
import io.hftengine.types.Side;
import io.hftengine.types.Symbol;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restarted {@code run} continuing its journal over a real venue recovers the day from it
 * after opening its writer; those reads' closes dropped a POSIX lock held on the journal itself,
 * and a second {@code run} on the same [journal] path was not refused: it truncated the file
 * under the first one's mapping (whose journal thread then died of the fault). While the first
 * run is trading, another process (a child JVM, as a second {@code ./hft run} would be) must be
 * refused the journal.
 */
class RestartedRunHoldsItsJournalTest {
    private static final int FEED_PORT = 47431;
    private static final int REQUEST_PORT = 47432;
    private static final int VENUE_PORT = 47433;
    private static final int FREE = 0;
    private static final int REFUSED = 3;

    @TempDir
    Path dir;

    /** The second engine's start-up check, in its own process: exits {@link #FREE} or {@link #REFUSED}. */
    public static final class SecondEngine {
        private SecondEngine() {
        }

        public static void main(final String[] args) {
            try {
                JournalWriter.requireNotInUse(Path.of(args[0]));
            } catch (final IllegalStateException e) {
                System.out.println(e.getMessage());
                System.exit(e.getMessage().contains(args[0]) ? REFUSED : 4);
            }
            System.exit(FREE);
        }
    }

    @Test
    void aSecondEngineIsRefusedTheJournalOfARestartedRunWhileItTrades() throws Exception {
        final Path journal = dir.resolve("day.journal");
        morning(journal);
        RunFixtures.writeConfigWithJournal(dir, journal,
            RunFixtures.loopbackNetwork(FEED_PORT, REQUEST_PORT, RunFixtures.udpVenue(VENUE_PORT)));
        final AtomicInteger exit = new AtomicInteger(-1);
        final Thread afternoon = new Thread(() -> exit.set(HftMain.execute("run", "--config", dir.toString(),
            "--prime", "0", "--seconds", "6", "--warmup", "0", "--out", dir.resolve("report").toString(),
            "--no-metrics-file")), "restarted-run");
        afternoon.start();
        try {
            // Its writer opened (the lock file appears), then past its recovery of the day: trading.
            final Path lockFile = dir.resolve("day.journal.lock");
            final long deadline = System.currentTimeMillis() + 5_000;
            while (!Files.exists(lockFile) && System.currentTimeMillis() < deadline) {
                Thread.sleep(10);
            }
            Thread.sleep(1_000);
            assertTrue(afternoon.isAlive(), "the restarted run ended early (exit " + exit.get() + ")");
            assertEquals(REFUSED, secondEngine(journal), "a second engine was let at the journal of a running one");
        } finally {
            afternoon.join(30_000);
        }
        assertEquals(0, exit.get());
        assertEquals(FREE, secondEngine(journal), "free once the run ended");
        final JournalEnd end = JournalEnd.of(journal); // readable: nobody wrote under the run's mapping
        assertTrue(end.records() >= 1 && end.highestOrderId() >= 7, "the morning's record, kept: " + end);
    }

    /** One Enter Order of today, never answered: the afternoon's run recovers it as still working. */
    private static void morning(final Path journal) {
        try (JournalWriter writer = new JournalWriter(journal, 1 << 16)) {
            final UnsafeBuffer order = new UnsafeBuffer(new byte[64]);
            final int length = new OuchOrderEncoder(99_999, 0).encodeEnter(
                new Order().set(7, 1, Side.BUY, 10 * Price.ONE, 100, 0), Symbol.pack("ALC"), order, 0);
            writer.append(new JournalEntry().set(JournalDescriptor.OUTBOUND, System.currentTimeMillis() * 1_000_000L,
                7, 0, order, 0, length).locate(1));
        }
    }

    private static int secondEngine(final Path journal) throws Exception {
        final String classPath = String.join(File.pathSeparator, System.getProperty("java.class.path", ""),
            System.getProperty("jdk.module.path", ""));
        final Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
            .toString(), "--add-exports", "java.base/jdk.internal.misc=ALL-UNNAMED", "-cp", classPath,
            SecondEngine.class.getName(), journal.toString())).redirectErrorStream(true).start();
        final String output = new String(child.getInputStream().readAllBytes());
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child JVM did not end");
        assertTrue(child.exitValue() == FREE || child.exitValue() == REFUSED,
            "child failed (" + child.exitValue() + "): " + output);
        return child.exitValue();
    }
}
