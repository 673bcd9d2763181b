package io.hftengine.pipeline.gateway;

import io.hftengine.metrics.LatencyTracker;
import io.hftengine.metrics.Ticker;
import io.hftengine.pipeline.Counters;
import io.hftengine.pipeline.PipeRing;
import io.hftengine.pipeline.SymbolDirectory;
import io.hftengine.pipeline.journal.JournalDescriptor;
import io.hftengine.pipeline.journal.JournalEntry;
import io.hftengine.pipeline.message.DecisionType;
import io.hftengine.pipeline.message.ExecType;
import io.hftengine.pipeline.message.ExecutionReport;
import io.hftengine.pipeline.message.Order;
import io.hftengine.pipeline.message.RiskDecision;
import io.hftengine.pipeline.message.StampedEvent;
import io.hftengine.pipeline.risk.KillSwitch;
import io.hftengine.protocol.ouch.AcceptedMessage;
import io.hftengine.protocol.ouch.AiqCanceledMessage;
import io.hftengine.protocol.ouch.BrokenTradeMessage;
import io.hftengine.protocol.ouch.CancelRejectMessage;
import io.hftengine.protocol.ouch.CanceledMessage;
import io.hftengine.protocol.ouch.ExecutedMessage;
import io.hftengine.protocol.ouch.ExecutedWithReferencePriceMessage;
import io.hftengine.protocol.ouch.OuchOutboundDecoder;
import io.hftengine.protocol.ouch.OuchOutboundListener;
import io.hftengine.protocol.ouch.PriceCorrectionMessage;
import io.hftengine.protocol.ouch.RejectedMessage;
import io.hftengine.protocol.ouch.TradeCorrectionMessage;
import io.hftengine.spsc.EventHandler;
import io.hftengine.types.Clock;
import io.hftengine.types.Price;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.Agent;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.ByteBuffer;

/**
 * The gateway stage: approved decisions in, OUCH 4.2 out through an {@link OrderTransport};
 * venue replies decoded into {@link ExecutionReport}s on the gateway-to-risk ring; every message
 * both ways copied to the drop-copy journal ring (if any).
 *
 * <p>Latency: with a tracker, each order records the stage intervals carried in its stamps
 * ({@link #LATENCY_STAGES}: receive to market-data hand-off, to strategy hand-off, to risk
 * hand-off, to sent) and tick-to-order, from the packet's receive stamp to the moment the
 * serialised order is handed to the transport (before the send call). This thread is the tracker's only writer.
 *
 * <p>Replies from a synchronous transport (the simulated exchange) are polled right after each
 * send, inside the handling of the decision, so they reach risk before the decision counts as
 * consumed: what the replay-mode quiescence handshake needs. Queue-full policy: a full
 * gateway-to-risk ring trips the kill switch (reports must never be lost silently); a full
 * journal ring drops the record and counts it.
 */
public final class GatewayStage implements Agent, OuchOutboundListener {
    /** Names of the latency stages recorded, in tracker order. */
    public static final String[] LATENCY_STAGES = {"market-data", "strategy", "risk", "gateway", "tick-to-order"};
    private static final int BATCH = 64;
    private static final String RING_FULL = "gateway: gateway-to-risk ring full";
    private static final String FOREIGN_TOKEN_FILL =
        "gateway: an execution or broken trade for an order token that is not one of ours: the position is no longer known";
    private static final String TRADE_CORRECTION =
        "gateway: the venue corrected an execution (Trade Correction): the position is no longer certain";

    private final PipeRing<RiskDecision> decisions;
    private final PipeRing<ExecutionReport> reports;
    private final PipeRing<JournalEntry> journal;
    private final OrderTransport transport;
    private final OuchOrderEncoder encoder;
    private final SymbolDirectory symbols;
    private final Clock clock;
    private final Ticker ticker;
    private final LatencyTracker latency;
    private final KillSwitch killSwitch;
    private final Counters<GatewayCounter> counters = new Counters<>("gateway", GatewayCounter.class);
    private final UnsafeBuffer sendBuffer = new UnsafeBuffer(ByteBuffer.allocateDirect(128));
    private final OuchOutboundDecoder replyDecoder = new OuchOutboundDecoder(this);
    private final EventHandler<RiskDecision> onDecision = this::onDecision;
    private final ReplyHandler onReply = new ReplyHandler() {
        @Override
        public void onReply(final DirectBuffer buffer, final int offset, final int length) {
            GatewayStage.this.onReply(buffer, offset, length);
        }

        @Override
        public void onSessionStart(final DirectBuffer buffer, final int offset, final int length,
                                   final long nextSequence) {
            journal(JournalDescriptor.SESSION, 0, nextSequence, 0, buffer, offset, length);
        }
    };
    private StampedEvent cause;
    private long lastClaim;
    /** A journal record was dropped (ring full): the next one written says so. */
    private boolean journalDropped;
    /** The order id of the reply being decoded, for its journal record; 0 for none. */
    private long replyOrderId;
    private AckWatch ackWatch;

