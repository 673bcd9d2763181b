package io.hftengine.orderbook;

import io.hftengine.orderbook.internal.LevelLadders;
import io.hftengine.orderbook.internal.OrderTable;
import io.hftengine.orderbook.internal.PriceLevels;
import io.hftengine.types.Side;

/**
 * Order-by-order book of one venue, all symbols, indexed by ITCH stock locate, with one
 * fixed-depth {@link L2View} per symbol kept up to date incrementally.
 *
 * <p>Methods are named after the ITCH 5.0 events that drive them: Add Order ('A') and Add Order
 * with MPID ('F') → {@link #addOrder}; Order Executed ('E') and Executed with Price ('C') →
 * {@link #executeOrder} (the print price does not move the resting order); Order Cancel ('X') →
 * {@link #cancelOrder}; Order Delete ('D') → {@link #deleteOrder}; Order Replace ('U') →
 * {@link #replaceOrder}; Stock Directory ('R') → {@link #addSymbol}. Prices are whatever
 * {@code long} unit the caller feeds consistently; an ITCH adapter passes the raw 4-decimal wire
 * value (price × 10^4). Shares are at most 2^32 - 1, the ITCH field width.
 *
 * <p>Every event returns a {@link BookChange} bit set carrying the locate of the symbol it
 * touched, with {@link BookChange#BID_TOP}/{@link BookChange#ASK_TOP} set only when the best price
 * or the size at the best price changed: wake the strategy on
 * {@link BookChange#topChanged(int)}.
 *
 * <p>Bad input never corrupts the book and never throws: it is counted by kind
 * ({@link #anomalyCount(BookAnomaly)}) and flagged {@link BookChange#ANOMALY}; see each
 * {@link BookAnomaly} for what the book does. An order whose remaining shares reach zero
 * (execution or cancel) leaves the book. The book does not match: a feed whose bids cross its
 * asks gives a crossed view, reported by {@link L2View#isCrossed()}.
 *
 * <p>Memory: orders live in a pre-sized open-addressing table (32 bytes an order of capacity)
 * whose slot holds the order's price-level id and remaining shares, so an event on a resting
 * order finds everything it needs in one cache line plus its level; levels live in a flat store
 * (32 bytes a level) and each side's levels in a sorted flat array. Nothing allocates per event in
 * steady state. The only allocations after construction are {@link #addSymbol} (once per symbol)
 * and the doubling of a side's level array, or of the level store, when it first holds more
 * levels than before (counted by {@link #levelGrowths()}). The views read the full ladders on
 * demand, so keeping them current costs nothing per event. Single-threaded: one thread owns the
 * book and its views.
 */
public final class OrderBook {
    /** The highest ITCH stock locate. */
    public static final int MAX_LOCATE = 0xFFFF;
    /** Default order capacity: a real NASDAQ day peaks near 1.93 million live orders. */
    public static final int DEFAULT_ORDER_CAPACITY = 1 << 22;
    /**
     * The largest order capacity, 2^28: the order table (two slots of 16 bytes an order, 8 GiB
     * there) and the level store (one level an order at most) must both index it with an
     * {@code int}.
     */
    public static final int MAX_ORDER_CAPACITY = OrderTable.MAX_CAPACITY;
    /** Default number of price levels a side starts with before it grows. */
    public static final int DEFAULT_INITIAL_LEVELS = 64;

    /** The largest share count an order holds: the width of every ITCH share field. */
    private static final long MAX_SHARES = 0xFFFF_FFFFL;

    private final SymbolBook[] books = new SymbolBook[MAX_LOCATE + 1];
    private final long[] anomalies = new long[BookAnomaly.count()];
    /** Order reference to {@code levelId << 32 | remaining shares}. */
    private final OrderTable orders;
    private final LevelLadders ladders;
    private final int depth;
    private int symbolCount;

    /**
     * Creates a book sized for a full NASDAQ day with 10-level views: {@link #DEFAULT_ORDER_CAPACITY}
     * orders, about 150 MiB of heap taken here (the order table and the level store are
     * pre-sized to it). A feed with fewer live orders wants {@link #OrderBook(int, int, int)}.
     */
    public OrderBook() {
        this(DEFAULT_ORDER_CAPACITY, L2Book.DEFAULT_DEPTH, DEFAULT_INITIAL_LEVELS);
    }

