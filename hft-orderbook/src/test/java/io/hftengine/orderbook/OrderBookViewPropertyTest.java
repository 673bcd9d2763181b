package io.hftengine.orderbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hftengine.types.Side;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Random ITCH-like events, anomalies included (unknown and out-of-range locates, unknown and
 * duplicate references, over-execution, prices and shares out of range, a full order table),
 * against {@link ReferenceOrderBook}: after every step each L2 view gives the truncated model's
 * every figure (best, spread, doubled mid, imbalance, crossed, locked, copies), each result
 * carries the locate the contract names, and {@link OrderBook#levelGrowths()} is exactly the
 * number of doublings the widest side so far needed.
 */
class OrderBookViewPropertyTest {
    private static final List<Integer> LOCATES = List.of(0, 1, OrderBook.MAX_LOCATE);
    private static final int CAPACITY = 20;

    @Property(tries = 300)
    void viewsLocatesAndGrowthsMatchTheModelAfterEveryStep(@ForAll @IntRange(min = 1, max = 4) final int depth,
            @ForAll @IntRange(min = 1, max = 3) final int initialLevels, @ForAll("events") final List<BookOp> ops) {
        final OrderBook book = new OrderBook(CAPACITY, depth, initialLevels);
        final ReferenceOrderBook model = new ReferenceOrderBook(CAPACITY);
        for (final int locate : LOCATES) {
            book.addSymbol(locate, locate);
            model.addSymbol(locate);
        }
        final Map<Integer, Integer> widest = new HashMap<>();
        for (final BookOp op : ops) {
            final ReferenceOrderBook.Order live = op.kind() == BookOp.Kind.ADD ? null : model.orders.get(op.ref());
            final long anomaliesBefore = totalAnomalies(model);
            final int change = op.applyTo(book);
            op.applyTo(model);
            final String where = op + " -> " + Integer.toHexString(change);
            if (totalAnomalies(model) != anomaliesBefore) {
                assertEquals(BookChange.ANOMALY, change & BookChange.ANOMALY, "anomaly bit, " + where);
                final int expected = op.kind() == BookOp.Kind.ADD
                    ? (op.locate() < 0 || op.locate() > OrderBook.MAX_LOCATE ? 0 : op.locate())
                    : live == null ? 0 : live.locate;
                assertEquals(expected, BookChange.locate(change), "anomaly locate, " + where);
            } else if (change != BookChange.NONE) {
                assertEquals(0, change & BookChange.ANOMALY, "no anomaly, " + where);
                assertEquals(op.kind() == BookOp.Kind.ADD ? op.locate() : live.locate, BookChange.locate(change),
                    "locate, " + where);
            }
            BookAssertions.assertSameBooks(model, book, LOCATES);
            for (final int locate : LOCATES) {
                for (final boolean bid : new boolean[] {true, false}) {
                    widest.merge(locate * 2 + (bid ? 1 : 0), model.side(locate, bid).size(), Math::max);
                }
                L2BookModelPropertyTest.assertMatches(truncate(model.side(locate, true), depth),
                    truncate(model.side(locate, false), depth), book.l2(locate), "locate " + locate + ", " + where);
            }
            long growths = 0;
            for (final int levels : widest.values()) {
                for (long held = initialLevels; held < levels; held <<= 1) {
                    growths++;
                }
            }
            assertEquals(growths, book.levelGrowths(), "level growths, " + where);
        }
    }

    private static long totalAnomalies(final ReferenceOrderBook model) {
        return model.anomalies.values().stream().mapToLong(Long::longValue).sum();
    }

    private static TreeMap<Long, Long> truncate(final TreeMap<Long, Long> side, final int depth) {
        final TreeMap<Long, Long> top = new TreeMap<>(side.comparator() == null ? null : Collections.reverseOrder());
        for (final Map.Entry<Long, Long> level : side.entrySet()) {
            if (top.size() == depth) {
                break;
            }
            top.put(level.getKey(), level.getValue());
        }
        return top;
    }

    @Provide
    Arbitrary<List<BookOp>> events() {
        final Arbitrary<Long> refs = Arbitraries.frequencyOf(
            Tuple.of(20, Arbitraries.longs().between(0, 30)),
            Tuple.of(1, Arbitraries.of(-1L, Long.MIN_VALUE, Long.MAX_VALUE)));
        final Arbitrary<Long> shares = Arbitraries.frequencyOf(
            Tuple.of(20, Arbitraries.longs().between(1, 6)),
            Tuple.of(1, Arbitraries.of(0L, -1L, 0xFFFF_FFFFL, 0x1_0000_0000L)));
        final Arbitrary<Long> prices = Arbitraries.frequencyOf(
            Tuple.of(20, Arbitraries.longs().between(1, 12)),
            Tuple.of(1, Arbitraries.of(0L, -1L, L2View.MAX_PRICE, L2View.MAX_PRICE - 1, L2View.MAX_PRICE + 1,
                Long.MAX_VALUE)));
        final Arbitrary<Integer> locates = Arbitraries.frequencyOf(
            Tuple.of(20, Arbitraries.of(LOCATES)),
            Tuple.of(1, Arbitraries.of(2, -1, OrderBook.MAX_LOCATE + 1)));
        final Arbitrary<Side> sides = Arbitraries.frequencyOf(
            Tuple.of(30, Arbitraries.of(Side.BUY, Side.SELL)), Tuple.of(1, Arbitraries.just(null)));
        final Arbitrary<BookOp> add = Combinators.combine(locates, refs, sides, prices, shares)
            .as((locate, ref, side, price, qty) -> new BookOp(BookOp.Kind.ADD, locate, ref, 0, side, price, qty));
        final Arbitrary<BookOp> execute = Combinators.combine(refs, shares)
            .as((ref, qty) -> new BookOp(BookOp.Kind.EXECUTE, 0, ref, 0, null, 0, qty));
        final Arbitrary<BookOp> cancel = Combinators.combine(refs, shares)
            .as((ref, qty) -> new BookOp(BookOp.Kind.CANCEL, 0, ref, 0, null, 0, qty));
        final Arbitrary<BookOp> delete = refs.map(ref -> new BookOp(BookOp.Kind.DELETE, 0, ref, 0, null, 0, 0));
        final Arbitrary<BookOp> replace = Combinators.combine(refs, refs, shares, prices, Arbitraries.integers().between(0, 3))
            .as((ref, newRef, qty, price, same) -> new BookOp(BookOp.Kind.REPLACE, 0, ref, same == 0 ? ref : newRef,
                null, price, qty));
        return Arbitraries.frequencyOf(Tuple.of(7, add), Tuple.of(2, execute), Tuple.of(2, cancel),
            Tuple.of(2, delete), Tuple.of(3, replace)).list().ofMinSize(1).ofMaxSize(100);
    }
}
