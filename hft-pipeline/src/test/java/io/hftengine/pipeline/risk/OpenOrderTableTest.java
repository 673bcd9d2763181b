package io.hftengine.pipeline.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Risk's open-order table against a {@link HashMap}: ids from a counter (the strategy's), ids
 * with a pattern in their high bits, and random ids, through random opens, partial reductions and
 * closes that keep probe runs long enough for backward-shift removal to matter.
 */
class OpenOrderTableTest {
    private record Open(int symbol, boolean sell, long leaves, long price) {
    }

    @Property(tries = 200)
    void behavesLikeAMapOfRecords(@ForAll final long seed, @ForAll @IntRange(min = 1, max = 64) final int capacity,
                                  @ForAll @IntRange(min = 0, max = 2) final int idKind) {
        final Random random = new Random(seed);
        final OpenOrderTable table = new OpenOrderTable(capacity);
        final Map<Long, Open> model = new HashMap<>();
        final List<Long> ids = new ArrayList<>();
        long counter = random.nextInt(1000);
        for (int step = 0; step < 2_000; step++) {
            if (random.nextInt(3) > 0 || model.isEmpty()) {
                final long id = switch (idKind) {
                    case 0 -> ++counter;
                    case 1 -> (++counter) << 20;
                    default -> random.nextBoolean() && !ids.isEmpty() ? ids.get(random.nextInt(ids.size()))
                        : random.nextLong();
                };
                final Open open = new Open(random.nextInt(10_000), random.nextBoolean(), 1 + random.nextInt(500),
                    random.nextLong());
                final boolean expected = model.size() < capacity && !model.containsKey(id);
                assertEquals(expected, table.insert(id, open.symbol, open.sell, open.leaves, open.price), "insert " + id);
                if (expected) {
                    model.put(id, open);
                    ids.add(id);
                }
            } else {
                final long id = ids.get(random.nextInt(ids.size()));
                final int record = table.find(id);
                final Open open = model.get(id);
                if (open == null) {
                    assertEquals(OpenOrderTable.NO_RECORD, record);
                } else if (random.nextBoolean() && open.leaves > 1) {
                    table.leaves(record, open.leaves - 1);
                    model.put(id, new Open(open.symbol, open.sell, open.leaves - 1, open.price));
                } else {
                    table.remove(record);
                    model.remove(id);
                }
            }
            assertEquals(model.size(), table.size());
            assertEquals(model.size() == capacity, table.isFull());
        }
        for (final long id : ids) {
            final int record = table.find(id);
            final Open open = model.get(id);
            if (open == null) {
                assertEquals(OpenOrderTable.NO_RECORD, record, "closed " + id);
            } else {
                assertTrue(record != OpenOrderTable.NO_RECORD, "open " + id);
                assertEquals(open, new Open(table.symbolId(record), table.sells(record), table.leaves(record),
                    table.price(record)));
            }
        }
    }

    @Test
    void idZeroNegativeAndExtremeIdsAreOrdinaryKeys() {
        final OpenOrderTable table = new OpenOrderTable(4);
        final long[] ids = {0, -1, Long.MIN_VALUE, Long.MAX_VALUE};
        for (int i = 0; i < ids.length; i++) {
            assertTrue(table.insert(ids[i], 65_535, i % 2 == 0, i + 1, -i));
        }
        assertFalse(table.insert(7, 1, false, 1, 1), "full");
        assertFalse(table.insert(0, 1, false, 1, 1), "open already");
        for (int i = 0; i < ids.length; i++) {
            final int record = table.find(ids[i]);
            assertEquals(65_535, table.symbolId(record));
            assertEquals(i % 2 == 0, table.sells(record));
            assertEquals(i + 1, table.leaves(record));
            assertEquals(-i, table.price(record));
        }
        table.remove(table.find(0));
        assertEquals(OpenOrderTable.NO_RECORD, table.find(0));
        assertTrue(table.insert(7, 1, false, 1, 1));
    }

    @Test
    void capacityIsChecked() {
        assertThrows(IllegalArgumentException.class, () -> new OpenOrderTable(0));
        assertThrows(IllegalArgumentException.class, () -> new OpenOrderTable((1 << 26) + 1));
    }
}