    /**
     * Creates a book.
     *
     * @param orderCapacity the most live orders, 1 to {@link #MAX_ORDER_CAPACITY} (2^28); adds
     *     beyond it are counted as {@link BookAnomaly#ORDER_CAPACITY_EXCEEDED} and dropped
     * @param depth levels a side in each symbol's L2 view, at least 1
     * @param initialLevels price levels a side a symbol starts with before growing, 1 to
     *     {@link #MAX_ORDER_CAPACITY}
     * @throws IllegalArgumentException when an argument is out of range, naming it
     */
    public OrderBook(final int orderCapacity, final int depth, final int initialLevels) {
        if (orderCapacity < 1 || orderCapacity > MAX_ORDER_CAPACITY) {
            throw new IllegalArgumentException("orderCapacity must be 1 to 2^28 (" + MAX_ORDER_CAPACITY + "): "
                + orderCapacity);
        }
        if (depth < 1) {
            throw new IllegalArgumentException("depth must be >= 1: " + depth);
        }
        if (initialLevels < 1 || initialLevels > MAX_ORDER_CAPACITY) {
            throw new IllegalArgumentException("initialLevels must be 1 to 2^28 (" + MAX_ORDER_CAPACITY + "): "
                + initialLevels);
        }
        this.orders = new OrderTable(orderCapacity);
        // A level holds at least one order, so the order capacity bounds the level count.
        this.ladders = new LevelLadders(MAX_LOCATE, new PriceLevels(orderCapacity), depth, initialLevels);
        this.depth = depth;
    }

    /**
     * Defines a symbol (ITCH Stock Directory). Defining a locate again renames it and keeps its
     * orders.
     *
     * @param locate the stock locate, 0 to {@link #MAX_LOCATE}
     * @param packedSymbol the 8 ASCII bytes of the stock field, big-endian in a {@code long}
     * @return {@link BookChange#NONE}, or {@link BookChange#ANOMALY} for a bad locate
     */
    public int addSymbol(final int locate, final long packedSymbol) {
        if (locate < 0 || locate > MAX_LOCATE) {
            return anomaly(BookAnomaly.INVALID_LOCATE, 0);
        }
        final SymbolBook book = books[locate];
        if (book == null) {
            ladders.define(locate);
            books[locate] = new SymbolBook(ladders, locate, packedSymbol, depth);
            symbolCount++;
        } else {
            book.packedSymbol = packedSymbol;
        }
        return BookChange.NONE;
    }

    /**
     * Adds an order (ITCH 'A' or 'F').
     *
     * @param locate the stock locate of a defined symbol
     * @param orderRef the order reference number, not live
     * @param side the side
     * @param price 1 to {@link L2View#MAX_PRICE}
     * @param shares 1 to 2^32 - 1
     * @return the change, with the locate
     */
    public int addOrder(final int locate, final long orderRef, final Side side, final long price, final long shares) {
        if (locate < 0 || locate > MAX_LOCATE) {
            return anomaly(BookAnomaly.INVALID_LOCATE, 0);
        }
        if (!ladders.isDefined(locate)) {
            return anomaly(BookAnomaly.UNKNOWN_SYMBOL, locate);
        }
        if (price <= 0 || price > L2View.MAX_PRICE) {
            return anomaly(BookAnomaly.INVALID_PRICE, locate);
        }
        if (side == null) {
            return anomaly(BookAnomaly.INVALID_SIDE, locate);
        }
        if (shares <= 0 || shares > MAX_SHARES) {
            return anomaly(BookAnomaly.INVALID_QUANTITY, locate);
        }
        if (orders.size() == orders.capacity()) {
            // A live ref is a duplicate whatever the room: later events do reach that order.
            return anomaly(orders.find(orderRef) != OrderTable.NO_SLOT ? BookAnomaly.DUPLICATE_ORDER_REF
                : BookAnomaly.ORDER_CAPACITY_EXCEEDED, locate);
        }
        final int slot = orders.insertKey(orderRef);
        if (slot == OrderTable.NO_SLOT) {
            return anomaly(BookAnomaly.DUPLICATE_ORDER_REF, locate);
        }
        final int change = ladders.add(LevelLadders.sideId(locate, side == Side.BUY), price, shares);
        orders.valueAt(slot, payload(ladders.lastLevel(), shares));
        return withLocate(change, locate);
    }

    /**
     * Executes shares of a resting order (ITCH 'E', or 'C' whose print price is ignored here).
     *
     * @param orderRef a live order reference
     * @param shares executed shares, positive; more than remain is clamped and counted
     * @return the change, with the order's locate
     */
    public int executeOrder(final long orderRef, final long shares) {
        return reduce(orderRef, shares, BookAnomaly.EXECUTE_UNKNOWN_ORDER, BookAnomaly.OVER_EXECUTION);
    }

