package io.hftengine.pipeline.risk;

import io.hftengine.pipeline.Counters;
import io.hftengine.pipeline.message.ExecType;
import io.hftengine.pipeline.message.ExecutionReport;
import io.hftengine.pipeline.message.RejectReason;
import io.hftengine.types.Side;

/**
 * The pre-trade checks, as plain single-threaded logic with no queues: testable alone and
 * driven by the {@link RiskStage}.
 *
 * <p>A new order passes, in this order: kill switch, validity (symbol id in range, positive
 * price), duplicate id (ids must be strictly increasing per session, which makes the check O(1);
 * any id seen, approved or not, is used up), max quantity, max notional (saturating 128-bit
 * multiply, so no overflow can let an order through), price band around the symbol's reference
 * price, max open orders, per-symbol worst-case position, total worst-case position, and last the
 * token bucket, so a rejected order never spends a token. An approved order is recorded as open at
 * once, so the next check already counts it at worst case. Execution reports then move positions
 * and release open quantity. A fill is applied in full even beyond what the order had left (the
 * venue's word is the truth; counted as an overfill); if a fill takes a position beyond a limit,
 * the kill switch is tripped. Time is the caller's clock reading (virtual in replay).
 */
public final class RiskEngine {
    private static final long BPS = 10_000L;
    /** The largest order id: an OUCH order token holds 14 decimal digits. */
    public static final long MAX_ORDER_ID = 99_999_999_999_999L;
    private static final String FILL_BREACH = "risk: a fill, or a broken fill undone, took a position beyond its limit";
    private static final String ORPHAN_FILL = "risk: a fill for an order not open (cancelled, rejected or unknown):"
        + " the position is no longer known";
    private static final String RECOVERED_BEYOND_LIMITS = "risk: the positions and working orders recovered from the"
        + " journal are beyond the limits";
    private static final String UNKNOWN_BROKEN_TRADE = "risk: a Broken Trade for a fill risk does not remember:"
        + " the position is no longer known";

    private final RiskLimits limits;
    private final ReferencePrices referencePrices;
    private final KillSwitch killSwitch;
    private final TokenBucket tokenBucket;
    private final PositionBook book;
    private final Counters<RiskCounter> counters = new Counters<>("risk", RiskCounter.class);
    private final Counters<RejectReason> rejects = new Counters<>("riskRejects", RejectReason.class);
    private long lastOrderId = Long.MIN_VALUE;
    /** Restart recovery is replaying the journal: its end, not each replayed fill, meets today's limits. */
    private boolean recovering;

    /**
     * Creates the engine.
     *
     * @param limits the limits
     * @param referencePrices reference prices for the band (shared with the market data stage)
     * @param killSwitch the engine's kill switch
     */
    public RiskEngine(final RiskLimits limits, final ReferencePrices referencePrices, final KillSwitch killSwitch) {
        this.limits = limits;
        this.referencePrices = referencePrices;
        this.killSwitch = killSwitch;
        this.tokenBucket = new TokenBucket(limits.maxOrdersPerSecond(), limits.orderBurst());
        this.book = new PositionBook(limits.maxSymbols(), limits.maxOpenOrders(), limits.recentFills());
    }

    /**
     * Checks a new order and, when it passes, records it as open.
     *
     * @param orderId client id
     * @param symbolId stock locate
     * @param side buy or sell ({@code null} is invalid)
     * @param price limit, Price raw
     * @param quantity shares
     * @param nowNs clock time, ns
     * @return {@link RejectReason#NONE} when approved, else the first failed check (counted)
     */
    public RejectReason checkNew(final long orderId, final int symbolId, final Side side, final long price,
                                 final long quantity, final long nowNs) {
        counters.increment(RiskCounter.SIGNALS);
        final RejectReason reason = evaluate(orderId, symbolId, side, price, quantity, nowNs);
        if (reason != RejectReason.NONE) {
            return reject(reason);
        }
        book.addOpenOrder(orderId, symbolId, side, price, quantity);
        counters.increment(RiskCounter.APPROVED_ORDERS);
        return RejectReason.NONE;
    }

