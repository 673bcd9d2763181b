package io.hftengine.orderbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hftengine.types.Side;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A long seeded feed shaped like a NASDAQ day rather than a tiny property run: the production
 * depth of 10 (and, in smaller runs, depths of 1 and 3 with tables of 3 and 40 orders), dozens of levels a side (so the binary search below the scanned top, levels falling
 * off the view and coming back, and side growth all happen), an order table kept near full, ITCH
 * references counting up through 2^63 (unsigned on the wire, negative as a Java long) with 0, -1,
 * {@code Long.MIN_VALUE} and {@code Long.MAX_VALUE} among them, deleted references reused, replaces
 * to the same reference, to a live one of another symbol and across the spread, executions and
 * cancels to exactly zero and past it, and prices up to 2^32 - 1 (the largest ITCH wire price).
 *
 * <p>After every event against {@link ReferenceOrderBook}: the anomaly bit and counts, the locate
 * bits, each top bit set exactly when that side's best price or size changed, the view bit set
 * whenever the published top 10 changed (and, but for a replace, only then), and every figure of the
 * touched symbol's view whenever it changed (and every 16th event when not); the full ladders of
 * every symbol and each live order's price and shares every 500 events.
 */
class OrderBookSeededModelTest {
    private static final int[] LOCATES = {0, 1, 40_000, OrderBook.MAX_LOCATE};
    /** Never defined: every add for it is an unknown symbol. */
    private static final int UNDEFINED = 7;
    private static final long MAX_WIRE_PRICE = 0xFFFF_FFFFL;
    private static final long MAX_SHARES = 0xFFFF_FFFFL;
    private static final long[] ODD_REFS = {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE + 1};

