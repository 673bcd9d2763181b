package io.hftengine.types;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Instant;

/**
 * Wall-clock {@link Clock} at nanosecond resolution that reads {@link System#nanoTime()} plus an
 * offset, so each call is one monotonic-clock read and one add: no allocation, no
 * {@link Instant}.
 *
 * <p>The offset is calibrated at construction (and by {@link #recalibrate()}) against
 * {@link Instant#now()}, taking the narrowest of several nanoTime brackets, so the error at
 * calibration is about the clock's read cost (well under a microsecond on Linux, where
 * {@code Instant.now()} reads the wall clock to the nanosecond since JDK 15). Afterwards the clock follows the monotonic clock: on Linux
 * both clocks share NTP frequency corrections, so they drift apart only when wall time is
 * <em>stepped</em> (NTP step, manual set, leap second). Long-running processes call
 * {@link #recalibrate()} periodically (e.g. once a minute, off the hot path) to pick up steps.
 * Between calibrations the readings are monotonic; a recalibration may move them by the
 * calibration's own error (about &plusmn;10 ns measured), backwards too, so an interval measured
 * across one can be slightly negative.
 *
 * <p>Thread-safe: {@link #epochNanos()} may be called from any thread; the offset is published
 * with release/opaque semantics, so a reader sees the old or the new offset, never a torn one.
 */
public final class SystemClock implements Clock {
    private static final VarHandle OFFSET;
    private static final int CALIBRATION_SAMPLES = 16;

    static {
        try {
            OFFSET = MethodHandles.lookup().findVarHandle(SystemClock.class, "offsetNs", long.class);
        } catch (final ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @SuppressWarnings("unused") // accessed through OFFSET
    private long offsetNs;

    /**
     * Creates a clock calibrated now (slow path: allocates during calibration).
     */
    public SystemClock() {
        OFFSET.setRelease(this, measureOffset());
    }

    @Override
    public long epochNanos() {
        return System.nanoTime() + (long) OFFSET.getOpaque(this);
    }

    /**
     * Re-reads the wall clock and replaces the offset (slow path: allocates; call off the hot
     * path).
     *
     * @return the correction applied in nanoseconds (new offset minus old): how far the clock had
     *     drifted or been stepped since the last calibration
     */
    public long recalibrate() {
        final long old = (long) OFFSET.getOpaque(this);
        final long fresh = measureOffset();
        OFFSET.setRelease(this, fresh);
        return fresh - old;
    }

    private static long measureOffset() {
        long bestWindow = Long.MAX_VALUE;
        long bestOffset = 0;
        for (int i = 0; i < CALIBRATION_SAMPLES; i++) {
            final long before = System.nanoTime();
            final Instant now = Instant.now();
            final long after = System.nanoTime();
            final long window = after - before;
            if (window < bestWindow) {
                bestWindow = window;
                final long wallNs = now.getEpochSecond() * Timestamp.NANOS_PER_SECOND + now.getNano();
                bestOffset = wallNs - (before + window / 2);
            }
        }
        return bestOffset;
    }
}
