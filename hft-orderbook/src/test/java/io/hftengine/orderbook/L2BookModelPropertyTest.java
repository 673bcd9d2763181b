package io.hftengine.orderbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hftengine.types.Side;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * A stand-alone {@link L2Book} of depth 1 to 4 against a TreeMap per side truncated to the depth,
 * under level operations mixed with whole snapshots that may be unsorted, duplicated, zero-sized,
 * crossed or deeper than the book, and with prices and sizes up to the limits: after every step the
 * levels, the rejections, the change bits and every derived figure (best, spread, doubled mid,
 * imbalance, crossed, locked, copies) are those of the model, computed without overflow.
 */
class L2BookModelPropertyTest {
    /** 0 add, 1 modify, 2 delete, 3 apply a snapshot. */
    record Op(int kind, Side side, long price, long size, List<long[]> bids, List<long[]> asks) {
    }

    @Property(tries = 400)
    void everyFigureMatchesTheModelAfterEveryStep(@ForAll @IntRange(min = 1, max = 4) final int depth,
            @ForAll("ops") final List<Op> ops) {
        final L2Book book = new L2Book(depth);
        final TreeMap<Long, Long> bids = new TreeMap<>(Collections.reverseOrder());
        final TreeMap<Long, Long> asks = new TreeMap<>(Comparator.naturalOrder());
        long rejected = 0;
        final BookUpdate update = new BookUpdate(depth + 2);
        for (final Op op : ops) {
            final Map.Entry<Long, Long> bidTop = bids.firstEntry();
            final Map.Entry<Long, Long> askTop = asks.firstEntry();
            final String before = bids + " " + asks;
            final int change;
            final boolean reject;
            boolean viewChanged;
            if (op.kind() == 3) {
                update.clear();
                op.bids().forEach(l -> update.addBid(l[0], l[1]));
                op.asks().forEach(l -> update.addAsk(l[0], l[1]));
                change = book.apply(update);
                reject = !validSide(op.bids(), true, depth) || !validSide(op.asks(), false, depth);
                if (!reject) {
                    bids.clear();
                    asks.clear();
                    op.bids().forEach(l -> bids.put(l[0], l[1]));
                    op.asks().forEach(l -> asks.put(l[0], l[1]));
                }
                viewChanged = !before.equals(bids + " " + asks);
            } else {
                final TreeMap<Long, Long> side = op.side() == Side.BUY ? bids : asks;
                if (op.kind() == 0) {
                    change = book.addLevel(op.side(), op.price(), op.size());
                    reject = !validPrice(op.price()) || op.size() <= 0 || side.containsKey(op.price());
                    if (!reject) {
                        side.put(op.price(), op.size());
                        if (side.size() > depth) {
                            side.pollLastEntry();
                        }
                    }
                } else if (op.kind() == 1) {
                    change = book.modifyLevel(op.side(), op.price(), op.size());
                    reject = !validPrice(op.price()) || op.size() <= 0
                        || !side.containsKey(op.price()) && !beyondFullSide(side, op.price(), depth);
                    if (!reject && side.containsKey(op.price())) {
                        side.put(op.price(), op.size());
                    }
                } else {
                    change = book.deleteLevel(op.side(), op.price());
                    reject = !validPrice(op.price())
                        || !side.containsKey(op.price()) && !beyondFullSide(side, op.price(), depth);
                    if (!reject) {
                        side.remove(op.price());
                    }
                }
                viewChanged = !before.equals(bids + " " + asks);
            }
            rejected += reject ? 1 : 0;
            final String where = op + " on " + before;
            if (reject) {
                assertEquals(BookChange.REJECTED, change, "rejection of " + where);
            } else {
                assertEquals(viewChanged, (change & BookChange.VIEW) != 0, "view bit of " + where);
                assertEquals(!Objects.equals(bidTop, bids.firstEntry()), (change & BookChange.BID_TOP) != 0,
                    "bid top bit of " + where);
                assertEquals(!Objects.equals(askTop, asks.firstEntry()), (change & BookChange.ASK_TOP) != 0,
                    "ask top bit of " + where);
            }
            assertMatches(bids, asks, book, where);
        }
        assertEquals(rejected, book.rejectedCount());
        final BookUpdate snapshot = new BookUpdate(depth);
        book.copyTo(snapshot);
        final L2Book copy = new L2Book(depth);
        copy.apply(snapshot);
        assertMatches(bids, asks, copy, "copy");
    }

    static void assertMatches(final TreeMap<Long, Long> bids, final TreeMap<Long, Long> asks, final L2View view,
            final String where) {
        assertSide(bids, view, Side.BUY, where);
        assertSide(asks, view, Side.SELL, where);
        final boolean both = !bids.isEmpty() && !asks.isEmpty();
        assertEquals(bids.isEmpty() ? L2View.NO_PRICE : bids.firstKey(), view.bestBidPrice(), where);
        assertEquals(asks.isEmpty() ? L2View.NO_PRICE : asks.firstKey(), view.bestAskPrice(), where);
        assertEquals(bids.isEmpty() ? 0 : bids.firstEntry().getValue(), view.bestBidSize(), where);
        assertEquals(asks.isEmpty() ? 0 : asks.firstEntry().getValue(), view.bestAskSize(), where);
        assertEquals(both ? asks.firstKey() - bids.firstKey() : L2View.NO_PRICE, view.spread(), "spread, " + where);
        final BigInteger mid = both ? BigInteger.valueOf(asks.firstKey()).add(BigInteger.valueOf(bids.firstKey())) : null;
        assertEquals(both ? mid.longValueExact() : L2View.NO_PRICE, view.midPriceTimesTwo(), "doubled mid, " + where);
        assertEquals(both && bids.firstKey() > asks.firstKey(), view.isCrossed(), "crossed, " + where);
        assertEquals(both && bids.firstKey().equals(asks.firstKey()), view.isLocked(), "locked, " + where);
        for (final int levels : new int[] {-1, 0, 1, 2, view.depth(), Integer.MAX_VALUE}) {
            final long expected = imbalance(bids, asks, Math.max(1, Math.min(levels, view.depth())));
            final long actual = view.imbalancePpm(levels);
            assertTrue(Math.abs(expected - actual) <= 1, "imbalance over " + levels + ": " + expected + " vs " + actual
                + ", " + where);
            assertTrue(actual >= -1_000_000 && actual <= 1_000_000, "imbalance in range, " + where);
        }
    }

