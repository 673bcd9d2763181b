package io.hftengine.pipeline.risk;

import io.hftengine.pipeline.message.ExecType;
import io.hftengine.pipeline.message.ExecutionReport;
import io.hftengine.pipeline.message.RejectReason;
import io.hftengine.types.Price;
import io.hftengine.types.Side;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RiskEngineTest {
    private static final long PX = 100 * Price.ONE;
    private static final long T0 = 1_000_000_000_000L;

    private RiskEngine risk;
    private KillSwitch kill;
    private ReferencePrices refs;
    private long nextId = 1;

    @BeforeEach
    void setUp() {
        final RiskLimits limits = RiskLimits.builder().maxSymbols(16).maxOrderQuantity(1_000)
            .maxOrderNotional(50_000 * Price.ONE).maxSymbolPosition(500).maxTotalPosition(800).orderRate(10, 3)
            .priceBandBps(500).maxOpenOrders(4).build();
        refs = new ReferencePrices(16);
        refs.set(1, PX);
        refs.set(2, PX);
        refs.set(3, PX);
        kill = new KillSwitch();
        risk = new RiskEngine(limits, refs, kill);
    }

    private RejectReason buy(final int symbol, final long price, final long qty, final long t) {
        return risk.checkNew(nextId++, symbol, Side.BUY, price, qty, t);
    }

    @Test
    void approvesAValidOrderAndCountsItOpenAtWorstCase() {
        assertEquals(RejectReason.NONE, buy(1, PX, 100, T0));
        assertEquals(1, risk.book().openOrders());
        assertEquals(100, risk.book().openBuy(1));
        assertEquals(100, risk.book().totalWorstCase());
        assertEquals(1, risk.counters().get(RiskCounter.APPROVED_ORDERS));
    }

    @Test
    void rejectsEachLimitWithItsOwnReasonAndCounter() {
        assertEquals(RejectReason.MAX_ORDER_QUANTITY, buy(1, PX, 1_001, T0));
        assertEquals(RejectReason.MAX_ORDER_QUANTITY, buy(1, PX, 0, T0));
        assertEquals(RejectReason.MAX_ORDER_NOTIONAL, buy(1, PX, 501, T0));
        assertEquals(RejectReason.PRICE_BAND, buy(1, PX + PX / 19, 10, T0));
        assertEquals(RejectReason.NONE, buy(1, PX + PX / 21, 10, T0));
        assertEquals(RejectReason.NO_REFERENCE_PRICE, buy(4, PX, 10, T0));
        assertEquals(RejectReason.INVALID_ORDER, buy(0, PX, 10, T0));
        assertEquals(RejectReason.INVALID_ORDER, buy(16, PX, 10, T0));
        assertEquals(RejectReason.INVALID_ORDER, buy(1, -PX, 10, T0));
        assertEquals(RejectReason.DUPLICATE_ORDER_ID, risk.checkNew(1, 1, Side.BUY, PX, 10, T0));
        assertEquals(1, risk.rejects().get(RejectReason.PRICE_BAND));
        assertEquals(2, risk.rejects().get(RejectReason.MAX_ORDER_QUANTITY));
        assertEquals(3, risk.rejects().get(RejectReason.INVALID_ORDER));
        assertEquals(1, risk.rejects().get(RejectReason.DUPLICATE_ORDER_ID));
        assertEquals(9, risk.counters().get(RiskCounter.REJECTED));
    }

    @Test
    void aSymbolTheVenueHaltedIsRefusedWhateverTheStrategyThinks() {
        refs.halted(2, true);
        assertEquals(RejectReason.SYMBOL_HALTED, buy(2, PX, 10, T0));
        assertEquals(RejectReason.NONE, buy(1, PX, 10, T0), "other symbols trade on");
        refs.halted(2, false);
        assertEquals(RejectReason.NONE, buy(2, PX, 10, T0), "trading again once it resumes");
        assertEquals(PX, refs.get(2), "the reference price is kept through the halt");
        assertEquals(1, risk.rejects().get(RejectReason.SYMBOL_HALTED));
    }

    @Test
    void positionLimitsCountOpenOrdersAtWorstCase() {
        assertEquals(RejectReason.NONE, buy(1, PX, 400, T0));
        assertEquals(RejectReason.SYMBOL_POSITION_LIMIT, buy(1, PX, 101, T0 + 1_000_000_000));
        assertEquals(RejectReason.NONE, buy(2, PX, 400, T0 + 1_000_000_000));
        assertEquals(RejectReason.TOTAL_POSITION_LIMIT, buy(3, PX, 1, T0 + 2_000_000_000));
        // a sell against the open buy does not grow the worst case: allowed
        assertEquals(RejectReason.NONE, risk.checkNew(nextId++, 1, Side.SELL, PX, 400, T0 + 3_000_000_000L));
    }

    @Test
    void maxOpenOrdersAndTheRateLimit() {
        assertEquals(RejectReason.NONE, buy(1, PX, 1, T0));
        assertEquals(RejectReason.NONE, buy(1, PX, 1, T0));
        assertEquals(RejectReason.NONE, buy(1, PX, 1, T0));
        assertEquals(RejectReason.ORDER_RATE, buy(1, PX, 1, T0));
        assertEquals(RejectReason.NONE, buy(1, PX, 1, T0 + 100_000_000));
        assertEquals(RejectReason.MAX_OPEN_ORDERS, buy(1, PX, 1, T0 + 1_000_000_000));
    }

    @Test
    void fillsMovePositionsAndCancelsReleaseOpenQuantity() {
        assertEquals(RejectReason.NONE, buy(1, PX, 100, T0));
        final ExecutionReport fill = new ExecutionReport();
        fill.set(ExecType.FILLED, 1, 0, null, T0).fill(60, PX, 1);
        risk.onExecution(fill);
        assertEquals(1, fill.symbolId());
        assertEquals(Side.BUY, fill.side());
        assertEquals(40, fill.leavesQuantity());
        assertEquals(60, risk.book().position(1));
        assertEquals(40, risk.book().openBuy(1));
        final ExecutionReport cancel = new ExecutionReport();
        cancel.set(ExecType.CANCELLED, 1, 0, null, T0).fill(40, 0, 0);
        risk.onExecution(cancel);
        assertEquals(0, risk.book().openOrders());
        assertEquals(60, risk.book().totalWorstCase());
        assertEquals(RejectReason.UNKNOWN_ORDER, risk.checkCancel(1));
    }

    @Test
    void anOverfillBeyondTheLimitTripsTheKillSwitch() {
        assertEquals(RejectReason.NONE, buy(1, PX, 400, T0));
        final ExecutionReport fill = new ExecutionReport();
        fill.set(ExecType.FILLED, 1, 0, null, T0).fill(600, PX, 1);
        risk.onExecution(fill);
        assertEquals(600, risk.book().position(1));
        assertEquals(1, risk.counters().get(RiskCounter.OVERFILLS));
        assertEquals(1, risk.counters().get(RiskCounter.FILL_LIMIT_BREACHES));
        assertTrue(kill.isTripped());
        assertEquals(RejectReason.KILL_SWITCH, buy(2, PX, 1, T0 + 1_000_000_000));
    }

    @Test
    void killSwitchStopsNewOrdersButNotCancels() {
        assertEquals(RejectReason.NONE, buy(1, PX, 10, T0));
        assertTrue(kill.trip("test"));
        assertFalse(kill.trip("second reason is ignored"));
        assertEquals("test", kill.reason());
        assertEquals(RejectReason.KILL_SWITCH, buy(1, PX, 10, T0));
        assertEquals(RejectReason.NONE, risk.checkCancel(1));
    }

    @Test
    void unknownExecutionReportsAreCountedNotApplied() {
        final ExecutionReport fill = new ExecutionReport();
        fill.set(ExecType.FILLED, 999, 0, null, T0).fill(10, PX, 1);
        risk.onExecution(fill);
        assertEquals(1, risk.counters().get(RiskCounter.UNKNOWN_ORDER_REPORTS));
        assertEquals(0, risk.book().position(1));
    }

    @Test
    void limitsValidateTheirInput() {
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> RiskLimits.builder().maxOrderQuantity(0));
        assertTrue(e.getMessage().contains("maxOrderQuantity"));
        assertThrows(IllegalArgumentException.class,
            () -> RiskLimits.builder().maxSymbolPosition(10).maxTotalPosition(5).build());
        assertThrows(IllegalArgumentException.class, () -> new TokenBucket(0, 1));
    }

    @Test
    void productsCompareExactlyBeyondALong() {
        assertEquals(0, Integer.signum(RiskEngine.compareProducts(2, 3, 6, 1)));
        assertEquals(1, Integer.signum(RiskEngine.compareProducts(Long.MAX_VALUE / 2, 3, Long.MAX_VALUE, 1)));
        assertEquals(-1, Integer.signum(RiskEngine.compareProducts(Long.MAX_VALUE, 1, Long.MAX_VALUE / 2, 3)));
        // both beyond 2^63: still told apart
        assertEquals(1, Integer.signum(RiskEngine.compareProducts(1L << 62, 8, 1L << 62, 4)));
        assertEquals(-1, Integer.signum(RiskEngine.compareProducts(Long.MAX_VALUE, Long.MAX_VALUE - 1,
            Long.MAX_VALUE, Long.MAX_VALUE)));
    }
}
