package io.hftengine.pipeline.strategy;

import io.hftengine.pipeline.message.ExecType;
import io.hftengine.pipeline.message.ExecutionReport;
import io.hftengine.pipeline.message.MarketEvent;
import io.hftengine.pipeline.message.MarketEventType;
import io.hftengine.types.Side;

/**
 * Reference strategy: trades in the direction of order-book imbalance.
 *
 * <p>On each book change of a symbol with both sides present, a spread no wider than
 * {@code maxSpread} and a book that is not stale, it sums the size of the first {@code depth}
 * levels a side and computes {@code imbalance = (bid - ask) * 10000 / (bid + ask)} in basis
 * points (integer arithmetic, compared with the threshold exactly, whatever the sizes). Heavy
 * bids ({@code imbalance >= threshold}) predict an up-tick, so it buys {@code orderQuantity} at
 * the best ask; heavy asks sell at the best bid. At most one
 * order per symbol is open at a time, orders in a symbol are at least {@code cooldownNs} apart,
 * the position stays within {@code +-maxPosition}, and an order still open after
 * {@code orderTimeoutNs} is cancelled from the timer. Positions are learnt from fills only.
 *
 * <p>A decision is a handful of array reads, a division and a few compares: no allocation.
 */
public final class ImbalanceStrategy implements Strategy {
    /** Level sizes below 2^36 keep the imbalance arithmetic exact in a long (10 levels at most). */
    private static final int SMALL_SIZE_BITS = 36;
    private static final long BPS = 10_000L;
    /** How many cooldowns a symbol rests after one of its orders is refused by risk or the venue. */
    static final long REJECT_BACKOFF_COOLDOWNS = 10;

    // A symbol's state is one 64-byte record in one array, not one array per field: a book change
    // reads four of these fields and an order writes four, for a symbol whose state is usually
    // cold (hundreds of symbols between two of its events), so one cache miss instead of four.
    private static final int STRIDE = 8;
    private static final int POSITION = 0;
    private static final int OPEN_ORDER_ID = 1;
    private static final int OPEN_SINCE_NS = 2;
    private static final int LAST_ORDER_NS = 3;
    private static final int FLAGS = 4;
    /** When the last cancel of the open order was handed on. */
    private static final int CANCEL_SENT_NS = 5;
    /** Cancels handed on for the open order: each repeat waits twice as long as the last. */
    private static final int CANCELS_SENT = 6;
    /** A repeated cancel waits at most 2^6 = 64 timeouts. */
    private static final int MAX_CANCEL_BACKOFF_SHIFT = 6;
    private static final long STALE = 1;
    private static final long CANCEL_SENT = 2;

    private final ImbalanceParams params;
    private final int maxSymbols;
    private final long[] state;
    private final int[] active;
    private int activeCount;
    private long nextTimerNs = Long.MAX_VALUE;

    /**
     * Creates the strategy with flat positions.
     *
     * @param params its parameters
     */
    public ImbalanceStrategy(final ImbalanceParams params) {
        this.params = params;
        maxSymbols = params.maxSymbols();
        state = new long[maxSymbols * STRIDE];
        active = new int[maxSymbols];
        for (int symbol = 0; symbol < maxSymbols; symbol++) {
            state[symbol * STRIDE + LAST_ORDER_NS] = Long.MIN_VALUE / 2;
        }
    }

