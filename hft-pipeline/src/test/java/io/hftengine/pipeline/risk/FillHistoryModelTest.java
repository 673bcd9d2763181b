package io.hftengine.pipeline.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * The ring and its index against a plain model: the last {@code capacity} fills recorded, less
 * those forgotten, each found with its own fields; everything else not found. Keys collide on
 * purpose (few match numbers, few orders, self-crosses), so probe runs wrap and backward shifts
 * cross the table's end.
 */
class FillHistoryModelTest {
    private record Fill(long match, long order, int symbol, boolean sell, long quantity, long price) {
    }

    @Test
    void randomRecordsFindsAndForgetsAgreeWithTheModel() {
        for (final int capacity : new int[] {1, 2, 3, 7, 64, 1000}) {
            final SplittableRandom random = new SplittableRandom(capacity * 7919L);
            final FillHistory history = new FillHistory(capacity);
            final ArrayDeque<Fill> arrival = new ArrayDeque<>();
            final Map<List<Long>, Fill> live = new HashMap<>();
            for (int step = 0; step < 200_000; step++) {
                final long match = 1 + random.nextInt(capacity * 3 + 5);
                final long order = 1 + random.nextInt(4);
                final List<Long> key = List.of(match, order);
                final int op = random.nextInt(10);
                if (op < 6) {
                    if (live.containsKey(key)) {
                        continue; // the caller never records a fill it already holds
                    }
                    final Fill fill = new Fill(match, order, random.nextInt(65_536), random.nextBoolean(),
                        1 + random.nextInt(1_000_000), random.nextLong(1, Long.MAX_VALUE));
                    history.record(match, order, fill.symbol(), fill.sell(), fill.quantity(), fill.price());
                    arrival.addLast(fill);
                    live.put(key, fill);
                    if (arrival.size() > capacity) {
                        final Fill oldest = arrival.removeFirst();
                        live.remove(List.of(oldest.match(), oldest.order()), oldest);
                    }
                } else if (op < 8) {
                    final int record = history.find(match, order);
                    final Fill expected = live.get(key);
                    if (expected == null) {
                        assertEquals(FillHistory.NO_RECORD, record, "capacity " + capacity + " step " + step);
                    } else {
                        assertEquals(expected.symbol(), history.symbolId(record));
                        assertEquals(expected.sell(), history.sells(record));
                        assertEquals(expected.quantity(), history.quantity(record));
                        assertEquals(expected.price(), history.price(record));
                    }
                } else {
                    final int record = history.find(match, order);
                    if (record != FillHistory.NO_RECORD) {
                        history.remove(record);
                        live.remove(key);
                    }
                }
                assertEquals(live.size(), history.size(), "capacity " + capacity + " step " + step);
            }
            final List<List<Long>> keys = new ArrayList<>(live.keySet());
            for (final List<Long> key : keys) {
                assertEquals(live.get(key).quantity(), history.quantity(history.find(key.get(0), key.get(1))));
            }
        }
    }
}
