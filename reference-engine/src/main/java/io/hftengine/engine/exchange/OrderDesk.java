package io.hftengine.engine.exchange;

import io.hftengine.engine.wire.StampLog;
import io.hftengine.protocol.ouch.EnterOrderMessage;
import io.hftengine.pipeline.gateway.ReplyHandler;
import io.hftengine.pipeline.gateway.SimulatedExchange;
import io.hftengine.types.Clock;
import org.agrona.DirectBuffer;

/**
 * The order handling every exchange simulator shares, whatever carries the OUCH 4.2 messages:
 * the {@link SimulatedExchange}'s rules (accept, fill a configured share at the limit price or,
 * with an {@link ExchangeMarket}, against the venue's own book of the feed, reject) plus the counts
 * a simulator reports. One thread: the simulator's.
 */
public final class OrderDesk {
    private final SimulatedExchange exchange;
    private final ReplyHandler counting = this::onReply;
    private final EnterOrderMessage enter = new EnterOrderMessage();
    private ReplyHandler sink;
    private StampLog receiveLog;
    private ExchangeMarket market;
    private volatile long orders;
    private volatile long malformed;
    private volatile long replies;

    /**
     * Creates the desk.
     *
     * @param clock the exchange's time source (its reply timestamps)
     * @param fillPercent share of each order filled at once, 0..100
     * @param maxShares larger orders are rejected
     */
    public OrderDesk(final Clock clock, final int fillPercent, final long maxShares) {
        this.exchange = new SimulatedExchange(clock, fillPercent, maxShares, 1 << 16);
    }

    /**
     * Handles one inbound OUCH message; its replies go to {@code replyTo} at once.
     *
     * @param buffer holds the message
     * @param offset start
     * @param length length
     * @param replyTo receives each reply, valid only during the call
     */
    public void handle(final DirectBuffer buffer, final int offset, final int length, final ReplyHandler replyTo) {
        if (receiveLog != null && length == EnterOrderMessage.LENGTH
            && buffer.getByte(offset) == EnterOrderMessage.MESSAGE_TYPE) {
            receiveLog.add(enter.wrap(buffer, offset).orderTokenNumber(), System.nanoTime());
        }
        orders++;
        sink = replyTo;
        if (!exchange.handle(buffer, offset, length, counting)) {
            malformed++;
        }
        sink = null;
    }

    /**
     * Fills against the market from now on: the venue's book of the feed, taken in by
     * {@link #pollMarket}. Call before the simulator runs; the desk closes the market.
     *
     * @param feedBook the venue's book of the feed
     */
    public void fillAgainst(final ExchangeMarket feedBook) {
        this.market = feedBook;
        exchange.fillAgainst(feedBook);
    }

    /**
     * Takes in waiting feed datagrams, if filling against the market, and fills the resting orders
     * the market has reached.
     *
     * @param replyTo receives each fill, valid only during the call; {@code null} when there is no
     *                client to tell yet (the feed is still taken in)
     * @return feed datagrams read
     */
    public int pollMarket(final ReplyHandler replyTo) {
        if (market == null) {
            return 0;
        }
        final int read = market.poll(64);
        if (read > 0 && replyTo != null) {
            sink = replyTo;
            exchange.matchResting(counting);
            sink = null;
        }
        return read;
    }

    /**
     * Returns the venue's book of the feed, if it fills against one.
     *
     * @return the market, or {@code null} for ratio fills
     */
    public ExchangeMarket market() {
        return market;
    }

    /** Closes the market's socket, if any. */
    public void close() {
        if (market != null) {
            market.close();
        }
    }

    /**
     * Logs the arrival time of every Enter Order, by its token's number, for wire-to-wire latency.
     * Call before the simulator runs.
     *
     * @param log the log, or {@code null} for none
     */
    public void logReceives(final StampLog log) {
        this.receiveLog = log;
    }

    private void onReply(final DirectBuffer buffer, final int offset, final int length) {
        replies++;
        sink.onReply(buffer, offset, length);
    }

    /**
     * Returns inbound messages handled (any thread).
     *
     * @return the count
     */
    public long orders() {
        return orders;
    }

    /**
     * Returns inbound messages that were not valid OUCH (any thread).
     *
     * @return the count
     */
    public long malformed() {
        return malformed;
    }

    /**
     * Returns Enter Orders ignored for a token already used today; read once the desk's thread
     * has stopped.
     *
     * @return the count
     */
    public long duplicateTokensIgnored() {
        return exchange.duplicateTokensIgnored();
    }

    /**
     * Returns Replace and Modify Order requests ignored (not simulated); read once the desk's
     * thread has stopped.
     *
     * @return the count
     */
    public long unsupportedRequestsIgnored() {
        return exchange.unsupportedRequestsIgnored();
    }

    /**
     * Returns replies produced (any thread).
     *
     * @return the count
     */
    public long replies() {
        return replies;
    }
}
