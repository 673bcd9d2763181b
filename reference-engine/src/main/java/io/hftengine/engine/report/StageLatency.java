package io.hftengine.engine.report;

import org.HdrHistogram.Histogram;

/**
 * The latency of one stage over a run: its histogram (nanoseconds) and the figures reported.
 *
 * @param name the stage, as in the JSON ({@code tick_to_order}, {@code market_data}, ...)
 * @param histogram the recorded values in nanoseconds, after warm-up
 * @param clamped samples above the histogram's range, recorded at its maximum
 * @param negative samples below zero (stamps out of order), left out of the histogram
 */
public record StageLatency(String name, Histogram histogram, long clamped, long negative) {
    /**
     * A stage whose every sample fit the histogram.
     *
     * @param name the stage, as in the JSON
     * @param histogram the recorded values in nanoseconds
     */
    public StageLatency(final String name, final Histogram histogram) {
        this(name, histogram, 0, 0);
    }

    /**
     * Returns a percentile.
     *
     * @param percentile 0..100
     * @return the value at that percentile in nanoseconds, 0 when nothing was recorded
     */
    public long at(final double percentile) {
        return histogram.getTotalCount() == 0 ? 0 : histogram.getValueAtPercentile(percentile);
    }

    /**
     * Returns how many values were recorded.
     *
     * @return the count
     */
    public long count() {
        return histogram.getTotalCount();
    }

    /**
     * Returns the largest value recorded.
     *
     * @return nanoseconds, 0 when nothing was recorded
     */
    public long max() {
        return histogram.getTotalCount() == 0 ? 0 : histogram.getMaxValue();
    }
}