    private RejectReason evaluate(final long orderId, final int symbolId, final Side side, final long price,
                                  final long quantity, final long nowNs) {
        if (killSwitch.isTripped()) {
            return RejectReason.KILL_SWITCH;
        }
        if (symbolId <= 0 || symbolId >= limits.maxSymbols() || price <= 0 || side == null
            || orderId < 1 || orderId > MAX_ORDER_ID) {
            // An id the gateway cannot send as a token would stay open for good (no reply can
            // release it), and an absurd one would use up every id after it.
            return RejectReason.INVALID_ORDER;
        }
        if (orderId <= lastOrderId) {
            return RejectReason.DUPLICATE_ORDER_ID;
        }
        lastOrderId = orderId;
        if (quantity <= 0 || quantity > limits.maxOrderQuantity()) {
            return RejectReason.MAX_ORDER_QUANTITY;
        }
        if (compareProducts(price, quantity, limits.maxOrderNotional(), 1) > 0) {
            return RejectReason.MAX_ORDER_NOTIONAL;
        }
        if (referencePrices.isHalted(symbolId)) {
            // Whatever the strategy thinks: an order into a halt would only rest, or be refused.
            return RejectReason.SYMBOL_HALTED;
        }
        final long reference = referencePrices.get(symbolId);
        if (reference == ReferencePrices.NONE || reference <= 0) {
            return RejectReason.NO_REFERENCE_PRICE;
        }
        // |price - ref| / ref > band / 10^4, cross-multiplied and compared exactly in 128 bits:
        // a comparison of two saturated products let any price through
        if (compareProducts(Math.abs(price - reference), BPS, reference, limits.priceBandBps()) > 0) {
            return RejectReason.PRICE_BAND;
        }
        if (book.openOrders() >= limits.maxOpenOrders()) {
            return RejectReason.MAX_OPEN_ORDERS;
        }
        final long worstBefore = book.worstCaseWith(symbolId, side, 0);
        final long worstAfter = book.worstCaseWith(symbolId, side, quantity);
        if (worstAfter > limits.maxSymbolPosition() && worstAfter > worstBefore) {
            return RejectReason.SYMBOL_POSITION_LIMIT;
        }
        if (worstAfter > worstBefore && book.totalWorstCase() + (worstAfter - worstBefore) > limits.maxTotalPosition()) {
            return RejectReason.TOTAL_POSITION_LIMIT;
        }
        if (!tokenBucket.tryAcquire(nowNs)) {
            return RejectReason.ORDER_RATE;
        }
        return RejectReason.NONE;
    }

    /**
     * Restart recovery (slow path, before the risk thread starts): puts back an order the
     * drop-copy journal shows was sent earlier in the day, without the pre-trade checks (it is at
     * the venue whatever the limits say now). It is open from now on, at worst case like any
     * other, and ids up to it are used up. The replies the journal holds for it then go through
     * {@link #onExecution}, as they did live.
     *
     * @param orderId client id
     * @param symbolId stock locate
     * @param side buy or sell
     * @param price limit, Price raw
     * @param quantity shares
     * @return false when it cannot be held (an invalid order, an id already open, or
     *     {@code max_open_orders} reached): nothing recorded
     */
    public boolean restoreOrder(final long orderId, final int symbolId, final Side side, final long price,
                                final long quantity) {
        if (symbolId <= 0 || symbolId >= limits.maxSymbols() || side == null || orderId < 1
            || orderId > MAX_ORDER_ID || quantity <= 0 || book.openOrders() >= limits.maxOpenOrders()
            || !book.addOpenOrder(orderId, symbolId, side, price, quantity)) {
            return false;
        }
        lastOrderId = Math.max(lastOrderId, orderId);
        return true;
    }

    /**
     * Checks a cancel: allowed even after the kill switch, since it only reduces risk.
     *
     * @param orderId the order to cancel
     * @return {@link RejectReason#NONE}, or {@link RejectReason#UNKNOWN_ORDER} when it is not open
     */
    public RejectReason checkCancel(final long orderId) {
        counters.increment(RiskCounter.SIGNALS);
        if (!book.isOpen(orderId)) {
            return reject(RejectReason.UNKNOWN_ORDER);
        }
        counters.increment(RiskCounter.APPROVED_CANCELS);
        return RejectReason.NONE;
    }

