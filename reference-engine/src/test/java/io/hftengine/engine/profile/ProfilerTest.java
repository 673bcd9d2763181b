package io.hftengine.engine.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.hftengine.affinity.SysFs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Profiler's contract against a scripted backend: fallbacks, statuses, never a throw. */
class ProfilerTest {
    @TempDir
    Path dir;

    private final ScriptedBackend backend = new ScriptedBackend();

    static SysFs paranoid(final String value) {
        final Map<String, String> files = Map.of("proc/sys/kernel/perf_event_paranoid", value + "\n");
        return new SysFs() {
            @Override
            public Optional<String> read(final String relativePath) {
                return Optional.ofNullable(files.get(relativePath));
            }

            @Override
            public List<String> list(final String relativeDir) {
                return List.of();
            }

            @Override
            public String describe() {
                return "fixture";
            }
        };
    }

    @Test
    void cpuUsesPerfEventsWhereAllowed() {
        final Profiler profiler = Profiler.using(backend, paranoid("1"));
        final ProfileStatus started = profiler.start(ProfileMode.CPU, dir.resolve("p.html"));
        assertEquals(ProfileOutcome.STARTED, started.outcome(), started.toString());
        assertEquals("cpu", started.event());
        assertTrue(backend.commands.contains("start,event=cpu,interval=" + Profiler.CPU_INTERVAL_NS), backend.commands.toString());
        assertTrue(started.message().contains("perf_events"), started.message());
        final ProfileStatus written = profiler.stop();
        assertEquals(ProfileOutcome.WRITTEN, written.outcome(), written.toString());
        assertTrue(Files.isRegularFile(dir.resolve("p.html")));
        assertTrue(backend.commands.get(backend.commands.size() - 1).startsWith("stop,flamegraph,file="));
    }

    @Test
    void cpuFallsBackToCtimerWhenPerfEventsAreNotListed() {
        backend.listsPerfEvents = false;
        final Profiler profiler = Profiler.using(backend, paranoid("3"));
        final ProfileStatus started = profiler.start(ProfileMode.CPU, dir.resolve("p.html"));
        assertEquals(ProfileOutcome.STARTED, started.outcome());
        assertEquals("ctimer", started.event());
        assertFalse(backend.commands.stream().anyMatch(c -> c.startsWith("start,event=cpu")), backend.commands.toString());
        assertTrue(started.message().contains("perf_events are not allowed"), started.message());
        assertTrue(started.message().contains("kernel.perf_event_paranoid=3"), started.message());
        assertEquals(ProfileOutcome.WRITTEN, profiler.stop().outcome());
        assertTrue(profiler.lastStatus().message().contains("ctimer"), "the written status repeats the fallback");
    }

    @Test
    void cpuFallsBackWhenThePerfEventStartIsRefused() {
        backend.refusedEvents.add("cpu");
        backend.refusedEvents.add("ctimer");
        final Profiler profiler = Profiler.using(backend, paranoid("2"));
        final ProfileStatus started = profiler.start(ProfileMode.CPU, dir.resolve("p.html"));
        assertEquals("itimer", started.event(), started.toString());
        assertTrue(started.message().contains("cpu: Perf events unavailable"), started.message());
        assertTrue(profiler.isActive());
    }

    @Test
    void everyEventRefusedIsAFailureNotAThrow() {
        backend.refusedEvents.addAll(List.of("cpu", "ctimer", "itimer"));
        final Profiler profiler = Profiler.using(backend, paranoid("1"));
        final ProfileStatus status = profiler.start(ProfileMode.CPU, dir.resolve("p.html"));
        assertEquals(ProfileOutcome.FAILED, status.outcome());
        assertTrue(status.message().contains("refused every event"), status.message());
        assertFalse(profiler.isActive());
    }

    @Test
    void allocAndLockAskForTheirOwnEvents() {
        final Profiler profiler = Profiler.using(backend, paranoid("1"));
        assertEquals("alloc", profiler.start(ProfileMode.ALLOC, dir.resolve("a.html")).event());
        profiler.stop();
        assertEquals("lock", profiler.start(ProfileMode.LOCK, dir.resolve("l.html")).event());
        profiler.stop();
        assertTrue(backend.commands.containsAll(List.of("start,event=alloc", "start,event=lock")), backend.commands.toString());
    }

    @Test
    void oneProfileAtATime() {
        final Profiler profiler = Profiler.using(backend, paranoid("1"));
        profiler.start(ProfileMode.CPU, dir.resolve("first.html"));
        final ProfileStatus second = profiler.start(ProfileMode.ALLOC, dir.resolve("second.html"));
        assertEquals(ProfileOutcome.IGNORED, second.outcome());
        assertEquals(dir.resolve("first.html").toAbsolutePath(), second.file());
    }

    @Test
    void stopWithoutStartIsIgnored() {
        final ProfileStatus status = Profiler.using(backend, paranoid("1")).stop();
        assertEquals(ProfileOutcome.IGNORED, status.outcome());
        assertFalse(status.succeeded());
    }

    @Test
    void badPathsAreRefusedBeforeAnythingStarts() {
        final Profiler profiler = Profiler.using(backend, paranoid("1"));
        assertEquals(ProfileOutcome.FAILED, profiler.start(ProfileMode.CPU, dir.resolve("a,b.html")).outcome());
        assertEquals(ProfileOutcome.FAILED, profiler.start(ProfileMode.CPU, dir).outcome());
        assertEquals(ProfileOutcome.FAILED, profiler.start(null, dir.resolve("x.html")).outcome());
        assertFalse(backend.commands.stream().anyMatch(c -> c.startsWith("start")), backend.commands.toString());
    }

    @Test
    void missingDirectoriesAreCreated() {
        final Profiler profiler = Profiler.using(backend, paranoid("1"));
        final Path nested = dir.resolve("a/b/p.html");
        assertEquals(ProfileOutcome.STARTED, profiler.start(ProfileMode.CPU, nested).outcome());
        assertEquals(ProfileOutcome.WRITTEN, profiler.stop().outcome());
        assertTrue(Files.isRegularFile(nested));
    }

    @Test
    void aFailedWriteIsReportedAndLeavesNothingRunning() {
        backend.failStopWrite = true;
        final Profiler profiler = Profiler.using(backend, paranoid("1"));
        profiler.start(ProfileMode.CPU, dir.resolve("p.html"));
        final ProfileStatus status = profiler.stop();
        assertEquals(ProfileOutcome.FAILED, status.outcome());
        assertTrue(status.message().contains("disk full"), status.message());
        assertFalse(profiler.isActive());
        assertEquals(ProfileOutcome.STARTED, profiler.start(ProfileMode.CPU, dir.resolve("q.html")).outcome());
    }

    @Test
    void anUnavailableProfilerSaysWhy() {
        final Profiler profiler = Profiler.unavailable("no library for this platform");
        assertFalse(profiler.isAvailable());
        final ProfileStatus status = profiler.start(ProfileMode.CPU, dir.resolve("p.html"));
        assertEquals(ProfileOutcome.UNAVAILABLE, status.outcome());
        assertEquals("no library for this platform", status.message());
        assertTrue(profiler.describe().contains("unavailable"));
        assertEquals(ProfileOutcome.IGNORED, profiler.stop().outcome());
    }
}
