package io.hftengine.orderbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.hftengine.types.Side;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random event sequences against {@link ReferenceOrderBook}: after every step the full ladders,
 * the L2 views, the anomaly counts and the crossed state agree, and the top-of-book flags are set
 * exactly when the model's best price or size changed.
 */
class OrderBookPropertyTest {
    private static final List<Integer> LOCATES = List.of(1, 2);
    private static final int CAPACITY = 24;
    private static final int DEPTH = 4;

    @Property(tries = 400)
    void matchesTheReferenceModelAfterEveryStep(@ForAll("anyOps") final List<BookOp> ops) {
        run(ops, false);
    }

    @Property(tries = 200)
    void neverCrossesWhenTheFeedDoesNot(@ForAll("uncrossedOps") final List<BookOp> ops) {
        run(ops, true);
    }

    private static void run(final List<BookOp> ops, final boolean neverCrossed) {
        final OrderBook book = new OrderBook(CAPACITY, DEPTH, 2);
        final ReferenceOrderBook model = new ReferenceOrderBook(CAPACITY);
        for (final int locate : LOCATES) {
            book.addSymbol(locate, locate);
            model.addSymbol(locate);
        }
        for (final BookOp op : ops) {
            final long[][] before = tops(model);
            final int change = op.applyTo(book);
            op.applyTo(model);
            final long[][] after = tops(model);
            for (int i = 0; i < LOCATES.size(); i++) {
                final int locate = LOCATES.get(i);
                final boolean mine = BookChange.locate(change) == locate;
                assertEquals(before[i][0] != after[i][0] || before[i][1] != after[i][1],
                    mine && (change & BookChange.BID_TOP) != 0, "bid top flag after " + op);
                assertEquals(before[i][2] != after[i][2] || before[i][3] != after[i][3],
                    mine && (change & BookChange.ASK_TOP) != 0, "ask top flag after " + op);
            }
            BookAssertions.assertSameBooks(model, book, LOCATES);
            if (neverCrossed) {
                for (final int locate : LOCATES) {
                    assertFalse(book.l2(locate).isCrossed(), "crossed after " + op);
                }
            }
        }
    }

    private static long[][] tops(final ReferenceOrderBook model) {
        final long[][] tops = new long[LOCATES.size()][];
        for (int i = 0; i < LOCATES.size(); i++) {
            final TreeMap<Long, Long> bids = model.side(LOCATES.get(i), true);
            final TreeMap<Long, Long> asks = model.side(LOCATES.get(i), false);
            final Map.Entry<Long, Long> b = bids.firstEntry();
            final Map.Entry<Long, Long> a = asks.firstEntry();
            tops[i] = new long[] {
                b == null ? 0 : b.getKey(), b == null ? 0 : b.getValue(),
                a == null ? 0 : a.getKey(), a == null ? 0 : a.getValue(),
            };
        }
        return tops;
    }

    @Provide
    Arbitrary<List<BookOp>> anyOps() {
        return ops(false);
    }

    @Provide
    Arbitrary<List<BookOp>> uncrossedOps() {
        return ops(true);
    }

    private static Arbitrary<List<BookOp>> ops(final boolean separated) {
        final Arbitrary<Long> refs = Arbitraries.longs().between(0, 40);
        final Arbitrary<Long> shares = Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(12, Arbitraries.longs().between(1, 6)),
            net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(-1, 0)));
        final Arbitrary<Long> anyPrice = Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(15, Arbitraries.longs().between(1, 20)),
            net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(-1, 0)));
        final Arbitrary<Side> sides = Arbitraries.of(Side.BUY, Side.SELL);
        final Arbitrary<Integer> locates = Arbitraries.frequency(
            net.jqwik.api.Tuple.of(10, 1), net.jqwik.api.Tuple.of(10, 2), net.jqwik.api.Tuple.of(1, 3));
        final Arbitrary<BookOp> add = Combinators.combine(locates, refs, sides, anyPrice, shares)
            .as((locate, ref, side, price, qty) -> new BookOp(BookOp.Kind.ADD, locate, ref, 0, side,
                separated && price > 0 ? separate(side, price) : price, qty));
        final Arbitrary<BookOp> execute = Combinators.combine(refs, shares)
            .as((ref, qty) -> new BookOp(BookOp.Kind.EXECUTE, 0, ref, 0, null, 0, qty));
        final Arbitrary<BookOp> cancel = Combinators.combine(refs, shares)
            .as((ref, qty) -> new BookOp(BookOp.Kind.CANCEL, 0, ref, 0, null, 0, qty));
        final Arbitrary<BookOp> delete = refs.map(ref -> new BookOp(BookOp.Kind.DELETE, 0, ref, 0, null, 0, 0));
        // A replace keeps the original's side, which the generator does not know, so it cannot
        // choose a price that stays on the right side of the spread: the uncrossed run has none.
        final Arbitrary<BookOp> replace = Combinators.combine(refs, refs, shares, anyPrice)
            .as((ref, newRef, qty, price) -> new BookOp(BookOp.Kind.REPLACE, 0, ref, newRef, null, price, qty));
        final Arbitrary<BookOp> op = separated
            ? Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, add), net.jqwik.api.Tuple.of(2, execute),
                net.jqwik.api.Tuple.of(2, cancel), net.jqwik.api.Tuple.of(3, delete))
            : Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, add), net.jqwik.api.Tuple.of(2, execute),
                net.jqwik.api.Tuple.of(2, cancel), net.jqwik.api.Tuple.of(3, delete),
                net.jqwik.api.Tuple.of(2, replace));
        return op.list().ofMinSize(1).ofMaxSize(120);
    }

    /** Bids in 1..20, asks in 21..40: a feed that never crosses. */
    private static long separate(final Side side, final long price) {
        return side == Side.BUY ? price : price + 20;
    }
}