    private static void assertSide(final TreeMap<Long, Long> model, final L2View view, final Side side,
            final String where) {
        assertEquals(model.size(), view.levelCount(side), "count " + side + ", " + where);
        int rank = 0;
        for (final Map.Entry<Long, Long> level : model.entrySet()) {
            assertEquals(level.getKey().longValue(), view.price(side, rank), "price " + side + rank + ", " + where);
            assertEquals(level.getValue().longValue(), view.size(side, rank), "size " + side + rank + ", " + where);
            rank++;
        }
        assertEquals(L2View.NO_PRICE, view.price(side, rank));
        assertEquals(0, view.size(side, rank));
        BookAssertions.assertSameCopy(view, side, where);
    }

    private static long imbalance(final TreeMap<Long, Long> bids, final TreeMap<Long, Long> asks, final int levels) {
        final BigInteger bid = sum(bids, levels);
        final BigInteger ask = sum(asks, levels);
        final BigInteger total = bid.add(ask);
        if (total.signum() == 0) {
            return 0;
        }
        return new BigDecimal(bid.subtract(ask).multiply(BigInteger.valueOf(1_000_000)))
            .divide(new BigDecimal(total), 0, RoundingMode.HALF_UP).longValueExact();
    }

    private static BigInteger sum(final TreeMap<Long, Long> side, final int levels) {
        BigInteger sum = BigInteger.ZERO;
        int n = 0;
        for (final long size : side.values()) {
            if (n++ == levels) {
                break;
            }
            sum = sum.add(BigInteger.valueOf(size));
        }
        return sum;
    }

    /** A level a deeper feed has below a full side: the book ignores updates to it. */
    static boolean beyondFullSide(final TreeMap<Long, Long> side, final long price, final int depth) {
        return side.size() == depth && side.comparator().compare(price, side.lastKey()) > 0;
    }

    static boolean validPrice(final long price) {
        return price > 0 && price <= L2View.MAX_PRICE;
    }

    private static boolean validSide(final List<long[]> levels, final boolean bid, final int depth) {
        if (levels.size() > depth) {
            return false;
        }
        for (int i = 0; i < levels.size(); i++) {
            final long p = levels.get(i)[0];
            if (!validPrice(p) || levels.get(i)[1] <= 0) {
                return false;
            }
            if (i > 0 && (bid ? levels.get(i - 1)[0] <= p : levels.get(i - 1)[0] >= p)) {
                return false;
            }
        }
        return true;
    }

    @Provide
    Arbitrary<List<Op>> ops() {
        final Arbitrary<Long> prices = Arbitraries.frequencyOf(
            Tuple.of(20, Arbitraries.longs().between(1, 12)),
            Tuple.of(2, Arbitraries.longs().between(-1, 0)),
            Tuple.of(2, Arbitraries.longs().between(Long.MAX_VALUE / 2 - 3, Long.MAX_VALUE / 2 + 3)),
            Tuple.of(1, Arbitraries.of(Long.MAX_VALUE, Long.MAX_VALUE - 1, Long.MIN_VALUE)));
        final Arbitrary<Long> sizes = Arbitraries.frequencyOf(
            Tuple.of(20, Arbitraries.longs().between(1, 9)),
            Tuple.of(2, Arbitraries.longs().between(-1, 0)),
            Tuple.of(2, Arbitraries.longs().between(Long.MAX_VALUE - 3, Long.MAX_VALUE)),
            Tuple.of(2, Arbitraries.longs().between(Long.MAX_VALUE / 2 - 1, Long.MAX_VALUE / 2 + 2)));
        final Arbitrary<long[]> level = Combinators.combine(prices, sizes).as((p, s) -> new long[] {p, s});
        // Sorted most of the time, so snapshots are mostly accepted; jqwik shrinks towards unsorted.
        final Arbitrary<List<long[]>> bidSide = level.list().ofMaxSize(5).map(l -> sortedOrNot(l, true));
        final Arbitrary<List<long[]>> askSide = level.list().ofMaxSize(5).map(l -> sortedOrNot(l, false));
        final Arbitrary<Op> single = Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.of(Side.BUY, Side.SELL), prices, sizes)
            .as((k, side, p, s) -> new Op(k, side, p, s, List.of(), List.of()));
        final Arbitrary<Op> snapshot = Combinators.combine(bidSide, askSide)
            .as((b, a) -> new Op(3, null, 0, 0, b, a));
        return Arbitraries.frequencyOf(Tuple.of(6, single), Tuple.of(1, snapshot)).list().ofMaxSize(60);
    }

    private static List<long[]> sortedOrNot(final List<long[]> levels, final boolean bid) {
        if (levels.size() > 1 && levels.get(0)[1] % 5 == 0) {
            return levels;
        }
        final List<long[]> sorted = new java.util.ArrayList<>(levels);
        sorted.sort((x, y) -> bid ? Long.compare(y[0], x[0]) : Long.compare(x[0], y[0]));
        return sorted;
    }
}
