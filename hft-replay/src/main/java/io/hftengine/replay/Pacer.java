package io.hftengine.replay;

import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.NanoClock;

/**
 * Holds playback back so that recorded events are delivered at a {@link PlaybackSpeed}.
 *
 * <p>The first event anchors recorded time to the wall clock; each later event is due at
 * {@code anchorWall + speed.wallNanos(recorded - anchorRecorded)}. The pacer never tries to catch
 * up by skipping: a late event is delivered at once and its lateness returned, so a slow consumer
 * shows up as lateness rather than as lost events. An event recorded earlier than one already
 * delivered (captures are not always in order; a capture host's clock may step back) is due
 * together with that one: not waited for, and late only by as much as delivery fell behind that one.
 * Wall times are only ever compared as differences, as {@code System.nanoTime} requires (its
 * origin is arbitrary, so its values may wrap). The wall clock and the idle strategy are
 * injected, so tests drive it with a fake clock. Single-threaded, allocation-free.
 */
public final class Pacer {
    private final PlaybackSpeed speed;
    private final NanoClock wallClock;
    private final IdleStrategy idleStrategy;
    private boolean anchored;
    private long anchorRecordedNs;
    private long anchorWallNs;
    /** Wall nanoseconds after the anchor at which the latest-recorded event so far was due. */
    private long highestDueAfterAnchorNs;

    /**
     * Creates a pacer.
     *
     * @param speed        how fast to play, not null
     * @param wallClock    wall-clock source in nanoseconds (for example {@code System::nanoTime})
     * @param idleStrategy how to wait while an event is not yet due
     */
    public Pacer(final PlaybackSpeed speed, final NanoClock wallClock, final IdleStrategy idleStrategy) {
        this.speed = speed;
        this.wallClock = wallClock;
        this.idleStrategy = idleStrategy;
    }

    /**
     * Waits until the event recorded at {@code recordedEpochNanos} is due.
     *
     * @param recordedEpochNanos the event's recorded time
     * @return how late it is delivered, in wall nanoseconds, zero or more (always 0 unpaced)
     */
    public long awaitRecordedTime(final long recordedEpochNanos) {
        final long untilDueNs = nanosUntilDue(recordedEpochNanos);
        if (untilDueNs <= 0) {
            return -untilDueNs;
        }
        idleStrategy.reset();
        while (nanosUntilDue(recordedEpochNanos) > 0) {
            idleStrategy.idle();
        }
        return 0;
    }

    /**
     * The non-blocking form of {@link #awaitRecordedTime}, for a caller that must not wait (an
     * agent's duty cycle, which must stay free to stop): says whether the event is due, without
     * waiting. Asking again about the same event until it is due changes nothing; the first event
     * asked about anchors pacing and is due at once.
     *
     * @param recordedEpochNanos the event's recorded time
     * @return wall nanoseconds until it is due when positive (ask again later); otherwise it is due
     *     now, and the value is minus its lateness (always 0 unpaced)
     */
    public long nanosUntilDue(final long recordedEpochNanos) {
        if (!speed.isPaced()) {
            return 0;
        }
        if (!anchored) {
            anchored = true;
            anchorRecordedNs = recordedEpochNanos;
            anchorWallNs = wallClock.nanoTime();
            highestDueAfterAnchorNs = 0;
            return 0;
        }
        // Offsets from the anchor, never absolute wall times: an absolute due time overflows when
        // the wall clock is near its wrap, or when a slow speed stretches a long gap to Long.MAX_VALUE.
        final long dueAfterAnchorNs = Math.max(highestDueAfterAnchorNs,
            speed.wallNanos(Math.max(0, recordedEpochNanos - anchorRecordedNs)));
        highestDueAfterAnchorNs = dueAfterAnchorNs;
        return dueAfterAnchorNs - (wallClock.nanoTime() - anchorWallNs);
    }

    /**
     * Forgets the anchor: the next event is delivered at once and anchors pacing anew (after a
     * pause, or a jump to another part of the recording).
     */
    public void reset() {
        anchored = false;
    }
}
