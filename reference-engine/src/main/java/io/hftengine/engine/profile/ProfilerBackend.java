package io.hftengine.engine.profile;

/**
 * The native profiler as {@link Profiler} drives it: async-profiler in production, a scripted
 * fake in tests (to prove the timer fallback on a host where perf_events work).
 */
interface ProfilerBackend {
    /**
     * Names the profiler build.
     *
     * @return e.g. {@code "4.6"}
     */
    String version();

    /**
     * Runs one async-profiler command ({@code start,event=cpu}, {@code stop,file=...}, {@code list}).
     *
     * @param command the comma-separated command
     * @return the profiler's reply text
     * @throws Exception any refusal: {@link IllegalStateException} for a bad state or an event the
     *                   host does not support, {@link IllegalArgumentException} for a bad command,
     *                   {@link java.io.IOException} when the output cannot be written
     */
    String execute(String command) throws Exception;
}
