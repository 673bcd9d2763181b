package io.hftengine.types;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Edge cases of {@link Price} found in review, each pinned by the test that first failed. */
class PriceEdgeCaseTest {
    @Test
    void isOnTickIsFalseForTheNullPrice() {
        // NULL is Long.MIN_VALUE = -2^63, which every power-of-two tick divides: an order check
        // "reject unless on tick" must not wave a missing price through.
        for (final long tick : new long[] {1, 2, 4, 1L << 20, 1L << 62}) {
            assertFalse(Price.isOnTick(Price.NULL, tick), "tick " + tick);
        }
        assertTrue(Price.isOnTick(Price.MIN - Price.MIN % 4, 4));
        assertTrue(Price.isOnTick(0, 1));
    }
}
