package io.hftengine.bench.types;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The notional benchmarks are published as "64-bit path" and "128-bit path": each input set must
 * take the path its benchmark is named for, or the two rows measure the same code.
 */
class PriceBenchmarkInputsTest {

    /** How many of the pairs have a raw product that fits in a signed 64-bit long. */
    private static int fitting(long[] prices, long[] quantities) {
        int fits = 0;
        for (int i = 0; i < prices.length; i++) {
            final long lo = prices[i] * quantities[i];
            if (Math.multiplyHigh(prices[i], quantities[i]) == (lo >> 63)) {
                fits++;
            }
        }
        return fits;
    }

    @Test
    void notionalInputsAllTakeThe64BitPath() {
        final PriceBenchmark bench = new PriceBenchmark();
        bench.setUp();
        assertEquals(bench.narrowPrices.length, fitting(bench.narrowPrices, bench.narrowQuantities),
            "notional/notionalSaturating must measure the 64-bit multiplication");
    }

    @Test
    void notionalWideInputsAllTakeThe128BitPath() {
        final PriceBenchmark bench = new PriceBenchmark();
        bench.setUp();
        assertEquals(0, fitting(bench.widePrices, bench.wideQuantities),
            "notionalWide/notionalSaturatingWide must measure the 128-bit multiplication");
    }
}
