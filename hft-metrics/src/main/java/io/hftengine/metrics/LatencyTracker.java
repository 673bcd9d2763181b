package io.hftengine.metrics;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;
import org.HdrHistogram.SingleWriterRecorder;

/**
 * Per-stage latency recording into HdrHistogram, with interval and cumulative views.
 *
 * <h2>Two sides</h2>
 * <ul>
 *   <li><b>Recording side</b> ({@link #stamp()}, {@link #record(int, long)},
 *   {@link #recordInterval(int, long, long)}, {@link #recordNanos(int, long)}): zero allocation,
 *   no locks, no exceptions for valid input. Each stage has exactly one recording thread at a
 *   time (different stages may be recorded from different threads). Everything on this side is
 *   removed by the JIT when {@link MetricsSwitch#ENABLED} is {@code false}.</li>
 *   <li><b>Reporting side</b> ({@link #sampleIntervals()}, {@link #intervalHistogram(int)},
 *   {@link #cumulativeHistogram(int)}, {@link #summarise(int, LatencySummary)},
 *   {@link #writeIntervals(HistogramLogWriter)}): one non-hot thread. It swaps each stage's
 *   {@link SingleWriterRecorder} (HdrHistogram's writer-reader phaser: the writer never waits),
 *   so the recording thread never shares a histogram with the reader.</li>
 * </ul>
 *
 * <h2>Tick-to-order</h2>
 * Give the tracker a stage for it (e.g. {@code TICK_TO_ORDER}); stamp the packet with
 * {@link #stamp()} on receive, carry the stamp through the pipeline, and call
 * {@link #record(int, long)} with it at the order hand-off.
 *
 * <h2>Bad input</h2>
 * A latency above {@link #highestTrackableNanos()} is recorded as that value and counted in
 * {@link #clampedCount(int)}; a negative latency (clock misuse, reordered stamps) is not recorded
 * and is counted in {@link #negativeCount(int)}: for a stamp pair that is any negative tick
 * difference, even one shorter than a nanosecond. A stage index out of range throws
 * {@link IndexOutOfBoundsException} naming the index: it is a programming error, not data.
 */
