package io.hftengine.orderbook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hftengine.types.Side;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ITCH 5.0 semantics of {@link OrderBook}: replace, top bits, anomalies, limits. */
class ItchSemanticsTest {
    private static final int L = 5;
    private static final int DEPTH = 3;
    private static final long MAX_SHARES = 0xFFFF_FFFFL;
    /** The largest 4-decimal ITCH price (unsigned 32-bit): 429,496.7295. */
    private static final long MAX_PRICE = 0xFFFF_FFFFL;

    private OrderBook book;

    @BeforeEach
    void setUp() {
        book = new OrderBook(64, DEPTH, 2);
        book.addSymbol(L, 1L);
        book.addSymbol(L + 1, 2L);
    }

    // ---------------------------------------------------------------- replace

    @Test
    void replaceKeepsSideAndLocateAndFreesTheOldReference() {
        book.addOrder(L, 1, Side.SELL, 1000, 10);
        book.addOrder(L + 1, 2, Side.BUY, 900, 10);
        final int change = book.replaceOrder(1, 7, 20, 1010);
        assertEquals(BookChange.VIEW | BookChange.ASK_TOP | L, change);
        assertEquals(0, book.levelCount(L, Side.BUY), "still a sell");
        assertEquals(1, book.levelCount(L, Side.SELL));
        assertEquals(1010, book.l2(L).bestAskPrice());
        assertEquals(20, book.l2(L).bestAskSize());
        assertEquals(0, book.levelCount(L + 1, Side.SELL), "not moved to another locate");
        assertEquals(0, book.orderShares(1));
        assertEquals(L2View.NO_PRICE, book.orderPrice(1));
        assertEquals(1010, book.orderPrice(7));
        assertEquals(2, book.liveOrders());
        // The old reference is no longer live: events on it are unknown, and it may be used again.
        assertEquals(BookChange.ANOMALY, book.executeOrder(1, 1));
        assertEquals(1, book.anomalyCount(BookAnomaly.EXECUTE_UNKNOWN_ORDER));
        assertEquals(BookChange.VIEW | BookChange.BID_TOP | L, book.addOrder(L, 1, Side.BUY, 500, 1));
    }

    @Test
    void replaceAfterTheLocateIsRedefinedStaysOnTheOriginalsLocateAndSide() {
        book.addOrder(L, 1, Side.BUY, 1000, 10);
        book.addSymbol(L, 99L);
        assertEquals(BookChange.VIEW | BookChange.BID_TOP | L, book.replaceOrder(1, 2, 5, 1001));
        assertEquals(1001, book.l2(L).bestBidPrice());
        assertEquals(5, book.l2(L).bestBidSize());
        assertEquals(0, book.levelCount(L, Side.SELL));
    }

    @Test
    void replaceToALiveReferenceChangesNothing() {
        book.addOrder(L, 1, Side.BUY, 1000, 10);
        book.addOrder(L, 2, Side.BUY, 990, 20);
        book.addOrder(L, 3, Side.SELL, 1010, 30);
        final long[] before = snapshot(book, L);
        assertEquals(BookChange.ANOMALY | L, book.replaceOrder(1, 3, 50, 1020));
        assertEquals(1, book.anomalyCount(BookAnomaly.DUPLICATE_ORDER_REF));
        assertArrayEquals(before, snapshot(book, L));
        assertEquals(10, book.orderShares(1));
        assertEquals(30, book.orderShares(3));
        assertEquals(1010, book.orderPrice(3), "the live order keeps its price");
        assertEquals(3, book.liveOrders());
    }


    @Test
    void replaceToZeroSharesOrZeroPriceOrTooManySharesIsDroppedWhole() {
        book.addOrder(L, 1, Side.BUY, 1000, 10);
        final long[] before = snapshot(book, L);
        assertEquals(BookChange.ANOMALY | L, book.replaceOrder(1, 2, 0, 1000));
        assertEquals(BookChange.ANOMALY | L, book.replaceOrder(1, 2, MAX_SHARES + 1, 1000));
        assertEquals(BookChange.ANOMALY | L, book.replaceOrder(1, 2, 10, 0));
        assertEquals(2, book.anomalyCount(BookAnomaly.INVALID_QUANTITY));
        assertEquals(1, book.anomalyCount(BookAnomaly.INVALID_PRICE));
        assertArrayEquals(before, snapshot(book, L));
        assertEquals(10, book.orderShares(1), "original kept");
        assertEquals(0, book.orderShares(2), "nothing added");
    }