    /**
     * Applies a venue execution report and completes it in place: symbol and side are filled in
     * from the open order, {@code leavesQuantity} is set to risk's view after the report.
     * A report for an order that is not open is counted and left as it is; a fill for one trips
     * the kill switch (the venue's position and ours now differ by an amount risk cannot
     * attribute). A repeat of a recent fill (same match number, same order: a duplicated
     * datagram), also of the fill that completed an order, is counted and not applied. A
     * {@link ExecType#BROKEN} report takes the broken fill's shares back off the position and gets
     * that fill's symbol, side, shares and price; one naming no fill risk remembers trips the
     * kill switch.
     *
     * @param report accepted, filled, cancelled, rejected or broken
     * @return whether the report goes on to the strategy: false for a repeated fill
     */
    public boolean onExecution(final ExecutionReport report) {
        counters.increment(RiskCounter.EXECUTION_REPORTS);
        final long orderId = report.orderId();
        final ExecType type = report.type();
        if (type == ExecType.BROKEN) {
            return onBrokenTrade(report);
        }
        // One lookup: the record's fields are read before the change that may invalidate it.
        final int record = book.openRecord(orderId);
        if (record == PositionBook.NO_RECORD) {
            if (type == ExecType.FILLED && book.remembersFill(orderId, report.matchNumber())) {
                // The repeat of the fill that completed the order (a duplicated datagram).
                counters.increment(RiskCounter.DUPLICATE_FILLS);
                return false;
            }
            counters.increment(RiskCounter.UNKNOWN_ORDER_REPORTS);
            if (type == ExecType.FILLED) {
                counters.increment(RiskCounter.ORPHAN_FILLS);
                killSwitch.trip(ORPHAN_FILL);
            }
            return true;
        }
        final int symbolId = book.symbolAt(record);
        final long leaves = book.leavesAt(record);
        report.instrument(symbolId, book.sideAt(record));
        if (report.price() == 0) {
            report.price(book.priceAt(record));
        }
        long leavesAfter = leaves;
        if (type == ExecType.FILLED) {
            final long overfill = book.fillAt(record, report.lastQuantity(), report.lastPrice(),
                report.matchNumber());
            if (overfill == PositionBook.DUPLICATE_FILL) {
                counters.increment(RiskCounter.DUPLICATE_FILLS);
                return false;
            }
            leavesAfter = leaves - Math.min(Math.max(report.lastQuantity(), 0), leaves);
            counters.increment(RiskCounter.FILLS);
            counters.add(RiskCounter.FILLED_SHARES, report.lastQuantity());
            if (overfill > 0) {
                counters.increment(RiskCounter.OVERFILLS);
            }
            checkPositionAfterFill(symbolId);
        } else if (type == ExecType.ACCEPTED && report.leavesQuantity() < leaves) {
            // OUCH's Accepted says how many shares the venue took, which can be fewer than we
            // sent: the rest never works, and left open it would stay open for good. (A repeat
            // after fills says more than is left, and changes nothing.)
            leavesAfter = leaves - book.reduceAt(record, leaves - Math.max(report.leavesQuantity(), 0));
        } else if (type == ExecType.CANCELLED) {
            leavesAfter = leaves - book.reduceAt(record, report.lastQuantity());
        } else if (type == ExecType.REJECTED) {
            leavesAfter = leaves - book.reduceAt(record, 0);
        }
        report.leavesQuantity(leavesAfter);
        return true;
    }

    /**
     * Undoes a fill the venue broke. The order may be open or long closed; its open quantity is
     * left as it is, so the report's {@code leavesQuantity} is risk's view of it now.
     */
    private boolean onBrokenTrade(final ExecutionReport report) {
        final long orderId = report.orderId();
        if (!book.breakFill(orderId, report.matchNumber())) {
            counters.increment(RiskCounter.UNKNOWN_BROKEN_TRADES);
            killSwitch.trip(UNKNOWN_BROKEN_TRADE);
            return true;
        }
        counters.increment(RiskCounter.BROKEN_TRADES);
        report.instrument(book.brokenSymbolId(), book.brokenSide())
            .fill(book.brokenQuantity(), book.brokenPrice(), report.matchNumber());
        report.leavesQuantity(book.leavesOf(orderId));
        // Undoing a fill can take a position further from flat: a broken sell leaves us longer.
        checkPositionAfterFill(book.brokenSymbolId());
        return true;
    }

