package io.hftengine.metrics;

/**
 * A monotonic, high-resolution time source for latency measurement, in its own unit ("ticks").
 *
 * <p>Measure an interval by reading {@link #ticks()} twice and converting the difference with
 * {@link #toNanos(long)}. Tick values from two different tickers, or from two processes, must never
 * be compared. This is deliberately not the engine's wall clock ({@code io.hftengine.types.Clock}):
 * replay drives that one with recorded time, while measurement must always see real time.
 *
 * <p>Implementations are thread-safe, allocation-free and cheap enough to call twice per event.
 */
public interface Ticker {
    /**
     * Reads the current tick count.
     *
     * @return the current time in ticks; only differences between two readings are meaningful
     */
    long ticks();

    /**
     * Converts a tick difference to nanoseconds.
     *
     * @param deltaTicks a difference between two {@link #ticks()} readings; a negative value is
     *                   converted with its sign kept
     * @return the same interval in nanoseconds
     */
    long toNanos(long deltaTicks);

    /**
     * Names the source, for reports and logs.
     *
     * @return a short constant name such as {@code "nanoTime"} or {@code "tsc"}
     */
    String name();
}
