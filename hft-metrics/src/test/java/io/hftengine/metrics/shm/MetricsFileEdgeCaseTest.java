package io.hftengine.metrics.shm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files left behind, foreign, truncated or replaced; stale-writer detection; the kill-switch CLI. */
class MetricsFileEdgeCaseTest {
    @TempDir
    Path dir;

    // ---------------------------------------------------------------- header patching helpers

    static void putLong(final Path path, final int offset, final long value) throws IOException {
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(0, value), offset);
        }
    }

    static void putInt(final Path path, final int offset, final int value) throws IOException {
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(0, value), offset);
        }
    }

    static int getInt(final Path path, final int offset) throws IOException {
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            final ByteBuffer b = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
            ch.read(b, offset);
            return b.getInt(0);
        }
    }

    /** Makes the file look as if written by process {@code pid} started at {@code startMs}. */
    static void setWriter(final Path path, final long pid, final long startMs, final long heartbeatMs) throws IOException {
        putLong(path, MetricsFileDescriptor.WRITER_PID_OFFSET, pid);
        putLong(path, MetricsFileDescriptor.WRITER_START_OFFSET, startMs);
        putLong(path, MetricsFileDescriptor.HEARTBEAT_OFFSET, heartbeatMs);
    }

    static long deadPid() throws Exception {
        final Process p = new ProcessBuilder("true").start();
        assertTrue(p.waitFor(10, TimeUnit.SECONDS));
        return p.pid();
    }

    static long startMs(final Process p) {
        return p.info().startInstant().map(Instant::toEpochMilli).orElseThrow();
    }

    // ---------------------------------------------------------------- tests

    /**
     * BUG: the live-owner check in {@link MetricsFile#create} only works for files this build can
     * map. A file of another layout version (a newer/older engine, running) is NOT_READY to the
     * check, so it is silently replaced: the running engine keeps writing to an unlinked file and
     * can no longer be reached by the kill switch.
     */
    @Test
    void createRefusesToReplaceAFileOfAnotherLayoutOwnedByALiveProcess() throws Exception {
        final Path path = dir.resolve("metrics.dat");
        final Process other = new ProcessBuilder("sleep", "30").start();
        try {
            MetricsFile.create(path, 2, List.of("A")).close();
            setWriter(path, other.pid(), startMs(other), System.currentTimeMillis());
            // Control: same layout, live owner: refused.
            assertThrows(IllegalStateException.class, () -> MetricsFile.create(path, 2, List.of("A")));

            putInt(path, MetricsFileDescriptor.LAYOUT_VERSION_OFFSET, MetricsFileDescriptor.LAYOUT_VERSION + 1);
            MetricsFile replaced = null;
            try {
                replaced = MetricsFile.create(path, 2, List.of("A"));
            } catch (final Exception refused) {
                // expected after the fix
            } finally {
                if (replaced != null) {
                    replaced.close();
                }
            }
            assertEquals(MetricsFileDescriptor.LAYOUT_VERSION + 1,
                getInt(path, MetricsFileDescriptor.LAYOUT_VERSION_OFFSET),
                "the live process's file (other layout version) was replaced");
        } finally {
            other.destroyForcibly();
            other.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /**
     * BUG: the reader checks the file size only when it maps. A file truncated in place afterwards
     * (same inode: {@code truncate}, {@code : > file}, a tool re-creating it in place) makes
     * refresh() touch pages past the end of the file: SIGBUS, surfacing as an asynchronous
     * InternalError; here it lands inside the unmap Cleaner, which calls System.exit(1), so the
     * whole monitor process dies. Run in a child JVM because it kills the JVM it runs in.
     */
    @Test
    void readerSurvivesAFileTruncatedUnderIt() throws Exception {
        final Path source = dir.resolve("TruncateProbe.java");
        java.nio.file.Files.writeString(source, String.join("\n",
            "import io.hftengine.metrics.shm.*;",
            "import java.nio.channels.FileChannel;",
            "import java.nio.file.*;",
            "public class TruncateProbe {",
            "  public static void main(String[] a) throws Exception {",
            "    Path p = Path.of(a[0]);",
            "    MetricsFileReader r = new MetricsFileReader(p, 60000);",
            "    MetricsFile.create(p, 4, java.util.List.of(\"A\")).close();",
            "    System.out.println(\"FIRST \" + r.refresh());",
            "    try (FileChannel ch = FileChannel.open(p, StandardOpenOption.WRITE)) { ch.truncate(0); }",
            "    for (int i = 0; i < 3; i++) {",
            "      try { System.out.println(\"THEN \" + r.refresh()); }",
            "      catch (Throwable t) { System.out.println(\"THROWN \" + t); }",
            "    }",
            "    r.close();",
            "    System.out.println(\"SURVIVED\");",
            "  }",
            "}", ""));
        final List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("--add-exports");
        command.add("java.base/jdk.internal.misc=org.agrona,io.hftengine.metrics");
        command.add("-p");
        command.add(System.getProperty("jdk.module.path"));
        command.add("--add-modules");
        command.add("io.hftengine.metrics");
        command.add(source.toString());
        command.add(dir.resolve("metrics.dat").toString());
        final Process probe = new ProcessBuilder(command).redirectErrorStream(true).start();
        final String output = TwoProcessRoundTripTest.output(probe);
        assertTrue(probe.waitFor(60, TimeUnit.SECONDS));
        // Mapped; the probe closed the file itself (its heartbeat stopped) and still runs.
        assertTrue(output.contains("FIRST UNRESPONSIVE"), output);
        assertFalse(output.contains("THROWN"), output);
        assertTrue(output.contains("SURVIVED") && probe.exitValue() == 0,
            "monitor JVM died (exit " + probe.exitValue() + "):\n" + output);
    }

    /** Coverage: dead pid -> STALE; live pid with another start time (pid reuse) -> STALE; live -> UNRESPONSIVE. */
    @Test
    void staleDetectionUsesPidAndStartTime() throws Exception {
        final Path path = dir.resolve("metrics.dat");
        final long old = System.currentTimeMillis() - 60_000;
        final Process other = new ProcessBuilder("sleep", "30").start();
        try (MetricsFileReader reader = new MetricsFileReader(path, 1_000)) {
            MetricsFile.create(path, 1, List.of("A")).close();
            setWriter(path, deadPid(), old, old);
            assertEquals(WriterStatus.STALE, reader.refresh());
            setWriter(path, other.pid(), startMs(other) - 3_600_000, old);
            assertEquals(WriterStatus.STALE, reader.refresh(), "recycled pid: another start time");
            setWriter(path, other.pid(), startMs(other), old);
            assertEquals(WriterStatus.UNRESPONSIVE, reader.refresh());
            setWriter(path, other.pid(), startMs(other), System.currentTimeMillis());
            assertEquals(WriterStatus.LIVE, reader.refresh());
            assertEquals(3, reader.mapCount(), "each new writer identity re-maps");
        } finally {
            other.destroyForcibly();
            other.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Coverage: files of another layout version, too short for their capacities or with bad capacities are NOT_READY. */
    @Test
    void foreignAndInconsistentHeadersAreNotReady() throws Exception {
        final Path path = dir.resolve("metrics.dat");
        try (MetricsFileReader reader = new MetricsFileReader(path, 60_000)) {
            MetricsFile.create(path, 4, List.of("A")).close();
            putInt(path, MetricsFileDescriptor.LAYOUT_VERSION_OFFSET, 2);
            assertEquals(WriterStatus.NOT_READY, reader.refresh());
            putInt(path, MetricsFileDescriptor.LAYOUT_VERSION_OFFSET, 1);
            putInt(path, MetricsFileDescriptor.COUNTER_CAPACITY_OFFSET, 65536);
            assertEquals(WriterStatus.NOT_READY, reader.refresh(), "capacity larger than the file");
            putInt(path, MetricsFileDescriptor.COUNTER_CAPACITY_OFFSET, -1);
            assertEquals(WriterStatus.NOT_READY, reader.refresh());
            putInt(path, MetricsFileDescriptor.COUNTER_CAPACITY_OFFSET, 4);
            putLong(path, MetricsFileDescriptor.MAGIC_OFFSET, 0x1234L);
            assertEquals(WriterStatus.NOT_READY, reader.refresh());
            assertFalse(reader.isMapped());
        }
    }

    /** Coverage: names exactly at the limit fit and read back whole; one byte more is refused naming the limit. */
    @Test
    void namesAtTheLimitFitAndLongerOnesAreRefusedClearly() throws Exception {
        final Path path = dir.resolve("metrics.dat");
        final String stage56 = "S".repeat(MetricsFileDescriptor.MAX_STAGE_NAME_LENGTH);
        final String label116 = "c".repeat(MetricsFileDescriptor.MAX_COUNTER_LABEL_LENGTH);
        final IllegalArgumentException longStage = assertThrows(IllegalArgumentException.class,
            () -> MetricsFile.create(path, 2, List.of(stage56 + "S")));
        assertTrue(longStage.getMessage().contains("56"), longStage.getMessage());
        try (MetricsFile file = MetricsFile.create(path, 2, List.of(stage56));
             MetricsFileReader reader = new MetricsFileReader(path, 60_000)) {
            final int id = file.counters().allocateCounter(label116);
            final IllegalArgumentException longLabel = assertThrows(IllegalArgumentException.class,
                () -> file.counters().allocateGauge(label116 + "c"));
            assertTrue(longLabel.getMessage().contains("116"), longLabel.getMessage());
            assertEquals(1, file.counters().allocatedCount(), "a refused label uses no slot");
            reader.refresh();
            assertEquals(stage56, reader.stageName(0));
            assertEquals(label116, reader.counterLabel(id));
            assertFalse(reader.isAllocated(1));
        }
    }

    /** Coverage: a new engine over an old file: the reader drops every cached label, name and value. */
    @Test
    void newFileOverAnOldOneIsNeverMixed() throws Exception {
        final Path path = dir.resolve("metrics.dat");
        final Histogram h = new Histogram(3);
        h.recordValue(777);
        try (MetricsFileReader reader = new MetricsFileReader(path, 60_000)) {
            try (MetricsFile old = MetricsFile.create(path, 4, List.of("OLD_A", "OLD_B"))) {
                old.counters().allocateCounter("old.one");
                old.counters().add(old.counters().allocateGauge("old.two"), 5);
                old.snapshots().publish(0, h, 3, 0, 42);
                assertEquals(WriterStatus.LIVE, reader.refresh());
                assertEquals("old.one", reader.counterLabel(0));
                assertEquals("old.two", reader.counterLabel(1));
            }
            try (MetricsFile fresh = MetricsFile.create(path, 4, List.of("NEW"))) {
                fresh.counters().allocateGauge("new.one");
                assertEquals(WriterStatus.LIVE, reader.refresh());
                assertEquals(2, reader.mapCount());
                assertEquals(1, reader.stageCount());
                assertEquals("NEW", reader.stageName(0));
                assertEquals("new.one", reader.counterLabel(0));
                assertEquals(MetricsFileDescriptor.TYPE_GAUGE, reader.counterType(0));
                assertFalse(reader.isAllocated(1));
                assertEquals("", reader.counterLabel(1));
                final StageSnapshot s = new StageSnapshot();
                assertTrue(reader.readSnapshot(0, s));
                assertEquals(0, s.count());
                assertEquals(0, s.clampedCount());
                assertFalse(reader.control().killSwitchRequested());
            }
        }
    }

    /**
     * BUG: {@code MonitorMain --kill-switch} against the file of a dead engine writes the switch
     * into that dead file, prints "kill switch requested" and exits 0. No engine will ever see it
     * (the next engine creates a fresh file with the switch off), yet a script sees success.
     */
    @Test
    void killSwitchCliFailsWhenNoLiveEngineCanSeeIt() throws Exception {
        final Path path = dir.resolve("metrics.dat");
        MetricsFile.create(path, 1, List.of("A")).close();
        final long old = System.currentTimeMillis() - 60_000;
        setWriter(path, deadPid(), old, old);
        final List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("--add-exports");
        command.add("java.base/jdk.internal.misc=org.agrona,io.hftengine.metrics");
        command.add("-p");
        command.add(System.getProperty("jdk.module.path"));
        command.add("-m");
        command.add("io.hftengine.metrics/io.hftengine.metrics.monitor.MonitorMain");
        command.add("--file");
        command.add(path.toString());
        command.add("--port");
        command.add("-1");
        command.add("--kill-switch");
        command.add("7");
        final Process cli = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertTrue(cli.waitFor(30, TimeUnit.SECONDS));
        final String output = TwoProcessRoundTripTest.output(cli);
        assertNotEquals(0, cli.exitValue(), "kill switch reported as done on a dead engine's file: " + output);
    }
}
