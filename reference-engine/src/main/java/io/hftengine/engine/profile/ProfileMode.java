package io.hftengine.engine.profile;

import java.util.Locale;

/** What a profile samples, and so what its flame graph's widths mean. */
public enum ProfileMode {
    /** On-CPU time: where the threads spend cycles (perf_events, or a timer where those are denied). */
    CPU("cpu"),
    /** Heap allocation: which call paths allocate, weighted by bytes (sampled per TLAB). */
    ALLOC("alloc"),
    /** Contended locks: where threads wait to enter monitors and {@code java.util.concurrent} locks. */
    LOCK("lock");

    private final String event;

    ProfileMode(final String event) {
        this.event = event;
    }

    /**
     * Returns the async-profiler event this mode asks for first.
     *
     * @return {@code cpu}, {@code alloc} or {@code lock}
     */
    public String event() {
        return event;
    }

    /**
     * Parses a mode name as given on a command line.
     *
     * @param text {@code cpu}, {@code alloc} or {@code lock}, any case, surrounding blanks ignored
     * @return the mode
     * @throws IllegalArgumentException if the text names no mode, with the accepted names
     */
    public static ProfileMode parse(final String text) {
        final String name = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (final ProfileMode mode : values()) {
            if (mode.event.equals(name)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("profile mode must be cpu, alloc or lock, was '" + text + "'");
    }
}
