package io.hftengine.metrics.shm;

import static io.hftengine.metrics.shm.MetricsFileDescriptor.SNAPSHOT_PAYLOAD_OFFSET;
import static io.hftengine.metrics.shm.MetricsFileDescriptor.SNAPSHOT_VERSION_OFFSET;
import static io.hftengine.metrics.shm.MetricsFileDescriptor.snapshotOffset;

import java.lang.invoke.VarHandle;
import java.util.Objects;

import org.HdrHistogram.AbstractHistogram;
import org.agrona.concurrent.AtomicBuffer;

/**
 * Publishes per-stage latency snapshots into a metrics file under a seqlock, so the monitor never
 * reads a torn snapshot and the writer never waits for it.
 *
 * <p>Each stage slot has one publishing thread (usually a {@link LatencyPublisher} on a
 * non-hot thread). Publishing allocates nothing.
 */
public final class StageSnapshotWriter {
    private final AtomicBuffer buffer;
    private final int counterCapacity;
    private final int stageCapacity;

    StageSnapshotWriter(final AtomicBuffer buffer, final int counterCapacity, final int stageCapacity) {
        this.buffer = buffer;
        this.counterCapacity = counterCapacity;
        this.stageCapacity = stageCapacity;
    }

    /**
     * Publishes count, sum, p50, p90, p99, p99.9, p99.99 and max of a histogram into a stage slot,
     * with the samples the histogram could not hold as they were.
     *
     * @param stage        the stage index in this file
     * @param histogram    the source (values in ns), read by the calling thread only
     * @param clampedCount samples clamped to the trackable maximum so far
     * @param negativeCount negative samples (reordered stamps, clock misuse) left out so far
     * @param nowEpochMs   the snapshot time, epoch milliseconds
     * @throws IndexOutOfBoundsException if {@code stage} is outside the file's stages
     */
    public void publish(
        final int stage, final AbstractHistogram histogram, final long clampedCount, final long negativeCount,
        final long nowEpochMs) {
        final int slot = snapshotOffset(counterCapacity, stageCapacity, Objects.checkIndex(stage, stageCapacity));
        // Percentiles are computed before the seqlock opens, keeping the odd (busy) window to a
        // handful of stores so the monitor's reads rarely retry.
        final long count = histogram.getTotalCount();
        final long sum = count == 0 ? 0L : (long) (histogram.getMean() * count);
        final long p50 = histogram.getValueAtPercentile(50.0);
        final long p90 = histogram.getValueAtPercentile(90.0);
        final long p99 = histogram.getValueAtPercentile(99.0);
        final long p999 = histogram.getValueAtPercentile(99.9);
        final long p9999 = histogram.getValueAtPercentile(99.99);
        final long max = histogram.getMaxValue();
        final int p = slot + SNAPSHOT_PAYLOAD_OFFSET;
        final long version = buffer.getLong(slot + SNAPSHOT_VERSION_OFFSET);
        buffer.putLongRelease(slot + SNAPSHOT_VERSION_OFFSET, version + 1);
        // The odd version must be visible before any payload store: release alone orders only
        // the stores before it, so a store-store fence keeps payload stores after it.
        VarHandle.storeStoreFence();
        buffer.putLong(p, nowEpochMs);
        buffer.putLong(p + 8, count);
        buffer.putLong(p + 16, sum);
        buffer.putLong(p + 24, p50);
        buffer.putLong(p + 32, p90);
        buffer.putLong(p + 40, p99);
        buffer.putLong(p + 48, p999);
        buffer.putLong(p + 56, p9999);
        buffer.putLong(p + 64, max);
        buffer.putLong(p + 72, clampedCount);
        buffer.putLong(p + 80, negativeCount);
        buffer.putLongRelease(slot + SNAPSHOT_VERSION_OFFSET, version + 2);
    }
}