    @ParameterizedTest(name = "seed {0}, depth {1}, capacity {2}, initial levels {3}")
    @CsvSource({"1, 10, 1200, 4", "2, 10, 1200, 64", "3, 1, 3, 1", "4, 3, 40, 1"})
    void matchesTheModelAfterEveryEventOfALongFeed(final long seed, final int depth, final int capacity,
            final int initialLevels) {
        final OrderBook book = new OrderBook(capacity, depth, initialLevels);
        final ReferenceOrderBook model = new ReferenceOrderBook(capacity);
        final List<Integer> locates = Arrays.stream(LOCATES).boxed().toList();
        for (final int locate : LOCATES) {
            book.addSymbol(locate, locate);
            model.addSymbol(locate);
        }
        final SplittableRandom random = new SplittableRandom(seed);
        final List<Long> live = new ArrayList<>();
        final List<Long> gone = new ArrayList<>();
        // Counts up through Long.MAX_VALUE into the negatives, as an unsigned reference would.
        long nextRef = Long.MAX_VALUE - 10_000;
        boolean crossed = false;
        boolean locked = false;
        int widest = 0;
        for (int step = 0; step < 30_000; step++) {
            live.removeIf(r -> !model.orders.containsKey(r));
            final int kind = random.nextInt(100);
            final long ref;
            final BookOp op;
            if (kind < 42 || live.isEmpty()) {
                ref = kind % 29 == 0 ? ODD_REFS[random.nextInt(ODD_REFS.length)]
                    : kind % 31 == 0 && !gone.isEmpty() ? gone.get(random.nextInt(gone.size()))
                    : kind % 37 == 0 && !live.isEmpty() ? live.get(random.nextInt(live.size())) : nextRef++;
                final int locate = random.nextInt(200) == 0 ? UNDEFINED : LOCATES[random.nextInt(LOCATES.length)];
                final Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
                op = new BookOp(BookOp.Kind.ADD, locate, ref, 0, side, price(random, side), shares(random));
            } else {
                ref = random.nextInt(40) == 0 ? nextRef + 1_000_000 : live.get(random.nextInt(live.size()));
                final long held = model.orders.containsKey(ref) ? model.orders.get(ref).shares : 1;
                final long qty = switch (random.nextInt(6)) {
                    case 0 -> held;
                    case 1 -> held + 1 + random.nextInt(3);
                    case 2 -> random.nextInt(50) == 0 ? 0 : 1;
                    default -> 1 + random.nextInt((int) Math.min(held, 1_000));
                };
                if (kind < 57) {
                    op = new BookOp(BookOp.Kind.EXECUTE, 0, ref, 0, null, 0, qty);
                } else if (kind < 67) {
                    op = new BookOp(BookOp.Kind.CANCEL, 0, ref, 0, null, 0, qty);
                } else if (kind < 82) {
                    op = new BookOp(BookOp.Kind.DELETE, 0, ref, 0, null, 0, 0);
                } else {
                    final ReferenceOrderBook.Order o = model.orders.get(ref);
                    final Side side = o == null || o.bid ? Side.BUY : Side.SELL;
                    final long newRef = switch (random.nextInt(8)) {
                        case 0 -> ref;
                        case 1 -> live.get(random.nextInt(live.size()));
                        case 2 -> ODD_REFS[random.nextInt(ODD_REFS.length)];
                        default -> nextRef++;
                    };
                    final long price = random.nextInt(10) == 0 && o != null ? o.price
                        : random.nextInt(12) == 0 ? price(random, side == Side.BUY ? Side.SELL : Side.BUY)
                        : price(random, side);
                    op = new BookOp(BookOp.Kind.REPLACE, 0, ref, newRef, null, price, shares(random));
                }
            }
            check(book, model, op, depth, step % 16 == 0, "seed " + seed + " step " + step + ": " + op);
            if (op.kind() != BookOp.Kind.ADD && !model.orders.containsKey(ref)) {
                gone.add(ref);
            }
            if (op.kind() == BookOp.Kind.ADD || op.kind() == BookOp.Kind.REPLACE) {
                final long added = op.kind() == BookOp.Kind.ADD ? op.ref() : op.newRef();
                if (model.orders.containsKey(added) && !live.contains(added)) {
                    live.add(added);
                }
            }
            for (final int locate : LOCATES) {
                final L2View view = book.l2(locate);
                crossed |= view.isCrossed();
                locked |= view.isLocked();
                for (final Side side : Side.values()) {
                    widest = Math.max(widest, book.levelCount(locate, side));
                }
            }
            if (step % 500 == 0) {
                BookAssertions.assertSameBooks(model, book, locates);
                for (final Map.Entry<Long, ReferenceOrderBook.Order> o : model.orders.entrySet()) {
                    assertEquals(o.getValue().price, book.orderPrice(o.getKey()), "price of " + o.getKey());
                    assertEquals(o.getValue().shares, book.orderShares(o.getKey()), "shares of " + o.getKey());
                }
            }
        }
        BookAssertions.assertSameBooks(model, book, locates);
        assertTrue(widest > Math.min(3 * depth, capacity / 4), "levels below the view: " + widest);
        assertTrue(book.levelGrowths() > 0 || widest <= initialLevels, "sides grew");
        assertTrue(crossed && locked, "crossed " + crossed + ", locked " + locked);
        assertTrue(book.anomalyCount(BookAnomaly.ORDER_CAPACITY_EXCEEDED) > 0, "the table was full at times");
        assertTrue(book.anomalyCount(BookAnomaly.DUPLICATE_ORDER_REF) > 0, "duplicates were tried");
        assertTrue(book.anomalyCount(BookAnomaly.UNKNOWN_SYMBOL) > 0, "undefined locates were tried");
        assertTrue(gone.contains(Long.MIN_VALUE) || gone.contains(Long.MAX_VALUE), "an extreme reference was used");
    }

