package io.hftengine.pipeline.gateway;

import io.hftengine.metrics.LatencyTracker;
import io.hftengine.metrics.NanoTicker;
import io.hftengine.pipeline.MutableClock;
import io.hftengine.pipeline.PipeRing;
import io.hftengine.pipeline.SymbolDirectory;
import io.hftengine.pipeline.journal.JournalDescriptor;
import io.hftengine.pipeline.journal.JournalEntry;
import io.hftengine.pipeline.message.DecisionType;
import io.hftengine.pipeline.message.ExecType;
import io.hftengine.pipeline.message.ExecutionReport;
import io.hftengine.pipeline.message.RiskDecision;
import io.hftengine.pipeline.risk.KillSwitch;
import io.hftengine.protocol.ouch.EnterOrderMessage;
import io.hftengine.types.Price;
import io.hftengine.types.Side;
import io.hftengine.types.Symbol;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GatewayStageTest {
    private final MutableClock clock = new MutableClock(1_700_000_000_000_000_000L);
    private final PipeRing<RiskDecision> decisions = new PipeRing<>("d", 16, RiskDecision::new);
    private final PipeRing<ExecutionReport> reports = new PipeRing<>("r", 16, ExecutionReport::new);
    private final PipeRing<JournalEntry> journal = new PipeRing<>("j", 16, JournalEntry::new);
    private final SymbolDirectory symbols = new SymbolDirectory();
    private final KillSwitch kill = new KillSwitch();

    private GatewayStage gateway(final OrderTransport transport, final LatencyTracker latency) {
        symbols.put(1, Symbol.pack("ALC"));
        return new GatewayStage(decisions, reports, journal, transport, new OuchOrderEncoder(99_999, 0), symbols, clock,
            NanoTicker.INSTANCE, latency, kill);
    }

    private void decide(final DecisionType type, final long id, final int symbol, final Side side, final long price,
                        final long qty) {
        final long seq = decisions.tryClaim();
        final RiskDecision d = decisions.event(seq);
        d.clearStamps();
        d.receiveTicks(NanoTicker.INSTANCE.ticks());
        d.marketDataTicks(d.receiveTicks());
        d.strategyTicks(d.receiveTicks());
        d.riskTicks(d.receiveTicks());
        d.feedSequence(7);
        d.type(type).order().set(id, symbol, side, price, qty, clock.epochNanos());
        decisions.publish(seq);
    }

    private List<String> drainReports() {
        final List<String> out = new ArrayList<>();
        reports.poll((r, s, e) -> out.add(r.type() + " " + r.orderId() + " last=" + r.lastQuantity() + "@"
            + r.lastPrice() + " leaves=" + r.leavesQuantity() + " venue=" + (char) r.venueReason()
            + " pkt=" + r.feedSequence() + (r.type() == ExecType.BROKEN ? " match=" + r.matchNumber() : "")), 16);
        return out;
    }

    @Test
    void ordersGoOutAsOuchAndSimulatedRepliesComeBackAsReports() {
        final SimulatedExchange exchange = new SimulatedExchange(clock, 60, 1_000, 16);
        final LatencyTracker latency = new LatencyTracker(List.of(GatewayStage.LATENCY_STAGES), NanoTicker.INSTANCE,
            10_000_000_000L, 3);
        final GatewayStage gateway = gateway(exchange, latency);
        decide(DecisionType.ENTER, 42, 1, Side.BUY, 10 * Price.ONE + Price.ONE / 100, 100);
        decide(DecisionType.CANCEL, 42, 1, Side.BUY, 0, 0);
        decide(DecisionType.ENTER, 43, 1, Side.SELL, 10 * Price.ONE, 5_000);
        decide(DecisionType.ENTER, 44, 9, Side.SELL, 10 * Price.ONE, 5);
        assertTrue(gateway.doWork() >= 4);
        final long fillPx = 10 * Price.ONE + Price.ONE / 100;
        assertEquals(List.of(
            "ACCEPTED 42 last=0@0 leaves=100 venue=\0 pkt=7",
            "FILLED 42 last=60@" + fillPx + " leaves=0 venue=\0 pkt=7",
            "CANCELLED 42 last=40@0 leaves=0 venue=U pkt=7",
            "REJECTED 43 last=0@0 leaves=0 venue=Z pkt=7",
            "REJECTED 44 last=0@0 leaves=0 venue=S pkt=7"), drainReports());
        assertEquals(2, gateway.counters().get(GatewayCounter.ORDERS_SENT));
        assertEquals(1, gateway.counters().get(GatewayCounter.CANCELS_SENT));
        assertEquals(1, gateway.counters().get(GatewayCounter.UNKNOWN_SYMBOL));
        assertEquals(1, gateway.counters().get(GatewayCounter.VENUE_REJECTS));
        assertEquals(2, exchange.ordersReceived());
        assertEquals(0, exchange.restingOrders());
        latency.sampleIntervals();
        assertEquals(3, latency.cumulativeHistogram(4).getTotalCount(), "tick-to-order of every message sent");
        final List<String> journaled = new ArrayList<>();
        journal.poll((e, s, end) -> journaled.add((char) e.direction() + "" + (char) e.payload()[0] + e.orderId()), 16);
        assertEquals(List.of("OO42", "IA42", "IE42", "OX42", "IC42", "OO43", "IJ43"), journaled);
    }

    @Test
    void aiqCanceledReleasesTheSharesBrokenTradesGoToRiskAndCancelRejectsAreCounted() {
        final UnsafeBuffer replies = new UnsafeBuffer(new byte[256]);
        final int[] ends = new int[4];
        int at = 0;
        at += new io.hftengine.protocol.ouch.AcceptedMessage().wrapForEncode(replies, at).orderTokenNumber(42)
            .shares(100).price(100_000).messageLength();
        ends[0] = at;
        at += new io.hftengine.protocol.ouch.AiqCanceledMessage().wrapForEncode(replies, at).orderTokenNumber(42)
            .decrementShares(100).reason('Q').messageLength();
        ends[1] = at;
        at += new io.hftengine.protocol.ouch.BrokenTradeMessage().wrapForEncode(replies, at).orderTokenNumber(41)
            .matchNumber(7).reason('E').messageLength();
        ends[2] = at;
        at += new io.hftengine.protocol.ouch.CancelRejectMessage().wrapForEncode(replies, at).orderTokenNumber(40)
            .messageLength();
        ends[3] = at;
        final OrderTransport scripted = scriptedVenue(replies, ends);
        final GatewayStage gateway = gateway(scripted, null);
        decide(DecisionType.ENTER, 42, 1, Side.BUY, 10 * Price.ONE, 100);
        gateway.doWork();
        assertEquals(List.of(
            "ACCEPTED 42 last=0@0 leaves=100 venue=\0 pkt=7",
            "CANCELLED 42 last=100@0 leaves=0 venue=Q pkt=7",
            "BROKEN 41 last=0@0 leaves=0 venue=E pkt=7 match=7"), drainReports(),
            "an AIQ cancel releases the shares; a broken trade goes to risk (which knows the fill's shares)"
                + " with its match number");
        assertEquals(1, gateway.counters().get(GatewayCounter.CANCELLED));
        assertEquals(1, gateway.counters().get(GatewayCounter.BROKEN_TRADES));
        assertEquals(1, gateway.counters().get(GatewayCounter.CANCEL_REJECTS));
        assertEquals(0, gateway.counters().get(GatewayCounter.MALFORMED_REPLIES), "every reply a known type");
    }

    /** A venue that answers the first message sent with the given replies, one per end offset. */
    private static OrderTransport scriptedVenue(final UnsafeBuffer replies, final int[] ends) {
        return new OrderTransport() {
            private boolean sent;

            @Override
            public boolean send(final org.agrona.DirectBuffer buffer, final int offset, final int length) {
                sent = true;
                return true;
            }

            @Override
            public int pollReplies(final ReplyHandler handler) {
                if (!sent) {
                    return 0;
                }
                sent = false;
                for (int i = 0, start = 0; i < ends.length; start = ends[i], i++) {
                    handler.onReply(replies, start, ends[i] - start);
                }
                return ends.length;
            }

            @Override
            public boolean synchronousReplies() {
                return true;
            }

            @Override
            public void close() {
            }
        };
    }

    /**
     * OUCH 4.2's Executed with Reference Price is a fill (it was decoded by no one: the shares
     * were lost to risk); a Trade Correction changes an execution risk cannot re-apply, so
     * trading stops; a Price Correction leaves the position as it is. All three are journaled.
     */
    @Test
    void executionsWithAReferencePriceAreFillsAndCorrectionsAreNeverSilent() {
        final UnsafeBuffer replies = new UnsafeBuffer(new byte[256]);
        final int[] ends = new int[3];
        int at = 0;
        at += new io.hftengine.protocol.ouch.ExecutedWithReferencePriceMessage().wrapForEncode(replies, at)
            .orderTokenNumber(42).executedShares(60).executionPrice(100_500).liquidityFlag('A').matchNumber(9)
            .referencePrice(100_400).referencePriceType('N').messageLength();
        ends[0] = at;
        at += new io.hftengine.protocol.ouch.PriceCorrectionMessage().wrapForEncode(replies, at).orderTokenNumber(42)
            .matchNumber(9).newExecutionPrice(100_600).reason('N').messageLength();
        ends[1] = at;
        at += new io.hftengine.protocol.ouch.TradeCorrectionMessage().wrapForEncode(replies, at).orderTokenNumber(42)
            .executedShares(50).executionPrice(100_500).liquidityFlag('A').matchNumber(9).reason('N').messageLength();
        ends[2] = at;
        final GatewayStage gateway = gateway(scriptedVenue(replies, ends), null);
        decide(DecisionType.ENTER, 42, 1, Side.BUY, 10 * Price.ONE + Price.ONE / 10, 100);
        gateway.doWork();
        assertEquals(List.of("FILLED 42 last=60@" + Price.fromWire4(100_500) + " leaves=0 venue=\0 pkt=7"),
            drainReports());
        assertEquals(1, gateway.counters().get(GatewayCounter.FILLS));
        assertEquals(1, gateway.counters().get(GatewayCounter.PRICE_CORRECTIONS));
        assertEquals(1, gateway.counters().get(GatewayCounter.TRADE_CORRECTIONS));
        assertTrue(kill.isTripped(), "a trade correction leaves the position uncertain");
        assertTrue(kill.reason().contains("Trade Correction"), kill.reason());
        final List<String> journaled = new ArrayList<>();
        journal.poll((e, s, end) -> journaled.add((char) e.direction() + "" + (char) e.payload()[0] + e.orderId()), 16);
        assertEquals(List.of("OO42", "IG42", "IK42", "IF42"), journaled);
    }

    @Test
    void theEncoderWritesOuchFieldsAndRoundsAwayFromAggression() {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[64]);
        final OuchOrderEncoder encoder = new OuchOrderEncoder(0, 0);
        final io.hftengine.pipeline.message.Order order = new io.hftengine.pipeline.message.Order();
        order.set(123_456, 1, Side.BUY, 10 * Price.ONE + 12_345, 300, 0);
        assertEquals(EnterOrderMessage.LENGTH, encoder.encodeEnter(order, Symbol.pack("ALC"), buffer, 0));
        final EnterOrderMessage m = new EnterOrderMessage().wrap(buffer, 0);
        assertEquals(123_456, m.orderTokenNumber());
        assertEquals('B', m.side());
        assertEquals(300, m.shares());
        assertEquals(100_001, m.price(), "buy rounds down");
        assertEquals(Symbol.pack("ALC"), m.stock());
        order.set(123_457, 1, Side.SELL, 10 * Price.ONE + 12_345, 300, 0);
        encoder.encodeEnter(order, Symbol.pack("ALC"), buffer, 0);
        assertEquals(100_002, new EnterOrderMessage().wrap(buffer, 0).price(), "sell rounds up");
    }

    @Test
    void aFullReportRingTripsTheKillSwitch() {
        final SimulatedExchange exchange = new SimulatedExchange(clock, 100, 1_000, 64);
        final GatewayStage gateway = gateway(exchange, null);
        for (int i = 0; i < 9; i++) {
            decide(DecisionType.ENTER, 100 + i, 1, Side.BUY, 10 * Price.ONE, 1);
        }
        gateway.doWork();
        assertTrue(kill.isTripped());
        assertEquals("gateway: gateway-to-risk ring full", kill.reason());
        assertTrue(gateway.counters().get(GatewayCounter.RING_FULL) > 0);
    }

    @Test
    void malformedRepliesAreCounted() {
        final OrderTransport garbage = new OrderTransport() {
            private boolean sent;

            @Override
            public boolean send(final org.agrona.DirectBuffer buffer, final int offset, final int length) {
                return true;
            }

            @Override
            public int pollReplies(final ReplyHandler handler) {
                if (sent) {
                    return 0;
                }
                sent = true;
                handler.onReply(new UnsafeBuffer(new byte[] {'E', 1, 2}), 0, 3);
                handler.onReply(new UnsafeBuffer(new byte[] {'?'}), 0, 1);
                return 2;
            }

            @Override
            public void close() {
            }
        };
        final GatewayStage gateway = gateway(garbage, null);
        gateway.doWork();
        assertEquals(2, gateway.counters().get(GatewayCounter.MALFORMED_REPLIES));
        assertTrue(drainReports().isEmpty());
        assertEquals(JournalDescriptor.OUTBOUND, (byte) 'O');
    }

    @Test
    void ordersAVenueSwallowsAreCountedUnacknowledgedAndAnsweredOnesAreNot() {
        final SimulatedExchange exchange = new SimulatedExchange(clock, 0, 1_000, 16);
        final boolean[] swallow = {false};
        final OrderTransport venue = new OrderTransport() {
            @Override
            public boolean send(final org.agrona.DirectBuffer buffer, final int offset, final int length) {
                return swallow[0] || exchange.send(buffer, offset, length);
            }

            @Override
            public int pollReplies(final ReplyHandler handler) {
                return exchange.pollReplies(handler);
            }

            @Override
            public boolean synchronousReplies() {
                return true;
            }

            @Override
            public void close() {
            }
        };
        final GatewayStage gateway = gateway(venue, null);
        gateway.watchAcknowledgements(new AckWatch(clock, 1_000_000_000L, gateway.counters()));
        decide(DecisionType.ENTER, 50, 1, Side.BUY, 10 * Price.ONE, 100); // answered (accepted, cancelled)
        gateway.doWork();
        swallow[0] = true;
        decide(DecisionType.ENTER, 51, 1, Side.BUY, 10 * Price.ONE, 100); // never answered
        decide(DecisionType.CANCEL, 50, 1, Side.BUY, 0, 0); // cancels are not watched
        for (int i = 0; i < 2 * AckWatch.CHECK_EVERY; i++) {
            gateway.doWork();
        }
        assertEquals(1, gateway.ackWatch().waiting());
        clock.advance(1_000_000_000L);
        for (int i = 0; i < 2 * AckWatch.CHECK_EVERY; i++) {
            gateway.doWork();
        }
        assertEquals(1, gateway.counters().get(GatewayCounter.UNACKNOWLEDGED));
        assertEquals(0, gateway.ackWatch().waiting());
        drainReports();
    }
}
