package io.hftengine.engine.profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.hftengine.affinity.SysFs;
import io.hftengine.engine.doctor.HostFiles;

/**
 * Starts and stops async-profiler in this JVM and writes its flame graph as HTML.
 *
 * <p>Never throws into the engine: a missing native library, a denied event or an unwritable file
 * is a {@link ProfileStatus} with an explanation, and the engine keeps running unprofiled. In
 * {@link ProfileMode#CPU} it asks for perf_events first and, where the kernel denies them (VMs
 * without a PMU, containers, {@code kernel.perf_event_paranoid} too high), falls back to
 * async-profiler's timer-based {@code ctimer}, then {@code itimer}, and says so in the status.
 *
 * <p>One profile at a time per JVM (async-profiler is a process-wide singleton): use
 * {@link #instance()}. Thread-safe; every method is control-plane work (it loads a library and
 * writes files), so call it from {@code main} or a housekeeping thread, never a pipeline thread.
 * Methods are {@code synchronized} for that reason only: they are never on a hot path.
 */
public final class Profiler {
    /** Timer events sample every millisecond of CPU time: enough detail in a few seconds, ~1% overhead. */
    static final long CPU_INTERVAL_NS = 1_000_000L;

    private static Profiler shared;

    private final ProfilerBackend backend;
    private final String unavailableReason;
    private final SysFs host;
    private Boolean perfEventsListed;
    private String activeEvent = "";
    private Path activeFile;
    private String startNote = "";
    private ProfileStatus last = new ProfileStatus(ProfileOutcome.IGNORED, "", null, "no profile requested yet.");

    private Profiler(final ProfilerBackend backend, final String unavailableReason, final SysFs host) {
        this.backend = backend;
        this.unavailableReason = unavailableReason;
        this.host = host;
    }

    /**
     * Returns this JVM's profiler, loading async-profiler's native library on first use.
     *
     * @return the shared instance; {@link #isAvailable()} tells whether the library loaded
     */
    public static synchronized Profiler instance() {
        // Loaded on first use, not in a static initialiser: loading extracts and maps a library.
        if (shared == null) {
            shared = load();
        }
        return shared;
    }

    static Profiler load() {
        try {
            return new Profiler(AsyncProfilerBackend.load(), "", HostFiles.live());
        } catch (final LinkageError | RuntimeException e) {
            return unavailable("async-profiler could not be loaded (" + e + "); on Linux x64/arm64 check that "
                + "the temp dir is not mounted noexec, or set -Done.profiler.extractPath=DIR.");
        }
    }

    static Profiler using(final ProfilerBackend backend, final SysFs host) {
        return new Profiler(Objects.requireNonNull(backend, "backend"), "", Objects.requireNonNull(host, "host"));
    }

    static Profiler unavailable(final String reason) {
        return new Profiler(null, reason, HostFiles.live());
    }

    /**
     * Tells whether async-profiler loaded in this JVM.
     *
     * @return {@code false} when every start will report {@link ProfileOutcome#UNAVAILABLE}
     */
    public boolean isAvailable() {
        return backend != null;
    }

    /**
     * Describes the profiler for start-up logs.
     *
     * @return e.g. {@code "async-profiler 4.6"}, or why it is unavailable
     */
    public String describe() {
        if (backend == null) {
            return "async-profiler unavailable: " + unavailableReason;
        }
        try {
            return "async-profiler " + backend.version();
        } catch (final RuntimeException e) {
            return "async-profiler (version unknown: " + e.getMessage() + ")";
        }
    }

    /**
     * Starts a profile that {@link #stop()} will write as an HTML flame graph to {@code file}.
     * Creates the file's parent directories.
     *
     * @param mode what to sample
     * @param file where the flame graph goes; its path must not contain a comma (async-profiler's
     *             argument separator)
     * @return {@link ProfileOutcome#STARTED} (the event in use and any fallback explained),
     *         {@link ProfileOutcome#IGNORED} if a profile is already running,
     *         {@link ProfileOutcome#UNAVAILABLE} or {@link ProfileOutcome#FAILED}; never throws
     */
    public synchronized ProfileStatus start(final ProfileMode mode, final Path file) {
        if (mode == null || file == null) {
            return report(ProfileOutcome.FAILED, "", file, "a profile needs a mode and a file.");
        }
        if (backend == null) {
            return report(ProfileOutcome.UNAVAILABLE, "", file, unavailableReason);
        }
        if (activeFile != null) {
            return report(ProfileOutcome.IGNORED, activeEvent, activeFile,
                "a profile is already running; stop it first (one profile at a time per JVM).");
        }
        final Path target = file.toAbsolutePath().normalize();
        final String problem = checkWritable(target);
        if (problem != null) {
            return report(ProfileOutcome.FAILED, "", target, problem);
        }
        final List<String> events = candidateEvents(mode);
        final List<String> refusals = new ArrayList<>();
        for (final String event : events) {
            try {
                final String reply = backend.execute(startCommand(event));
                activeEvent = event;
                activeFile = target;
                startNote = startMessage(mode, event, refusals) + warnings(reply);
                return report(ProfileOutcome.STARTED, event, target, startNote);
            } catch (final Exception e) {
                refusals.add(event + ": " + e.getMessage());
            }
        }
        return report(ProfileOutcome.FAILED, "", target, "async-profiler refused every event for " + mode + ": "
            + String.join("; ", refusals) + ".");
    }

