package io.hftengine.metrics.shm;

import java.util.Objects;

import org.HdrHistogram.HistogramLogWriter;
import org.agrona.concurrent.Agent;
import org.agrona.concurrent.EpochClock;

import io.hftengine.metrics.LatencyTracker;

/**
 * An Agrona {@link Agent} that, on a non-hot thread, periodically ends the tracker's interval,
 * publishes every stage's cumulative percentiles into the metrics file, optionally appends the
 * intervals to an {@code .hlog}, and beats the file's heartbeat.
 *
 * <p>The pipeline threads only record into the tracker; all histogram reading, percentile
 * computation and file I/O happens here. Run it on an {@code AgentRunner} with a sleeping idle
 * strategy. Tracker stage {@code i} is published into file stage {@code i}. The heartbeat beats
 * only when it publishes, so keep {@code periodMs} well below the monitor's stale threshold
 * (monitor default 3000 ms; 100 to 1000 ms is typical).
 */
public final class LatencyPublisher implements Agent {
    private final LatencyTracker tracker;
    private final MetricsFile file;
    private final EpochClock clock;
    private final long periodMs;
    private final HistogramLogWriter hlog;
    private long nextPublishMs;

    /**
     * Creates the agent.
     *
     * @param tracker  the tracker to sample; this agent becomes its reporting thread
     * @param file     the metrics file, with at least the tracker's number of stages
     * @param clock    epoch-millisecond clock for heartbeats and interval times
     * @param periodMs how often to sample and publish, at least 1
     * @param hlog     an interval log to append to, or {@code null} for none
     * @throws IllegalArgumentException if the file has fewer stages than the tracker or the
     *                                  period is below 1
     */
    public LatencyPublisher(
        final LatencyTracker tracker, final MetricsFile file, final EpochClock clock, final long periodMs,
        final HistogramLogWriter hlog) {
        this.tracker = Objects.requireNonNull(tracker, "tracker");
        this.file = Objects.requireNonNull(file, "file");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (periodMs < 1 || file.stageCount() < tracker.stageCount()) {
            throw new IllegalArgumentException("periodMs must be >= 1 and the file must hold "
                + tracker.stageCount() + " stages (it holds " + file.stageCount() + ")");
        }
        this.periodMs = periodMs;
        this.hlog = hlog;
    }

    /**
     * Publishes if the period has elapsed, or at once if the clock stepped back by more than a
     * period.
     *
     * @return 1 if it published, 0 otherwise
     */
    @Override
    public int doWork() {
        final long now = clock.time();
        // A wall clock stepped back by more than a period would otherwise hold every snapshot and
        // heartbeat until it caught up with the old schedule: the monitor would call us stale.
        if (now < nextPublishMs && nextPublishMs - now <= periodMs) {
            return 0;
        }
        nextPublishMs = now + periodMs;
        publishNow(now);
        return 1;
    }

    /**
     * Samples and publishes immediately (also used on shutdown for a final snapshot).
     *
     * @param nowEpochMs the current time, epoch milliseconds
     */
    public void publishNow(final long nowEpochMs) {
        tracker.sampleIntervals();
        final StageSnapshotWriter snapshots = file.snapshots();
        for (int stage = 0; stage < tracker.stageCount(); stage++) {
            snapshots.publish(stage, tracker.cumulativeHistogram(stage), tracker.clampedCount(stage),
                tracker.negativeCount(stage), nowEpochMs);
        }
        if (hlog != null) {
            tracker.writeIntervals(hlog);
        }
        file.heartbeat(nowEpochMs);
    }

    /**
     * Names this agent for its runner.
     *
     * @return {@code "latency-publisher"}
     */
    @Override
    public String roleName() {
        return "latency-publisher";
    }
}
