package io.hftengine.pipeline.gateway;

import io.hftengine.protocol.ouch.AcceptedMessage;
import io.hftengine.protocol.ouch.CancelOrderMessage;
import io.hftengine.protocol.ouch.CanceledMessage;
import io.hftengine.protocol.ouch.EnterOrderMessage;
import io.hftengine.protocol.ouch.ExecutedMessage;
import io.hftengine.protocol.ouch.ModifyOrderMessage;
import io.hftengine.protocol.ouch.OuchInboundDecoder;
import io.hftengine.protocol.ouch.ReplaceOrderMessage;
import io.hftengine.protocol.ouch.OuchInboundListener;
import io.hftengine.protocol.ouch.RejectedMessage;
import io.hftengine.types.Clock;
import io.hftengine.types.Side;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.ByteBuffer;

/**
 * An in-process venue speaking OUCH 4.2 that answers in clock time and in message order, so a
 * replay gets the same answers at the same point of the stream in every run and layout.
 *
 * <p>Rules: order tokens are day-unique, as OUCH 4.2 has them: an Enter Order whose token was already
 * used today (whatever became of that order) is ignored, the benign resend the spec designs
 * host-bound messages to be ({@link #duplicateTokensIgnored}). An Enter Order is rejected for a
 * price of 0 or above the spec's 199,999.9900 ('X': invalid price), for more than {@code maxShares}
 * ('Z': shares exceed the safety threshold), and for zero shares, a token that is not a decimal
 * number (this venue's tokens are numbers) or beyond {@code maxOpenOrders} ('O': other); a reject
 * echoes the order's token as sent. Otherwise it is accepted (state 'L') and
 * {@code fillPercent}% of its shares (rounded down) fill at once at its limit price, the rest
 * resting until cancelled; with a time in force of 0 (immediate or cancel) the rest is cancelled
 * at once instead (reason 'I').
 *
 * <p>With a {@link #fillAgainst(MarketView) market view} (the venue's own book of the feed) fills
 * follow the market instead of the ratio: an order that crosses the opposite touch fills at once
 * at the touch's price, up to the shares displayed there (liquidity 'R'). What is left rests, and
 * {@link #matchResting} fills it whenever the opposite touch is at or through its limit, up to the
 * shares displayed: the remainder of an order that crossed on arrival goes on taking liquidity, at
 * the touch's price ('R', never worse than the offer shown); an order that arrived passive is hit
 * at its limit ('A'). The simulated fills do not take the
 * displayed shares out of the feed's book, so an order fills against a given touch (price and
 * shares) once: it fills again when the touch changes. A simplification that favours the client.
 * A Cancel Order of a resting order cancels what is left down to the requested shares, the new
 * intended size (reason 'U'); a cancel that would not reduce the order (shares at or above what is
 * left) or names an unknown token is ignored: an Order Canceled reports shares taken off.
 * Timestamps are the clock's time of day (UTC). Match numbers count from 1.
 *
 * <p>Used as an {@link OrderTransport} (replies are queued and handed out by
 * {@link #pollReplies}, synchronously after each send) or, by a socket-based test exchange,
 * through {@link #handle}. Single thread.
 */
public final class SimulatedExchange implements OrderTransport, OuchInboundListener {
    private static final long DAY_NS = 86_400_000_000_000L;
    private static final int REPLY_SPACE = 64 * 1024;
    /** OUCH 4.2's largest price, 199,999.9900. */
    private static final long MAX_PRICE = 199_999_9900L;
    /** Time in force 0: immediate or cancel. */
    private static final long IMMEDIATE_OR_CANCEL = 0;

    private final Clock clock;
    private final int fillPercent;
    private final long maxShares;
    private final int maxOpenOrders;
    private final OuchInboundDecoder decoder = new OuchInboundDecoder(this);
    private final RestingOrders resting;
    private final DayTokens usedTokens = new DayTokens();
    private MarketView market;
    private final UnsafeBuffer out = new UnsafeBuffer(ByteBuffer.allocateDirect(256));
    private final AcceptedMessage accepted = new AcceptedMessage();
    private final ExecutedMessage executed = new ExecutedMessage();
    private final CanceledMessage canceled = new CanceledMessage();
    private final RejectedMessage rejected = new RejectedMessage();
    private final UnsafeBuffer queue = new UnsafeBuffer(ByteBuffer.allocateDirect(REPLY_SPACE));
    private int queued;
    private ReplyHandler target;
    private long matchNumber;
    private long orderReference;
    private long ordersReceived;
    private long repliesDropped;
    private long duplicateTokensIgnored;
    private long unsupportedRequestsIgnored;

