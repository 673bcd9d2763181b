package io.hftengine.orderbook.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Backward-shift deletion in tiny, full tables where every run wraps and collides: after every
 * insert, find-and-remove and removal, every key of the universe reads as the model says.
 */
class OrderTableEdgeCaseTest {
    @Test
    void tinyFullTablesUnderHeavyCollisionsMatchAHashMap() {
        // Blocks of four adjacent references share a home line; the others collide by hashing.
        final long[] universe = {0, 1, 2, 3, 4, 5, 6, 7, -1, -2, -3, -4, Long.MIN_VALUE, Long.MAX_VALUE,
            Long.MIN_VALUE + 1, Long.MAX_VALUE - 1, 1L << 32, (1L << 32) + 1, (1L << 32) + 2, (1L << 32) + 3,
            1L << 62, 3L << 62, 0x9E3779B97F4A7C15L, 1000, 1001, 1002, 1003, 4096, 8192, 12288};
        for (final int capacity : new int[] {1, 2, 3, 4, 5, 7, 8, 9}) {
            for (int seed = 0; seed < 15; seed++) {
                final SplittableRandom random = new SplittableRandom(seed * 31L + capacity);
                final OrderTable table = new OrderTable(capacity);
                final Map<Long, Long> model = new HashMap<>();
                for (int step = 0; step < 3_000; step++) {
                    final long key = universe[random.nextInt(universe.length)];
                    final int op = random.nextInt(4);
                    if (op <= 1) {
                        final long value = random.nextLong(1L << 60);
                        final boolean fits = !model.containsKey(key) && model.size() < capacity;
                        assertEquals(fits, table.insert(key, value), "insert " + key);
                        if (fits) {
                            model.put(key, value);
                        }
                    } else if (op == 2) {
                        final Long expected = model.remove(key);
                        assertEquals(expected == null ? OrderTable.MISSING : expected, table.remove(key), "remove " + key);
                    } else {
                        final int slot = table.find(key);
                        assertEquals(model.containsKey(key), slot != OrderTable.NO_SLOT);
                        if (slot != OrderTable.NO_SLOT) {
                            assertEquals(model.get(key).longValue(), table.valueAt(slot));
                            table.removeAt(slot);
                            model.remove(key);
                        }
                    }
                    assertEquals(model.size(), table.size());
                    for (final long k : universe) {
                        final Long v = model.get(k);
                        assertEquals(v == null ? OrderTable.MISSING : v, table.get(k), "get " + k + " at step " + step);
                    }
                }
                assertTrue(table.longestRun() <= table.size());
            }
        }
    }
}
