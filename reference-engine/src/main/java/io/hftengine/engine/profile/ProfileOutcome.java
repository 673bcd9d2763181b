package io.hftengine.engine.profile;

/** What a request to the {@link Profiler} came to. */
public enum ProfileOutcome {
    /** A profile is now running. */
    STARTED,
    /** The profile stopped and its flame graph was written. */
    WRITTEN,
    /** Nothing to do: a stop with no profile running, or a start while one runs. */
    IGNORED,
    /** async-profiler cannot run in this JVM or on this platform; the engine runs unprofiled. */
    UNAVAILABLE,
    /** The profiler refused or failed (bad path, event not supported, write error); nothing is running. */
    FAILED
}
