package io.hftengine.engine.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Requests through the control words start one capture, which a later poll ends and writes. */
class ProfileControllerTest {
    private static final long SECOND = 1_000_000_000L;

    @TempDir
    Path dir;

    private final AtomicLong requested = new AtomicLong();
    private final AtomicLong acknowledged = new AtomicLong();
    private final AtomicLong now = new AtomicLong(1_000);
    private final List<String> log = new ArrayList<>();
    private final ScriptedBackend backend = new ScriptedBackend();

    private ProfileController controller(final Profiler profiler) {
        return new ProfileController(profiler, ProfileRequests.of(requested::get, acknowledged::get, acknowledged::set),
            ProfileMode.CPU, dir, 2 * SECOND, now::get, log::add);
    }

    @Test
    void idlePollsDoNothing() {
        final ProfileController controller = controller(Profiler.using(backend, ProfilerTest.paranoid("1")));
        assertEquals(0, controller.poll());
        assertEquals(0, controller.poll());
        assertTrue(backend.commands.isEmpty(), backend.commands.toString());
        assertTrue(log.isEmpty());
    }

    @Test
    void aRequestStartsACaptureThatStopsAfterItsDuration() throws Exception {
        final ProfileController controller = controller(Profiler.using(backend, ProfilerTest.paranoid("1")));
        requested.set(1);
        assertEquals(1, controller.poll());
        assertEquals(1, acknowledged.get(), "the request is acknowledged");
        assertTrue(controller.isCapturing());
        assertEquals(ProfileOutcome.STARTED, controller.lastStatus().outcome());

        now.addAndGet(SECOND);
        assertEquals(0, controller.poll(), "still within the duration");
        assertTrue(controller.isCapturing());

        now.addAndGet(SECOND);
        assertEquals(1, controller.poll());
        assertFalse(controller.isCapturing());
        assertEquals(ProfileOutcome.WRITTEN, controller.lastStatus().outcome());
        final Path file = controller.lastStatus().file();
        assertTrue(Files.isRegularFile(file));
        assertEquals("hft-profile-" + ProcessHandle.current().pid() + "-1-cpu.html", file.getFileName().toString());
        assertEquals(2, log.size(), log.toString());
    }

    @Test
    void aRequestDuringACaptureJoinsIt() {
        final ProfileController controller = controller(Profiler.using(backend, ProfilerTest.paranoid("1")));
        requested.set(1);
        controller.poll();
        requested.set(3);
        assertEquals(1, controller.poll());
        assertEquals(3, acknowledged.get());
        assertEquals(1, backend.commands.stream().filter(c -> c.startsWith("start")).count(), backend.commands.toString());
        assertTrue(log.get(1).contains("joins"), log.toString());
    }

    @Test
    void anUnservableRequestIsAcknowledgedAndLogged() {
        final ProfileController controller = controller(Profiler.unavailable("no native library"));
        requested.set(1);
        assertEquals(1, controller.poll());
        assertEquals(1, acknowledged.get());
        assertFalse(controller.isCapturing());
        assertEquals(ProfileOutcome.UNAVAILABLE, controller.lastStatus().outcome());
        assertTrue(log.get(0).contains("no native library"), log.toString());
        assertEquals(0, controller.poll(), "not retried on every poll");
    }

    @Test
    void closeWritesARunningCapture() {
        final ProfileController controller = controller(Profiler.using(backend, ProfilerTest.paranoid("1")));
        requested.set(1);
        controller.poll();
        controller.close();
        assertFalse(controller.isCapturing());
        assertEquals(ProfileOutcome.WRITTEN, controller.lastStatus().outcome());
        controller.close();
        assertEquals(ProfileOutcome.WRITTEN, controller.lastStatus().outcome(), "closing twice is harmless");
    }

    @Test
    void aNonPositiveDurationIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new ProfileController(Profiler.unavailable("x"),
            ProfileRequests.of(requested::get, acknowledged::get, acknowledged::set), ProfileMode.CPU, dir, 0, now::get,
            log::add));
    }
}