    /**
     * Creates the stage.
     *
     * @param decisions risk-to-gateway ring (consumer)
     * @param reports gateway-to-risk ring (producer)
     * @param journal gateway-to-journal ring (producer), or {@code null} for no drop-copy
     * @param transport where orders go
     * @param encoder OUCH serialiser
     * @param symbols locate to 8-byte symbol
     * @param clock time for reports and journal records (virtual in replay)
     * @param ticker latency stamps
     * @param latency tracker with {@link #LATENCY_STAGES}, or {@code null}
     * @param killSwitch tripped when the report ring is full, on a Trade Correction, and on an
     *     execution or broken trade whose token is not one of our ids
     */
    public GatewayStage(final PipeRing<RiskDecision> decisions, final PipeRing<ExecutionReport> reports,
                        final PipeRing<JournalEntry> journal, final OrderTransport transport,
                        final OuchOrderEncoder encoder, final SymbolDirectory symbols, final Clock clock,
                        final Ticker ticker, final LatencyTracker latency, final KillSwitch killSwitch) {
        this.decisions = decisions;
        this.reports = reports;
        this.journal = journal;
        this.transport = transport;
        this.encoder = encoder;
        this.symbols = symbols;
        this.clock = clock;
        this.ticker = ticker;
        this.latency = latency;
        this.killSwitch = killSwitch;
    }

    @Override
    public int doWork() {
        final int work = decisions.poll(onDecision, BATCH);
        cause = null;
        final int replies = transport.pollReplies(onReply);
        if (ackWatch != null) {
            ackWatch.onDutyCycle();
        }
        return work + replies;
    }

    /**
     * Live mode: counts orders the venue never answers within the watch's timeout
     * ({@link GatewayCounter#UNACKNOWLEDGED}). Call before the first duty cycle.
     *
     * @param watch the watch, built on this stage's {@link #counters()}
     */
    public void watchAcknowledgements(final AckWatch watch) {
        this.ackWatch = watch;
    }

    /**
     * Returns the acknowledgement watch.
     *
     * @return the watch, or {@code null} when none was set (replay, tests)
     */
    public AckWatch ackWatch() {
        return ackWatch;
    }

    private void onDecision(final RiskDecision decision, final long sequence, final boolean endOfBatch) {
        cause = decision;
        final Order order = decision.order();
        final int length;
        if (decision.type() == DecisionType.ENTER) {
            final long symbol = symbols.symbolOf(order.symbolId());
            if (symbol == SymbolDirectory.UNKNOWN) {
                counters.increment(GatewayCounter.UNKNOWN_SYMBOL);
                localReject(order, (byte) 'S');
                return;
            }
            if (!OuchOrderEncoder.carriesPrice(order)) {
                counters.increment(GatewayCounter.INVALID_PRICE);
                localReject(order, (byte) 'X');
                return;
            }
            length = encoder.encodeEnter(order, symbol, sendBuffer, 0);
        } else {
            length = encoder.encodeCancel(order.orderId(), sendBuffer, 0);
        }
        // Tick-to-order ends when the serialised order is handed to the transport: the stamp is
        // taken before the send call, whose cost (a syscall, or the simulated venue) is the
        // wire's, not the engine's decision time.
        final long handedTicks = latency != null && decision.receiveTicks() != 0 ? ticker.ticks() : 0;
        if (!transport.send(sendBuffer, 0, length)) {
            counters.increment(GatewayCounter.SEND_FAILURES);
            if (decision.type() == DecisionType.ENTER) {
                localReject(order, (byte) 'F');
            }
            return;
        }
        counters.increment(decision.type() == DecisionType.ENTER ? GatewayCounter.ORDERS_SENT
            : GatewayCounter.CANCELS_SENT);
        if (ackWatch != null && decision.type() == DecisionType.ENTER) {
            ackWatch.sent(order.orderId());
        }
        if (handedTicks != 0) {
            recordLatency(decision, handedTicks);
        }
        // An Enter Order's record carries its locate (a 16-bit ITCH locate, since the directory
        // named it): a restart puts the order back on its symbol.
        journal(JournalDescriptor.OUTBOUND, order.orderId(), cause == null ? 0 : cause.feedSequence(),
            decision.type() == DecisionType.ENTER ? order.symbolId() : 0, sendBuffer, 0, length);
        if (transport.synchronousReplies()) {
            transport.pollReplies(onReply);
        }
    }

