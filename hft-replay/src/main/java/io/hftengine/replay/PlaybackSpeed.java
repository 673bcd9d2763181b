package io.hftengine.replay;

/**
 * How fast playback delivers recorded events: as fast as possible, at the recorded pace, or at a
 * multiple of it. Pacing changes only <em>when</em> events are delivered, never what the stages
 * compute from them (they read recorded time from a {@link VirtualClock}). Immutable.
 */
public final class PlaybackSpeed {
    /** No waiting: the next event is delivered as soon as the previous one is handled. */
    public static final PlaybackSpeed AS_FAST_AS_POSSIBLE = new PlaybackSpeed(Double.POSITIVE_INFINITY);
    /** Events are delivered with the gaps they were recorded with. */
    public static final PlaybackSpeed RECORDED = new PlaybackSpeed(1.0);

    private final double multiple;

    private PlaybackSpeed(final double multiple) {
        this.multiple = multiple;
    }

    /**
     * Returns a speed at {@code multiple} times the recorded pace (2.0: gaps halved; 0.5: doubled).
     *
     * @param multiple finite and above zero
     * @return the speed
     * @throws IllegalArgumentException if {@code multiple} is not finite or not above zero
     */
    public static PlaybackSpeed multipleOf(final double multiple) {
        if (!(multiple > 0) || Double.isInfinite(multiple)) {
            throw new IllegalArgumentException("speed multiple must be finite and > 0: " + multiple);
        }
        return multiple == 1.0 ? RECORDED : new PlaybackSpeed(multiple);
    }

    /**
     * Returns whether events are held back to a pace at all.
     *
     * @return false only for {@link #AS_FAST_AS_POSSIBLE}
     */
    public boolean isPaced() {
        return multiple != Double.POSITIVE_INFINITY;
    }

    /**
     * Returns the wall-clock nanoseconds that {@code recordedNanos} of recorded time take.
     *
     * @param recordedNanos a recorded interval, zero or more
     * @return the paced interval; 0 when not paced
     */
    public long wallNanos(final long recordedNanos) {
        return isPaced() ? (long) (recordedNanos / multiple) : 0;
    }

    /**
     * Describes the speed.
     *
     * @return for example {@code "x2.0"}, {@code "recorded"} or {@code "as fast as possible"}
     */
    @Override
    public String toString() {
        return !isPaced() ? "as fast as possible" : multiple == 1.0 ? "recorded" : "x" + multiple;
    }
}
