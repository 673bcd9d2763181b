package io.hftengine.metrics.shm;

/**
 * A mutable holder for one stage's latency snapshot as read from a metrics file (nanoseconds).
 * Filled by {@link MetricsFileReader#readSnapshot(int, StageSnapshot)}; one thread uses it.
 */
public final class StageSnapshot {
    final long[] values = new long[MetricsFileDescriptor.SNAPSHOT_PAYLOAD_LONGS];

    /** Creates an all-zero snapshot holder. */
    public StageSnapshot() {
        // filled later by MetricsFileReader.readSnapshot
    }

    /**
     * Returns when the writer took the snapshot.
     *
     * @return epoch milliseconds, 0 if the stage never published
     */
    public long timeEpochMs() {
        return values[0];
    }

    /**
     * Returns the sample count.
     *
     * @return cumulative count
     */
    public long count() {
        return values[1];
    }

    /**
     * Returns the sum of all samples.
     *
     * @return nanoseconds (approximate: count times the histogram mean)
     */
    public long sumNs() {
        return values[2];
    }

    /**
     * Returns the median.
     *
     * @return p50, ns
     */
    public long p50() {
        return values[3];
    }

    /**
     * Returns the 90th percentile.
     *
     * @return p90, ns
     */
    public long p90() {
        return values[4];
    }

    /**
     * Returns the 99th percentile.
     *
     * @return p99, ns
     */
    public long p99() {
        return values[5];
    }

    /**
     * Returns the 99.9th percentile.
     *
     * @return p99.9, ns
     */
    public long p999() {
        return values[6];
    }

    /**
     * Returns the 99.99th percentile.
     *
     * @return p99.99, ns
     */
    public long p9999() {
        return values[7];
    }

    /**
     * Returns the largest sample.
     *
     * @return max, ns
     */
    public long max() {
        return values[8];
    }

    /**
     * Returns how many samples were clamped to the histogram's trackable maximum.
     *
     * @return clamped count
     */
    public long clampedCount() {
        return values[9];
    }

    /**
     * Returns how many negative samples were left out of the histogram (stamps taken out of
     * order: a bug in the caller or a clock that went back); 0 in files written before this
     * field existed, where the slot was zero padding.
     *
     * @return negative count
     */
    public long negativeCount() {
        return values[10];
    }
}