    /**
     * Cancels part of a resting order (ITCH 'X').
     *
     * @param orderRef a live order reference
     * @param shares cancelled shares, positive; more than remain is clamped and counted
     * @return the change, with the order's locate
     */
    public int cancelOrder(final long orderRef, final long shares) {
        return reduce(orderRef, shares, BookAnomaly.CANCEL_UNKNOWN_ORDER, BookAnomaly.OVER_CANCEL);
    }

    /**
     * Deletes a resting order (ITCH 'D').
     *
     * @param orderRef a live order reference
     * @return the change, with the order's locate
     */
    public int deleteOrder(final long orderRef) {
        final long order = orders.remove(orderRef);
        if (order == OrderTable.MISSING) {
            return anomaly(BookAnomaly.DELETE_UNKNOWN_ORDER, 0);
        }
        final int level = levelOf(order);
        final int locate = ladders.locateOf(level);
        return withLocate(ladders.reduce(level, sharesOf(order)), locate);
    }

    /**
     * Replaces a resting order by a new one on the same symbol and side (ITCH 'U'). The whole
     * message is dropped, and counted, when the original is not live, the new reference is
     * already live (other than the original), or the new price or shares are invalid.
     *
     * @param oldRef the original order reference
     * @param newRef the new order reference (may equal the original)
     * @param shares the new order's shares, 1 to 2^32 - 1
     * @param price the new order's price, 1 to {@link L2View#MAX_PRICE}
     * @return the change, with the order's locate
     */
    public int replaceOrder(final long oldRef, final long newRef, final long shares, final long price) {
        int slot = orders.find(oldRef);
        if (slot == OrderTable.NO_SLOT) {
            return anomaly(BookAnomaly.REPLACE_UNKNOWN_ORDER, 0);
        }
        final long order = orders.valueAt(slot);
        final int level = levelOf(order);
        final int sideId = ladders.sideIdOf(level);
        final int locate = sideId >>> 1;
        if (price <= 0 || price > L2View.MAX_PRICE) {
            return anomaly(BookAnomaly.INVALID_PRICE, locate);
        }
        if (shares <= 0 || shares > MAX_SHARES) {
            return anomaly(BookAnomaly.INVALID_QUANTITY, locate);
        }
        if (newRef != oldRef) {
            if (orders.find(newRef) != OrderTable.NO_SLOT) {
                return anomaly(BookAnomaly.DUPLICATE_ORDER_REF, locate);
            }
            orders.removeAt(slot);
            slot = orders.insertKey(newRef);
        }
        final long topPrice = ladders.bestPrice(sideId);
        final long topSize = ladders.bestSize(sideId);
        int change = ladders.reduce(level, sharesOf(order));
        change |= ladders.add(sideId, price, shares);
        orders.valueAt(slot, payload(ladders.lastLevel(), shares));
        // Taking an order off the best level and putting it back is no change a strategy needs
        // to see, so the top bit is decided by comparing the top before and after.
        if (ladders.bestPrice(sideId) == topPrice && ladders.bestSize(sideId) == topSize) {
            change &= ~BookChange.TOP;
        }
        return withLocate(change, locate);
    }

    /**
     * Returns a symbol's L2 view; it stays valid and current for the life of this book.
     *
     * @param locate the stock locate
     * @return the view, or {@code null} when the locate is out of range or not defined
     */
    public L2View l2(final int locate) {
        final SymbolBook book = locate < 0 || locate > MAX_LOCATE ? null : books[locate];
        return book == null ? null : book.view;
    }

    /**
     * Tells whether a symbol is defined.
     *
     * @param locate any value
     * @return {@code true} after {@link #addSymbol} for that locate
     */
    public boolean hasSymbol(final int locate) {
        return locate >= 0 && locate <= MAX_LOCATE && books[locate] != null;
    }

    /**
     * Returns a symbol's packed name.
     *
     * @param locate the stock locate
     * @return the packed 8 bytes given to {@link #addSymbol}, or 0 when not defined
     */
    public long symbol(final int locate) {
        return hasSymbol(locate) ? books[locate].packedSymbol : 0L;
    }

    /**
     * Returns how many symbols are defined.
     *
     * @return the count
     */
    public int symbolCount() {
        return symbolCount;
    }

