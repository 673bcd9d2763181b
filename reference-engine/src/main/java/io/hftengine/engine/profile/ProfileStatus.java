package io.hftengine.engine.profile;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The result of one {@link Profiler} call, reported instead of thrown.
 *
 * @param outcome what happened
 * @param event   the async-profiler event in use ({@code cpu}, {@code ctimer}, {@code itimer},
 *                {@code alloc}, {@code lock}), or empty when none was
 * @param file    the flame graph file concerned, or {@code null} when none was
 * @param message one or more complete sentences for the operator: what ran, any fallback and why
 */
public record ProfileStatus(ProfileOutcome outcome, String event, Path file, String message) {
    /**
     * Checks the parts.
     *
     * @param outcome what happened
     * @param event   the event in use, or empty
     * @param file    the file, or {@code null}
     * @param message the explanation
     * @throws NullPointerException if outcome, event or message is null
     */
    public ProfileStatus {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(message, "message");
    }

    /**
     * Tells whether the call did what was asked (a start that started, a stop that wrote).
     *
     * @return {@code true} for {@link ProfileOutcome#STARTED} and {@link ProfileOutcome#WRITTEN}
     */
    public boolean succeeded() {
        return outcome == ProfileOutcome.STARTED || outcome == ProfileOutcome.WRITTEN;
    }

    /**
     * Formats the status as one log line.
     *
     * @return e.g. {@code "profile WRITTEN [cpu] /tmp/p.html: ..."}
     */
    @Override
    public String toString() {
        return "profile " + outcome + (event.isEmpty() ? "" : " [" + event + "]")
            + (file == null ? "" : " " + file) + ": " + message;
    }
}
