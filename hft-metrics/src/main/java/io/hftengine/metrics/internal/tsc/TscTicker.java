package io.hftengine.metrics.internal.tsc;

import io.hftengine.metrics.Ticker;

/**
 * A {@link Ticker} on the CPU's invariant time-stamp counter, read through JNI, with a
 * tick-to-nanosecond ratio calibrated against {@link System#nanoTime()} at start-up.
 */
public final class TscTicker implements Ticker {
    private static final int SHIFT = 20;
    // Beyond this many ticks the fixed-point product would overflow (hours): use the double path.
    private final long fixedPointLimit;
    private final long multiplier;
    private final double nanosPerTick;

    TscTicker(final double nanosPerTick) {
        this.nanosPerTick = nanosPerTick;
        this.multiplier = Math.round(nanosPerTick * (1L << SHIFT));
        this.fixedPointLimit = Long.MAX_VALUE / Math.max(1L, multiplier);
    }

    /**
     * Reads the time-stamp counter.
     *
     * @return CPU ticks from an arbitrary origin
     */
    @Override
    public long ticks() {
        return TscNative.rdtsc();
    }

    /**
     * Converts ticks to nanoseconds with the calibrated ratio.
     *
     * @param deltaTicks a difference of two readings; the sign is kept
     * @return nanoseconds
     */
    @Override
    public long toNanos(final long deltaTicks) {
        final long magnitude = Math.abs(deltaTicks);
        // Long.MIN_VALUE has no positive magnitude (abs leaves it negative): the double path too.
        if (magnitude < 0 || magnitude >= fixedPointLimit) {
            return (long) (deltaTicks * nanosPerTick);
        }
        final long nanos = (magnitude * multiplier) >>> SHIFT;
        return deltaTicks < 0 ? -nanos : nanos;
    }

    /**
     * Names this source.
     *
     * @return {@code "tsc"}
     */
    @Override
    public String name() {
        return "tsc";
    }

    /**
     * Returns the calibrated ratio.
     *
     * @return nanoseconds per tick (the inverse of the TSC frequency in GHz)
     */
    public double nanosPerTick() {
        return nanosPerTick;
    }
}