    private void recordLatency(final StampedEvent stamps, final long sent) {
        latency.recordInterval(0, stamps.receiveTicks(), stamps.marketDataTicks());
        latency.recordInterval(1, stamps.marketDataTicks(), stamps.strategyTicks());
        latency.recordInterval(2, stamps.strategyTicks(), stamps.riskTicks());
        latency.recordInterval(3, stamps.riskTicks(), sent);
        latency.recordInterval(4, stamps.receiveTicks(), sent);
    }

    private void localReject(final Order order, final byte reason) {
        final ExecutionReport report = claimReport();
        if (report != null) {
            report.set(ExecType.REJECTED, order.orderId(), order.symbolId(), order.side(), clock.epochNanos())
                .price(order.price()).venueReason(reason);
            reports.publish(lastClaim);
        }
    }

    private ExecutionReport claimReport() {
        final long seq = reports.tryClaim();
        if (seq < 0) {
            counters.increment(GatewayCounter.RING_FULL);
            killSwitch.trip(RING_FULL);
            return null;
        }
        lastClaim = seq;
        final ExecutionReport report = reports.event(seq);
        if (cause != null) {
            report.copyStampsFrom(cause);
        } else {
            report.clearStamps();
        }
        return report;
    }

    private void onReply(final DirectBuffer buffer, final int offset, final int length) {
        counters.increment(GatewayCounter.REPLIES);
        replyOrderId = 0;
        if (!replyDecoder.decode(buffer, offset, length)) {
            counters.increment(GatewayCounter.MALFORMED_REPLIES);
        }
        // Every reply is journaled, decoded or not, with the venue's number for it: the drop copy
        // holds all the venue said, and a restart resumes the session after the last reply it
        // holds. One longer than a record's payload (no OUCH 4.2 message is; counted malformed)
        // keeps its number in a record without its bytes.
        journal(JournalDescriptor.INBOUND, replyOrderId, transport.replySequence(), 0, buffer, offset,
            length <= JournalDescriptor.MAX_PAYLOAD ? length : 0);
    }

    @Override
    public void onAccepted(final AcceptedMessage message) {
        final long orderId = message.orderTokenNumber();
        if (badToken(orderId)) {
            return;
        }
        counters.increment(GatewayCounter.ACCEPTED);
        answered(orderId);
        replyOrderId = orderId;
        final ExecutionReport report = claimReport();
        if (report != null) {
            report.set(ExecType.ACCEPTED, orderId, 0, null, clock.epochNanos())
                .price(Price.fromWire4(message.price())).leavesQuantity(message.shares());
            reports.publish(lastClaim);
        }
    }

    @Override
    public void onExecuted(final ExecutedMessage message) {
        executed(message.orderTokenNumber(), message.executedShares(), message.executionPrice(),
            message.matchNumber(), message.buffer(), message.offset(), ExecutedMessage.LENGTH);
    }

    /** An execution that also carries the reference price it was priced against: a fill all the same. */
    @Override
    public void onExecutedWithReferencePrice(final ExecutedWithReferencePriceMessage message) {
        executed(message.orderTokenNumber(), message.executedShares(), message.executionPrice(),
            message.matchNumber(), message.buffer(), message.offset(), ExecutedWithReferencePriceMessage.LENGTH);
    }

    private void executed(final long orderId, final long shares, final long wirePrice, final long matchNumber,
                          final DirectBuffer message, final int offset, final int length) {
        if (badPositionToken(orderId)) {
            return;
        }
        counters.increment(GatewayCounter.FILLS);
        answered(orderId);
        replyOrderId = orderId;
        final ExecutionReport report = claimReport();
        if (report != null) {
            report.set(ExecType.FILLED, orderId, 0, null, clock.epochNanos())
                .fill(shares, Price.fromWire4(wirePrice), matchNumber);
            reports.publish(lastClaim);
        }
    }

    /**
     * The venue changed an earlier execution's shares or price. Risk remembers fills by match
     * number but cannot re-apply one with other shares, so the position is no longer certain:
     * trading stops (the kill switch), as it does for any fill risk cannot attribute.
     */
    @Override
    public void onTradeCorrection(final TradeCorrectionMessage message) {
        final long orderId = message.orderTokenNumber();
        if (badPositionToken(orderId)) {
            return;
        }
        counters.increment(GatewayCounter.TRADE_CORRECTIONS);
        replyOrderId = orderId;
        killSwitch.trip(TRADE_CORRECTION);
    }

    /** An execution's price changed, its shares did not: the position stands; counted and journaled. */
    @Override
    public void onPriceCorrection(final PriceCorrectionMessage message) {
        countAndJournal(message.orderTokenNumber(), GatewayCounter.PRICE_CORRECTIONS, message.buffer(),
            message.offset(), PriceCorrectionMessage.LENGTH);
    }

    @Override
    public void onCanceled(final CanceledMessage message) {
        cancelled(message.orderTokenNumber(), message.decrementShares(), message.reason(), message.buffer(),
            message.offset(), CanceledMessage.LENGTH);
    }

