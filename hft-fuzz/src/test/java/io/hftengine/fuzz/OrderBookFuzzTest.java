package io.hftengine.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.hftengine.orderbook.BookAnomaly;
import io.hftengine.orderbook.BookChange;
import io.hftengine.orderbook.L2View;
import io.hftengine.orderbook.OrderBook;
import io.hftengine.types.Side;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Fuzzes hft-orderbook's {@link OrderBook} with a stream of operations (add, execute, cancel,
 * delete, replace, define a symbol) whose references lean on recent ones, so most hit live orders,
 * and whose locates, prices and sizes reach every edge. After each operation the book must equal a
 * {@link ReferenceOrderBook} kept beside it: every level of every side (sorted, positive, the view
 * the head of the ladder), live orders, the touched orders' shares and price; the anomaly counters
 * must move by exactly one, of a kind that applies, when and only when the model says the
 * operation was bad, and the returned change must carry the anomaly flag then, the top bits
 * exactly when the model's top of the touched side moved, and the view bit whenever the model's
 * view did.
 *
 * <p>Input (a {@link FuzzedDataProvider}): order capacity 1..64, view depth 1..10, initial levels
 * 1..4; then up to {@value #MAX_OPS} operations. Locates 0..2 start defined.
 */
class OrderBookFuzzTest
{
    /** Operations at most per input. */
    static final int MAX_OPS = 256;
    /** Operation codes. */
    static final int ADD = 0;
    static final int EXECUTE = 1;
    static final int CANCEL = 2;
    static final int DELETE = 3;
    static final int REPLACE = 4;
    static final int SYMBOL = 5;
    /** Locates checked after every operation besides the defined ones. */
    private static final int[] PROBED = {0, 1, 2, 3, OrderBook.MAX_LOCATE};
    private static final int RECENT = 16;
    private static final long BASE_PRICE = 1_000;

    /**
     * Runs the operations, comparing with the model after each.
     *
     * @param data the input
     */
    @FuzzTest(maxDuration = "60s")
    void operations(final FuzzedDataProvider data)
    {
        new Run(FuzzChoices.of(data)).all();
    }

    /**
     * Runs one input; {@code SeedCorpusTest} asserts the seeds reach live orders.
     *
     * @param data the input
     * @return the book after the operations
     */
    static OrderBook run(final FuzzChoices data)
    {
        final Run run = new Run(data);
        run.all();
        return run.book;
    }

    /** One input's book, model and choices. */
    static final class Run
    {
        private final FuzzChoices data;
        private final OrderBook book;
        private final ReferenceOrderBook model;
        private final List<Long> recent = new ArrayList<>();
        private long nextRef = 1;

        Run(final FuzzChoices data)
        {
            this.data = data;
            final int capacity = data.consumeInt(1, 64);
            book = new OrderBook(capacity, data.consumeInt(1, 10), data.consumeInt(1, 4));
            model = new ReferenceOrderBook(capacity);
            for (int locate = 0; locate < 3; locate++)
            {
                book.addSymbol(locate, locate);
                model.addSymbol(locate);
            }
        }

        void all()
        {
            for (int i = 0; i < MAX_OPS && data.remainingBytes() > 0; i++)
            {
                step(i, data.consumeInt(ADD, SYMBOL));
            }
        }

        private void step(final int index, final int op)
        {
            final long[] before = anomalies();
            final int change;
            final EnumSet<BookAnomaly> kinds;
            final long ref;
            final long other;
            final String what;
            final ReferenceOrderBook.Order touched;
            switch (op)
            {
                case ADD:
                {
                    final int locate = locate();
                    ref = ref();
                    other = ref;
                    final Side side = side();
                    final long price = price();
                    final long shares = shares();
                    what = "add " + locate + " #" + ref + " " + side + " " + shares + " @ " + price;
                    touched = new ReferenceOrderBook.Order(locate, side, price, shares);
                    final List<long[]> top = top(touched);
                    change = book.addOrder(locate, ref, side, price, shares);
                    kinds = model.add(locate, ref, side, price, shares);
                    remember(ref);
                    checkChange(what, change, kinds, touched, top);
                    break;
                }
                case EXECUTE:
                case CANCEL:
                {
                    ref = ref();
                    other = ref;
                    final long shares = shares();
                    what = (op == EXECUTE ? "execute #" : "cancel #") + ref + " " + shares;
                    touched = model.order(ref);
                    final List<long[]> top = top(touched);
                    change = op == EXECUTE ? book.executeOrder(ref, shares) : book.cancelOrder(ref, shares);
                    kinds = model.reduce(ref, shares, op == EXECUTE);
                    checkChange(what, change, kinds, touched, top);
                    break;
                }
                case DELETE:
                {
                    ref = ref();
                    other = ref;
                    what = "delete #" + ref;
                    touched = model.order(ref);
                    final List<long[]> top = top(touched);
                    change = book.deleteOrder(ref);
                    kinds = model.delete(ref);
                    checkChange(what, change, kinds, touched, top);
                    break;
                }
                case REPLACE:
                {
                    ref = ref();
                    other = ref();
                    final long shares = shares();
                    final long price = price();
                    what = "replace #" + ref + " by #" + other + " " + shares + " @ " + price;
                    touched = model.order(ref);
                    final List<long[]> top = top(touched);
                    change = book.replaceOrder(ref, other, shares, price);
                    kinds = model.replace(ref, other, shares, price);
                    remember(other);
                    checkChange(what, change, kinds, touched, top);
                    break;
                }
                default:
                {
                    final int locate = locate();
                    ref = 0;
                    other = 0;
                    what = "define " + locate;
                    change = book.addSymbol(locate, 42);
                    kinds = model.addSymbol(locate);
                    assertEquals(!kinds.isEmpty(), BookChange.isAnomaly(change), what + ": anomaly flag");
                    break;
                }
            }
            final String at = "op " + index + " (" + what + ")";
            checkAnomalies(at, before, kinds);
            checkOrders(at, ref);
            checkOrders(at, other);
            checkBooks(at);
        }

        /** The model's side's levels as they were, for comparing after the operation. */
        private List<long[]> top(final ReferenceOrderBook.Order order)
        {
            return order == null || order.side() == null || !model.defined().contains(order.locate())
                ? List.of() : model.levels(order.locate(), order.side());
        }

        private void checkChange(final String what, final int change, final EnumSet<BookAnomaly> kinds,
                                 final ReferenceOrderBook.Order touched, final List<long[]> before)
        {
            assertEquals(!kinds.isEmpty(), BookChange.isAnomaly(change), what + ": anomaly flag " + kinds);
            final boolean applied = kinds.isEmpty() || kinds.equals(EnumSet.of(BookAnomaly.OVER_EXECUTION))
                || kinds.equals(EnumSet.of(BookAnomaly.OVER_CANCEL));
            if (!applied)
            {
                assertEquals(false, BookChange.topChanged(change), what + ": dropped, yet the top moved");
                return;
            }
            final List<long[]> after = model.levels(touched.locate(), touched.side());
            final long[] topBefore = before.isEmpty() ? new long[] {0, 0} : before.get(0);
            final long[] topAfter = after.isEmpty() ? new long[] {0, 0} : after.get(0);
            final boolean topMoved = topBefore[0] != topAfter[0] || topBefore[1] != topAfter[1];
            assertEquals(topMoved, BookChange.topChanged(change), what + ": top bit");
            if (topMoved)
            {
                assertEquals(BookChange.topBit(touched.side() == Side.BUY), change & BookChange.TOP,
                    what + ": the touched side's top bit");
            }
            if (!sameView(before, after))
            {
                assertEquals(true, BookChange.viewChanged(change), what + ": view bit");
            }
            if (change != BookChange.NONE)
            {
                assertEquals(touched.locate(), BookChange.locate(change), what + ": locate");
            }
        }

        private boolean sameView(final List<long[]> before, final List<long[]> after)
        {
            final int depth = book.l2(0).depth();
            for (int rank = 0; rank < depth; rank++)
            {
                final boolean inBefore = rank < before.size();
                final boolean inAfter = rank < after.size();
                if (inBefore != inAfter || inBefore && (before.get(rank)[0] != after.get(rank)[0]
                    || before.get(rank)[1] != after.get(rank)[1]))
                {
                    return false;
                }
            }
            return true;
        }

        private void checkAnomalies(final String at, final long[] before, final EnumSet<BookAnomaly> kinds)
        {
            final long[] after = anomalies();
            final EnumSet<BookAnomaly> moved = EnumSet.noneOf(BookAnomaly.class);
            long delta = 0;
            for (int i = 0; i < after.length; i++)
            {
                delta += after[i] - before[i];
                if (after[i] != before[i])
                {
                    moved.add(BookAnomaly.fromOrdinal(i));
                }
            }
            assertEquals(kinds.isEmpty() ? 0 : 1, delta, at + ": anomalies counted, applicable " + kinds);
            if (!kinds.isEmpty() && !kinds.containsAll(moved))
            {
                throw new AssertionError(at + ": counted " + moved + ", applicable " + kinds);
            }
        }

        private void checkOrders(final String at, final long ref)
        {
            final ReferenceOrderBook.Order order = model.order(ref);
            assertEquals(order == null ? 0 : order.shares(), book.orderShares(ref), at + ": shares of #" + ref);
            assertEquals(order == null ? L2View.NO_PRICE : order.price(), book.orderPrice(ref), at + ": price of #" + ref);
            assertEquals(model.liveOrders(), book.liveOrders(), at + ": live orders");
        }

        private void checkBooks(final String at)
        {
            assertEquals(model.defined().size(), book.symbolCount(), at + ": symbols");
            for (final int locate : PROBED)
            {
                assertEquals(model.defined().contains(locate), book.hasSymbol(locate), at + ": locate " + locate);
            }
            for (final int locate : model.defined())
            {
                BookInvariants.check(book, locate);
                for (final Side side : Side.values())
                {
                    final List<long[]> levels = model.levels(locate, side);
                    assertEquals(levels.size(), book.levelCount(locate, side), at + ": levels " + locate + " " + side);
                    for (int rank = 0; rank < levels.size(); rank++)
                    {
                        if (levels.get(rank)[0] != book.levelPrice(locate, side, rank)
                            || levels.get(rank)[1] != book.levelSize(locate, side, rank))
                        {
                            throw new AssertionError(at + ": " + locate + " " + side + " rank " + rank + " is "
                                + book.levelSize(locate, side, rank) + " @ " + book.levelPrice(locate, side, rank)
                                + ", model " + levels.get(rank)[1] + " @ " + levels.get(rank)[0]);
                        }
                    }
                }
            }
        }

        private long[] anomalies()
        {
            final long[] counts = new long[BookAnomaly.count()];
            for (int i = 0; i < counts.length; i++)
            {
                counts[i] = book.anomalyCount(BookAnomaly.fromOrdinal(i));
            }
            return counts;
        }

        /** Mostly the defined locates and one not yet defined; sometimes any int. */
        private int locate()
        {
            final int code = data.consumeInt(0, 7);
            switch (code)
            {
                case 4:
                    return OrderBook.MAX_LOCATE;
                case 5:
                    return -1;
                case 6:
                    return OrderBook.MAX_LOCATE + 1;
                case 7:
                    return data.consumeInt();
                default:
                    return code;
            }
        }

        /** A fresh reference, any long, or (three times in five) one of the last sixteen used. */
        private long ref()
        {
            final int code = data.consumeInt(0, 4);
            if (code == 0 || code >= 2 && recent.isEmpty())
            {
                return nextRef++;
            }
            if (code == 1)
            {
                return data.consumeLong();
            }
            return recent.get(recent.size() - 1 - data.consumeInt(0, recent.size() - 1));
        }

        private void remember(final long ref)
        {
            recent.remove(Long.valueOf(ref));
            recent.add(ref);
            if (recent.size() > RECENT)
            {
                recent.remove(0);
            }
        }

        private Side side()
        {
            final int code = data.consumeInt(0, 8);
            return code == 8 ? null : code < 4 ? Side.BUY : Side.SELL;
        }

        /** Sixteen neighbouring prices, or an edge: any long, zero, the highest valid, one above. */
        private long price()
        {
            final int code = data.consumeInt(0, 19);
            switch (code)
            {
                case 16:
                    return data.consumeLong();
                case 17:
                    return 0;
                case 18:
                    return L2View.MAX_PRICE;
                case 19:
                    return L2View.MAX_PRICE + 1;
                default:
                    return BASE_PRICE + code;
            }
        }

        /** 1..16 shares, or an edge: any long, zero, the widest ITCH value, one above. */
        private long shares()
        {
            final int code = data.consumeInt(0, 19);
            switch (code)
            {
                case 16:
                    return data.consumeLong();
                case 17:
                    return 0;
                case 18:
                    return ReferenceOrderBook.MAX_SHARES;
                case 19:
                    return ReferenceOrderBook.MAX_SHARES + 1;
                default:
                    return code + 1;
            }
        }
    }
}
