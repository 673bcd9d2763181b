package io.hftengine.metrics.shm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hftengine.metrics.LatencyTracker;

/** The publisher's schedule under wall-clock steps (NTP, an operator setting the date). */
class LatencyPublisherClockStepTest {
    /** An epoch clock the test sets. */
    static final class SetClock implements org.agrona.concurrent.EpochClock {
        long nowMs;

        @Override
        public long time() {
            return nowMs;
        }
    }

    /**
     * BUG: after the wall clock stepped back by an hour, doWork waited for the clock to reach
     * the old schedule again, so neither snapshots nor heartbeats were published for an hour and
     * the monitor reported a live engine as stale.
     */
    @Test
    void keepsPublishingAfterTheWallClockStepsBack(@TempDir final Path dir) throws Exception {
        final LatencyTracker tracker = LatencyTracker.forStages("A");
        final SetClock clock = new SetClock();
        try (MetricsFile file = MetricsFile.create(dir.resolve("metrics.dat"), 1, List.of("A"));
             MetricsFileReader reader = new MetricsFileReader(dir.resolve("metrics.dat"), 60_000)) {
            final LatencyPublisher publisher = new LatencyPublisher(tracker, file, clock, 100, null);
            clock.nowMs = 10_000_000;
            assertEquals(1, publisher.doWork());
            clock.nowMs = 10_000_050;
            assertEquals(0, publisher.doWork(), "within the period");
            clock.nowMs = 10_000_000 - 3_600_000;
            assertEquals(1, publisher.doWork(), "after a step back");
            reader.refresh();
            assertEquals(clock.nowMs, reader.heartbeatEpochMs());
            clock.nowMs += 50;
            assertEquals(0, publisher.doWork(), "the period counts from the new time");
            clock.nowMs += 50;
            assertEquals(1, publisher.doWork());
        }
    }

    @Test
    void publishesWhatTheTrackerCouldNotRecord(@TempDir final Path dir) throws Exception {
        final LatencyTracker tracker = LatencyTracker.forStages("A");
        tracker.recordNanos(0, 500);
        tracker.recordNanos(0, -7);
        tracker.recordNanos(0, -1);
        tracker.recordNanos(0, Long.MAX_VALUE);
        final SetClock clock = new SetClock();
        clock.nowMs = 1_000;
        try (MetricsFile file = MetricsFile.create(dir.resolve("metrics.dat"), 1, List.of("A"));
             MetricsFileReader reader = new MetricsFileReader(dir.resolve("metrics.dat"), 60_000)) {
            new LatencyPublisher(tracker, file, clock, 100, null).publishNow(clock.nowMs);
            reader.refresh();
            final StageSnapshot snapshot = new StageSnapshot();
            assertTrue(reader.readSnapshot(0, snapshot));
            assertEquals(2, snapshot.count(), "the in-range and the clamped sample");
            assertEquals(1, snapshot.clampedCount());
            assertEquals(2, snapshot.negativeCount(), "negatives are left out, not lost without trace");
        }
    }
}
