package io.hftengine.pipeline.risk;

import io.hftengine.pipeline.message.ExecType;
import io.hftengine.pipeline.message.ExecutionReport;
import io.hftengine.pipeline.message.RejectReason;
import io.hftengine.types.Price;
import io.hftengine.types.Side;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Coverage the existing risk tests lack; all of these pass on the reviewed code. */
class RiskEdgeCaseTest {
    private static final long PX = 100 * Price.ONE;
    private static final long T0 = 1_000_000_000_000L;
    private static final long SEC = 1_000_000_000L;

    private static RiskEngine engine(final RiskLimits.Builder limits, final KillSwitch kill) {
        final ReferencePrices refs = new ReferencePrices(16);
        for (int s = 1; s < 16; s++) {
            refs.set(s, PX);
        }
        return new RiskEngine(limits.build(), refs, kill);
    }

    private static RiskLimits.Builder base() {
        return RiskLimits.builder().maxSymbols(16).maxOrderQuantity(1_000).maxOrderNotional(1_000_000 * Price.ONE)
            .maxSymbolPosition(500).maxTotalPosition(800).orderRate(1_000, 100).priceBandBps(500).maxOpenOrders(16);
    }

    private static void report(final RiskEngine risk, final ExecType type, final long id, final long qty) {
        risk.onExecution(new ExecutionReport().set(type, id, 0, null, T0).fill(qty, PX, 0));
    }

    @Test
    void sellLimitsUseTheSignedPosition() {
        final RiskEngine risk = engine(base(), new KillSwitch());
        assertEquals(RejectReason.SYMBOL_POSITION_LIMIT, risk.checkNew(1, 1, Side.SELL, PX, 501, T0));
        assertEquals(RejectReason.NONE, risk.checkNew(2, 1, Side.BUY, PX, 400, T0));
        report(risk, ExecType.FILLED, 2, 400);
        assertEquals(400, risk.book().position(1));
        // long 400: selling 900 reaches -500, at the limit; 901 is beyond it
        assertEquals(RejectReason.SYMBOL_POSITION_LIMIT, risk.checkNew(3, 1, Side.SELL, PX, 901, T0));
        assertEquals(RejectReason.NONE, risk.checkNew(4, 1, Side.SELL, PX, 900, T0));
        assertEquals(500, risk.book().worstCaseWith(1, Side.BUY, 0));
        // a buy still counts on its own side: 400 + 101 > 500
        assertEquals(RejectReason.SYMBOL_POSITION_LIMIT, risk.checkNew(5, 1, Side.BUY, PX, 101, T0));
        assertEquals(RejectReason.NONE, risk.checkNew(6, 1, Side.BUY, PX, 100, T0));
    }

    @Test
    void totalWorstCaseAddsALongAndAShortWithoutNetting() {
        final RiskEngine risk = engine(base(), new KillSwitch());
        assertEquals(RejectReason.NONE, risk.checkNew(1, 1, Side.BUY, PX, 400, T0));
        assertEquals(RejectReason.NONE, risk.checkNew(2, 2, Side.SELL, PX, 400, T0));
        report(risk, ExecType.FILLED, 1, 400);
        report(risk, ExecType.FILLED, 2, 400);
        assertEquals(800, risk.book().totalWorstCase());
        assertEquals(RejectReason.TOTAL_POSITION_LIMIT, risk.checkNew(3, 3, Side.BUY, PX, 1, T0));
        // reducing either is still allowed at the total limit
        assertEquals(RejectReason.NONE, risk.checkNew(4, 1, Side.SELL, PX, 100, T0));
        assertEquals(RejectReason.NONE, risk.checkNew(5, 2, Side.BUY, PX, 100, T0));
        assertEquals(800, risk.book().totalWorstCase());
    }

    @Test
    void aRejectedOrderSpendsNoTokenAndChangesNoPosition() {
        final RiskEngine risk = engine(base().orderRate(1, 1), new KillSwitch());
        assertEquals(RejectReason.SYMBOL_POSITION_LIMIT, risk.checkNew(1, 1, Side.BUY, PX, 600, T0));
        assertEquals(0, risk.book().totalWorstCase());
        assertEquals(0, risk.book().openOrders());
        assertEquals(RejectReason.NONE, risk.checkNew(2, 1, Side.BUY, PX, 10, T0));
        assertEquals(RejectReason.ORDER_RATE, risk.checkNew(3, 1, Side.BUY, PX, 10, T0));
        // the id of a rejected order is used up (documented)
        assertEquals(RejectReason.DUPLICATE_ORDER_ID, risk.checkNew(3, 1, Side.BUY, PX, 10, T0 + SEC));
        assertEquals(RejectReason.NONE, risk.checkNew(4, 1, Side.BUY, PX, 10, T0 + SEC));
    }

