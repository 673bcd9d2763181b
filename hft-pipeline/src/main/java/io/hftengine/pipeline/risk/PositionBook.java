package io.hftengine.pipeline.risk;

import io.hftengine.types.Side;

/**
 * Filled positions and open orders per symbol, and the worst-case exposure they add up to.
 *
 * <p>The worst case of a symbol is {@code max(|position + openBuy|, |position - openSell|)}: the
 * position it would reach if every open order on one side filled. The total is the sum of those
 * over symbols, maintained incrementally. Open orders live in a pre-sized table with each order's
 * record inline ({@link OpenOrderTable}), so nothing allocates while at most
 * {@code maxOpenOrders} orders are open. Single thread (the risk stage).
 */
public final class PositionBook {
    /** Recent fills remembered by default: a busy strategy's fills over many minutes. */
    public static final int DEFAULT_RECENT_FILLS = 1 << 16;
    // A symbol's position, open buys and open sells side by side (32 bytes a symbol): every check
    // reads all three for a symbol that is usually cold, so one cache miss instead of three.
    private static final int STRIDE = 4;
    private static final int POSITION = 0;
    private static final int OPEN_BUY = 1;
    private static final int OPEN_SELL = 2;

    private final long[] symbols;
    private long totalWorstCase;

    private final OpenOrderTable open;
    private final FillHistory fills;
    private int brokenSymbolId;
    private Side brokenSide = Side.BUY;
    private long brokenQuantity;
    private long brokenPrice;

    /**
     * Creates an empty book.
     *
     * @param maxSymbols symbol ids {@code 0 .. maxSymbols - 1}
     * @param maxOpenOrders the most orders open at once, 1 to 2^26
     */
    public PositionBook(final int maxSymbols, final int maxOpenOrders) {
        this(maxSymbols, maxOpenOrders, DEFAULT_RECENT_FILLS);
    }

    /**
     * Creates an empty book.
     *
     * @param maxSymbols symbol ids {@code 0 .. maxSymbols - 1}
     * @param maxOpenOrders the most orders open at once, 1 to 2^26
     * @param recentFills the most recent fills remembered, to refuse a repeated fill and undo a
     *     broken one, 1 to 2^24
     */
    public PositionBook(final int maxSymbols, final int maxOpenOrders, final int recentFills) {
        symbols = new long[maxSymbols * STRIDE];
        open = new OpenOrderTable(maxOpenOrders);
        fills = new FillHistory(recentFills);
    }

    /**
     * The worst-case absolute position of a symbol if an order were added.
     *
     * @param symbolId stock locate
     * @param side side of the extra order
     * @param quantity shares of the extra order (0 for the current worst case)
     * @return shares
     */
    public long worstCaseWith(final int symbolId, final Side side, final long quantity) {
        final int at = symbolId * STRIDE;
        final long pos = symbols[at + POSITION];
        final long buy = symbols[at + OPEN_BUY] + (side == Side.BUY ? quantity : 0);
        final long sell = symbols[at + OPEN_SELL] + (side == Side.SELL ? quantity : 0);
        return Math.max(Math.abs(pos + buy), Math.abs(pos - sell));
    }

    /**
     * Records a newly approved order.
     *
     * @param orderId client id, not open yet
     * @param symbolId stock locate
     * @param side side
     * @param price limit, Price raw
     * @param quantity shares
     * @return false when the pool is full or the id is already open (nothing recorded)
     */
    public boolean addOpenOrder(final long orderId, final int symbolId, final Side side, final long price,
                                final long quantity) {
        if (!open.insert(orderId, symbolId, side == Side.SELL, quantity, price)) {
            return false;
        }
        final long before = worstCaseWith(symbolId, side, 0);
        symbols[openAt(symbolId, side)] += quantity;
        totalWorstCase += worstCaseWith(symbolId, side, 0) - before;
        return true;
    }

    /** Returned by {@link #fill} when the order is not open. */
    public static final long NOT_OPEN = -1;
    /** Returned by {@link #fill} for a repeat of a fill already applied (same match, same order). */
    public static final long DUPLICATE_FILL = -2;
    /** Returned by {@link #openRecord} when the order is not open. */
    public static final int NO_RECORD = OpenOrderTable.NO_RECORD;

    /**
     * Applies a fill to an open order: the position moves by the full fill (the venue's word is
     * the truth), the open quantity shrinks by at most what the order had left. The fill is
     * remembered among the recent fills, so a repeat is refused and a Broken Trade can undo it.
     *
     * @param orderId client id
     * @param quantity shares filled, positive
     * @param price the fill's price, Price raw
     * @param matchNumber the venue's match number, or 0 when unknown; a fill whose match number
     *     and order are those of a recent fill is a repeat of it (a duplicated datagram) and not
     *     applied
     * @return shares filled beyond what the order had left (an overfill, 0 normally),
     *     {@link #NOT_OPEN} or {@link #DUPLICATE_FILL} (nothing applied)
     */
    public long fill(final long orderId, final long quantity, final long price, final long matchNumber) {
        final int record = open.find(orderId);
        return record == OpenOrderTable.NO_RECORD ? NOT_OPEN : fillAt(record, quantity, price, matchNumber);
    }

