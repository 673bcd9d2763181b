package io.hftengine.bench.types;

import io.hftengine.types.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
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
 * ISO-8601 formatting of epoch nanoseconds: ours (expected ~0 B/op) against java.time's
 * {@link DateTimeFormatter#ISO_INSTANT} (allocates an Instant and formatter state).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TimestampBenchmark {
    private static final int SIZE = 1024;
    private static final int MASK = SIZE - 1;

    private final long[] instants = new long[SIZE];
    private final StringBuilder builder = new StringBuilder(64);
    private final byte[] out = new byte[64];
    private int index;

    @Setup
    public void setUp() {
        final SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < SIZE; i++) {
            instants[i] = random.nextLong(1_500_000_000_000_000_000L, 1_800_000_000_000_000_000L);
        }
    }

    private long next() {
        index = (index + 1) & MASK;
        return instants[index];
    }

    @Benchmark
    public int formatIsoStringBuilder() {
        builder.setLength(0);
        return Timestamp.formatIso(next(), builder).length();
    }

    @Benchmark
    public int formatIsoBytes() {
        return Timestamp.formatIso(next(), out, 0);
    }

    @Benchmark
    public int formatIsoJavaTime() {
        builder.setLength(0);
        final long ns = next();
        DateTimeFormatter.ISO_INSTANT.formatTo(Instant.ofEpochSecond(0, ns), builder);
        return builder.length();
    }
}