    /**
     * Stops the running profile and writes its flame graph.
     *
     * @return {@link ProfileOutcome#WRITTEN} with the file, {@link ProfileOutcome#IGNORED} when no
     *         profile runs, or {@link ProfileOutcome#FAILED} (the profile is stopped either way);
     *         never throws
     */
    public synchronized ProfileStatus stop() {
        if (activeFile == null) {
            return report(ProfileOutcome.IGNORED, "", null, "no profile is running.");
        }
        final String event = activeEvent;
        final Path file = activeFile;
        activeEvent = "";
        activeFile = null;
        try {
            final String reply = backend.execute("stop,flamegraph,file=" + file);
            if (!Files.isRegularFile(file)) {
                return report(ProfileOutcome.FAILED, event, file, "async-profiler stopped but wrote no file (" + reply.strip() + ").");
            }
            final String empty = reply.contains("No samples") ? " No samples were collected: the graph is empty." : "";
            return report(ProfileOutcome.WRITTEN, event, file, "flame graph written. " + startNote + empty);
        } catch (final Exception e) {
            try {
                backend.execute("stop");
            } catch (final Exception alreadyStopped) {
                // The failed stop may or may not have stopped it; either way nothing runs now.
            }
            return report(ProfileOutcome.FAILED, event, file, "could not write the flame graph: " + e.getMessage());
        }
    }

    /**
     * Tells whether a profile is running.
     *
     * @return {@code true} between a successful start and the next stop
     */
    public synchronized boolean isActive() {
        return activeFile != null;
    }

    /**
     * Returns the status of the latest start or stop.
     *
     * @return the last status; an {@link ProfileOutcome#IGNORED} one before any call
     */
    public synchronized ProfileStatus lastStatus() {
        return last;
    }

    private List<String> candidateEvents(final ProfileMode mode) {
        if (mode != ProfileMode.CPU) {
            return List.of(mode.event());
        }
        return perfEventsAvailable() ? List.of("cpu", "ctimer", "itimer") : List.of("ctimer", "itimer");
    }

    /** async-profiler lists a "Perf events:" section only when perf_event_open works here. */
    private boolean perfEventsAvailable() {
        if (perfEventsListed == null) {
            try {
                perfEventsListed = backend.execute("list").contains("Perf events:");
            } catch (final Exception e) {
                perfEventsListed = Boolean.FALSE;
            }
        }
        return perfEventsListed;
    }

    private static String startCommand(final String event) {
        final boolean timer = "cpu".equals(event) || "ctimer".equals(event) || "itimer".equals(event);
        return "start,event=" + event + (timer ? ",interval=" + CPU_INTERVAL_NS : "");
    }

    private String startMessage(final ProfileMode mode, final String event, final List<String> refusals) {
        if (mode != ProfileMode.CPU) {
            return mode + " profile with async-profiler event '" + event + "'.";
        }
        if ("cpu".equals(event)) {
            return "CPU profile with perf_events.";
        }
        return "CPU profile with the timer-based '" + event + "' event: perf_events are not allowed here ("
            + paranoid() + (refusals.isEmpty() ? "; async-profiler lists no perf events" : "; " + String.join("; ", refusals))
            + "), so samples come from a CPU-time timer and kernel frames are missing.";
    }

    private String paranoid() {
        return host.read("proc/sys/kernel/perf_event_paranoid")
            .map(v -> "kernel.perf_event_paranoid=" + v.strip())
            .orElse("kernel.perf_event_paranoid unreadable");
    }

    private static String warnings(final String reply) {
        final StringBuilder out = new StringBuilder();
        for (final String line : reply.split("\n")) {
            if (line.startsWith("[WARN]")) {
                out.append(' ').append(line.strip());
            }
        }
        return out.toString();
    }

    private static String checkWritable(final Path target) {
        if (target.toString().indexOf(',') >= 0) {
            return "the profile path must not contain a comma (async-profiler's argument separator): " + target;
        }
        if (Files.isDirectory(target)) {
            return "the profile path is a directory, not a file: " + target;
        }
        final Path parent = target.getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (final IOException | SecurityException e) {
            return "cannot create the directory of the profile: " + e;
        }
        if (parent != null && !Files.isWritable(parent)) {
            return "cannot write to " + parent;
        }
        return null;
    }

    private ProfileStatus report(final ProfileOutcome outcome, final String event, final Path file, final String message) {
        last = new ProfileStatus(outcome, event, file, message);
        return last;
    }
}
