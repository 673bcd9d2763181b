package io.hftengine.pipeline.gateway;

import io.hftengine.protocol.ouch.AcceptedMessage;
import io.hftengine.protocol.ouch.CancelOrderMessage;
import io.hftengine.protocol.ouch.CanceledMessage;
import io.hftengine.protocol.ouch.EnterOrderMessage;
import io.hftengine.protocol.ouch.ExecutedMessage;
import io.hftengine.protocol.ouch.OuchInboundDecoder;
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
 * <p>Rules: an Enter Order for more than {@code maxShares}, a zero quantity or price, or beyond
 * {@code maxOpenOrders} is rejected ('Z'); otherwise it is accepted and {@code fillPercent}% of
 * its shares (rounded down) fill at once at its limit price, the rest resting until cancelled.
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
 * A Cancel Order of a resting order cancels what is left down to the requested shares
 * (reason 'U'); a cancel of an unknown token is ignored. Timestamps are the clock's time of day
 * (UTC). Match numbers count from 1.
 *
 * <p>Used as an {@link OrderTransport} (replies are queued and handed out by
 * {@link #pollReplies}, synchronously after each send) or, by a socket-based test exchange,
 * through {@link #handle}. Single thread.
 */
public final class SimulatedExchange implements OrderTransport, OuchInboundListener {
    private static final long DAY_NS = 86_400_000_000_000L;
    private static final int REPLY_SPACE = 64 * 1024;

    private final Clock clock;
    private final int fillPercent;
    private final long maxShares;
    private final int maxOpenOrders;
    private final OuchInboundDecoder decoder = new OuchInboundDecoder(this);
    private final RestingOrders resting;
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
        final long shares = message.shares();
        final long now = timeOfDay();
        if (token < 0 || shares <= 0 || shares > maxShares || message.price() <= 0
            || resting.isFull() || resting.slotOf(token) >= 0) {
            rejected.wrapForEncode(out, 0).timestampNs(now).orderTokenNumber(Math.max(token, 0)).reason('Z');
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
        if (shares > fill) {
            resting.add(token, message.stock(), buy ? Side.BUY.code() : Side.SELL.code(), message.price(),
                shares - fill);
            if (fill > 0) {
                final int slot = resting.slotOf(token);
                resting.filledAgainst(slot, touch, shown);
                resting.markAggressive(slot);
            }
        }
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
        final long keep = Math.min(message.shares(), remaining);
        resting.setRemaining(slot, keep);
        canceled.wrapForEncode(out, 0).timestampNs(timeOfDay()).orderTokenNumber(token)
            .decrementShares(remaining - keep).reason('U');
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

    @Override
    public void close() {
        queued = 0;
    }
}
