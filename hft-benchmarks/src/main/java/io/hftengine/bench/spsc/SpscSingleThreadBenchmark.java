package io.hftengine.bench.spsc;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Single-thread cost of one offer plus one poll (no contention: the bare instruction path), and of
 * the same through the batch API, per message. Run with {@code -prof gc}: ours must show
 * {@code gc.alloc.rate.norm} of 0 B/op.
 */
// Agrona 2.x reads jdk.internal.misc; JMH forks do not inherit the jar manifest's Add-Exports.
@Fork(value = 3, jvmArgsAppend = "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED")
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class SpscSingleThreadBenchmark {
    private static final int BATCH = 32;

    @Param({"SpscQueue", "SpscEventRing", "SpscEventRingIndexed", "JCTools", "JCToolsEvents", "Agrona", "Disruptor", "ArrayBlockingQueue"})
    public String impl;

    private QueueFace queue;

    @Setup(Level.Trial)
    public void create() {
        queue = Faces.create(impl, 1024);
    }

    @Benchmark
    public boolean offerPoll() {
        queue.offer();
        return queue.poll();
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int fillDrain() {
        queue.fill(BATCH);
        return queue.drain(BATCH);
    }
}