    @Test
    void replaceAtTheSamePriceAndSizeIsNoTopChange() {
        book.addOrder(L, 1, Side.BUY, 1000, 10);
        book.addOrder(L, 2, Side.BUY, 1000, 5);
        // Loses priority, but the aggregate level is the same: no top bit.
        final int same = book.replaceOrder(1, 3, 10, 1000);
        assertFalse(BookChange.topChanged(same), Integer.toHexString(same));
        assertEquals(15, book.l2(L).bestBidSize());
        // Same price, new size: the size at the best changed.
        assertEquals(BookChange.VIEW | BookChange.BID_TOP | L, book.replaceOrder(3, 4, 12, 1000));
        assertEquals(17, book.l2(L).bestBidSize());
        // The only order of the best level replaced at the same price and size.
        book.addOrder(L, 9, Side.SELL, 2000, 7);
        assertFalse(BookChange.topChanged(book.replaceOrder(9, 10, 7, 2000)));
        assertEquals(7, book.l2(L).bestAskSize());
    }

    @Test
    void replaceBelowTheViewReportsNothing() {
        for (int i = 0; i < 5; i++) {
            book.addOrder(L, 10 + i, Side.BUY, 1000 - i, 10);
        }
        assertEquals(BookChange.NONE, book.replaceOrder(14, 20, 99, 995), "rank 4 to rank 4 (a new level)");
        assertEquals(99, book.levelSize(L, Side.BUY, 4));
        assertEquals(BookChange.NONE, book.replaceOrder(13, 21, 5, 996), "rank 3, same level");
        assertEquals(BookChange.VIEW | L, book.replaceOrder(21, 22, 5, 999), "from below the view into rank 1");
        assertEquals(BookChange.VIEW | BookChange.BID_TOP | L, book.replaceOrder(22, 23, 5, 1001));
    }

    @Test
    void replaceFromTheTopToBelowTheViewReportsTheTop() {
        for (int i = 0; i < 5; i++) {
            book.addOrder(L, 10 + i, Side.SELL, 1000 + i, 10);
        }
        assertEquals(BookChange.VIEW | BookChange.ASK_TOP | L, book.replaceOrder(10, 30, 10, 2000));
        assertEquals(1001, book.l2(L).bestAskPrice());
        assertEquals(1003, book.l2(L).price(Side.SELL, 2), "1003 came into the view");
    }

    // ---------------------------------------------------------------- top / view bits

    @Test
    void exactBitsForEveryEventKindByRank() {
        // Bids 1000 (rank 0), 999 (rank 1), 998 (rank 2), 997 (rank 3, below a depth of 3).
        for (int i = 0; i < 4; i++) {
            book.addOrder(L, 10 + i, Side.BUY, 1000 - i, 100);
            book.addOrder(L, 20 + i, Side.BUY, 1000 - i, 100);
        }
        final int top = BookChange.VIEW | BookChange.BID_TOP | L;
        final int view = BookChange.VIEW | L;
        // Execute ('E' and 'C' alike) leaving the level alive.
        assertEquals(top, book.executeOrder(10, 1), "execute at best, level stays");
        assertEquals(view, book.executeOrder(11, 1), "execute at rank 1");
        assertEquals(view, book.executeOrder(12, 1), "execute at rank 2");
        assertEquals(BookChange.NONE, book.executeOrder(13, 1), "execute below the view");
        // Cancel leaving the order alive.
        assertEquals(top, book.cancelOrder(20, 1));
        assertEquals(view, book.cancelOrder(21, 1));
        assertEquals(BookChange.NONE, book.cancelOrder(23, 1));
        // Adds to existing levels.
        assertEquals(top, book.addOrder(L, 30, Side.BUY, 1000, 1));
        assertEquals(view, book.addOrder(L, 31, Side.BUY, 998, 1));
        assertEquals(BookChange.NONE, book.addOrder(L, 32, Side.BUY, 997, 1));
        // New levels.
        assertEquals(BookChange.NONE, book.addOrder(L, 33, Side.BUY, 990, 1), "new level below the view");
        assertEquals(view, book.addOrder(L, 34, Side.BUY, 999, 1), "existing rank 1");
        assertEquals(view, book.addOrder(L, 35, Side.BUY, 998, 1));
        // Delete of an order at each rank, level stays.
        assertEquals(top, book.deleteOrder(30));
        assertEquals(view, book.deleteOrder(34));
        assertEquals(BookChange.NONE, book.deleteOrder(32));
        // The whole level below the view goes: nothing.
        assertEquals(BookChange.NONE, book.deleteOrder(33));
        // The asks are untouched by all that.
        assertEquals(0, book.levelCount(L, Side.SELL));
        // Order executed in full at rank 1 while others stay: view only.
        assertEquals(view, book.executeOrder(21, 99));
        assertEquals(0, book.totalAnomalies());
    }

