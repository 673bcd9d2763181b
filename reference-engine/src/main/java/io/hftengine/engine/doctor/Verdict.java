package io.hftengine.engine.doctor;

/** How a host setting compares with what a latency-sensitive deployment wants. */
public enum Verdict {
    /** As recommended. */
    OK,
    /** Not as recommended: expect jitter or lost packets until it is changed. */
    CHANGE,
    /** Could not be read here (no such entry, not Linux, a restricted container). */
    UNKNOWN,
    /** Reported for context; no recommendation applies. */
    INFO
}