    /**
     * Returns the number of price levels of one side of a symbol, all of them, not only the view.
     *
     * @param locate the stock locate
     * @param side the side
     * @return the level count, 0 when the symbol is not defined
     */
    public int levelCount(final int locate, final Side side) {
        return hasSymbol(locate) ? ladders.count(LevelLadders.sideId(locate, side == Side.BUY)) : 0;
    }

    /**
     * Returns a level's price from the full ladder, beyond the view's depth too.
     *
     * @param locate the stock locate
     * @param side the side
     * @param rank 0 for the best level
     * @return the price, or {@link L2View#NO_PRICE} when there is no such level
     */
    public long levelPrice(final int locate, final Side side, final int rank) {
        if (rank < 0 || rank >= levelCount(locate, side)) {
            return L2View.NO_PRICE;
        }
        return ladders.priceAtRank(LevelLadders.sideId(locate, side == Side.BUY), rank);
    }

    /**
     * Returns a level's aggregate shares from the full ladder, beyond the view's depth too.
     *
     * @param locate the stock locate
     * @param side the side
     * @param rank 0 for the best level
     * @return the shares, or 0 when there is no such level
     */
    public long levelSize(final int locate, final Side side, final int rank) {
        if (rank < 0 || rank >= levelCount(locate, side)) {
            return 0;
        }
        return ladders.sizeAtRank(LevelLadders.sideId(locate, side == Side.BUY), rank);
    }

    /**
     * Returns a live order's remaining shares.
     *
     * @param orderRef the order reference
     * @return the shares, or 0 when the order is not live
     */
    public long orderShares(final long orderRef) {
        final long order = orders.get(orderRef);
        return order == OrderTable.MISSING ? 0 : sharesOf(order);
    }

    /**
     * Returns a live order's price.
     *
     * @param orderRef the order reference
     * @return the price, or {@link L2View#NO_PRICE} when the order is not live
     */
    public long orderPrice(final long orderRef) {
        final long order = orders.get(orderRef);
        return order == OrderTable.MISSING ? L2View.NO_PRICE : ladders.priceOf(levelOf(order));
    }

    /**
     * Returns the number of live orders.
     *
     * @return 0 to {@link #orderCapacity()}
     */
    public int liveOrders() {
        return orders.size();
    }

    /**
     * Returns the most live orders this book holds.
     *
     * @return the capacity given at construction
     */
    public int orderCapacity() {
        return orders.capacity();
    }

    /**
     * Returns how many anomalies of one kind were counted.
     *
     * @param kind the kind
     * @return the count since construction
     */
    public long anomalyCount(final BookAnomaly kind) {
        return anomalies[kind.ordinal()];
    }

    /**
     * Returns how many anomalies of every kind were counted.
     *
     * @return the sum over all kinds
     */
    public long totalAnomalies() {
        long total = 0;
        for (final long n : anomalies) {
            total += n;
        }
        return total;
    }

    /**
     * Returns how many times any symbol's level arrays, or the book's level store, doubled (each
     * an allocation).
     *
     * @return the growth count; stable once the book has seen its widest books
     */
    public long levelGrowths() {
        return ladders.growths();
    }

    private int reduce(final long orderRef, final long shares, final BookAnomaly unknown, final BookAnomaly over) {
        final int slot = orders.find(orderRef);
        if (slot == OrderTable.NO_SLOT) {
            return anomaly(unknown, 0);
        }
        final long order = orders.valueAt(slot);
        final int level = levelOf(order);
        final int locate = ladders.locateOf(level);
        if (shares <= 0 || shares > MAX_SHARES) {
            return anomaly(BookAnomaly.INVALID_QUANTITY, locate);
        }
        final long remaining = sharesOf(order);
        int flags = 0;
        long taken = shares;
        if (shares > remaining) {
            anomalies[over.ordinal()]++;
            flags = BookChange.ANOMALY;
            taken = remaining;
        }
        if (taken == remaining) {
            orders.removeAt(slot);
        } else {
            orders.valueAt(slot, order - taken);
        }
        final int change = withLocate(ladders.reduce(level, taken), locate);
        return flags == 0 ? change : change | flags | locate;
    }

    private static long payload(final int level, final long shares) {
        return (long) level << 32 | shares;
    }

    private static int levelOf(final long order) {
        return (int) (order >>> 32);
    }

    private static long sharesOf(final long order) {
        return order & MAX_SHARES;
    }

    private static int withLocate(final int change, final int locate) {
        return change == BookChange.NONE ? BookChange.NONE : change | locate;
    }

    private int anomaly(final BookAnomaly kind, final int locate) {
        anomalies[kind.ordinal()]++;
        return BookChange.ANOMALY | locate;
    }
}
