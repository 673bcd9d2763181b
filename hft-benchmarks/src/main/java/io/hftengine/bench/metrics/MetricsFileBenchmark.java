package io.hftengine.bench.metrics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.hftengine.metrics.shm.ControlRegion;
import io.hftengine.metrics.shm.CountersWriter;
import io.hftengine.metrics.shm.MetricsFile;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Engine-side cost of the shared-memory metrics file: a counter increment and a gauge set
 * (release stores into the mapping), a kill-switch poll (one acquire load), and, for scale, a
 * whole stage snapshot publish (slow path: five percentile walks of a 3-digit histogram).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
// JMH forks are plain class-path JVMs: the jar manifest's Add-Exports does not reach them, and
// Agrona's UnsafeBuffer (the mapping) needs jdk.internal.misc.
@Fork(value = 1, jvmArgsAppend = "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED")
public class MetricsFileBenchmark {
    private Path dir;
    private MetricsFile file;
    private CountersWriter counters;
    private ControlRegion control;
    private Histogram histogram;
    private int counter;
    private int gauge;
    private long value;

    @Setup
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("hft-metrics-bench");
        file = MetricsFile.create(dir.resolve("metrics.dat"), 8, List.of("MARKET_DATA", "TICK_TO_ORDER"));
        counters = file.counters();
        control = file.control();
        counter = counters.allocateCounter("bench.events");
        gauge = counters.allocateGauge("bench.depth");
        histogram = new Histogram(1, 10_000_000_000L, 3);
        for (int k = 0; k < 100_000; k++) {
            histogram.recordValue(100 + (k * 7919L) % 50_000);
        }
    }

    @TearDown
    public void tearDown() throws IOException {
        file.close();
        Files.deleteIfExists(dir.resolve("metrics.dat"));
        Files.deleteIfExists(dir);
    }

    @Benchmark
    public void counterIncrement() {
        counters.increment(counter);
    }

    @Benchmark
    public void gaugeSet() {
        counters.set(gauge, value++);
    }

    @Benchmark
    public boolean killSwitchPoll() {
        return control.killSwitchRequested();
    }

    @Benchmark
    public void publishStageSnapshot() {
        file.snapshots().publish(1, histogram, 0, 0, value++);
    }
}
