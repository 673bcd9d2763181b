package io.hftengine.bench.metrics;

import java.util.concurrent.TimeUnit;

import io.hftengine.metrics.LatencyTracker;
import io.hftengine.metrics.MetricsSwitch;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Proof that a disabled {@code record} costs the same as no call: the fork runs with
 * {@code -Dhft.metrics.disabled=true}, so {@link MetricsSwitch#ENABLED} is a false constant and the
 * JIT removes the recording path. {@code baseline} does the same work minus the tracker calls;
 * the three scores must match within noise.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-D" + MetricsSwitch.DISABLED_PROPERTY + "=true")
public class MetricsSwitchBenchmark {
    private LatencyTracker tracker;
    private long latencyNs = 1234;

    @Setup
    public void setUp() {
        if (MetricsSwitch.ENABLED) {
            throw new IllegalStateException("this benchmark must run with -D" + MetricsSwitch.DISABLED_PROPERTY + "=true");
        }
        tracker = LatencyTracker.forStages("MARKET_DATA", "TICK_TO_ORDER");
    }

    @Benchmark
    public void baseline(final Blackhole bh) {
        bh.consume(latencyNs);
    }

    @Benchmark
    public void disabledRecordNanos(final Blackhole bh) {
        tracker.recordNanos(1, latencyNs);
        bh.consume(latencyNs);
    }

    @Benchmark
    public void disabledStampAndRecord(final Blackhole bh) {
        final long start = tracker.stamp();
        tracker.record(1, start);
        bh.consume(latencyNs);
    }
}
