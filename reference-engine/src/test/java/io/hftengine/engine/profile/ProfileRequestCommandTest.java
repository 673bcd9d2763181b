package io.hftengine.engine.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.hftengine.metrics.shm.ControlRegion;
import io.hftengine.metrics.shm.MetricsFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The whole request path through a real memory-mapped metrics file: {@code hft profile} raises the
 * request word, the engine side's ProfileController (polled here by a stand-in housekeeping
 * thread) acknowledges it, captures and writes the flame graph.
 */
class ProfileRequestCommandTest {
    @TempDir
    Path dir;

    @Test
    void aRequestThroughTheMetricsFileIsServedByTheController() throws Exception {
        final Path path = dir.resolve("metrics.dat");
        final ScriptedBackend backend = new ScriptedBackend();
        final List<String> log = new CopyOnWriteArrayList<>();
        try (MetricsFile file = MetricsFile.create(path, 16, List.of("market-data", "strategy", "risk", "gateway"))) {
            file.heartbeat(System.currentTimeMillis());
            final ControlRegion control = file.control();
            final ProfileController controller = new ProfileController(Profiler.using(backend, ProfilerTest.paranoid("1")),
                ProfileRequests.of(control::profileRequestSequence, control::profileAcknowledgedSequence,
                    control::acknowledgeProfile), ProfileMode.CPU, dir, 1, System::nanoTime, log::add);
            final Thread housekeeping = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted() && !(log.size() >= 2)) {
                    controller.poll();
                    file.heartbeat(System.currentTimeMillis());
                    try {
                        Thread.sleep(5);
                    } catch (final InterruptedException e) {
                        return;
                    }
                }
            }, "housekeeping");
            housekeeping.start();
            final StringWriter out = new StringWriter();
            final int code = new CommandLine(new ProfileRequestCommand()).setOut(new PrintWriter(out))
                .execute("--metrics-file", path.toString(), "--wait", "10");
            housekeeping.join(10_000);
            assertEquals(0, code, out.toString());
            assertTrue(out.toString().contains("request 1 acknowledged"), out.toString());
            assertEquals(1, control.profileAcknowledgedSequence());
            assertEquals(ProfileOutcome.WRITTEN, controller.lastStatus().outcome(), log.toString());
            assertTrue(Files.isRegularFile(controller.lastStatus().file()));
        }
    }

    @Test
    void withoutALiveEngineItSaysSoAndFails() {
        final StringWriter out = new StringWriter();
        final int code = new CommandLine(new ProfileRequestCommand()).setOut(new PrintWriter(out))
            .execute("--metrics-file", dir.resolve("none.dat").toString(), "--wait", "0.1");
        assertEquals(1, code);
        assertTrue(out.toString().contains("no live engine"), out.toString());
    }
}