public final class LatencyTracker {
    private static final Pattern STAGE_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,48}");
    private static final VarHandle LONGS = MethodHandles.arrayElementVarHandle(long[].class);
    // Counters are spread one cache line apart so two stage threads never false-share them.
    private static final int COUNTER_STRIDE = 8;

    private final String[] stageNames;
    private final Ticker ticker;
    private final long highestTrackableNanos;
    private final SingleWriterRecorder[] recorders;
    private final Histogram[] intervals;
    private final Histogram[] cumulative;
    private final long[] clamped;
    private final long[] negative;
    /** Intervals finished by {@link #sampleIntervals()}, and the last of them written: reporting thread only. */
    private long intervalsSampled;
    private long intervalsWritten;

    /**
     * Creates a tracker; all histograms are allocated here, none later.
     *
     * @param stageNames            one name per stage, index = stage id; each matches
     *                              {@code [A-Za-z0-9_.-]{1,48}} (it becomes an .hlog tag and a
     *                              Prometheus label value) and names are unique
     * @param ticker                the time source for {@link #stamp()} and {@link #record}
     * @param highestTrackableNanos the largest latency kept exactly, at least 2
     * @param significantDigits     HdrHistogram precision, 1 to 5 (3 keeps 0.1% resolution)
     * @throws IllegalArgumentException if a name is invalid or repeated, there are no stages, or
     *                                  a range is invalid
     * @throws NullPointerException     if an argument is null
     */
    public LatencyTracker(
        final List<String> stageNames, final Ticker ticker, final long highestTrackableNanos,
        final int significantDigits) {
        Objects.requireNonNull(stageNames, "stageNames");
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        if (stageNames.isEmpty()) {
            throw new IllegalArgumentException("at least one stage is required");
        }
        if (highestTrackableNanos < 2 || significantDigits < 1 || significantDigits > 5) {
            throw new IllegalArgumentException("highestTrackableNanos must be >= 2 and significantDigits 1..5, got "
                + highestTrackableNanos + ", " + significantDigits);
        }
        final int n = stageNames.size();
        this.stageNames = new String[n];
        for (int i = 0; i < n; i++) {
            final String name = Objects.requireNonNull(stageNames.get(i), "stage name");
            if (!STAGE_NAME.matcher(name).matches() || stageNames.indexOf(name) != i) {
                throw new IllegalArgumentException("invalid or repeated stage name: '" + name + "'");
            }
            this.stageNames[i] = name;
        }
        this.highestTrackableNanos = highestTrackableNanos;
        recorders = new SingleWriterRecorder[n];
        intervals = new Histogram[n];
        cumulative = new Histogram[n];
        for (int i = 0; i < n; i++) {
            recorders[i] = new SingleWriterRecorder(1, highestTrackableNanos, significantDigits);
            intervals[i] = recorders[i].getIntervalHistogram();
            cumulative[i] = new Histogram(1, highestTrackableNanos, significantDigits);
            intervals[i].setTag(this.stageNames[i]);
            cumulative[i].setTag(this.stageNames[i]);
        }
        clamped = new long[n * COUNTER_STRIDE];
        negative = new long[n * COUNTER_STRIDE];
    }

    /**
     * Creates a tracker on {@link NanoTicker} tracking up to 10 s with 3 significant digits.
     *
     * @param stageNames one name per stage, see the main constructor
     * @return a new tracker
     * @throws IllegalArgumentException if a name is invalid or repeated
     */
    public static LatencyTracker forStages(final String... stageNames) {
        return new LatencyTracker(List.of(stageNames), NanoTicker.INSTANCE, 10_000_000_000L, 3);
    }

    /**
     * Reads the ticker, or returns 0 without reading it when metrics are disabled.
     *
     * @return a start stamp for {@link #record(int, long)}, in this tracker's ticks
     */
    public long stamp() {
        return MetricsSwitch.ENABLED ? ticker.ticks() : 0L;
    }

    /**
     * Records the time from {@code startTicks} until now into a stage.
     *
     * @param stage      stage id, 0 to {@link #stageCount()} - 1; recording thread of that stage only
     * @param startTicks an earlier {@link #stamp()} of this tracker
     * @throws IndexOutOfBoundsException if {@code stage} is out of range
     */
    public void record(final int stage, final long startTicks) {
        if (MetricsSwitch.ENABLED) {
            recordTicks(stage, ticker.ticks() - startTicks);
        }
    }

    /**
     * Records the time between two stamps the caller already holds into a stage.
     *
     * @param stage      stage id; recording thread of that stage only
     * @param startTicks the earlier stamp
     * @param endTicks   the later stamp
     * @throws IndexOutOfBoundsException if {@code stage} is out of range
     */
    public void recordInterval(final int stage, final long startTicks, final long endTicks) {
        if (MetricsSwitch.ENABLED) {
            recordTicks(stage, endTicks - startTicks);
        }
    }

    private void recordTicks(final int stage, final long deltaTicks) {
        // The sign is judged in ticks: a pair reordered by less than a nanosecond (unfenced RDTSC,
        // stamps from two cores) converts to 0 ns and would pass for a perfect latency.
        if (deltaTicks < 0) {
            bump(negative, Objects.checkIndex(stage, recorders.length));
        } else {
            recordNanos(stage, ticker.toNanos(deltaTicks));
        }
    }

    /**
     * Records a latency already in nanoseconds into a stage.
     *
     * @param stage     stage id; recording thread of that stage only
     * @param latencyNs the latency; above {@link #highestTrackableNanos()} it is clamped and
     *                  counted, below zero it is dropped and counted
     * @throws IndexOutOfBoundsException if {@code stage} is out of range
     */
    public void recordNanos(final int stage, final long latencyNs) {
        if (!MetricsSwitch.ENABLED) {
            return;
        }
        Objects.checkIndex(stage, recorders.length);
        long value = latencyNs;
        if (value < 0) {
            bump(negative, stage);
            return;
        }
        if (value > highestTrackableNanos) {
            bump(clamped, stage);
            value = highestTrackableNanos;
        }
        recorders[stage].recordValue(value);
    }

    private static void bump(final long[] counters, final int stage) {
        final int i = stage * COUNTER_STRIDE;
        // Single writer per stage: a plain read plus an opaque write is an exact count that a
        // reporting thread can read without tearing.
        LONGS.setOpaque(counters, i, (long) LONGS.getOpaque(counters, i) + 1);
    }

    /**
     * Ends the current interval of every stage: swaps in a fresh recording histogram, keeps the
     * finished one as {@link #intervalHistogram(int)} and adds it to {@link #cumulativeHistogram(int)}.
     * Reporting thread only; never blocks a recording thread; no allocation after the first call.
     */
    public void sampleIntervals() {
        for (int i = 0; i < recorders.length; i++) {
            intervals[i] = recorders[i].getIntervalHistogram(intervals[i]);
            intervals[i].setTag(stageNames[i]);
            cumulative[i].add(intervals[i]);
        }
        intervalsSampled++;
    }

    /**
     * Returns a stage's last finished interval, with start/end time stamps (epoch ms) and its
     * stage name as tag. Valid until the next {@link #sampleIntervals()}. Reporting thread only.
     *
     * @param stage stage id
     * @return the interval histogram (values in nanoseconds), owned by this tracker
     * @throws IndexOutOfBoundsException if {@code stage} is out of range
     */
    public Histogram intervalHistogram(final int stage) {
        return intervals[Objects.checkIndex(stage, intervals.length)];
    }

    /**
     * Returns everything a stage recorded up to the last {@link #sampleIntervals()}. Reporting
     * thread only.
     *
     * @param stage stage id
     * @return the cumulative histogram (values in nanoseconds), owned by this tracker
     * @throws IndexOutOfBoundsException if {@code stage} is out of range
     */
    public Histogram cumulativeHistogram(final int stage) {
        return cumulative[Objects.checkIndex(stage, cumulative.length)];
    }

    /**
     * Fills a summary (p50..max) from a stage's cumulative histogram, without allocating.
     *
     * @param stage   stage id
     * @param summary the holder to fill
     * @return {@code summary}
     * @throws IndexOutOfBoundsException if {@code stage} is out of range
     */
    public LatencySummary summarise(final int stage, final LatencySummary summary) {
        return summary.fillFrom(cumulativeHistogram(stage));
    }

    /**
     * Appends the last finished interval of every stage to an HdrHistogram interval log, one
     * line per stage tagged with the stage name; {@code HistogramLogProcessor -tag NAME} and the
     * HdrHistogram plotters read it. An interval that began before the log's base time (the
     * first one, when the tracker was built before the log was opened) is written as starting at
     * the base time: {@code HistogramLogProcessor} reads from offset 0 and would skip it, samples
     * and all. Slow path (encodes and writes); reporting thread only.
     *
     * <p>Call {@link #sampleIntervals()} before each call: it is what finishes an interval. A call
     * with no interval finished since the last one writes nothing (the samples recorded so far
     * stay for the next interval), so that no interval is logged empty before the first sample,
     * or twice, which {@code HistogramLogProcessor} would count twice.
     *
     * @param log a writer from {@link IntervalLogs#open(java.nio.file.Path, long)} or any
     *            {@link HistogramLogWriter}
     */
    public void writeIntervals(final HistogramLogWriter log) {
        if (intervalsWritten == intervalsSampled) {
            return;
        }
        intervalsWritten = intervalsSampled;
        final long baseMs = log.getBaseTime();
        for (final Histogram interval : intervals) {
            final long startMs = Math.max(interval.getStartTimeStamp(), baseMs);
            final long endMs = Math.max(interval.getEndTimeStamp(), startMs);
            log.outputIntervalHistogram((startMs - baseMs) / 1000.0, (endMs - baseMs) / 1000.0, interval);
        }
    }

    /**
     * Returns how many latencies above the trackable maximum were clamped in a stage.
     *
     * @param stage stage id
     * @return the count, readable from any thread
     * @throws IndexOutOfBoundsException if {@code stage} is out of range
     */
    public long clampedCount(final int stage) {
        return (long) LONGS.getOpaque(clamped, Objects.checkIndex(stage, stageNames.length) * COUNTER_STRIDE);
    }

    /**
     * Returns how many negative latencies were dropped in a stage.
     *
     * @param stage stage id
     * @return the count, readable from any thread
     * @throws IndexOutOfBoundsException if {@code stage} is out of range
     */
    public long negativeCount(final int stage) {
        return (long) LONGS.getOpaque(negative, Objects.checkIndex(stage, stageNames.length) * COUNTER_STRIDE);
    }

    /**
     * Returns the number of stages.
     *
     * @return stage count, at least 1
     */
    public int stageCount() {
        return stageNames.length;
    }

    /**
     * Returns a stage's name.
     *
     * @param stage stage id
     * @return the name given at construction
     * @throws IndexOutOfBoundsException if {@code stage} is out of range
     */
    public String stageName(final int stage) {
        return stageNames[Objects.checkIndex(stage, stageNames.length)];
    }

    /**
     * Returns the largest latency kept exactly; larger ones are clamped to it.
     *
     * @return nanoseconds
     */
    public long highestTrackableNanos() {
        return highestTrackableNanos;
    }

    /**
     * Returns the ticker this tracker stamps with.
     *
     * @return the ticker
     */
    public Ticker ticker() {
        return ticker;
    }
}