    @Test
    void levelFallingOffTheViewAndComingBackIsSeenInTheView() {
        final L2View v = book.l2(L);
        book.addOrder(L, 1, Side.SELL, 103, 3);
        book.addOrder(L, 2, Side.SELL, 102, 2);
        book.addOrder(L, 3, Side.SELL, 101, 1);
        assertEquals(BookChange.VIEW | BookChange.ASK_TOP | L, book.addOrder(L, 4, Side.SELL, 100, 4), "103 falls off");
        assertEquals(3, v.levelCount(Side.SELL));
        assertEquals(102, v.price(Side.SELL, 2));
        assertEquals(BookChange.NONE, book.cancelOrder(1, 1), "103 changes while off the view");
        assertEquals(BookChange.VIEW | L, book.deleteOrder(3), "101 at rank 1 leaves; 103 comes back");
        assertEquals(103, v.price(Side.SELL, 2));
        assertEquals(2, v.size(Side.SELL, 2), "with its size changed while it was off the view");
        assertEquals(BookChange.VIEW | L, book.cancelOrder(1, 1), "103 is in the view again");
        assertEquals(1, v.size(Side.SELL, 2));
    }

    @Test
    void crossedBookIsReportedNotFixedAndAnExecutionDoesNotUncrossIt() {
        book.addOrder(L, 1, Side.BUY, 1010, 10);
        assertEquals(BookChange.VIEW | BookChange.ASK_TOP | L, book.addOrder(L, 2, Side.SELL, 1000, 10));
        assertTrue(book.l2(L).isCrossed());
        assertEquals(2, book.liveOrders());
        book.replaceOrder(2, 3, 10, 1010);
        assertTrue(book.l2(L).isLocked());
        assertEquals(0, book.totalAnomalies());
    }

    // ---------------------------------------------------------------- anomalies