    /**
     * Restart recovery, after the journal was applied: trips the kill switch when a symbol's
     * worst case or the total is beyond the limits (orders put back without checks, or limits
     * lowered since they were sent), as a fill taking a position there would have.
     */
    public void checkPositionsWithinLimits() {
        int beyond = book.totalWorstCase() > limits.maxTotalPosition() ? 0 : -1;
        for (int symbol = 1; beyond < 0 && symbol < limits.maxSymbols(); symbol++) {
            beyond = book.worstCaseWith(symbol, Side.BUY, 0) > limits.maxSymbolPosition() ? symbol : -1;
        }
        if (beyond >= 0) {
            counters.increment(RiskCounter.FILL_LIMIT_BREACHES);
            killSwitch.trip(beyondLimits(beyond));
        }
    }

    /**
     * Restart recovery (slow path, before the risk thread starts): while on, a replayed fill is
     * not checked against today's limits. The limits may have been lowered since the morning, and
     * a position the morning held and then left is no position today: where the replay ends is
     * what today's limits judge, by {@link #checkPositionsWithinLimits} once it has ended (whose
     * reason names the symbol, its position and the limit's key).
     *
     * @param on whether the journal is being replayed
     */
    public void recovering(final boolean on) {
        this.recovering = on;
    }

    private void checkPositionAfterFill(final int symbolId) {
        if ((book.worstCaseWith(symbolId, Side.BUY, 0) > limits.maxSymbolPosition()
            || book.totalWorstCase() > limits.maxTotalPosition()) && !recovering) {
            counters.increment(RiskCounter.FILL_LIMIT_BREACHES);
            killSwitch.trip(FILL_BREACH);
        }
    }

    /**
     * Slow path: which limit a symbol (or the total, with symbol 0) is beyond, by its
     * risk_limits.toml key, with the position, for a kill switch reason an operator can act on.
     */
    private String beyondLimits(final int symbolId) {
        final long worst = book.worstCaseWith(symbolId, Side.BUY, 0);
        if (symbolId > 0 && worst > limits.maxSymbolPosition()) {
            return RECOVERED_BEYOND_LIMITS + ": locate " + symbolId + " holds " + book.position(symbolId) + " shares (" + worst
                + " at worst with its working orders), beyond max_symbol_position " + limits.maxSymbolPosition()
                + " (risk_limits.toml)";
        }
        return RECOVERED_BEYOND_LIMITS + ": " + book.totalWorstCase() + " shares at worst across every symbol, beyond"
            + " max_total_position " + limits.maxTotalPosition() + " (risk_limits.toml)";
    }

    private RejectReason reject(final RejectReason reason) {
        counters.increment(RiskCounter.REJECTED);
        rejects.increment(reason);
        return reason;
    }

    /**
     * Compares {@code a * b} with {@code c * d} exactly (128-bit products), all four non-negative.
     *
     * @return negative, zero or positive as {@code a * b} is less than, equal to or greater than
     *     {@code c * d}
     */
    static int compareProducts(final long a, final long b, final long c, final long d) {
        final long high = Math.multiplyHigh(a, b);
        final long otherHigh = Math.multiplyHigh(c, d);
        return high != otherHigh ? Long.compare(high, otherHigh) : Long.compareUnsigned(a * b, c * d);
    }

    /**
     * Returns the limits.
     *
     * @return the limits
     */
    public RiskLimits limits() {
        return limits;
    }

    /**
     * Returns positions and open orders (read from the risk thread only).
     *
     * @return positions and open orders (read from the risk thread only)
     */
    public PositionBook book() {
        return book;
    }

    /**
     * Returns the kill switch.
     *
     * @return the kill switch
     */
    public KillSwitch killSwitch() {
        return killSwitch;
    }

    /**
     * Returns stage counters, readable from any thread.
     *
     * @return stage counters, readable from any thread
     */
    public Counters<RiskCounter> counters() {
        return counters;
    }

    /**
     * Returns reject counters by reason, readable from any thread.
     *
     * @return reject counters by reason, readable from any thread
     */
    public Counters<RejectReason> rejects() {
        return rejects;
    }
}