    /** The venue's self-match prevention cancelled shares of the order: as an Order Canceled. */
    @Override
    public void onAiqCanceled(final AiqCanceledMessage message) {
        cancelled(message.orderTokenNumber(), message.decrementShares(), message.reason(), message.buffer(),
            message.offset(), AiqCanceledMessage.LENGTH);
    }

    /** Shares of an order cancelled by the venue: counted, journaled, reported to risk. */
    private void cancelled(final long orderId, final long decrementShares, final char reason,
                           final DirectBuffer message, final int offset, final int length) {
        if (badToken(orderId)) {
            return;
        }
        counters.increment(GatewayCounter.CANCELLED);
        answered(orderId);
        replyOrderId = orderId;
        final ExecutionReport report = claimReport();
        if (report != null) {
            report.set(ExecType.CANCELLED, orderId, 0, null, clock.epochNanos())
                .fill(decrementShares, 0, 0).venueReason((byte) reason);
            reports.publish(lastClaim);
        }
    }

    /** An earlier fill no longer stands: reported to risk, which takes it back off the position. */
    @Override
    public void onBrokenTrade(final BrokenTradeMessage message) {
        final long orderId = message.orderTokenNumber();
        if (badPositionToken(orderId)) {
            return;
        }
        counters.increment(GatewayCounter.BROKEN_TRADES);
        replyOrderId = orderId;
        final ExecutionReport report = claimReport();
        if (report != null) {
            report.set(ExecType.BROKEN, orderId, 0, null, clock.epochNanos())
                .fill(0, 0, message.matchNumber()).venueReason((byte) message.reason());
            reports.publish(lastClaim);
        }
    }

    @Override
    public void onCancelReject(final CancelRejectMessage message) {
        countAndJournal(message.orderTokenNumber(), GatewayCounter.CANCEL_REJECTS, message.buffer(), message.offset(),
            CancelRejectMessage.LENGTH);
    }

    /** A reply that changes nothing risk holds: counted (and journaled, as every reply is). */
    private void countAndJournal(final long orderId, final GatewayCounter counter, final DirectBuffer message,
                                 final int offset, final int length) {
        if (badToken(orderId)) {
            return;
        }
        counters.increment(counter);
        replyOrderId = orderId;
    }

    @Override
    public void onRejected(final RejectedMessage message) {
        final long orderId = message.orderTokenNumber();
        if (badToken(orderId)) {
            return;
        }
        counters.increment(GatewayCounter.VENUE_REJECTS);
        answered(orderId);
        replyOrderId = orderId;
        final ExecutionReport report = claimReport();
        if (report != null) {
            report.set(ExecType.REJECTED, orderId, 0, null, clock.epochNanos()).venueReason((byte) message.reason());
            reports.publish(lastClaim);
        }
    }

    private void answered(final long orderId) {
        if (ackWatch != null) {
            ackWatch.answered(orderId);
        }
    }

    /**
     * As {@link #badToken}, for a reply that moves a position (an execution, a broken or corrected
     * one): shares traded under a token that is none of our ids cannot be attributed, so the
     * venue's position and ours differ, as for a fill of an order risk does not hold.
     */
    private boolean badPositionToken(final long orderId) {
        if (badToken(orderId)) {
            killSwitch.trip(FOREIGN_TOKEN_FILL);
            return true;
        }
        return false;
    }

    private boolean badToken(final long orderId) {
        if (orderId < 0) {
            counters.increment(GatewayCounter.MALFORMED_REPLIES);
            return true;
        }
        return false;
    }

    /**
     * Copies a record to the journal ring; a full ring drops it (counted), and the next record
     * written is marked as following a drop, so a restart knows the journal is incomplete there
     * (an Enter Order lost from it leaves no hole in the venue's reply numbers).
     */
    private void journal(final byte direction, final long orderId, final long sequence, final int locate,
                         final DirectBuffer buffer, final int offset, final int length) {
        if (journal == null) {
            return;
        }
        final long seq = journal.tryClaim();
        if (seq < 0) {
            counters.increment(GatewayCounter.JOURNAL_DROPS);
            journalDropped = true;
            return;
        }
        final JournalEntry entry = journal.event(seq)
            .set(direction, clock.epochNanos(), orderId, sequence, buffer, offset, length).locate(locate);
        if (journalDropped) {
            entry.afterDrop();
            journalDropped = false;
        }
        journal.publish(seq);
    }

    @Override
    public void onClose() {
        transport.close();
    }

    @Override
    public String roleName() {
        return "gateway";
    }

    /**
     * Returns stage counters, readable from any thread.
     *
     * @return stage counters, readable from any thread
     */
    public Counters<GatewayCounter> counters() {
        return counters;
    }

    /**
     * Returns the transport.
     *
     * @return the transport
     */
    public OrderTransport transport() {
        return transport;
    }
}
