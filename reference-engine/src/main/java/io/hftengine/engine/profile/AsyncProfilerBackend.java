package io.hftengine.engine.profile;

import one.profiler.AsyncProfiler;

/**
 * {@link ProfilerBackend} over async-profiler's Java API. Its jar carries the native library for
 * Linux x64 and arm64 (and macOS); {@link AsyncProfiler#getInstance()} extracts it to a temp file
 * ({@code -Done.profiler.extractPath=DIR} when {@code /tmp} is mounted {@code noexec}) and loads it.
 */
final class AsyncProfilerBackend implements ProfilerBackend {
    private final AsyncProfiler profiler;

    private AsyncProfilerBackend(final AsyncProfiler profiler) {
        this.profiler = profiler;
    }

    /**
     * Loads the native library. Slow (extracts and maps a shared library): call once, at start-up
     * or on the first profile request, never from a pipeline thread.
     *
     * @return the backend
     * @throws LinkageError if the library cannot be loaded (no build for this platform, noexec temp dir)
     * @throws IllegalStateException if the library cannot be extracted
     */
    static ProfilerBackend load() {
        return new AsyncProfilerBackend(AsyncProfiler.getInstance());
    }

    @Override
    public String version() {
        return profiler.getVersion();
    }

    @Override
    public String execute(final String command) throws Exception {
        return profiler.execute(command);
    }
}
