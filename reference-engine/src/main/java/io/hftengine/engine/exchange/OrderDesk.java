package io.hftengine.engine.exchange;

import io.hftengine.engine.wire.StampLog;
import io.hftengine.protocol.ouch.EnterOrderMessage;
import io.hftengine.pipeline.gateway.ReplyHandler;
import io.hftengine.pipeline.gateway.SimulatedExchange;
import io.hftengine.types.Clock;
import org.agrona.DirectBuffer;

/**
 * The order handling every exchange simulator shares, whatever carries the OUCH 4.2 messages:
 * the {@link SimulatedExchange}'s rules (accept, fill a configured share at the limit price,
 * reject) plus the counts a simulator reports. One thread: the simulator's.
 */
public final class OrderDesk {
    private final SimulatedExchange exchange;
    private final ReplyHandler counting = this::onReply;
    private final EnterOrderMessage enter = new EnterOrderMessage();
    private ReplyHandler sink;
    private StampLog receiveLog;
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
     * Returns replies produced (any thread).
     *
     * @return the count
     */
    public long replies() {
        return replies;
    }
}
