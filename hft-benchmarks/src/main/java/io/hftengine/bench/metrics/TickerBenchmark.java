package io.hftengine.bench.metrics;

import java.util.concurrent.TimeUnit;

import io.hftengine.metrics.NanoTicker;
import io.hftengine.metrics.Ticker;
import io.hftengine.metrics.Tickers;
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
 * What one time-stamp costs: {@code System.nanoTime} directly and through {@link NanoTicker},
 * and RDTSC through the JNI ticker (forced with {@code tsc} mode, i.e. even where the kernel
 * distrusts the TSC: this measures cost, not trustworthiness). If the TSC ticker cannot be had at
 * all, {@code tscTicker} measures the nanoTime fallback and set-up prints why.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TickerBenchmark {
    private Ticker nano;
    private Ticker tsc;

    @Setup
    public void setUp() {
        nano = NanoTicker.INSTANCE;
        // Calibration refuses a TSC whose runs disagree (vCPU migration); retry a few times.
        for (int attempt = 0; attempt < 10 && (tsc == null || tsc == NanoTicker.INSTANCE); attempt++) {
            tsc = Tickers.select("tsc");
        }
        System.out.println("\n[TickerBenchmark] tscTicker = " + tsc.name() + " (" + Tickers.lastSelection() + ")");
    }

    @Benchmark
    public long systemNanoTime() {
        return System.nanoTime();
    }

    @Benchmark
    public long nanoTicker() {
        return nano.ticks();
    }

    @Benchmark
    public long tscTicker() {
        return tsc.ticks();
    }

    @Benchmark
    public long tscTickerPairToNanos() {
        final long start = tsc.ticks();
        return tsc.toNanos(tsc.ticks() - start);
    }

    @Benchmark
    public long nanoTickerPairToNanos() {
        final long start = nano.ticks();
        return nano.toNanos(nano.ticks() - start);
    }
}
