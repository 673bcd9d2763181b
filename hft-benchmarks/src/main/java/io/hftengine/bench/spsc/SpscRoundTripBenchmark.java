package io.hftengine.bench.spsc;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Ping-pong round trip: the benchmark thread (CPU 0) sends one message on {@code ping} and spins
 * until an echo thread (CPU 1) returns it on {@code pong}. SampleTime gives the round-trip
 * percentiles in ns (one-way latency is about half).
 */
// Agrona 2.x reads jdk.internal.misc; JMH forks do not inherit the jar manifest's Add-Exports.
@Fork(value = 3, jvmArgsAppend = "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED")
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
public class SpscRoundTripBenchmark {
    @Param({"SpscQueue", "SpscEventRing", "SpscEventRingIndexed", "JCTools", "JCToolsEvents", "Agrona", "Disruptor", "ArrayBlockingQueue"})
    public String impl;

    @Param({"1024"})
    public int capacity;

    private QueueFace ping;
    private QueueFace pong;
    private volatile boolean running;
    private Thread echo;

    @Setup(Level.Trial)
    public void start() {
        ping = Faces.create(impl, capacity);
        pong = Faces.create(impl, capacity);
        running = true;
        echo = new Thread(this::echoLoop, "spsc-echo");
        echo.setDaemon(true);
        echo.start();
    }

    private void echoLoop() {
        CpuPinning.pinCurrentThread(1);
        final QueueFace in = ping;
        final QueueFace out = pong;
        while (running) {
            if (in.poll()) {
                while (!out.offer()) {
                    Thread.onSpinWait();
                }
            }
        }
    }

    @TearDown(Level.Trial)
    public void stop() throws InterruptedException {
        running = false;
        echo.join(TimeUnit.SECONDS.toMillis(5));
    }

    /** Pins the benchmark thread. */
    @State(Scope.Thread)
    public static class Pinned {
        @Setup(Level.Iteration)
        public void pin() {
            CpuPinning.pinCurrentThread(0);
        }
    }

    @Benchmark
    public void roundTrip(Pinned pinned) {
        while (!ping.offer()) {
            Thread.onSpinWait();
        }
        while (!pong.poll()) {
            Thread.onSpinWait();
        }
    }
}
