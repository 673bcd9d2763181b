package io.hftengine.metrics.shm;

import java.time.Instant;
import java.util.Optional;

/** Identifies writer processes by pid plus start time, so a recycled pid is not mistaken for one. */
final class WriterProcess {
    // ProcessHandle start times come from /proc in clock ticks; allow for rounding between readers.
    private static final long START_TOLERANCE_MS = 1_000L;

    private WriterProcess() {
    }

    static long currentPid() {
        return ProcessHandle.current().pid();
    }

    static long currentStartEpochMs() {
        return ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli)
            .orElseGet(System::currentTimeMillis);
    }

    /** True if a process with this pid runs and (where the OS says) started at that time. */
    static boolean isAlive(final long pid, final long startEpochMs) {
        final Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty() || !handle.get().isAlive()) {
            return false;
        }
        final Optional<Instant> start = handle.get().info().startInstant();
        return start.isEmpty() || Math.abs(start.get().toEpochMilli() - startEpochMs) <= START_TOLERANCE_MS;
    }
}