    /**
     * Finds an open order's record, so that a caller reading several of its fields and then
     * changing it looks it up once: the record is valid until the next change to any order.
     *
     * @param orderId client id
     * @return the record, or {@link #NO_RECORD} when the order is not open
     */
    public int openRecord(final long orderId) {
        return open.find(orderId);
    }

    /**
     * Applies a fill to the order in a record, as {@link #fill} does; the record is no longer
     * valid afterwards.
     *
     * @param record a record from {@link #openRecord}
     * @param quantity shares filled, positive
     * @param price the fill's price, Price raw
     * @param matchNumber the venue's match number, or 0 when unknown
     * @return shares filled beyond what the order had left, or {@link #DUPLICATE_FILL}
     */
    public long fillAt(final int record, final long quantity, final long price, final long matchNumber) {
        final long orderId = open.orderId(record);
        if (remembersFill(orderId, matchNumber)) {
            return DUPLICATE_FILL;
        }
        final long filled = Math.max(quantity, 0);
        final long fromOpen = Math.min(filled, open.leaves(record));
        final int symbolId = open.symbolId(record);
        final boolean sells = open.sells(record);
        if (matchNumber != 0) {
            fills.record(matchNumber, orderId, symbolId, sells, filled, price);
        }
        final Side side = sells ? Side.SELL : Side.BUY;
        final long before = worstCaseWith(symbolId, side, 0);
        symbols[symbolId * STRIDE + POSITION] += side.sign() * filled;
        reduceOpen(record, symbolId, side, fromOpen);
        totalWorstCase += worstCaseWith(symbolId, side, 0) - before;
        return filled - fromOpen;
    }

    /**
     * Tells whether a fill is among the recent fills remembered, open order or not: the repeat
     * of the fill that completed an order finds the order closed, and is still a repeat.
     *
     * @param orderId client id
     * @param matchNumber the venue's match number; 0 (unknown) is never remembered
     * @return true when a fill with this match number and order was applied and is remembered
     */
    public boolean remembersFill(final long orderId, final long matchNumber) {
        return matchNumber != 0 && fills.mayHold(matchNumber) && fills.find(matchNumber, orderId) != FillHistory.NO_RECORD;
    }

    /**
     * Undoes a recent fill the venue broke (OUCH Broken Trade): the position moves back by the
     * fill's shares. The order's open quantity does not come back: a broken execution does not
     * reopen an order. A fill can be broken once.
     *
     * @param orderId client id
     * @param matchNumber the broken fill's match number
     * @return true when undone (the fill is then described by {@link #brokenSymbolId},
     *     {@link #brokenSide}, {@link #brokenQuantity} and {@link #brokenPrice}); false, changing
     *     nothing, when no recent fill matches (too old to be remembered, never applied, or
     *     already broken)
     */
    public boolean breakFill(final long orderId, final long matchNumber) {
        final int record = matchNumber == 0 ? FillHistory.NO_RECORD : fills.find(matchNumber, orderId);
        if (record == FillHistory.NO_RECORD) {
            return false;
        }
        final int symbolId = fills.symbolId(record);
        final Side side = fills.sells(record) ? Side.SELL : Side.BUY;
        brokenSymbolId = symbolId;
        brokenSide = side;
        brokenQuantity = fills.quantity(record);
        brokenPrice = fills.price(record);
        fills.remove(record);
        final long before = worstCaseWith(symbolId, side, 0);
        symbols[symbolId * STRIDE + POSITION] -= side.sign() * brokenQuantity;
        totalWorstCase += worstCaseWith(symbolId, side, 0) - before;
        return true;
    }

    /**
     * Removes open quantity without a fill (cancel or venue reject).
     *
     * @param orderId client id
     * @param quantity shares to remove; 0 or more than is left removes all that is left
     * @return shares removed, or -1 when the order is not open
     */
    public long reduce(final long orderId, final long quantity) {
        final int record = open.find(orderId);
        return record == OpenOrderTable.NO_RECORD ? -1 : reduceAt(record, quantity);
    }

    /**
     * Removes open quantity from the order in a record, as {@link #reduce} does; the record is no
     * longer valid afterwards.
     *
     * @param record a record from {@link #openRecord}
     * @param quantity shares to remove; 0 or more than is left removes all that is left
     * @return shares removed
     */
    public long reduceAt(final int record, final long quantity) {
        final long leaves = open.leaves(record);
        final long applied = quantity <= 0 ? leaves : Math.min(quantity, leaves);
        final int symbolId = open.symbolId(record);
        final Side side = open.sells(record) ? Side.SELL : Side.BUY;
        final long before = worstCaseWith(symbolId, side, 0);
        reduceOpen(record, symbolId, side, applied);
        totalWorstCase += worstCaseWith(symbolId, side, 0) - before;
        return applied;
    }