    @Test
    void everyBadInputIsCountedByKindAndLeavesTheBookAsItWas() {
        book.addOrder(L, 1, Side.BUY, 1000, 10);
        book.addOrder(L, 2, Side.SELL, 1010, 10);
        final long[] before = snapshot(book, L);
        final int orders = book.liveOrders();
        assertEquals(BookChange.ANOMALY, book.addOrder(-1, 3, Side.BUY, 1000, 1));
        assertEquals(BookChange.ANOMALY, book.addOrder(OrderBook.MAX_LOCATE + 1, 3, Side.BUY, 1000, 1));
        assertEquals(BookChange.ANOMALY | 7, book.addOrder(7, 3, Side.BUY, 1000, 1));
        assertEquals(BookChange.ANOMALY | L, book.addOrder(L, 3, Side.BUY, 0, 1));
        assertEquals(BookChange.ANOMALY | L, book.addOrder(L, 3, Side.BUY, 1000, 0));
        assertEquals(BookChange.ANOMALY | L, book.addOrder(L, 1, Side.SELL, 2000, 5));
        assertEquals(BookChange.ANOMALY, book.executeOrder(99, 1));
        assertEquals(BookChange.ANOMALY, book.cancelOrder(99, 1));
        assertEquals(BookChange.ANOMALY, book.deleteOrder(99));
        assertEquals(BookChange.ANOMALY, book.replaceOrder(99, 100, 1, 1000));
        assertEquals(BookChange.ANOMALY | L, book.replaceOrder(1, 2, 1, 1000));
        assertEquals(BookChange.ANOMALY | L, book.executeOrder(1, 0));
        assertEquals(BookChange.ANOMALY | L, book.cancelOrder(2, 0));
        assertArrayEquals(before, snapshot(book, L));
        assertEquals(orders, book.liveOrders());
        assertEquals(2, book.anomalyCount(BookAnomaly.INVALID_LOCATE));
        assertEquals(1, book.anomalyCount(BookAnomaly.UNKNOWN_SYMBOL));
        assertEquals(1, book.anomalyCount(BookAnomaly.INVALID_PRICE));
        assertEquals(3, book.anomalyCount(BookAnomaly.INVALID_QUANTITY));
        assertEquals(2, book.anomalyCount(BookAnomaly.DUPLICATE_ORDER_REF));
        assertEquals(1, book.anomalyCount(BookAnomaly.EXECUTE_UNKNOWN_ORDER));
        assertEquals(1, book.anomalyCount(BookAnomaly.CANCEL_UNKNOWN_ORDER));
        assertEquals(1, book.anomalyCount(BookAnomaly.DELETE_UNKNOWN_ORDER));
        assertEquals(1, book.anomalyCount(BookAnomaly.REPLACE_UNKNOWN_ORDER));
        assertEquals(13, book.totalAnomalies());
        assertEquals(L2View.NO_PRICE, book.orderPrice(100));
    }

    @Test
    void overExecutionBelowTheViewIsAnAnomalyWithItsLocate() {
        for (int i = 0; i < 5; i++) {
            book.addOrder(L, 10 + i, Side.BUY, 1000 - i, 10);
        }
        assertEquals(BookChange.ANOMALY | L, book.executeOrder(14, 11));
        assertEquals(BookChange.ANOMALY | L, book.cancelOrder(13, 12));
        assertEquals(3, book.levelCount(L, Side.BUY));
        assertEquals(1, book.anomalyCount(BookAnomaly.OVER_EXECUTION));
        assertEquals(1, book.anomalyCount(BookAnomaly.OVER_CANCEL));
    }

    @Test
    void aDuplicateAddAtFullCapacityIsADuplicate() {
        final OrderBook full = new OrderBook(2, DEPTH, 2);
        full.addSymbol(L, 1L);
        full.addOrder(L, 1, Side.BUY, 1000, 10);
        full.addOrder(L, 2, Side.BUY, 1001, 10);
        assertEquals(BookChange.ANOMALY | L, full.addOrder(L, 1, Side.BUY, 1002, 10));
        assertEquals(1, full.anomalyCount(BookAnomaly.DUPLICATE_ORDER_REF), "ref 1 is live: a duplicate");
        assertEquals(0, full.anomalyCount(BookAnomaly.ORDER_CAPACITY_EXCEEDED),
            "not a dropped order: later events for ref 1 do reach a live order");
    }

    // ---------------------------------------------------------------- limits