    /**
     * Creates a simulated venue.
     *
     * @param clock time source for reply timestamps (virtual in replay)
     * @param fillPercent share of each order filled on entry, 0..100
     * @param maxShares larger orders are rejected
     * @param maxOpenOrders resting orders tracked at most
     */
    public SimulatedExchange(final Clock clock, final int fillPercent, final long maxShares, final int maxOpenOrders) {
        if (fillPercent < 0 || fillPercent > 100 || maxShares < 1 || maxOpenOrders < 1) {
            throw new IllegalArgumentException("fillPercent must be 0..100, maxShares and maxOpenOrders positive: "
                + fillPercent + ", " + maxShares + ", " + maxOpenOrders);
        }
        this.clock = clock;
        this.fillPercent = fillPercent;
        this.maxShares = maxShares;
        this.maxOpenOrders = maxOpenOrders;
        this.resting = new RestingOrders(maxOpenOrders);
    }

    /**
     * Fills against the market from now on instead of at a fixed ratio (see the class comment).
     *
     * @param view the venue's book of the feed, read on this venue's thread
     * @return this venue
     */
    public SimulatedExchange fillAgainst(final MarketView view) {
        this.market = view;
        return this;
    }

    /**
     * Fills the resting orders the market has reached since the last call: with a market view, each
     * resting order whose opposite touch is at or through its limit fills at its limit, up to the
     * shares displayed there. Call after the venue's book has taken in new market data. Without a
     * market view, nothing fills here.
     *
     * @param replies receives each Order Executed at once, or {@code null} to queue them for
     *                {@link #pollReplies}
     * @return how many orders filled
     */
    public int matchResting(final ReplyHandler replies) {
        if (market == null) {
            return 0;
        }
        target = replies;
        try {
            return matchEachResting();
        } finally {
            target = null;
        }
    }

    private int matchEachResting() {
        int fills = 0;
        for (int slot = resting.size() - 1; slot >= 0; slot--) {
            final long stock = resting.stock(slot);
            final boolean buy = resting.side(slot) == Side.BUY.code();
            final Side opposite = buy ? Side.SELL : Side.BUY;
            final long touch = market.bestPrice(stock, opposite);
            final long limit = resting.price(slot);
            if (touch <= 0 || (buy ? touch > limit : touch < limit)) {
                continue;
            }
            final long shown = market.bestSize(stock, opposite);
            final long remaining = resting.remaining(slot);
            final long fill = Math.min(remaining, shown);
            if (fill <= 0 || resting.hasFilledAgainst(slot, touch, shown)) {
                continue;
            }
            final boolean taking = resting.aggressive(slot);
            executed(resting.token(slot), fill, taking ? touch : limit, taking ? 'R' : 'A', timeOfDay());
            resting.filledAgainst(slot, touch, shown);
            resting.setRemaining(slot, remaining - fill);
            fills++;
        }
        return fills;
    }

    /**
     * Handles one inbound OUCH message and hands the replies to {@code replies} at once.
     *
     * @param buffer holds the message
     * @param offset start
     * @param length length
     * @param replies receives each reply
     * @return false when the message could not be decoded (no reply)
     */
    public boolean handle(final DirectBuffer buffer, final int offset, final int length, final ReplyHandler replies) {
        target = replies;
        try {
            return decoder.decode(buffer, offset, length);
        } finally {
            target = null;
        }
    }

    @Override
    public boolean send(final DirectBuffer buffer, final int offset, final int length) {
        target = null;
        return decoder.decode(buffer, offset, length);
    }

    @Override
    public int pollReplies(final ReplyHandler handler) {
        int count = 0;
        int at = 0;
        while (at < queued) {
            final int length = queue.getShort(at) & 0xFFFF;
            handler.onReply(queue, at + 2, length);
            at += 2 + length;
            count++;
        }
        queued = 0;
        return count;
    }

    @Override
    public boolean synchronousReplies() {
        return true;
    }

