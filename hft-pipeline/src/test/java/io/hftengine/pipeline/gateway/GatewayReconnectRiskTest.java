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
import io.hftengine.pipeline.risk.RiskEngine;
import io.hftengine.pipeline.risk.RiskLimits;
import io.hftengine.types.Price;
import io.hftengine.types.Side;
import io.hftengine.types.Symbol;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Gateway stage, SoupBinTCP transport and risk engine together across a dropped session: the
 * order refused while the session is down comes back to risk as a rejection, which frees its
 * open-order slot; the orders resting at the venue stay open; a cancel refused while down leaves
 * its order open (it still rests at the venue) and goes through after the reconnect.
 */
class GatewayReconnectRiskTest {
    private static final long PX = 10 * Price.ONE;
    private static final long BACKOFF_NS = 50_000_000L;

    private final MutableClock clock = new MutableClock(1_700_000_000_000_000_000L);
    private final PipeRing<RiskDecision> decisions = new PipeRing<>("d", 16, RiskDecision::new);
    private final PipeRing<ExecutionReport> reports = new PipeRing<>("r", 64, ExecutionReport::new);
    private final List<String> seen = new ArrayList<>();
    private RiskEngine risk;
    private GatewayStage gateway;

    private void enter(final long id) {
        assertEquals(RejectReason.NONE, risk.checkNew(id, 1, Side.BUY, PX, 100, clock.epochNanos()));
        decide(DecisionType.ENTER, id, PX, 100);
    }

    private void cancel(final long id) {
        assertEquals(RejectReason.NONE, risk.checkCancel(id));
        decide(DecisionType.CANCEL, id, 0, 0);
    }

    private void decide(final DecisionType type, final long id, final long price, final long qty) {
        final long seq = decisions.tryClaim();
        final RiskDecision d = decisions.event(seq);
        d.clearStamps();
        d.type(type).order().set(id, 1, Side.BUY, price, qty, clock.epochNanos());
        decisions.publish(seq);
    }

    /** Runs the gateway and feeds its reports to risk, as the risk stage does, until {@code done}. */
    private void runUntil(final BooleanSupplier done, final String what) {
        final long deadline = System.currentTimeMillis() + 5_000;
        while (!done.getAsBoolean()) {
            gateway.doWork();
            reports.poll((report, s, end) -> {
                risk.onExecution(report);
                seen.add(report.type() + " " + report.orderId());
            }, 64);
            assertTrue(System.currentTimeMillis() < deadline, what + ": " + seen);
        }
    }

    @Test
    void openOrdersStayRightAcrossADroppedSession() throws Exception {
        final RiskLimits limits = RiskLimits.builder().maxSymbols(16).maxOrderQuantity(1_000)
            .maxOrderNotional(1_000_000 * Price.ONE).maxSymbolPosition(10_000).maxTotalPosition(10_000)
            .orderRate(1_000, 1_000).priceBandBps(500).maxOpenOrders(3).build();
        final ReferencePrices refs = new ReferencePrices(16);
        refs.set(1, PX);
        risk = new RiskEngine(limits, refs, new KillSwitch());
        // No fills: every accepted order rests, so risk's open count is the venue's resting count.
        try (SoupTestVenue venue = new SoupTestVenue(clock, 0, true, 2, 1, false)) {
            final SoupBinTcpOrderTransport soup = new SoupBinTcpOrderTransport(venue.address(), "USER", "SECRET",
                clock, BACKOFF_NS, BACKOFF_NS);
            final SymbolDirectory symbols = new SymbolDirectory();
            symbols.put(1, Symbol.pack("ALC"));
            gateway = new GatewayStage(decisions, reports, null, soup, new OuchOrderEncoder(99_999, 0), symbols, clock,
                NanoTicker.INSTANCE, null, new KillSwitch());
            runUntil(soup::isLoggedIn, "login");
            enter(1);
            enter(2);
            runUntil(() -> !soup.isLoggedIn(), "the venue drops after the second order");
            assertEquals(2, risk.book().openOrders());

            enter(3);
            cancel(1);
            runUntil(() -> seen.contains("REJECTED 3"), "the refused order is reported rejected");
            assertEquals(2, risk.book().openOrders(), "the refused order's slot is free again");
            assertTrue(risk.book().isOpen(1), "a refused cancel leaves its order open");
            assertEquals(2, gateway.counters().get(GatewayCounter.SEND_FAILURES));

            clock.advance(BACKOFF_NS);
            runUntil(soup::isLoggedIn, "reconnect");
            enter(4);
            cancel(1);
            runUntil(() -> seen.contains("CANCELLED 1") && seen.contains("ACCEPTED 4"), "after the reconnect");
            assertEquals(List.of("ACCEPTED 1", "ACCEPTED 2", "REJECTED 3", "ACCEPTED 4", "CANCELLED 1"),
                seen.stream().filter(s -> !s.startsWith(ExecType.FILLED.name())).toList());
            assertEquals(2, risk.book().openOrders(), "2 and 4 rest at the venue");
            assertFalse(risk.book().isOpen(3));
            assertEquals(List.of("O1", "O2", "O4", "X1"), venue.orders, "nothing refused is sent later");
            assertEquals(3, gateway.counters().get(GatewayCounter.ORDERS_SENT));
            assertEquals(1, gateway.counters().get(GatewayCounter.CANCELS_SENT));
            assertEquals(1, soup.counters().get(SoupBinTcpSessionCounter.RECONNECTS));
            gateway.onClose();
        }
    }
}