    @Test
    void largestSharesAndPricesKeepExactAggregates() {
        assertEquals(BookChange.VIEW | BookChange.BID_TOP | L, book.addOrder(L, 1, Side.BUY, MAX_PRICE, MAX_SHARES));
        assertEquals(BookChange.VIEW | BookChange.BID_TOP | L, book.addOrder(L, 2, Side.BUY, MAX_PRICE, MAX_SHARES));
        assertEquals(BookChange.VIEW | BookChange.ASK_TOP | L, book.addOrder(L, 3, Side.SELL, MAX_PRICE, MAX_SHARES));
        assertEquals(2 * MAX_SHARES, book.l2(L).bestBidSize());
        assertEquals(MAX_PRICE, book.l2(L).bestBidPrice());
        assertEquals(MAX_PRICE, book.l2(L).bestAskPrice());
        assertTrue(book.l2(L).isLocked());
        assertEquals(2 * MAX_PRICE, book.l2(L).midPriceTimesTwo());
        assertEquals(333_333, book.l2(L).imbalancePpm(10), "bid 2x, ask 1x");
        assertEquals(BookChange.VIEW | BookChange.BID_TOP | L, book.executeOrder(1, MAX_SHARES - 1));
        assertEquals(1, book.orderShares(1));
        assertEquals(MAX_SHARES + 1, book.l2(L).bestBidSize());
        assertEquals(BookChange.VIEW | BookChange.BID_TOP | L, book.replaceOrder(2, 4, MAX_SHARES, MAX_PRICE - 1));
        assertEquals(1, book.l2(L).bestBidSize());
        assertEquals(MAX_SHARES, book.levelSize(L, Side.BUY, 1));
        final long[] prices = new long[DEPTH];
        final long[] sizes = new long[DEPTH];
        assertEquals(2, book.l2(L).copyLevels(Side.BUY, prices, sizes, DEPTH, 10_000));
        assertEquals(MAX_PRICE * 10_000, prices[0]);
        assertEquals((MAX_PRICE - 1) * 10_000, prices[1]);
        assertEquals(MAX_SHARES, sizes[1]);
        assertEquals(BookChange.ANOMALY | BookChange.VIEW | BookChange.BID_TOP | L, book.cancelOrder(1, MAX_SHARES));
        assertEquals(1, book.anomalyCount(BookAnomaly.OVER_CANCEL));
        assertEquals(MAX_PRICE - 1, book.l2(L).bestBidPrice());
    }