    /** Takes shares off an open order and its symbol's open side; closes the order at zero. */
    private void reduceOpen(final int record, final int symbolId, final Side side, final long qty) {
        final long left = open.leaves(record) - qty;
        symbols[openAt(symbolId, side)] -= qty;
        if (left == 0) {
            open.remove(record);
        } else {
            open.leaves(record, left);
        }
    }

    /**
     * The symbol of the order in a record.
     *
     * @param record a valid record from {@link #openRecord}
     * @return stock locate
     */
    public int symbolAt(final int record) {
        return open.symbolId(record);
    }

    /**
     * The side of the order in a record.
     *
     * @param record a valid record from {@link #openRecord}
     * @return buy or sell
     */
    public Side sideAt(final int record) {
        return open.sells(record) ? Side.SELL : Side.BUY;
    }

    /**
     * The remaining shares of the order in a record.
     *
     * @param record a valid record from {@link #openRecord}
     * @return shares, positive
     */
    public long leavesAt(final int record) {
        return open.leaves(record);
    }

    /**
     * The limit price of the order in a record.
     *
     * @param record a valid record from {@link #openRecord}
     * @return Price raw
     */
    public long priceAt(final int record) {
        return open.price(record);
    }

    /**
     * The symbol of the fill the last successful {@link #breakFill} undid.
     *
     * @return stock locate
     */
    public int brokenSymbolId() {
        return brokenSymbolId;
    }

    /**
     * The side of the order whose fill the last successful {@link #breakFill} undid.
     *
     * @return buy or sell
     */
    public Side brokenSide() {
        return brokenSide;
    }

    /**
     * The shares of the fill the last successful {@link #breakFill} undid.
     *
     * @return shares
     */
    public long brokenQuantity() {
        return brokenQuantity;
    }

    /**
     * The price of the fill the last successful {@link #breakFill} undid.
     *
     * @return Price raw
     */
    public long brokenPrice() {
        return brokenPrice;
    }

    /**
     * Returns how many recent fills are remembered for repeats and Broken Trades.
     *
     * @return 0 to the {@code recentFills} given at construction
     */
    public int recentFills() {
        return fills.size();
    }

    /**
     * Whether an order is open.
     *
     * @param orderId client id
     * @return true when open
     */
    public boolean isOpen(final long orderId) {
        return open.find(orderId) != OpenOrderTable.NO_RECORD;
    }

    /**
     * An open order's symbol.
     *
     * @param orderId client id
     * @return stock locate, or -1 when not open
     */
    public int symbolOf(final long orderId) {
        final int record = open.find(orderId);
        return record == OpenOrderTable.NO_RECORD ? -1 : open.symbolId(record);
    }

    /**
     * An open order's side.
     *
     * @param orderId client id
     * @return side, or {@code null} when not open
     */
    public Side sideOf(final long orderId) {
        final int record = open.find(orderId);
        if (record == OpenOrderTable.NO_RECORD) {
            return null;
        }
        return open.sells(record) ? Side.SELL : Side.BUY;
    }

    /**
     * An open order's remaining shares.
     *
     * @param orderId client id
     * @return shares, or 0 when not open
     */
    public long leavesOf(final long orderId) {
        final int record = open.find(orderId);
        return record == OpenOrderTable.NO_RECORD ? 0 : open.leaves(record);
    }

    /**
     * An open order's limit price.
     *
     * @param orderId client id
     * @return Price raw, or 0 when not open
     */
    public long priceOf(final long orderId) {
        final int record = open.find(orderId);
        return record == OpenOrderTable.NO_RECORD ? 0 : open.price(record);
    }

    /** Index of a symbol's open quantity on one side. */
    private static int openAt(final int symbolId, final Side side) {
        return symbolId * STRIDE + (side == Side.BUY ? OPEN_BUY : OPEN_SELL);
    }

    /**
     * A symbol's filled position.
     *
     * @param symbolId stock locate
     * @return shares, negative when short
     */
    public long position(final int symbolId) {
        return symbols[symbolId * STRIDE + POSITION];
    }

    /**
     * A symbol's open buy quantity.
     *
     * @param symbolId stock locate
     * @return shares
     */
    public long openBuy(final int symbolId) {
        return symbols[symbolId * STRIDE + OPEN_BUY];
    }

    /**
     * A symbol's open sell quantity.
     *
     * @param symbolId stock locate
     * @return shares
     */
    public long openSell(final int symbolId) {
        return symbols[symbolId * STRIDE + OPEN_SELL];
    }

    /**
     * Returns the sum over symbols of worst-case absolute positions, shares.
     *
     * @return the sum over symbols of worst-case absolute positions, shares
     */
    public long totalWorstCase() {
        return totalWorstCase;
    }

    /**
     * Returns orders open now.
     *
     * @return orders open now
     */
    public int openOrders() {
        return open.size();
    }
}