    @Override
    public void onMarketEvent(final MarketEvent event, final SignalSink sink) {
        final int symbol = event.symbolId();
        if (symbol <= 0 || symbol >= maxSymbols) {
            return;
        }
        final int at = symbol * STRIDE;
        state[at + FLAGS] = event.stale() ? state[at + FLAGS] | STALE : state[at + FLAGS] & ~STALE;
        // A halted symbol's book is sound, but an order would only rest until the venue reopens it.
        if (event.stale() || event.halted() || event.type() == MarketEventType.TRADE
            || state[at + OPEN_ORDER_ID] != 0) {
            return;
        }
        final long bid = event.bidPrice(0);
        final long ask = event.askPrice(0);
        if (event.bidLevels() == 0 || event.askLevels() == 0 || ask - bid > params.maxSpread() || ask <= bid) {
            return;
        }
        final long now = sink.nowNs();
        if (now - state[at + LAST_ORDER_NS] < params.cooldownNs()) {
            return;
        }
        final int depth = params.depth();
        long bidSize = 0;
        long askSize = 0;
        long bits = 0;
        for (int i = 0; i < depth; i++) {
            final long bidQuantity = event.bidQuantity(i);
            final long askQuantity = event.askQuantity(i);
            bidSize += bidQuantity;
            askSize += askQuantity;
            bits |= bidQuantity | askQuantity;
        }
        // Every level under 2^36 shares (any real book: ITCH orders hold under 2^32) and at most
        // 10 levels: the sums stay under 2^40 and the products below under 2^55, exact in a long.
        // Otherwise (a corrupt feed) the sums saturate and the products are compared in 128 bits.
        final boolean small = bits >>> SMALL_SIZE_BITS == 0;
        if (!small) {
            bidSize = saturatedSum(event, depth, true);
            askSize = saturatedSum(event, depth, false);
            if (bidSize > Long.MAX_VALUE - askSize) {
                // Only sizes no real book reaches: halved, the ratio (all that counts) barely moves.
                bidSize >>>= 1;
                askSize >>>= 1;
            }
        }
        final long total = bidSize + askSize;
        if (total <= 0) {
            return;
        }
        final long qty = params.orderQuantity();
        final long position = state[at + POSITION];
        if (imbalanceReaches(bidSize - askSize, total, small) && position + qty <= params.maxPosition()) {
            send(sink, Side.BUY, symbol, ask, qty, now);
        } else if (imbalanceReaches(askSize - bidSize, total, small) && position - qty >= -params.maxPosition()) {
            send(sink, Side.SELL, symbol, bid, qty, now);
        }
    }

    /**
     * Whether {@code difference * 10000 / total >= thresholdBps}, decided exactly: in a long when
     * the sizes are small (see the caller), else multiplied out in 128 bits. A level of 10^15 shares
     * (a corrupt feed) would overflow a 64-bit product, and its sign would turn a heavy bid into a
     * sell.
     */
    private boolean imbalanceReaches(final long difference, final long total, final boolean small) {
        if (difference <= 0) {
            return false;
        }
        final long threshold = params.thresholdBps();
        if (small) {
            return difference * BPS >= threshold * total;
        }
        final long highLeft = Math.multiplyHigh(difference, BPS);
        final long highRight = Math.multiplyHigh(threshold, total);
        return highLeft != highRight ? highLeft > highRight
            : Long.compareUnsigned(difference * BPS, threshold * total) >= 0;
    }

    private static long saturatedSum(final MarketEvent event, final int depth, final boolean bids) {
        long sum = 0;
        for (int i = 0; i < depth; i++) {
            final long quantity = bids ? event.bidQuantity(i) : event.askQuantity(i);
            final long next = sum + quantity;
            sum = ((sum ^ next) & (quantity ^ next)) < 0 ? Long.MAX_VALUE : next;
        }
        return sum;
    }

    private void send(final SignalSink sink, final Side side, final int symbol, final long price, final long qty,
                      final long now) {
        final long orderId = sink.enter(side, symbol, price, qty);
        if (orderId < 0) {
            return;
        }
        track(symbol, orderId, now);
    }

    /** The symbol's one working order, cancelled by {@link #onTimer} once older than the timeout. */
    private void track(final int symbol, final long orderId, final long sentNs) {
        final int at = symbol * STRIDE;
        state[at + OPEN_ORDER_ID] = orderId;
        state[at + OPEN_SINCE_NS] = sentNs;
        state[at + LAST_ORDER_NS] = sentNs;
        state[at + FLAGS] &= ~CANCEL_SENT;
        state[at + CANCELS_SENT] = 0;
        active[activeCount++] = symbol;
        nextTimerNs = Math.min(nextTimerNs, sentNs + params.orderTimeoutNs());
    }

    @Override
    public void onExecutionReport(final ExecutionReport report, final SignalSink sink) {
        final int symbol = report.symbolId();
        if (symbol <= 0 || symbol >= maxSymbols) {
            return;
        }
        final int at = symbol * STRIDE;
        final ExecType type = report.type();
        if (type == ExecType.FILLED) {
            state[at + POSITION] += report.side().sign() * report.lastQuantity();
        } else if (type == ExecType.BROKEN) {
            // Risk filled in the broken fill's side and shares: the inventory skew undoes it too.
            state[at + POSITION] -= report.side().sign() * report.lastQuantity();
        }
        if (state[at + OPEN_ORDER_ID] == report.orderId() && isFinal(report)) {
            state[at + OPEN_ORDER_ID] = 0;
            removeActive(symbol);
        }
        if (type == ExecType.REJECTED || type == ExecType.RISK_REJECTED) {
            // A refused order says a limit is near (position, rate, open orders): asking again on
            // the next book change would only be refused again, so the symbol rests for
            // REJECT_BACKOFF_COOLDOWNS cooldowns instead of one.
            state[at + LAST_ORDER_NS] = Math.max(state[at + LAST_ORDER_NS],
                sink.nowNs() + (REJECT_BACKOFF_COOLDOWNS - 1) * params.cooldownNs());
        }
    }