    @Test
    void sidesGrowFarBeyondTheirInitialLevelsAndShrinkBack() {
        final OrderBook wide = new OrderBook(10_000, 10, OrderBook.DEFAULT_INITIAL_LEVELS);
        wide.addSymbol(0, 1L);
        wide.addSymbol(OrderBook.MAX_LOCATE, 2L);
        final ReferenceOrderBook model = new ReferenceOrderBook(10_000);
        model.addSymbol(0);
        model.addSymbol(OrderBook.MAX_LOCATE);
        final SplittableRandom random = new SplittableRandom(11);
        final List<Long> live = new ArrayList<>();
        long ref = -5_000;
        for (int step = 0; step < 20_000; step++) {
            final int locate = random.nextBoolean() ? 0 : OrderBook.MAX_LOCATE;
            final int kind = step < 3_000 ? 0 : random.nextInt(step < 12_000 ? 4 : 6);
            if (kind <= 1 || live.isEmpty()) {
                final Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
                final long price = 1 + random.nextInt(600);
                final long shares = 1 + random.nextInt(1000);
                wide.addOrder(locate, ref, side, price, shares);
                model.addOrder(locate, ref, side, price, shares);
                live.add(ref++);
            } else {
                final int at = random.nextInt(live.size());
                final long r = live.get(at);
                switch (kind) {
                    case 2:
                        final long e = 1 + random.nextInt(600);
                        wide.executeOrder(r, e);
                        model.executeOrder(r, e);
                        break;
                    case 3:
                        final long p = 1 + random.nextInt(600);
                        final long s = 1 + random.nextInt(1000);
                        wide.replaceOrder(r, ref, s, p);
                        model.replaceOrder(r, ref, s, p);
                        live.set(at, ref++);
                        break;
                    default:
                        wide.deleteOrder(r);
                        model.deleteOrder(r);
                        live.set(at, live.get(live.size() - 1));
                        live.remove(live.size() - 1);
                        break;
                }
                live.removeIf(x -> !model.orders.containsKey(x));
            }
            if (step % 500 == 0 || step > 19_900) {
                BookAssertions.assertSameBooks(model, wide, List.of(0, OrderBook.MAX_LOCATE));
            }
        }
        assertTrue(wide.levelGrowths() > 0);
        assertTrue(wide.totalAnomalies() == model.anomalies.values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void levelStoreGrowsPastItsFirstBlockToTheOrderCapacity() {
        final int capacity = 300_000;
        final OrderBook big = new OrderBook(capacity, 10, 64);
        big.addSymbol(1, 1L);
        big.addSymbol(2, 2L);
        // One order a level, every order a new level: as many live levels as the capacity.
        for (int i = 0; i < capacity; i++) {
            final int locate = 1 + (i & 1);
            final Side side = (i & 2) == 0 ? Side.BUY : Side.SELL;
            assertEquals(BookChange.NONE, big.addOrder(locate, i, side, 1_000_000 + (side == Side.BUY ? i : -i), 1 + i) & BookChange.ANOMALY);
        }
        assertEquals(capacity, big.liveOrders());
        assertEquals(BookChange.ANOMALY | 1, big.addOrder(1, -1, Side.BUY, 5, 5));
        assertEquals(capacity / 4, big.levelCount(1, Side.BUY));
        assertTrue(big.levelGrowths() > 0);
        // Each add is the new best (inserted at the array's end): the worst bid of locate 1 is its first.
        assertEquals(1_000_000 + capacity - 4, big.l2(1).bestBidPrice());
        assertEquals(1_000_000 - (capacity - 2), big.l2(1).bestAskPrice());
        assertEquals(1_000_000, big.levelPrice(1, Side.BUY, capacity / 4 - 1));
        assertEquals(capacity - 3, big.l2(1).bestBidSize());
        for (int i = capacity - 2; i >= 0; i -= 2) {
            assertTrue(BookChange.topChanged(big.deleteOrder(i)), "each delete takes the best");
        }
        assertEquals(0, big.levelCount(1, Side.BUY));
        assertEquals(capacity / 4, big.levelCount(2, Side.SELL));
        for (int i = 0; i < capacity; i += 2) {
            assertEquals(BookChange.NONE, big.addOrder(1, i, Side.BUY, 7, 1) & BookChange.ANOMALY);
        }
        assertEquals(1, big.levelCount(1, Side.BUY));
        assertEquals(capacity / 2, big.l2(1).bestBidSize());
        assertEquals(0, big.totalAnomalies() - 1);
    }

    /**
     * Random events over a few locates, colliding references (0, negatives, extremes), a small
     * order capacity and prices up to the ITCH maximum, checked after every event against the
     * reference model: full ladders, views, anomalies, the exact top bits, and the view bit set
     * exactly when the top {@code depth} levels changed (any event but a replace).
     */
    @Test
    void randomFeedMatchesTheModelWithExactTopAndViewBits() {
        final int[] locates = {0, 1, OrderBook.MAX_LOCATE};
        final long[] refs = {0, 1, 2, 3, 4, 5, 6, 7, 8, -1, -2, -3, Long.MIN_VALUE, Long.MAX_VALUE, 1L << 32,
            (1L << 32) + 1, 1L << 40, 0x9E3779B97F4A7C15L, 12, 16, 20, 24, 28, 32};
        final long[] prices = {1, 2, 3, 4, 5, 6, 7, 8, MAX_PRICE - 2, MAX_PRICE - 1, MAX_PRICE, 0};
        final long[] shares = {1, 2, 3, 7, MAX_SHARES - 1, MAX_SHARES, 0, MAX_SHARES + 1};
        for (int seed = 0; seed < 60; seed++) {
            final SplittableRandom random = new SplittableRandom(seed);
            final int capacity = 6 + random.nextInt(10);
            final OrderBook b = new OrderBook(capacity, 2, 1);
            final ReferenceOrderBook model = new ReferenceOrderBook(capacity);
            for (final int locate : locates) {
                b.addSymbol(locate, locate);
                model.addSymbol(locate);
            }
            final List<Integer> locateList = Arrays.stream(locates).boxed().toList();
            for (int step = 0; step < 600; step++) {
                final long ref = refs[random.nextInt(refs.length)];
                final long price = prices[random.nextInt(random.nextInt(8) == 0 ? prices.length : 11)];
                final long qty = shares[random.nextInt(random.nextInt(8) == 0 ? shares.length : 6)];
                final Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
                final int locate = locates[random.nextInt(locates.length)];
                final long[][] before = views(model, locates, 2);
                final int kind = random.nextInt(6);
                final int change;
                final String what;
                switch (kind) {
                    case 0, 1 -> {
                        what = "add " + locate + " " + ref + " " + side + " " + price + " " + qty;
                        change = b.addOrder(locate, ref, side, price, qty);
                        model.addOrder(locate, ref, side, price, qty);
                    }
                    case 2 -> {
                        what = "execute " + ref + " " + qty;
                        change = b.executeOrder(ref, qty);
                        model.executeOrder(ref, qty);
                    }
                    case 3 -> {
                        what = "cancel " + ref + " " + qty;
                        change = b.cancelOrder(ref, qty);
                        model.cancelOrder(ref, qty);
                    }
                    case 4 -> {
                        what = "delete " + ref;
                        change = b.deleteOrder(ref);
                        model.deleteOrder(ref);
                    }
                    default -> {
                        final long newRef = random.nextInt(4) == 0 ? ref : refs[random.nextInt(refs.length)];
                        what = "replace " + ref + " -> " + newRef + " " + qty + " @ " + price;
                        change = b.replaceOrder(ref, newRef, qty, price);
                        model.replaceOrder(ref, newRef, qty, price);
                    }
                }
                final long[][] after = views(model, locates, 2);
                final String where = "seed " + seed + " step " + step + ": " + what + " -> " + Integer.toHexString(change);
                for (int i = 0; i < locates.length; i++) {
                    final boolean mine = change != BookChange.NONE && BookChange.locate(change) == locates[i];
                    assertEquals(before[i][0] != after[i][0] || before[i][1] != after[i][1],
                        mine && (change & BookChange.BID_TOP) != 0, "bid top, locate " + locates[i] + ", " + where);
                    assertEquals(before[i][2 * 2] != after[i][2 * 2] || before[i][2 * 2 + 1] != after[i][2 * 2 + 1],
                        mine && (change & BookChange.ASK_TOP) != 0, "ask top, locate " + locates[i] + ", " + where);
                    final boolean viewChanged = !Arrays.equals(before[i], after[i]);
                    if (viewChanged) {
                        assertTrue(mine && BookChange.viewChanged(change), "view bit, locate " + locates[i] + ", " + where);
                    } else if (kind != 5 && mine) {
                        assertFalse(BookChange.viewChanged(change), "spurious view bit, " + where);
                    }
                }
                BookAssertions.assertSameBooks(model, b, locateList);
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    /** Per locate: bid price/size for ranks 0..depth-1, then ask price/size. */
    private static long[][] views(final ReferenceOrderBook model, final int[] locates, final int depth) {
        final long[][] out = new long[locates.length][4 * depth];
        for (int i = 0; i < locates.length; i++) {
            fill(model.side(locates[i], true), out[i], 0, depth);
            fill(model.side(locates[i], false), out[i], 2 * depth, depth);
        }
        return out;
    }

    /** One side's top levels as [price0, size0, price1, size1, ...] from {@code from}. */
    private static void fill(final TreeMap<Long, Long> side, final long[] out, final int from, final int depth) {
        int rank = 0;
        for (final Map.Entry<Long, Long> e : side.entrySet()) {
            if (rank == depth) {
                break;
            }
            out[from + 2 * rank] = e.getKey();
            out[from + 2 * rank + 1] = e.getValue();
            rank++;
        }
    }

    /** Every level of both sides of a locate, and the live order count. */
    static long[] snapshot(final OrderBook b, final int locate) {
        final List<Long> out = new ArrayList<>();
        for (final Side side : Side.values()) {
            out.add((long) b.levelCount(locate, side));
            for (int r = 0; r < b.levelCount(locate, side); r++) {
                out.add(b.levelPrice(locate, side, r));
                out.add(b.levelSize(locate, side, r));
            }
        }
        out.add((long) b.liveOrders());
        return out.stream().mapToLong(Long::longValue).toArray();
    }
}
