package io.hftengine.types;

/**
 * The time source of stage logic: wall-clock time live, recorded time in replay.
 *
 * <p>Every decision that depends on time (timers, rate limits, order timestamps) reads this
 * interface and never {@link System#currentTimeMillis()} directly, so a replay driven by a
 * virtual clock makes the same decisions on every run. Latency measurement is a separate concern
 * (a ticker in hft-metrics), because measuring must see real time even during replay.
 *
 * <p>Implementations must not allocate and must be cheap enough to call once per event.
 */
@FunctionalInterface
public interface Clock {
    /**
     * Returns the current time.
     *
     * @return nanoseconds since the Unix epoch, 1970-01-01T00:00:00Z
     */
    long epochNanos();
}