    /** Applies one event to both books and checks the result bits and the touched view. */
    private static boolean check(final OrderBook book, final ReferenceOrderBook model, final BookOp op,
            final int depth, final boolean fullCheck, final String where) {
        final ReferenceOrderBook.Order order = op.kind() == BookOp.Kind.ADD ? null : model.orders.get(op.ref());
        final int locate = op.kind() == BookOp.Kind.ADD ? op.locate() : order == null ? -1 : order.locate;
        final boolean defined = model.bids.containsKey(locate);
        final long[] before = defined ? top(model, locate, depth) : null;
        final long anomaliesBefore = total(model);
        final int change = op.applyTo(book);
        op.applyTo(model);
        final String what = where + " -> 0x" + Integer.toHexString(change);
        final boolean anomaly = total(model) != anomaliesBefore;
        assertEquals(anomaly, BookChange.isAnomaly(change), "anomaly bit, " + what);
        if (change != BookChange.NONE) {
            assertEquals(Math.max(0, locate), BookChange.locate(change), "locate bits, " + what);
        }
        if (!defined) {
            assertEquals(0, change & (BookChange.TOP | BookChange.VIEW), "no view bits, " + what);
            return false;
        }
        final long[] after = top(model, locate, depth);
        final boolean bidTop = before[0] != after[0] || before[1] != after[1];
        final boolean askTop = before[2 * depth] != after[2 * depth] || before[2 * depth + 1] != after[2 * depth + 1];
        assertEquals(bidTop, (change & BookChange.BID_TOP) != 0, "bid top bit, " + what);
        assertEquals(askTop, (change & BookChange.ASK_TOP) != 0, "ask top bit, " + what);
        final boolean viewChanged = !Arrays.equals(before, after);
        if (viewChanged || op.kind() != BookOp.Kind.REPLACE) {
            assertEquals(viewChanged, BookChange.viewChanged(change), "view bit, " + what);
        }
        if (viewChanged || fullCheck) {
            L2BookModelPropertyTest.assertMatches(truncate(model.side(locate, true), depth),
                truncate(model.side(locate, false), depth), book.l2(locate), what);
        }
        return viewChanged;
    }

    private static long price(final SplittableRandom random, final Side side) {
        final int pick = random.nextInt(100);
        if (pick == 0) {
            return side == Side.BUY ? 1 : MAX_WIRE_PRICE;
        }
        if (pick == 1) {
            return side == Side.BUY ? Integer.MAX_VALUE : MAX_WIRE_PRICE - random.nextInt(3);
        }
        if (pick == 2) {
            return random.nextInt(3) - 1L;
        }
        // Ticks of 100 (one cent in 4-decimal wire units) from 100.0000, bids below, asks above,
        // now and then an ask at 100.0000 itself: a locked book.
        final long distance = random.nextInt(4) == 0 ? random.nextInt(60) : random.nextInt(6);
        return side == Side.BUY ? 1_000_000 - 100 * distance
            : 1_000_000 + 100 * (distance + (random.nextInt(16) == 0 ? 0 : 1));
    }

    private static long shares(final SplittableRandom random) {
        final int pick = random.nextInt(200);
        return pick == 0 ? MAX_SHARES : pick == 1 ? 0 : pick == 2 ? MAX_SHARES + 1 : 1 + random.nextInt(5_000);
    }

    /** The top {@code depth} bids then asks of a locate as price, size pairs (0 where absent). */
    private static long[] top(final ReferenceOrderBook model, final int locate, final int depth) {
        final long[] out = new long[4 * depth];
        fill(model.side(locate, true), out, 0, depth);
        fill(model.side(locate, false), out, 2 * depth, depth);
        return out;
    }

    private static void fill(final TreeMap<Long, Long> side, final long[] out, final int from, final int depth) {
        int rank = 0;
        for (final Map.Entry<Long, Long> e : side.entrySet()) {
            if (rank == depth) {
                return;
            }
            out[from + 2 * rank] = e.getKey();
            out[from + 2 * rank + 1] = e.getValue();
            rank++;
        }
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

    private static long total(final ReferenceOrderBook model) {
        return model.anomalies.values().stream().mapToLong(Long::longValue).sum();
    }
}
