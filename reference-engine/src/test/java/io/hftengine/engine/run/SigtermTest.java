package io.hftengine.engine.run;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.hftengine.engine.EngineJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine stopped with SIGTERM, as an operator or a supervisor stops it: the rings drain, the
 * journal is flushed and the final report is still written. A real second JVM runs the engine.
 */
class SigtermTest {
    @TempDir
    Path dir;

    @Test
    void sigtermWritesTheFinalReport() throws Exception {
        final Path json = dir.resolve("bench.json");
        final List<String> command = EngineJvm.command("bench", "--seconds", "600", "--warmup", "1", "--rate", "50000",
                "--symbols", "50", "--no-metrics-file", "--out", dir.resolve("report").toString(), "--json",
                json.toString());
        final Process engine = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("engine.log").toFile()).start();
        try {
            final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.readString(dir.resolve("engine.log")).contains("thread layout")
                    && System.nanoTime() < deadline && engine.isAlive()) {
                Thread.sleep(100);
            }
            Thread.sleep(3_000); // past warm-up, trading
            engine.destroy(); // SIGTERM
            final long termNs = System.nanoTime();
            assertTrue(engine.waitFor(60, TimeUnit.SECONDS), "the engine must stop on SIGTERM");
            // Once its report is written it exits: the shutdown hook waited for the main thread to
            // end, but main was itself blocked in System.exit behind that hook, so every SIGTERM
            // took the hook's whole 30 s timeout.
            final long exitSeconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - termNs);
            assertTrue(exitSeconds < 20, "stopped " + exitSeconds + " s after SIGTERM");
        } finally {
            engine.destroyForcibly();
        }
        final String log = Files.readString(dir.resolve("engine.log"));
        assertTrue(Files.exists(json), "the final report must be written on SIGTERM; log:\n" + log);
        final String summary = Files.readString(json);
        assertTrue(summary.contains("\"command\": \"bench\""), summary);
        assertTrue(log.contains("== bench report"), log);
        assertTrue(!summary.contains("\"messages\": 0,"), "it traded before the stop: " + summary);
    }
}
