package io.hftengine.replay;

import io.hftengine.types.Clock;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A {@link Clock} that shows recorded time: it moves only when playback (or the stage that owns
 * it) calls {@link #advanceTo(long)} with the timestamp of the event about to be processed, never
 * with wall time, so stage logic reading it decides the same way on every run and at every speed.
 *
 * <p>Time never goes back: an earlier timestamp (captures are not always in order) leaves the
 * clock where it is and is counted in {@link #regressions()}.
 *
 * <p>One thread advances the clock (single writer). Reads from that thread see every advance;
 * other threads may read it (a monitor, for instance) and see a recent value, but deterministic
 * logic on another thread must own its own clock, advanced by the events it consumes.
 * Neither method allocates.
 */
public final class VirtualClock implements Clock {
    private static final VarHandle NOW_NS;

    static {
        try {
            NOW_NS = MethodHandles.lookup().findVarHandle(VirtualClock.class, "nowNs", long.class);
        } catch (final ReflectiveOperationException ex) {
            throw new ExceptionInInitializerError(ex);
        }
    }

    @SuppressWarnings("unused") // accessed through NOW_NS
    private long nowNs;
    private long regressions;

    /**
     * Creates a clock showing {@code startEpochNanos}.
     *
     * @param startEpochNanos initial time, nanoseconds since the Unix epoch
     */
    public VirtualClock(final long startEpochNanos) {
        NOW_NS.setRelease(this, startEpochNanos);
    }

    /**
     * Returns the recorded time reached so far.
     *
     * @return nanoseconds since the Unix epoch
     */
    @Override
    public long epochNanos() {
        return (long) NOW_NS.getAcquire(this);
    }

    /**
     * Moves the clock forward to a recorded time. Owner thread only.
     *
     * @param epochNanos the recorded time of the event about to be processed
     * @return true if the clock now shows {@code epochNanos}; false if that was earlier than the
     *     clock (which then stays where it is and counts a regression)
     */
    public boolean advanceTo(final long epochNanos) {
        if (epochNanos < (long) NOW_NS.getOpaque(this)) {
            regressions++;
            return false;
        }
        NOW_NS.setRelease(this, epochNanos);
        return true;
    }

    /**
     * Returns how many advances asked to go back in time and were ignored.
     *
     * @return the count, owner thread's view
     */
    public long regressions() {
        return regressions;
    }
}
