package io.hftengine.engine.profile;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * One profiled run: started by {@link ProfileOptions#begin(Consumer)}, stopped (and its flame
 * graph written) by {@link #close()} or {@link #finish()}.
 *
 * <p>Use from the thread that runs the command. Closing twice is harmless.
 */
public final class ProfileSession implements AutoCloseable {
    private static final ProfileSession NONE = new ProfileSession(null, null,
        new ProfileStatus(ProfileOutcome.IGNORED, "", null, "no profile requested."));

    private final Profiler profiler;
    private final Consumer<String> log;
    private final ProfileStatus startStatus;
    private ProfileStatus endStatus;

    private ProfileSession(final Profiler profiler, final Consumer<String> log, final ProfileStatus startStatus) {
        this.profiler = profiler;
        this.log = log;
        this.startStatus = startStatus;
    }

    static ProfileSession none() {
        return NONE;
    }

    static ProfileSession start(final Profiler profiler, final ProfileMode mode, final Path file, final Consumer<String> log) {
        final ProfileStatus status = profiler.start(mode, file);
        log.accept(status.toString());
        return new ProfileSession(status.outcome() == ProfileOutcome.STARTED ? profiler : null, log, status);
    }

    /**
     * Tells whether this session is sampling.
     *
     * @return {@code true} if the profile started and has not been finished
     */
    public synchronized boolean isProfiling() {
        return profiler != null && endStatus == null;
    }

    /**
     * Returns how the start went.
     *
     * @return the status of the start, {@link ProfileOutcome#IGNORED} for a session without a profile
     */
    public ProfileStatus startStatus() {
        return startStatus;
    }

    /**
     * Stops the profile and writes the flame graph, logging the result; later calls return the same result.
     *
     * @return {@link ProfileOutcome#WRITTEN} with the file, or why not; the start status when it never started
     */
    public synchronized ProfileStatus finish() {
        if (endStatus == null) {
            if (profiler == null) {
                endStatus = startStatus;
            } else {
                endStatus = profiler.stop();
                log.accept(endStatus.toString());
            }
        }
        return endStatus;
    }

    /** Same as {@link #finish()}; never throws. */
    @Override
    public void close() {
        finish();
    }
}
