package io.hftengine.engine.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class SyntheticItchFeedTest {
    private static final int MESSAGES = 400_000;

    @Test
    void sameSeedGivesTheSameStream() {
        final RecordingBooks a = run(7, 20_000);
        final RecordingBooks b = run(7, 20_000);
        final RecordingBooks c = run(8, 20_000);
        assertEquals(a.digest, b.digest);
        assertTrue(a.digest != c.digest, "a different seed must give a different stream");
    }

    @Test
    void mixIsNearARealDayAndEveryReferenceExists() {
        final RecordingBooks books = run(42, MESSAGES);
        assertEquals(0, books.unknownReferences, "the feed must only mention live orders");
        assertEquals(0, books.crossedAfterMessage, "the feed's books must never cross");
        final long total = books.byType.values().stream().mapToLong(Long::longValue).sum();
        assertShare(books, 'A', total, 0.40, 0.47);
        assertShare(books, 'D', total, 0.38, 0.45);
        assertShare(books, 'U', total, 0.07, 0.10);
        assertShare(books, 'E', total, 0.015, 0.035);
        assertShare(books, 'X', total, 0.008, 0.016);
        assertTrue(books.maxLevels > 5, "books should be several levels deep, max was " + books.maxLevels);
    }

    private static void assertShare(final RecordingBooks books, final char type, final long total, final double min,
            final double max) {
        final double share = books.byType.getOrDefault(type, 0L) / (double) total;
        assertTrue(share >= min && share <= max, type + " share " + share + " outside [" + min + ", " + max + "]");
    }

    private static RecordingBooks run(final long seed, final int messages) {
        final SyntheticItchFeed feed = new SyntheticItchFeed(200, seed, 100_000, 1_000, MessageMix.NASDAQ_DAY);
        final RecordingBooks books = new RecordingBooks();
        feed.startOfDay(books);
        for (int i = 0; i < messages; i++) {
            feed.next(books);
            books.checkNotCrossed();
        }
        feed.endOfDay(books);
        return books;
    }

    /** An independent model: live orders in a HashMap, levels per symbol in TreeMaps. */
    private static final class RecordingBooks implements ItchEventSink {
        final Map<Character, Long> byType = new TreeMap<>();
        final Map<Long, long[]> live = new HashMap<>(); // ref -> {locate, isBuy, price4, shares}
        final Map<Integer, TreeMap<Long, Long>> bids = new HashMap<>();
        final Map<Integer, TreeMap<Long, Long>> asks = new HashMap<>();
        long unknownReferences;
        long crossedAfterMessage;
        int maxLevels;
        long digest = 17;
        int lastLocate;

        private void count(final char type, final long... fields) {
            byType.merge(type, 1L, Long::sum);
            digest = digest * 31 + type;
            for (final long f : fields) {
                digest = digest * 31 + f;
            }
        }

        private TreeMap<Long, Long> side(final int locate, final boolean buy) {
            return (buy ? bids : asks).computeIfAbsent(locate, k -> new TreeMap<>());
        }

        private void change(final long[] order, final long shares) {
            final TreeMap<Long, Long> levels = side((int) order[0], order[1] == 1);
            final long left = levels.getOrDefault(order[2], 0L) + shares;
            if (left == 0) {
                levels.remove(order[2]);
            } else {
                levels.put(order[2], left);
            }
            maxLevels = Math.max(maxLevels, levels.size());
        }

        private long[] existing(final long ref) {
            final long[] order = live.get(ref);
            if (order == null) {
                unknownReferences++;
            }
            return order;
        }

        void checkNotCrossed() {
            final TreeMap<Long, Long> b = bids.get(lastLocate);
            final TreeMap<Long, Long> a = asks.get(lastLocate);
            if (b != null && a != null && !b.isEmpty() && !a.isEmpty() && b.lastKey() >= a.firstKey()) {
                crossedAfterMessage++;
            }
        }

        @Override
        public void systemEvent(final long timestampNs, final byte eventCode) {
            count('S', timestampNs, eventCode);
        }

        @Override
        public void stockDirectory(final long timestampNs, final int locate, final long packedSymbol,
                final int roundLotSize) {
            count('R', locate, packedSymbol);
        }

        @Override
        public void tradingAction(final long timestampNs, final int locate, final long packedSymbol) {
            count('H', locate);
        }

        @Override
        public void addOrder(final long timestampNs, final int locate, final long orderRef, final byte side,
                final int shares, final long packedSymbol, final long price4, final int mpid) {
            count(mpid == 0 ? 'A' : 'F', locate, orderRef, side, shares, price4);
            final long[] order = {locate, side == 'B' ? 1 : 0, price4, shares};
            live.put(orderRef, order);
            change(order, shares);
            lastLocate = locate;
        }

        @Override
        public void orderExecuted(final long timestampNs, final int locate, final long orderRef, final int shares,
                final long matchNumber) {
            count('E', locate, orderRef, shares);
            reduce(locate, orderRef, shares);
        }

        @Override
        public void orderExecutedWithPrice(final long timestampNs, final int locate, final long orderRef,
                final int shares, final long matchNumber, final long price4) {
            count('C', locate, orderRef, shares, price4);
            reduce(locate, orderRef, shares);
        }

        @Override
        public void orderCancel(final long timestampNs, final int locate, final long orderRef, final int shares) {
            count('X', locate, orderRef, shares);
            reduce(locate, orderRef, shares);
        }

        @Override
        public void orderDelete(final long timestampNs, final int locate, final long orderRef) {
            count('D', locate, orderRef);
            final long[] order = existing(orderRef);
            if (order != null) {
                reduce(locate, orderRef, order[3]);
            }
        }

        @Override
        public void orderReplace(final long timestampNs, final int locate, final long oldOrderRef,
                final long newOrderRef, final int shares, final long price4) {
            count('U', locate, oldOrderRef, newOrderRef, shares, price4);
            final long[] old = existing(oldOrderRef);
            if (old != null) {
                reduce(locate, oldOrderRef, old[3]);
                final long[] order = {locate, old[1], price4, shares};
                live.put(newOrderRef, order);
                change(order, shares);
            }
        }

        private void reduce(final int locate, final long ref, final long shares) {
            lastLocate = locate;
            final long[] order = existing(ref);
            if (order == null) {
                return;
            }
            assertEquals(locate, order[0], "message locate must match the order's");
            assertTrue(shares <= order[3], "the feed must not remove more shares than an order has");
            change(order, -shares);
            order[3] -= shares;
            if (order[3] == 0) {
                live.remove(ref);
            }
        }

        @Override
        public void trade(final long timestampNs, final int locate, final byte side, final int shares,
                final long packedSymbol, final long price4, final long matchNumber) {
            count('P', locate, shares, price4);
        }

        @Override
        public void imbalance(final long timestampNs, final int locate, final long packedSymbol,
                final long pairedShares, final long imbalanceShares, final byte direction,
                final long referencePrice4) {
            count('I', locate, pairedShares);
        }
    }
}
