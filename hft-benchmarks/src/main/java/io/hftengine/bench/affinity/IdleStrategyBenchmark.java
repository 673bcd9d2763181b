package io.hftengine.bench.affinity;

import io.hftengine.affinity.IdleKind;
import io.hftengine.affinity.IdleStrategies;
import java.util.concurrent.TimeUnit;
import org.agrona.concurrent.IdleStrategy;
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
 * Cost of the idle strategies the thread layout hands out, per duty-cycle call: {@code idle(1)}
 * is what a stage pays after a productive poll (must be ~1 ns and 0 B/op), {@code idle(0)}
 * followed by the reset is one step of waiting (PAUSE for busy-spin, a sched_yield syscall for
 * yield, the first spin of backoff).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class IdleStrategyBenchmark {
    @Param({"BUSY_SPIN", "YIELD", "BACKOFF"})
    public String kind;

    private IdleStrategy strategy;

    @Setup
    public void setUp() {
        strategy = IdleStrategies.create(IdleKind.valueOf(kind));
    }

    @Benchmark
    public void idleAfterWork() {
        strategy.idle(1);
    }

    @Benchmark
    public void idleOneStepThenWork() {
        strategy.idle(0);
        strategy.idle(1);
    }
}
