package io.hftengine.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hftengine.engine.config.EngineConfig;
import io.hftengine.engine.config.EngineConfigLoader;
import io.hftengine.metrics.shm.MetricsFile;
import io.hftengine.metrics.shm.MetricsFileDescriptor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second engine given the metrics file of one that runs (the default path, shared by every
 * engine of a host) is refused before anything opens, as a second engine on a journal is. It was
 * refused only after pre-open priming (10 s of trading against the primer's simulators by
 * default), with an {@link IllegalStateException}'s stack trace and exit 1.
 */
class MetricsFileInUseTest {
    @TempDir
    Path dir;

    @Test
    void aMetricsFileALiveEngineOwnsStopsRunBeforePriming() throws Exception {
        final Path metrics = dir.resolve("metrics.dat");
        final Process other = new ProcessBuilder("sleep", "300").start();
        try {
            MetricsFile.create(metrics, 2, List.of("A")).close();
            putLong(metrics, MetricsFileDescriptor.WRITER_PID_OFFSET, other.pid());
            putLong(metrics, MetricsFileDescriptor.WRITER_START_OFFSET,
                other.info().startInstant().map(Instant::toEpochMilli).orElseThrow());
            RunFixtures.writeConfig(dir, RunFixtures.loopbackNetwork(47461, 0, RunFixtures.udpVenue(47462)));
            final EngineConfig config = EngineConfigLoader.load(dir).withPrimeSeconds(60);
            final ByteArrayOutputStream text = new ByteArrayOutputStream();
            final long start = System.nanoTime();
            final IOException refused = assertThrows(IOException.class, () -> new EngineSession(
                new SessionOptions(SessionOptions.Kind.RUN, config, "1", 0, 1, null, dir.resolve("report"), null, 0,
                    20_000, 50, 1, false, metrics), new PrintStream(text, true, StandardCharsets.UTF_8)).run());
            assertTrue((System.nanoTime() - start) / 1e9 < 10, "refused before the 60 s of priming");
            assertTrue(refused.getMessage().startsWith("--metrics-file: metrics file " + metrics
                + " belongs to live process " + other.pid() + ", an engine still running"), refused.getMessage());
            assertFalse(text.toString(StandardCharsets.UTF_8).contains("priming"), "priming never started: " + text);
            assertEquals(other.pid(), getLong(metrics, MetricsFileDescriptor.WRITER_PID_OFFSET),
                "the running engine's file is left to it");
        } finally {
            other.destroyForcibly();
            other.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static void putLong(final Path path, final int offset, final long value) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.allocate(Long.BYTES).order(ByteOrder.nativeOrder()).putLong(0, value), offset);
        }
    }

    private static long getLong(final Path path, final int offset) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            final ByteBuffer bytes = ByteBuffer.allocate(Long.BYTES).order(ByteOrder.nativeOrder());
            channel.read(bytes, offset);
            return bytes.getLong(0);
        }
    }
}
