package io.hftengine.pipeline.gateway;

import io.hftengine.metrics.NanoTicker;
import io.hftengine.pipeline.MutableClock;
import io.hftengine.pipeline.PipeRing;
import io.hftengine.pipeline.SymbolDirectory;
import io.hftengine.pipeline.message.DecisionType;
import io.hftengine.pipeline.message.ExecType;
import io.hftengine.pipeline.message.ExecutionReport;
import io.hftengine.pipeline.message.RejectReason;
import io.hftengine.pipeline.message.RiskDecision;
import io.hftengine.pipeline.risk.KillSwitch;
import io.hftengine.pipeline.risk.ReferencePrices;
import io.hftengine.pipeline.risk.RiskCounter;
import io.hftengine.pipeline.risk.RiskEngine;
import io.hftengine.pipeline.risk.RiskLimits;
import io.hftengine.protocol.ouch.EnterOrderMessage;
import io.hftengine.protocol.ouch.RejectedMessage;
import io.hftengine.types.Price;
import io.hftengine.types.Side;
import io.hftengine.types.Symbol;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Fault: the venue rejects every order. Each comes back to risk as REJECTED with the venue's
 * reason, counted; risk's open-order slot is freed each time (so with 2 open orders allowed, 30
 * orders in a row still pass risk), positions never move and the kill switch is not tripped: a
 * rejection is no breach, trading goes on.
 */
class VenueRejectsEverythingTest {
    private static final long PX = 10 * Price.ONE;
    private static final char[] REASONS = {'Z', 'H', 'Y'};

    private final MutableClock clock = new MutableClock(1_700_000_000_000_000_000L);
    private final PipeRing<RiskDecision> decisions = new PipeRing<>("d", 16, RiskDecision::new);
    private final PipeRing<ExecutionReport> reports = new PipeRing<>("r", 64, ExecutionReport::new);

    /** A venue answering OUCH Rejected to every Enter Order, cycling through three reasons. */
    private static final class RejectingVenue implements OrderTransport {
        private final UnsafeBuffer reply = new UnsafeBuffer(new byte[RejectedMessage.LENGTH]);
        private final EnterOrderMessage enter = new EnterOrderMessage();
        private final List<Long> pending = new ArrayList<>();
        private int received;

        @Override
        public boolean send(final DirectBuffer buffer, final int offset, final int length) {
            if (buffer.getByte(offset) == 'O') {
                pending.add(enter.wrap(buffer, offset).orderTokenNumber());
            }
            return true;
        }

        @Override
        public int pollReplies(final ReplyHandler handler) {
            final int n = pending.size();
            for (final long token : pending) {
                new RejectedMessage().wrapForEncode(reply, 0).timestampNs(1).orderTokenNumber(token)
                    .reason(REASONS[received++ % REASONS.length]);
                handler.onReply(reply, 0, RejectedMessage.LENGTH);
            }
            pending.clear();
            return n;
        }

        @Override
        public void close() {
        }
    }

