package io.hftengine.metrics;

import org.HdrHistogram.AbstractHistogram;

/**
 * A mutable, reusable holder of one stage's percentiles, in nanoseconds.
 *
 * <p>Filled by {@link #fillFrom(AbstractHistogram)} without allocating, so a reporting thread can
 * keep one instance per stage. Not thread-safe: one thread fills and reads it.
 */
public final class LatencySummary {
    private long count;
    private long p50;
    private long p90;
    private long p99;
    private long p999;
    private long p9999;
    private long max;

    /** Creates an all-zero summary. */
    public LatencySummary() {
        // filled later by fillFrom
    }

    /**
     * Copies the count, p50, p90, p99, p99.9, p99.99 and max of a histogram into this holder.
     *
     * @param histogram the source, read by the calling thread only; an empty one gives all zeros
     * @return this holder, for chaining
     */
    public LatencySummary fillFrom(final AbstractHistogram histogram) {
        count = histogram.getTotalCount();
        p50 = histogram.getValueAtPercentile(50.0);
        p90 = histogram.getValueAtPercentile(90.0);
        p99 = histogram.getValueAtPercentile(99.0);
        p999 = histogram.getValueAtPercentile(99.9);
        p9999 = histogram.getValueAtPercentile(99.99);
        max = histogram.getMaxValue();
        return this;
    }

    /**
     * Returns the number of recorded samples.
     *
     * @return sample count
     */
    public long count() {
        return count;
    }

    /**
     * Returns the median.
     *
     * @return p50 in nanoseconds
     */
    public long p50() {
        return p50;
    }

    /**
     * Returns the 90th percentile.
     *
     * @return p90 in nanoseconds
     */
    public long p90() {
        return p90;
    }

    /**
     * Returns the 99th percentile.
     *
     * @return p99 in nanoseconds
     */
    public long p99() {
        return p99;
    }

    /**
     * Returns the 99.9th percentile.
     *
     * @return p99.9 in nanoseconds
     */
    public long p999() {
        return p999;
    }

    /**
     * Returns the 99.99th percentile.
     *
     * @return p99.99 in nanoseconds
     */
    public long p9999() {
        return p9999;
    }

    /**
     * Returns the largest sample (to the histogram's precision).
     *
     * @return max in nanoseconds
     */
    public long max() {
        return max;
    }

    /**
     * Formats the summary for humans (allocates: slow path only).
     *
     * @return e.g. {@code "count=10 p50=120 p90=200 p99=300 p99.9=310 p99.99=310 max=310 (ns)"}
     */
    @Override
    public String toString() {
        return "count=" + count + " p50=" + p50 + " p90=" + p90 + " p99=" + p99 + " p99.9=" + p999
            + " p99.99=" + p9999 + " max=" + max + " (ns)";
    }
}
