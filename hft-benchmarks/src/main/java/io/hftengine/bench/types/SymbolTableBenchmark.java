package io.hftengine.bench.types;

import io.hftengine.types.Symbol;
import io.hftengine.types.SymbolTable;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
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
 * Symbol to id lookups over a NASDAQ-sized universe (8,192 symbols): our open-addressing table
 * (expected ~0 B/op) against a {@code HashMap<Long, Integer>} (boxes the key on every lookup
 * outside the Long cache).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SymbolTableBenchmark {
    private static final int SYMBOLS = 8_192;
    private static final int MASK = SYMBOLS - 1;

    private final SymbolTable table = new SymbolTable(SYMBOLS);
    private final Map<Long, Integer> hashMap = new HashMap<>();
    private final long[] known = new long[SYMBOLS];
    private final long[] unknown = new long[SYMBOLS];
    private final byte[] wire = new byte[SYMBOLS * Symbol.LENGTH];
    private final ByteBuffer wireBuffer = ByteBuffer.wrap(wire);
    private int index;

    @Setup
    public void setUp() {
        final SplittableRandom random = new SplittableRandom(3);
        int registered = 0;
        while (registered < SYMBOLS) {
            final long symbol = Symbol.pack(randomTicker(random));
            if (table.idOf(symbol) == SymbolTable.NOT_FOUND) {
                known[registered] = symbol;
                Symbol.write(symbol, wire, registered * Symbol.LENGTH);
                hashMap.put(symbol, table.register(symbol));
                registered++;
            }
        }
        int misses = 0;
        while (misses < SYMBOLS) {
            final long symbol = Symbol.pack(randomTicker(random));
            if (table.idOf(symbol) == SymbolTable.NOT_FOUND) {
                unknown[misses++] = symbol;
            }
        }
    }

    private static String randomTicker(final SplittableRandom random) {
        final byte[] letters = new byte[random.nextInt(1, 6)];
        for (int i = 0; i < letters.length; i++) {
            letters[i] = (byte) ('A' + random.nextInt(26));
        }
        return new String(letters, StandardCharsets.US_ASCII);
    }

    private int next() {
        index = (index + 1) & MASK;
        return index;
    }

    @Benchmark
    public int idOfHit() {
        return table.idOf(known[next()]);
    }

    @Benchmark
    public int idOfMiss() {
        return table.idOf(unknown[next()]);
    }

    @Benchmark
    public int idOfFromWireBytes() {
        return table.idOf(Symbol.read(wire, next() * Symbol.LENGTH));
    }

    @Benchmark
    public int idOfFromWireBuffer() {
        return table.idOf(Symbol.read(wireBuffer, next() * Symbol.LENGTH));
    }

    @Benchmark
    public Integer hashMapHit() {
        return hashMap.get(known[next()]);
    }
}