    @Test
    void everyOrderIsRejectedCountedByReasonAndRiskStaysRight() {
        final KillSwitch kill = new KillSwitch();
        final RiskLimits limits = RiskLimits.builder().maxSymbols(16).maxOrderQuantity(1_000)
            .maxOrderNotional(1_000_000 * Price.ONE).maxSymbolPosition(10_000).maxTotalPosition(10_000)
            .orderRate(1_000_000, 1_000).priceBandBps(500).maxOpenOrders(2).build();
        final ReferencePrices refs = new ReferencePrices(16);
        refs.set(1, PX);
        final RiskEngine risk = new RiskEngine(limits, refs, kill);
        final SymbolDirectory symbols = new SymbolDirectory();
        symbols.put(1, Symbol.pack("ALC"));
        final GatewayStage gateway = new GatewayStage(decisions, reports, null, new RejectingVenue(),
            new OuchOrderEncoder(99_999, 0), symbols, clock, NanoTicker.INSTANCE, null, kill);
        final Map<Character, Integer> byReason = new TreeMap<>();
        final int orders = 30;
        for (int id = 1; id <= orders; id++) {
            final Side side = id % 2 == 0 ? Side.SELL : Side.BUY;
            assertEquals(RejectReason.NONE, risk.checkNew(id, 1, side, PX, 100, clock.epochNanos()),
                "order " + id + " passes risk: the earlier rejections freed their slots");
            final long seq = decisions.tryClaim();
            final RiskDecision d = decisions.event(seq);
            d.clearStamps();
            d.type(DecisionType.ENTER).order().set(id, 1, side, PX, 100, clock.epochNanos());
            decisions.publish(seq);
            gateway.doWork();
            gateway.doWork();
            reports.poll((report, s, end) -> {
                risk.onExecution(report);
                assertEquals(ExecType.REJECTED, report.type());
                byReason.merge((char) report.venueReason(), 1, Integer::sum);
            }, 64);
            assertEquals(0, risk.book().openOrders(), "after order " + id);
        }
        assertEquals(Map.of('H', 10, 'Y', 10, 'Z', 10), byReason, "rejections by the venue's reason");
        assertEquals(orders, gateway.counters().get(GatewayCounter.ORDERS_SENT));
        assertEquals(orders, gateway.counters().get(GatewayCounter.VENUE_REJECTS));
        assertEquals(0, gateway.counters().get(GatewayCounter.ACCEPTED));
        assertEquals(0, gateway.counters().get(GatewayCounter.SEND_FAILURES));
        assertEquals(0, gateway.counters().get(GatewayCounter.MALFORMED_REPLIES));
        assertEquals(orders, risk.counters().get(RiskCounter.APPROVED_ORDERS));
        assertEquals(orders, risk.counters().get(RiskCounter.EXECUTION_REPORTS));
        assertEquals(0, risk.counters().get(RiskCounter.UNKNOWN_ORDER_REPORTS));
        assertEquals(0, risk.counters().get(RiskCounter.FILLS));
        assertEquals(0, risk.book().position(1), "no position from rejected orders");
        assertEquals(0, risk.book().openBuy(1));
        assertEquals(0, risk.book().openSell(1));
        assertEquals(0, risk.book().totalWorstCase());
        assertFalse(kill.isTripped(), "rejections are no reason to stop trading");
    }

    @Test
    void theSimulatedExchangeRejectingEverythingLeavesRiskFlat() {
        final KillSwitch kill = new KillSwitch();
        final RiskLimits limits = RiskLimits.builder().maxSymbols(16).maxOrderQuantity(1_000)
            .maxOrderNotional(1_000_000 * Price.ONE).maxSymbolPosition(10_000).maxTotalPosition(10_000)
            .orderRate(1_000_000, 1_000).priceBandBps(500).maxOpenOrders(1).build();
        final ReferencePrices refs = new ReferencePrices(16);
        refs.set(1, PX);
        final RiskEngine risk = new RiskEngine(limits, refs, kill);
        final SymbolDirectory symbols = new SymbolDirectory();
        symbols.put(1, Symbol.pack("ALC"));
        // maxShares 1: the simulated venue rejects ('Z') every order of 100 shares
        final SimulatedExchange exchange = new SimulatedExchange(clock, 100, 1, 16);
        final GatewayStage gateway = new GatewayStage(decisions, reports, null, exchange,
            new OuchOrderEncoder(99_999, 0), symbols, clock, NanoTicker.INSTANCE, null, kill);
        for (int id = 1; id <= 10; id++) {
            assertEquals(RejectReason.NONE, risk.checkNew(id, 1, Side.BUY, PX, 100, clock.epochNanos()));
            final long seq = decisions.tryClaim();
            final RiskDecision d = decisions.event(seq);
            d.clearStamps();
            d.type(DecisionType.ENTER).order().set(id, 1, Side.BUY, PX, 100, clock.epochNanos());
            decisions.publish(seq);
            gateway.doWork();
            reports.poll((report, s, end) -> {
                risk.onExecution(report);
                assertEquals(ExecType.REJECTED, report.type());
                assertEquals('Z', (char) report.venueReason());
            }, 64);
        }
        assertEquals(10, exchange.ordersReceived());
        assertEquals(10, gateway.counters().get(GatewayCounter.VENUE_REJECTS));
        assertEquals(0, risk.book().openOrders());
        assertEquals(0, risk.book().position(1));
        assertFalse(kill.isTripped());
    }
}
