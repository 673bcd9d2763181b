package io.hftengine.orderbook.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class OrderTableTest {
    @Test
    void insertGetRemove() {
        final OrderTable table = new OrderTable(4);
        assertTrue(table.insert(42, 7));
        assertFalse(table.insert(42, 8), "duplicate");
        assertEquals(7, table.get(42));
        assertEquals(OrderTable.MISSING, table.get(43));
        assertEquals(7, table.remove(42));
        assertEquals(OrderTable.MISSING, table.remove(42));
        assertEquals(0, table.size());
    }

    @Test
    void zeroAndNegativeKeysAreOrdinary() {
        final OrderTable table = new OrderTable(3);
        assertTrue(table.insert(0, 1));
        assertTrue(table.insert(-1, 2));
        assertTrue(table.insert(Long.MIN_VALUE, 3));
        assertFalse(table.insert(0, 9));
        assertEquals(1, table.get(0));
        assertEquals(2, table.get(-1));
        assertEquals(3, table.get(Long.MIN_VALUE));
        assertEquals(1, table.remove(0));
        assertEquals(OrderTable.MISSING, table.get(0));
        assertEquals(2, table.size());
    }

    @Test
    void refusesInsertsBeyondCapacity() {
        final OrderTable table = new OrderTable(2);
        assertTrue(table.insert(1, 1));
        assertTrue(table.insert(2, 2));
        assertFalse(table.insert(3, 3));
        assertFalse(table.insert(0, 3));
        assertEquals(2, table.size());
        assertThrows(IllegalArgumentException.class, () -> new OrderTable(0));
    }

    @Test
    void matchesHashMapOverLongChurnWithoutTombstoneBuildUp() {
        final int capacity = 1 << 12;
        final OrderTable table = new OrderTable(capacity);
        final Map<Long, Integer> model = new HashMap<>();
        final SplittableRandom random = new SplittableRandom(7);
        long nextRef = 1;
        for (int step = 0; step < 400_000; step++) {
            if (model.size() < capacity * 3 / 4 && (model.isEmpty() || random.nextInt(100) < 52)) {
                // Mostly increasing references like ITCH, some random ones to force collisions.
                final long ref = random.nextInt(10) == 0 ? random.nextLong() : nextRef++;
                final int value = random.nextInt(capacity);
                assertEquals(!model.containsKey(ref), table.insert(ref, value));
                model.putIfAbsent(ref, value);
            } else {
                final long ref = model.keySet().iterator().next();
                assertEquals(model.remove(ref).intValue(), table.remove(ref));
            }
        }
        assertEquals(model.size(), table.size());
        for (final Map.Entry<Long, Integer> e : model.entrySet()) {
            assertEquals(e.getValue().intValue(), table.get(e.getKey()));
        }
        assertTrue(table.longestDisplacement() < 64, "probes stay short: " + table.longestDisplacement());
        table.clear();
        assertEquals(0, table.size());
        assertEquals(OrderTable.MISSING, table.get(model.keySet().iterator().next()));
    }

    /**
     * An ITCH-like day on a table sized like the book's: references increase, adds and removals
     * alternate around a plateau of live orders, most removals take recent orders and some take
     * old ones. Wrapping the table many times leaves no long probes behind.
     */
    @Test
    void increasingReferencesStayNearTheirHomeAcrossAWrappingDay() {
        final int capacity = 1 << 14;
        final OrderTable table = new OrderTable(capacity);
        final long[] live = new long[capacity];
        int size = 0;
        final SplittableRandom random = new SplittableRandom(3);
        long nextRef = 1;
        // Ten times the slot count of references: the day wraps the table many times.
        while (nextRef < 20L * (capacity * 2)) {
            if (size < capacity * 3 / 4 && (size == 0 || random.nextBoolean())) {
                assertTrue(table.insert(nextRef, nextRef * 3));
                live[size++] = nextRef++;
            } else {
                final int at = random.nextInt(4) == 0 ? random.nextInt(size) : size - 1 - random.nextInt(Math.min(size, 64));
                assertEquals(live[at] * 3, table.remove(live[at]));
                live[at] = live[--size];
            }
        }
        assertEquals(size, table.size());
        for (int i = 0; i < size; i++) {
            assertEquals(live[i] * 3, table.get(live[i]));
        }
        assertTrue(table.longestDisplacement() < 64, "probes stay short: " + table.longestDisplacement());
    }

    /** Keys that share their low bits, or differ only in high bits, still spread like a plain hash. */
    @Test
    void patternedKeysSpread() {
        final int capacity = 1 << 12;
        for (final int pattern : new int[] {6, 8, 20, 32, 40, 51}) {
            final OrderTable table = new OrderTable(capacity);
            for (long n = 1; n <= capacity; n++) {
                assertTrue(table.insert(n << pattern, n));
            }
            for (long n = 1; n <= capacity; n++) {
                assertEquals(n, table.get(n << pattern));
            }
            assertTrue(table.longestDisplacement() < 64, pattern + ": " + table.longestDisplacement());
        }
    }
}
