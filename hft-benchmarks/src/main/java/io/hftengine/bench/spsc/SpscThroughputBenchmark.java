package io.hftengine.bench.spsc;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Two-thread throughput: one producer (CPU 0) and one consumer (CPU 1) hammer one queue. Read the
 * {@code polled} secondary result (messages/s through the queue). {@code batch=1} moves one message
 * per call (offer/poll); {@code batch=64} uses each implementation's batch API (fill/drain, one
 * ordered store per batch where the implementation supports it).
 */
// Agrona 2.x reads jdk.internal.misc; JMH forks do not inherit the jar manifest's Add-Exports.
@Fork(value = 3, jvmArgsAppend = "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED")
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Group)
public class SpscThroughputBenchmark {
    @Param({"SpscQueue", "SpscEventRing", "SpscEventRingIndexed", "JCTools", "JCToolsEvents", "Agrona", "Disruptor", "ArrayBlockingQueue"})
    public String impl;

    @Param({"1", "64"})
    public int batch;

    @Param({"1024"})
    public int capacity;

    private QueueFace queue;

    @Setup(Level.Trial)
    public void create() {
        queue = Faces.create(impl, capacity);
    }

    @Benchmark
    @Group("spsc")
    @GroupThreads(1)
    public void producer(TwoThreadStats.Producer stats) {
        final int n = batch == 1 ? (queue.offer() ? 1 : 0) : queue.fill(batch);
        if (n == 0) {
            stats.offerFull++;
        } else {
            stats.offered += n;
        }
    }

    @Benchmark
    @Group("spsc")
    @GroupThreads(1)
    public void consumer(TwoThreadStats.Consumer stats) {
        final int n = batch == 1 ? (queue.poll() ? 1 : 0) : queue.drain(batch);
        if (n == 0) {
            stats.pollEmpty++;
        } else {
            stats.polled += n;
        }
    }
}
