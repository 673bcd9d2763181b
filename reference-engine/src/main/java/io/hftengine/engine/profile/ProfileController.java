package io.hftengine.engine.profile;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Serves profile requests from a separate process: when the request word of the control region
 * moves ahead of the acknowledged word, starts a profile of {@code durationNs}, then stops it and
 * writes {@code hft-profile-<pid>-<sequence>-<mode>.html} into the output directory.
 *
 * <p>Call {@link #poll()} from a housekeeping thread (a few times a second is plenty), never from
 * a pipeline thread: starting loads the native library the first time and stopping writes the
 * HTML file. An idle poll is two acquire loads and allocates nothing. A request that arrives while
 * a capture runs is acknowledged and folded into it. A request that cannot be served (library
 * unavailable, directory not writable) is still acknowledged, so it is not retried on every poll,
 * and the reason goes to the log.
 *
 * <p>Not thread-safe: one housekeeping thread polls and closes.
 */
public final class ProfileController implements AutoCloseable {
    private final Profiler profiler;
    private final ProfileRequests requests;
    private final ProfileMode mode;
    private final Path directory;
    private final long durationNs;
    private final LongSupplier nanoClock;
    private final Consumer<String> log;
    private final long pid;
    private boolean capturing;
    private long deadlineNs;
    private ProfileStatus lastStatus = new ProfileStatus(ProfileOutcome.IGNORED, "", null, "no profile requested yet.");

    /**
     * Creates a controller; nothing is read or started until {@link #poll()}.
     *
     * @param profiler   the JVM's profiler, usually {@link Profiler#instance()}
     * @param requests   the control words, e.g. {@code ProfileRequests.of(control::profileRequestSequence,
     *                   control::profileAcknowledgedSequence, control::acknowledgeProfile)}
     * @param mode       what each capture samples
     * @param directory  where the flame graphs go (created on the first capture)
     * @param durationNs how long each capture runs, nanoseconds, at least 1
     * @param nanoClock  monotonic time in nanoseconds, e.g. {@code System::nanoTime}
     * @param log        receives one line per start, stop or failure, on the polling thread
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code durationNs} is below 1
     */
    public ProfileController(final Profiler profiler, final ProfileRequests requests, final ProfileMode mode,
            final Path directory, final long durationNs, final LongSupplier nanoClock, final Consumer<String> log) {
        this.profiler = Objects.requireNonNull(profiler, "profiler");
        this.requests = Objects.requireNonNull(requests, "requests");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.log = Objects.requireNonNull(log, "log");
        if (durationNs < 1) {
            throw new IllegalArgumentException("profile duration must be at least 1 ns, was " + durationNs);
        }
        this.durationNs = durationNs;
        this.pid = ProcessHandle.current().pid();
    }

    /**
     * Starts a capture for a new request, or ends the running one when its time is up.
     *
     * @return 1 if it started, stopped or acknowledged something, 0 if there was nothing to do
     */
    public int poll() {
        final long requested = requests.requestSequence();
        if (requested > requests.acknowledgedSequence()) {
            requests.acknowledge(requested);
            if (capturing) {
                log.accept("profile request " + requested + " joins the capture already running");
            } else {
                begin(requested);
            }
            return 1;
        }
        if (capturing && nanoClock.getAsLong() - deadlineNs >= 0) {
            finish();
            return 1;
        }
        return 0;
    }

    /**
     * Tells whether a capture started by this controller is running.
     *
     * @return {@code true} from a served request until its duration has passed and a poll stopped it
     */
    public boolean isCapturing() {
        return capturing;
    }

    /**
     * Returns the status of this controller's latest start or stop.
     *
     * @return the status; {@link ProfileOutcome#IGNORED} before the first request
     */
    public ProfileStatus lastStatus() {
        return lastStatus;
    }

    /** Stops and writes a running capture early (engine shutdown). Never throws. */
    @Override
    public void close() {
        if (capturing) {
            finish();
        }
    }

    private void begin(final long sequence) {
        final Path file = directory.resolve("hft-profile-" + pid + "-" + sequence + "-" + mode.event() + ".html");
        lastStatus = profiler.start(mode, file);
        capturing = lastStatus.outcome() == ProfileOutcome.STARTED;
        deadlineNs = nanoClock.getAsLong() + durationNs;
        log.accept("profile request " + sequence + ": " + lastStatus
            + (capturing ? " Stops in " + durationNs / 1_000_000L + " ms." : ""));
    }

    private void finish() {
        capturing = false;
        lastStatus = profiler.stop();
        log.accept(lastStatus.toString());
    }
}
