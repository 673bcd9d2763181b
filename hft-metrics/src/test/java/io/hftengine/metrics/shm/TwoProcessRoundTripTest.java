package io.hftengine.metrics.shm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real second JVM ({@code SyntheticWriterMain}) writes the metrics file while this JVM reads it:
 * monitor started first, live data, kill switch across processes, stale file after the writer
 * dies, and a restarted writer picked up by the same reader.
 */
class TwoProcessRoundTripTest {
    private static final long STALE_AFTER_MS = 500;

    @Test
    void secondJvmWritesWhileThisJvmReads(@TempDir final Path dir) throws Exception {
        final Path path = dir.resolve("metrics.dat");
        try (MetricsFileReader reader = new MetricsFileReader(path, STALE_AFTER_MS)) {
            assertEquals(WriterStatus.NO_FILE, reader.refresh(), "monitor starts before the engine");

            final Process first = startWriter(path, 60_000);
            final long firstPid = first.pid();
            try {
                awaitTrue(() -> reader.refresh() == WriterStatus.LIVE, "first writer live");
                assertEquals(firstPid, reader.writerPid());
                // Labelled from the first look: the writer publishes its file only after
                // allocating its counters (CI once read an unlabelled counter here before).
                assertEquals("md.packets.received", reader.counterLabel(0));
                final long packetsBefore = reader.counterValue(0);
                awaitTrue(() -> reader.counterValue(0) > packetsBefore + 1000, "packets keep counting");
                final StageSnapshot s = new StageSnapshot();
                awaitTrue(() -> reader.readSnapshot(4, s) && s.count() > 1000, "tick-to-order published");
                assertEquals("TICK_TO_ORDER", reader.stageName(4));
                assertTrue(s.p50() <= s.p90() && s.p90() <= s.p99() && s.p99() <= s.p999()
                    && s.p999() <= s.p9999() && s.p9999() <= s.max(), "percentiles ordered");
                assertTrue(s.p50() >= 200, "tick-to-order is the sum of four stages: " + s.p50());

                reader.control().requestKillSwitch(42, System.currentTimeMillis());
                assertTrue(first.waitFor(20, TimeUnit.SECONDS), "writer obeys the kill switch");
                assertEquals(3, first.exitValue());
                assertTrue(output(first).contains("KILLED reason=42"));
            } finally {
                first.destroyForcibly();
            }

            awaitTrue(() -> reader.refresh() == WriterStatus.STALE, "dead writer's file is stale");

            final Process second = startWriter(path, 60_000);
            try {
                awaitTrue(() -> reader.refresh() == WriterStatus.LIVE, "restarted writer live");
                assertNotEquals(firstPid, reader.writerPid());
                assertEquals(second.pid(), reader.writerPid());
                assertEquals(2, reader.mapCount(), "the reader re-mapped the new file");
                assertTrue(!reader.control().killSwitchRequested(), "a new run starts with the switch off");
            } finally {
                second.destroy();
                second.waitFor(20, TimeUnit.SECONDS);
            }
        }
    }

    static Process startWriter(final Path path, final long durationMs) throws IOException {
        final List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("--add-exports");
        command.add("java.base/jdk.internal.misc=org.agrona,io.hftengine.metrics");
        command.add("-p");
        command.add(System.getProperty("jdk.module.path"));
        command.add("-m");
        command.add("io.hftengine.metrics/io.hftengine.metrics.monitor.SyntheticWriterMain");
        command.add(path.toString());
        command.add(Long.toString(durationMs));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    static String output(final Process process) throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            final StringBuilder out = new StringBuilder();
            String line;
            while ((line = in.readLine()) != null) {
                out.append(line).append('\n');
            }
            return out.toString();
        }
    }

    static void awaitTrue(final BooleanSupplier condition, final String what) throws InterruptedException {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            Thread.sleep(20);
        }
    }
}