    @Override
    public void onEnterOrder(final EnterOrderMessage message) {
        ordersReceived++;
        final long token = message.orderTokenNumber();
        if (token >= 0) {
            if (usedTokens.contains(token)) {
                duplicateTokensIgnored++; // a resend: the first one was answered
                return;
            }
            usedTokens.add(token);
        }
        final long shares = message.shares();
        final long now = timeOfDay();
        final char reason = rejectReason(message, token, shares);
        if (reason != 0) {
            rejected.wrapForEncode(out, 0).timestampNs(now)
                .orderToken(message.buffer(), message.offset() + EnterOrderMessage.ORDER_TOKEN_OFFSET).reason(reason);
            emit(RejectedMessage.LENGTH);
            return;
        }
        accepted.wrapForEncode(out, 0).timestampNs(now).orderTokenNumber(token).side(message.side()).shares(shares)
            .stock(message.stock()).price(message.price()).timeInForce(message.timeInForce()).firm(message.firm())
            .display(message.display()).orderReferenceNumber(++orderReference).capacity(message.capacity())
            .intermarketSweepEligibility(message.intermarketSweepEligibility())
            .minimumQuantity(message.minimumQuantity()).crossType(message.crossType()).orderState('L')
            .bboWeightIndicator(' ');
        emit(AcceptedMessage.LENGTH);
        final boolean buy = message.side() == 'B';
        long fill = shares * fillPercent / 100;
        long fillPrice = message.price();
        long touch = 0;
        long shown = 0;
        if (market != null) {
            final Side opposite = buy ? Side.SELL : Side.BUY;
            touch = market.bestPrice(message.stock(), opposite);
            shown = market.bestSize(message.stock(), opposite);
            final boolean crosses = touch > 0 && (buy ? touch <= message.price() : touch >= message.price());
            fill = crosses ? Math.min(shares, shown) : 0;
            fillPrice = touch;
        }
        if (fill > 0) {
            executed(token, fill, fillPrice, 'R', now);
        }
        if (shares > fill && message.timeInForce() == IMMEDIATE_OR_CANCEL) {
            canceled(token, shares - fill, 'I', now);
        } else if (shares > fill) {
            resting.add(token, message.stock(), buy ? Side.BUY.code() : Side.SELL.code(), message.price(),
                shares - fill);
            if (fill > 0) {
                final int slot = resting.slotOf(token);
                resting.filledAgainst(slot, touch, shown);
                resting.markAggressive(slot);
            }
        }
    }

    /** The spec's reason to reject the order, or 0 to accept it. */
    private char rejectReason(final EnterOrderMessage message, final long token, final long shares) {
        final long price = message.price();
        if (price <= 0 || price > MAX_PRICE) {
            return 'X';
        }
        if (shares > maxShares) {
            return 'Z';
        }
        if (token < 0 || shares <= 0 || resting.isFull()) {
            return 'O';
        }
        return 0;
    }

    private void executed(final long token, final long shares, final long price, final char liquidity, final long now) {
        executed.wrapForEncode(out, 0).timestampNs(now).orderTokenNumber(token).executedShares(shares)
            .executionPrice(price).liquidityFlag(liquidity).matchNumber(++matchNumber);
        emit(ExecutedMessage.LENGTH);
    }

    @Override
    public void onCancelOrder(final CancelOrderMessage message) {
        final long token = message.orderTokenNumber();
        final int slot = resting.slotOf(token);
        if (slot < 0) {
            return;
        }
        final long remaining = resting.remaining(slot);
        final long keep = message.shares();
        if (keep >= remaining) {
            return; // the intended size takes nothing off
        }
        resting.setRemaining(slot, keep);
        canceled(token, remaining - keep, 'U', timeOfDay());
    }

    private void canceled(final long token, final long decrement, final char reason, final long now) {
        canceled.wrapForEncode(out, 0).timestampNs(now).orderTokenNumber(token).decrementShares(decrement)
            .reason(reason);
        emit(CanceledMessage.LENGTH);
    }

    private void emit(final int length) {
        if (target != null) {
            target.onReply(out, 0, length);
            return;
        }
        if (queued + 2 + length > REPLY_SPACE) {
            repliesDropped++;
            return;
        }
        queue.putShort(queued, (short) length);
        queue.putBytes(queued + 2, out, 0, length);
        queued += 2 + length;
    }

    private long timeOfDay() {
        return Math.floorMod(clock.epochNanos(), DAY_NS);
    }

    /**
     * Returns Enter Order messages received.
     *
     * @return Enter Order messages received
     */
    public long ordersReceived() {
        return ordersReceived;
    }

    /**
     * Returns orders resting now.
     *
     * @return orders resting now
     */
    public int restingOrders() {
        return resting.size();
    }

    /**
     * Returns replies lost because the reply queue was full (never in a sane run).
     *
     * @return replies lost because the reply queue was full (never in a sane run)
     */
    public long repliesDropped() {
        return repliesDropped;
    }

    /**
     * Replace Order and Modify Order are not simulated: each is counted here, unanswered, so that
     * a client that sends them sees why no Replaced or Order Modified comes (instead of a silence
     * nothing records).
     */
    @Override
    public void onReplaceOrder(final ReplaceOrderMessage message) {
        unsupportedRequestsIgnored++;
    }

    @Override
    public void onModifyOrder(final ModifyOrderMessage message) {
        unsupportedRequestsIgnored++;
    }

    /**
     * Returns Replace Order and Modify Order requests received and ignored (not simulated).
     *
     * @return the count
     */
    public long unsupportedRequestsIgnored() {
        return unsupportedRequestsIgnored;
    }

    /**
     * Returns Enter Orders ignored because their token was already used today.
     *
     * @return Enter Orders ignored because their token was already used today
     */
    public long duplicateTokensIgnored() {
        return duplicateTokensIgnored;
    }

    @Override
    public void close() {
        queued = 0;
    }
}
