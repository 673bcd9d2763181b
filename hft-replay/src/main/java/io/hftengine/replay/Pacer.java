package io.hftengine.replay;

import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.NanoClock;

/**
 * Holds playback back so that recorded events are delivered at a {@link PlaybackSpeed}.
 *
 * <p>The first event anchors recorded time to the wall clock; each later event is due at
 * {@code anchorWall + speed.wallNanos(recorded - anchorRecorded)}. The pacer never tries to catch
 * up by skipping: a late event is delivered at once and its lateness returned, so a slow consumer
 * shows up as lateness rather than as lost events. The wall clock and the idle strategy are
 * injected, so tests drive it with a fake clock. Single-threaded, allocation-free.
 */
public final class Pacer {
    private final PlaybackSpeed speed;
    private final NanoClock wallClock;
    private final IdleStrategy idleStrategy;
    private boolean anchored;
    private long anchorRecordedNs;
    private long anchorWallNs;

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
        if (!speed.isPaced()) {
            return 0;
        }
        if (!anchored) {
            anchored = true;
            anchorRecordedNs = recordedEpochNanos;
            anchorWallNs = wallClock.nanoTime();
            return 0;
        }
        final long dueNs = anchorWallNs + speed.wallNanos(Math.max(0, recordedEpochNanos - anchorRecordedNs));
        long nowNs = wallClock.nanoTime();
        if (nowNs >= dueNs) {
            return nowNs - dueNs;
        }
        idleStrategy.reset();
        while (nowNs < dueNs) {
            idleStrategy.idle();
            nowNs = wallClock.nanoTime();
        }
        return 0;
    }

    /**
     * Forgets the anchor: the next event is delivered at once and anchors pacing anew (after a
     * pause, or a jump to another part of the recording).
     */
    public void reset() {
        anchored = false;
    }
}
