package io.hftengine.bench.types;

import io.hftengine.types.Price;
import io.hftengine.types.Quantity;
import io.hftengine.types.TickRounding;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
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
 * Parse, format and notional of fixed-point prices. Inputs cycle through 1024 realistic values
 * so neither the JIT nor the branch predictor sees a constant. Every {@code io.hftengine} method
 * here must show {@code gc.alloc.rate.norm} of ~0 B/op under {@code -prof gc}; the
 * {@code *BigDecimal} methods are the allocating peer for comparison.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PriceBenchmark {
    private static final int SIZE = 1024;
    private static final int MASK = SIZE - 1;

    private final String[] texts = new String[SIZE];
    private final byte[][] bytes = new byte[SIZE][];
    private final ByteBuffer[] buffers = new ByteBuffer[SIZE];
    private final long[] prices = new long[SIZE];
    private final long[] quantities = new long[SIZE];
    // Package-private so that a test can check which multiplication path each set takes.
    /** Operands whose raw product fits in 64 bits (notional under 922 currency units). */
    final long[] narrowPrices = new long[SIZE];
    final long[] narrowQuantities = new long[SIZE];
    /** Operands whose raw product needs 128 bits, as every notional of 922 units or more does. */
    final long[] widePrices = new long[SIZE];
    final long[] wideQuantities = new long[SIZE];
    private final BigDecimal[] bigPrices = new BigDecimal[SIZE];
    private final BigDecimal[] bigQuantities = new BigDecimal[SIZE];
    private final StringBuilder builder = new StringBuilder(64);
    private final byte[] out = new byte[64];
    private int index;

    @Setup
    public void setUp() {
        final SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < SIZE; i++) {
            // NASDAQ-like: 4-decimal prices between 0.0001 and 5000, round-lot quantities.
            prices[i] = random.nextLong(1, 50_000_000L) * Price.WIRE4_FACTOR;
            quantities[i] = Quantity.ofUnits(random.nextLong(1, 100_000));
            texts[i] = Price.toString(prices[i]);
            bytes[i] = texts[i].getBytes(StandardCharsets.US_ASCII);
            buffers[i] = ByteBuffer.wrap(bytes[i]);
            // Both operands carry 8 decimals, so the raw product is notional x 10^16: it fits in
            // 64 bits only below 922 currency units. Up to 5.0000 x 184 shares (920): the 64-bit path.
            narrowPrices[i] = random.nextLong(1, 50_001L) * Price.WIRE4_FACTOR;
            narrowQuantities[i] = Quantity.ofUnits(random.nextLong(1, 185));
            // Products beyond 2^63 whose notional still fits: the 128-bit path (as for the
            // NASDAQ-like prices and quantities above, whose notionals are mostly far above 922).
            widePrices[i] = random.nextLong(Price.ofUnits(10_000), Price.ofUnits(90_000));
            wideQuantities[i] = random.nextLong(Quantity.ofUnits(10_000), Quantity.ofUnits(90_000));
            bigPrices[i] = BigDecimal.valueOf(prices[i], 8);
            bigQuantities[i] = BigDecimal.valueOf(quantities[i], 8);
        }
    }

    private int next() {
        index = (index + 1) & MASK;
        return index;
    }

    @Benchmark
    public long parseCharSequence() {
        return Price.tryParse(texts[next()]);
    }

    @Benchmark
    public long parseBytes() {
        final byte[] text = bytes[next()];
        return Price.tryParse(text, 0, text.length);
    }

    @Benchmark
    public long parseByteBuffer() {
        final ByteBuffer text = buffers[next()];
        return Price.tryParse(text, 0, text.limit());
    }

    @Benchmark
    public BigDecimal parseBigDecimal() {
        return new BigDecimal(texts[next()]);
    }

    @Benchmark
    public int formatStringBuilder() {
        builder.setLength(0);
        return Price.appendTo(prices[next()], builder).length();
    }

    @Benchmark
    public int formatBytes() {
        return Price.format(prices[next()], out, 0);
    }

    @Benchmark
    public long notional() {
        final int i = next();
        return Price.notional(narrowPrices[i], narrowQuantities[i]);
    }

    @Benchmark
    public long notionalWide() {
        final int i = next();
        return Price.notional(widePrices[i], wideQuantities[i]);
    }

    @Benchmark
    public long notionalSaturating() {
        final int i = next();
        return Price.notionalSaturating(narrowPrices[i], narrowQuantities[i]);
    }

    @Benchmark
    public long notionalSaturatingWide() {
        final int i = next();
        return Price.notionalSaturating(widePrices[i], wideQuantities[i]);
    }

    @Benchmark
    public BigDecimal notionalBigDecimal() {
        final int i = next();
        return bigPrices[i].multiply(bigQuantities[i]);
    }

    @Benchmark
    public long roundToTick() {
        return Price.roundToTick(widePrices[next()], 1_000_000L, TickRounding.NEAREST);
    }
}