    private static boolean isFinal(final ExecutionReport report) {
        final ExecType type = report.type();
        return type == ExecType.REJECTED || type == ExecType.RISK_REJECTED
            || (type == ExecType.FILLED || type == ExecType.CANCELLED) && report.leavesQuantity() == 0;
    }

    /**
     * An order the previous run left working takes the symbol's order slot with its original
     * send time, so the usual timeout cancels it (at once if it is already older): the strategy
     * does not trade a symbol while an order of its own there is unaccounted for. A second one
     * on the same symbol (at most one per symbol is ever sent) is left to risk.
     */
    @Override
    public void onRecoveredOrder(final long orderId, final int symbolId, final Side side, final long price,
                                 final long leavesQuantity, final long sentNs) {
        if (symbolId <= 0 || symbolId >= maxSymbols || state[symbolId * STRIDE + OPEN_ORDER_ID] != 0) {
            return;
        }
        track(symbolId, orderId, sentNs);
    }

    @Override
    public void onRecoveredPosition(final int symbolId, final long position) {
        if (symbolId > 0 && symbolId < maxSymbols) {
            state[symbolId * STRIDE + POSITION] = position;
        }
    }

    @Override
    public void onTimer(final long nowNs, final SignalSink sink) {
        long next = Long.MAX_VALUE;
        final long timeout = params.orderTimeoutNs();
        for (int i = 0; i < activeCount; i++) {
            final int at = active[i] * STRIDE;
            // An order open too long is cancelled; a cancel with no answer (lost, or refused by
            // the venue, which the strategy is not told) is sent again after one timeout, then
            // two, four... at most 64: a venue that answers nothing is not flooded with cancels.
            // One that could not be handed on at all is tried again a timeout later. Until the
            // order is done the symbol does not trade, so it must never be left waiting for nothing.
            final long deadline = (state[at + FLAGS] & CANCEL_SENT) == 0
                ? state[at + OPEN_SINCE_NS] + timeout : state[at + CANCEL_SENT_NS] + cancelWait(at, timeout);
            if (deadline > nowNs) {
                next = Math.min(next, deadline);
            } else {
                if (sink.cancel(state[at + OPEN_ORDER_ID])) {
                    state[at + FLAGS] |= CANCEL_SENT;
                    state[at + CANCEL_SENT_NS] = nowNs;
                    state[at + CANCELS_SENT]++;
                    next = Math.min(next, nowNs + cancelWait(at, timeout));
                } else {
                    next = Math.min(next, nowNs + timeout);
                }
            }
        }
        nextTimerNs = next;
    }

    /** How long the open order's last cancel is awaited before it is sent again. */
    private long cancelWait(final int at, final long timeout) {
        return timeout << Math.min(state[at + CANCELS_SENT] - 1, MAX_CANCEL_BACKOFF_SHIFT);
    }

    @Override
    public long nextTimerNs() {
        return nextTimerNs;
    }

    private void removeActive(final int symbol) {
        for (int i = 0; i < activeCount; i++) {
            if (active[i] == symbol) {
                active[i] = active[--activeCount];
                return;
            }
        }
    }

    /**
     * The position learnt from fills.
     *
     * @param symbolId stock locate
     * @return shares, negative when short
     */
    public long position(final int symbolId) {
        return state[symbolId * STRIDE + POSITION];
    }

    /**
     * The open order of a symbol.
     *
     * @param symbolId stock locate
     * @return client order id, 0 when none
     */
    public long openOrderId(final int symbolId) {
        return state[symbolId * STRIDE + OPEN_ORDER_ID];
    }

    /**
     * Whether the last event of a symbol said its book is stale.
     *
     * @param symbolId stock locate
     * @return true when stale
     */
    public boolean isStale(final int symbolId) {
        return (state[symbolId * STRIDE + FLAGS] & STALE) != 0;
    }
}
