package io.hftengine.bench.affinity;

import io.hftengine.affinity.AffinityLog;
import io.hftengine.affinity.CpuLock;
import io.hftengine.affinity.NoOpPinning;
import io.hftengine.affinity.Pinning;
import io.hftengine.affinity.Pinnings;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Start-up and diagnostic costs of pinning, to show they stay off the hot path: asking which CPU
 * the thread is on (JNA {@code sched_getcpu}) and a pin/restore round trip (two
 * {@code sched_setaffinity} calls, which allocate BitSets and migrate the thread). The no-op
 * fallback is the floor.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PinningBenchmark {
    @Param({"openhft", "noop"})
    public String pinning;

    private Pinning impl;
    private int cpu;

    @Setup
    public void setUp() {
        final AffinityLog quiet = message -> { };
        impl = "noop".equals(pinning) ? new NoOpPinning("benchmark floor", quiet) : Pinnings.best(AffinityLog.system());
        cpu = Runtime.getRuntime().availableProcessors() - 1;
    }

    @Benchmark
    public int currentCpu() {
        return impl.currentCpu();
    }

    @Benchmark
    public int pinAndRestore() {
        try (CpuLock lock = impl.pin(cpu)) {
            return lock.cpu();
        }
    }
}
