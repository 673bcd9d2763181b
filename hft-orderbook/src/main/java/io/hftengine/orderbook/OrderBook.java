package io.hftengine.orderbook;

import io.hftengine.orderbook.internal.OrderPool;
import io.hftengine.orderbook.internal.OrderTable;
import io.hftengine.orderbook.internal.PriceLadder;
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
 * <p>Memory: orders live in a pre-sized open-addressing table and pool (about 48 bytes an order
 * of capacity); nothing allocates per event in steady state. The only allocations after
 * construction are {@link #addSymbol} (once per symbol) and the doubling of a symbol's level
 * array when it first holds more levels than before (counted by {@link #levelGrowths()}).
 * Single-threaded: one thread owns the book and its views.
 */
public final class OrderBook {
    /** The highest ITCH stock locate. */
    public static final int MAX_LOCATE = 0xFFFF;
    /** Default order capacity: a real NASDAQ day peaks near 1.93 million live orders. */
    public static final int DEFAULT_ORDER_CAPACITY = 1 << 22;
    /** Default number of price levels a side starts with before it grows. */
    public static final int DEFAULT_INITIAL_LEVELS = 64;

    private final SymbolBook[] books = new SymbolBook[MAX_LOCATE + 1];
    private final long[] anomalies = new long[BookAnomaly.count()];
    private final OrderTable orders;
    private final OrderPool pool;
    private final int depth;
    private final int initialLevels;
    private int symbolCount;

    /** Creates a book sized for a full NASDAQ day with 10-level views. */
    public OrderBook() {
        this(DEFAULT_ORDER_CAPACITY, L2Book.DEFAULT_DEPTH, DEFAULT_INITIAL_LEVELS);
    }

    /**
     * Creates a book.
     *
     * @param orderCapacity the most live orders, 1 to 2^29; adds beyond it are counted as
     *     {@link BookAnomaly#ORDER_CAPACITY_EXCEEDED} and dropped
     * @param depth levels a side in each symbol's L2 view, at least 1
     * @param initialLevels price levels a side a symbol starts with before growing, at least 1
     * @throws IllegalArgumentException when an argument is out of range
     */
    public OrderBook(final int orderCapacity, final int depth, final int initialLevels) {
        if (depth < 1 || initialLevels < 1) {
            throw new IllegalArgumentException("depth and initialLevels must be >= 1: " + depth + ", " + initialLevels);
        }
        this.orders = new OrderTable(orderCapacity);
        this.pool = new OrderPool(orderCapacity);
        this.depth = depth;
        this.initialLevels = initialLevels;
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
            books[locate] = new SymbolBook(locate, packedSymbol, depth, initialLevels);
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
     * @param price positive price
     * @param shares 1 to 2^32 - 1
     * @return the change, with the locate
     */
    public int addOrder(final int locate, final long orderRef, final Side side, final long price, final long shares) {
        if (locate < 0 || locate > MAX_LOCATE) {
            return anomaly(BookAnomaly.INVALID_LOCATE, 0);
        }
        final SymbolBook book = books[locate];
        if (book == null) {
            return anomaly(BookAnomaly.UNKNOWN_SYMBOL, locate);
        }
        if (price <= 0) {
            return anomaly(BookAnomaly.INVALID_PRICE, locate);
        }
        if (side == null || shares <= 0 || shares > OrderPool.MAX_SHARES) {
            return anomaly(BookAnomaly.INVALID_QUANTITY, locate);
        }
        final int index = pool.allocate();
        if (index == OrderPool.NONE) {
            return anomaly(BookAnomaly.ORDER_CAPACITY_EXCEEDED, locate);
        }
        if (!orders.insert(orderRef, index)) {
            pool.release(index);
            return anomaly(BookAnomaly.DUPLICATE_ORDER_REF, locate);
        }
        final boolean bid = side == Side.BUY;
        pool.set(index, locate, bid, price, shares);
        return book.mirror(bid, book.ladder(bid).add(price, shares));
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
        final int index = orders.remove(orderRef);
        if (index == OrderTable.MISSING) {
            return anomaly(BookAnomaly.DELETE_UNKNOWN_ORDER, 0);
        }
        final SymbolBook book = books[pool.locate(index)];
        final boolean bid = pool.isBid(index);
        final int change = book.mirror(bid, book.ladder(bid).reduce(pool.price(index), pool.shares(index)));
        pool.release(index);
        return change;
    }

    /**
     * Replaces a resting order by a new one on the same symbol and side (ITCH 'U'). The whole
     * message is dropped, and counted, when the original is not live, the new reference is
     * already live (other than the original), or the new price or shares are invalid.
     *
     * @param oldRef the original order reference
     * @param newRef the new order reference (may equal the original)
     * @param shares the new order's shares, 1 to 2^32 - 1
     * @param price the new order's price, positive
     * @return the change, with the order's locate
     */
    public int replaceOrder(final long oldRef, final long newRef, final long shares, final long price) {
        final int index = orders.get(oldRef);
        if (index == OrderTable.MISSING) {
            return anomaly(BookAnomaly.REPLACE_UNKNOWN_ORDER, 0);
        }
        final int locate = pool.locate(index);
        if (price <= 0) {
            return anomaly(BookAnomaly.INVALID_PRICE, locate);
        }
        if (shares <= 0 || shares > OrderPool.MAX_SHARES) {
            return anomaly(BookAnomaly.INVALID_QUANTITY, locate);
        }
        if (newRef != oldRef) {
            if (orders.get(newRef) != OrderTable.MISSING) {
                return anomaly(BookAnomaly.DUPLICATE_ORDER_REF, locate);
            }
            orders.remove(oldRef);
            orders.insert(newRef, index);
        }
        final SymbolBook book = books[locate];
        final boolean bid = pool.isBid(index);
        final PriceLadder ladder = book.ladder(bid);
        final long topPrice = book.view.bestPrice(bid);
        final long topSize = book.view.bestSize(bid);
        int change = book.mirror(bid, ladder.reduce(pool.price(index), pool.shares(index)));
        pool.set(index, locate, bid, price, shares);
        change |= book.mirror(bid, ladder.add(price, shares));
        // Taking an order off the best level and putting it back is no change a strategy needs
        // to see, so the top bit is decided by comparing the top before and after.
        final int top = BookChange.topBit(bid);
        final boolean topMoved = book.view.bestPrice(bid) != topPrice || book.view.bestSize(bid) != topSize;
        return topMoved ? change : change & ~top;
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
        return hasSymbol(locate) ? books[locate].ladder(side == Side.BUY).count() : 0;
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
        return books[locate].ladder(side == Side.BUY).priceAtRank(rank);
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
        return books[locate].ladder(side == Side.BUY).sizeAtRank(rank);
    }

    /**
     * Returns a live order's remaining shares.
     *
     * @param orderRef the order reference
     * @return the shares, or 0 when the order is not live
     */
    public long orderShares(final long orderRef) {
        final int index = orders.get(orderRef);
        return index == OrderTable.MISSING ? 0 : pool.shares(index);
    }

    /**
     * Returns a live order's price.
     *
     * @param orderRef the order reference
     * @return the price, or {@link L2View#NO_PRICE} when the order is not live
     */
    public long orderPrice(final long orderRef) {
        final int index = orders.get(orderRef);
        return index == OrderTable.MISSING ? L2View.NO_PRICE : pool.price(index);
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
     * Returns how many times any symbol's level arrays doubled (each an allocation).
     *
     * @return the growth count; stable once the book has seen its widest books
     */
    public long levelGrowths() {
        long total = 0;
        for (final SymbolBook book : books) {
            if (book != null) {
                total += book.levelGrowths();
            }
        }
        return total;
    }

    private int reduce(final long orderRef, final long shares, final BookAnomaly unknown, final BookAnomaly over) {
        final int index = orders.get(orderRef);
        if (index == OrderTable.MISSING) {
            return anomaly(unknown, 0);
        }
        final int locate = pool.locate(index);
        if (shares <= 0 || shares > OrderPool.MAX_SHARES) {
            return anomaly(BookAnomaly.INVALID_QUANTITY, locate);
        }
        final long remaining = pool.shares(index);
        int flags = 0;
        long taken = shares;
        if (shares > remaining) {
            anomalies[over.ordinal()]++;
            flags = BookChange.ANOMALY;
            taken = remaining;
        }
        final SymbolBook book = books[locate];
        final boolean bid = pool.isBid(index);
        final int change = book.mirror(bid, book.ladder(bid).reduce(pool.price(index), taken));
        if (taken == remaining) {
            orders.remove(orderRef);
            pool.release(index);
        } else {
            pool.shares(index, remaining - taken);
        }
        return flags == 0 ? change : change | flags | locate;
    }

    private int anomaly(final BookAnomaly kind, final int locate) {
        anomalies[kind.ordinal()]++;
        return BookChange.ANOMALY | locate;
    }
}
