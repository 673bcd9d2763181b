package io.hftengine.bench.metrics;

import java.util.concurrent.TimeUnit;

import io.hftengine.metrics.LatencyTracker;
import io.hftengine.metrics.MetricsSwitch;
import org.HdrHistogram.Histogram;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of recording with metrics enabled (run with {@code -prof gc}: 0 B/op expected).
 * {@code plainHistogram} is HdrHistogram without the recorder's writer-reader phaser, to show what
 * the lock-free interval hand-off costs; {@code stampAndRecord} is the full per-stage price
 * (two ticker reads, conversion, record) on {@code System.nanoTime}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LatencyRecordBenchmark {
    private static final int MASK = 1023;
    private final long[] latencies = new long[MASK + 1];
    private LatencyTracker tracker;
    private Histogram histogram;
    private int i;

    @Setup
    public void setUp() {
        if (!MetricsSwitch.ENABLED) {
            throw new IllegalStateException("this benchmark measures enabled metrics");
        }
        tracker = LatencyTracker.forStages("MARKET_DATA", "TICK_TO_ORDER");
        histogram = new Histogram(1, 10_000_000_000L, 3);
        for (int k = 0; k < latencies.length; k++) {
            latencies[k] = 100 + (k * 7919L) % 50_000;
        }
    }

    @Benchmark
    public void recordNanos() {
        tracker.recordNanos(1, latencies[i++ & MASK]);
    }

    @Benchmark
    public void plainHistogram() {
        histogram.recordValue(latencies[i++ & MASK]);
    }

    @Benchmark
    public void stampAndRecord() {
        final long start = tracker.stamp();
        tracker.record(1, start);
    }
}