    @Test
    void venueRejectPartialCancelAndCancelOfAFilledOrder() {
        final RiskEngine risk = engine(base(), new KillSwitch());
        assertEquals(RejectReason.NONE, risk.checkNew(1, 1, Side.BUY, PX, 100, T0));
        assertEquals(RejectReason.NONE, risk.checkNew(2, 1, Side.SELL, PX, 50, T0));
        report(risk, ExecType.REJECTED, 2, 0);
        assertEquals(0, risk.book().openSell(1));
        report(risk, ExecType.CANCELLED, 1, 30);
        assertEquals(70, risk.book().leavesOf(1));
        assertEquals(70, risk.book().openBuy(1));
        report(risk, ExecType.FILLED, 1, 70);
        assertEquals(0, risk.book().openOrders());
        assertEquals(70, risk.book().position(1));
        // the venue's cancel of an order already filled: counted, nothing moves
        report(risk, ExecType.CANCELLED, 1, 70);
        assertEquals(1, risk.counters().get(RiskCounter.UNKNOWN_ORDER_REPORTS));
        assertEquals(70, risk.book().position(1));
        assertEquals(70, risk.book().totalWorstCase());
    }

    @Test
    void cancelsStillPassAfterAFillBreachTripsTheKillSwitch() {
        final KillSwitch kill = new KillSwitch();
        final RiskEngine risk = engine(base(), kill);
        assertEquals(RejectReason.NONE, risk.checkNew(1, 1, Side.BUY, PX, 400, T0));
        assertEquals(RejectReason.NONE, risk.checkNew(2, 1, Side.BUY, PX, 50, T0));
        report(risk, ExecType.FILLED, 1, 600);
        assertTrue(kill.isTripped());
        assertEquals(RejectReason.KILL_SWITCH, risk.checkNew(3, 1, Side.SELL, PX, 10, T0 + SEC));
        assertEquals(RejectReason.NONE, risk.checkCancel(2));
    }

    @Test
    void tokenBucketAtHugeForwardAndBackwardClockJumps() {
        final TokenBucket bucket = new TokenBucket(1, 3);
        assertTrue(bucket.tryAcquire(0));
        assertTrue(bucket.tryAcquire(0));
        assertTrue(bucket.tryAcquire(0));
        assertFalse(bucket.tryAcquire(0));
        int granted = 0;
        while (bucket.tryAcquire(Long.MAX_VALUE)) {
            granted++;
        }
        assertEquals(3, granted, "a huge forward jump refills to the burst, no more");
        // going back stalls the bucket until the clock passes the latest time seen again
        assertFalse(bucket.tryAcquire(5 * SEC));
        assertFalse(bucket.tryAcquire(100 * SEC));
    }

    /** The incrementally kept totals equal a recomputation, through overfills, cancels and rejects. */
    @Test
    void bookTotalsStayConsistentUnderRandomReports() {
        final SplittableRandom rnd = new SplittableRandom(7);
        final RiskEngine risk = engine(base().maxSymbolPosition(1_000_000).maxTotalPosition(10_000_000)
            .orderRate(1_000_000, 1_000_000).maxOpenOrders(64), new KillSwitch());
        final List<Long> ids = new ArrayList<>();
        long id = 0;
        long now = T0;
        for (int i = 0; i < 200_000; i++) {
            now += 1_000;
            final int action = rnd.nextInt(6);
            if (action < 3 || ids.isEmpty()) {
                final long orderId = ++id;
                if (risk.checkNew(orderId, 1 + rnd.nextInt(5), rnd.nextBoolean() ? Side.BUY : Side.SELL, PX,
                    1 + rnd.nextInt(1_000), now) == RejectReason.NONE) {
                    ids.add(orderId);
                }
                continue;
            }
            final long orderId = ids.get(rnd.nextInt(ids.size()));
            final ExecType type = action == 3 ? ExecType.FILLED : action == 4 ? ExecType.CANCELLED : ExecType.REJECTED;
            report(risk, type, orderId, 1 + rnd.nextInt(1_200));
            if (!risk.book().isOpen(orderId)) {
                ids.remove(orderId);
            }
            long total = 0;
            for (int s = 1; s < 16; s++) {
                total += risk.book().worstCaseWith(s, Side.BUY, 0);
            }
            assertEquals(total, risk.book().totalWorstCase(), "step " + i);
        }
        long buys = 0;
        long sells = 0;
        for (final long open : ids) {
            if (risk.book().sideOf(open) == Side.BUY) {
                buys += risk.book().leavesOf(open);
            } else {
                sells += risk.book().leavesOf(open);
            }
        }
        long bookBuys = 0;
        long bookSells = 0;
        for (int s = 1; s < 16; s++) {
            bookBuys += risk.book().openBuy(s);
            bookSells += risk.book().openSell(s);
        }
        assertEquals(buys, bookBuys);
        assertEquals(sells, bookSells);
        assertEquals(ids.size(), risk.book().openOrders());
    }
}
