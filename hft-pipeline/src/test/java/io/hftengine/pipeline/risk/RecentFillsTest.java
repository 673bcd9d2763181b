package io.hftengine.pipeline.risk;

import io.hftengine.pipeline.message.ExecType;
import io.hftengine.pipeline.message.ExecutionReport;
import io.hftengine.pipeline.message.RejectReason;
import io.hftengine.types.Price;
import io.hftengine.types.Side;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Risk remembers its recent fills: a repeat of any of them is refused, and an OUCH Broken Trade,
 * which names only the order and the match, takes its fill back off the position.
 */
class RecentFillsTest {
    private static final long PX = 100 * Price.ONE;
    private static final long FILL_PX = PX + 5;
    private static final long T0 = 1_000_000_000_000L;

    private final KillSwitch kill = new KillSwitch();

    private RiskEngine engine(final RiskLimits.Builder limits) {
        final ReferencePrices refs = new ReferencePrices(16);
        for (int s = 1; s < 16; s++) {
            refs.set(s, PX);
        }
        return new RiskEngine(limits.build(), refs, kill);
    }

    private static RiskLimits.Builder limits() {
        return RiskLimits.builder().maxSymbols(16).maxOrderQuantity(1_000).maxOrderNotional(1_000_000 * Price.ONE)
            .maxSymbolPosition(500).maxTotalPosition(800).orderRate(1_000, 100).priceBandBps(500).maxOpenOrders(16);
    }

    private static ExecutionReport fill(final long orderId, final long qty, final long match) {
        return new ExecutionReport().set(ExecType.FILLED, orderId, 0, null, T0).fill(qty, FILL_PX, match);
    }

    private static ExecutionReport broken(final long orderId, final long match) {
        return new ExecutionReport().set(ExecType.BROKEN, orderId, 0, null, T0).fill(0, 0, match);
    }

    @Test
    void aBrokenFillIsTakenBackOffThePositionAndTheOrderStaysAsItWas() {
        final RiskEngine risk = engine(limits());
        assertEquals(RejectReason.NONE, risk.checkNew(1, 3, Side.BUY, PX, 100, T0));
        risk.onExecution(fill(1, 60, 7));
        final ExecutionReport report = broken(1, 7);
        assertTrue(risk.onExecution(report), "a broken trade goes on to the strategy");
        assertEquals(0, risk.book().position(3));
        assertEquals(40, risk.book().leavesOf(1), "a broken execution does not reopen shares");
        assertEquals(40, risk.book().openBuy(3));
        assertEquals(3, report.symbolId());
        assertEquals(Side.BUY, report.side());
        assertEquals(60, report.lastQuantity(), "the broken fill's shares");
        assertEquals(FILL_PX, report.lastPrice(), "the broken fill's price");
        assertEquals(7, report.matchNumber());
        assertEquals(40, report.leavesQuantity());
        assertEquals(1, risk.counters().get(RiskCounter.BROKEN_TRADES));
        assertFalse(kill.isTripped());
    }

    @Test
    void aBrokenFillOfAClosedOrderIsUndoneToo() {
        final RiskEngine risk = engine(limits());
        assertEquals(RejectReason.NONE, risk.checkNew(1, 3, Side.SELL, PX, 100, T0));
        risk.onExecution(fill(1, 100, 9));
        assertFalse(risk.book().isOpen(1));
        assertEquals(-100, risk.book().position(3));
        final ExecutionReport report = broken(1, 9);
        risk.onExecution(report);
        assertEquals(0, risk.book().position(3));
        assertEquals(Side.SELL, report.side());
        assertEquals(0, report.leavesQuantity());
        assertEquals(0, risk.book().totalWorstCase());
        assertFalse(kill.isTripped());
    }

    @Test
    void aBrokenTradeOfAFillRiskDoesNotKnowTripsTheKillSwitch() {
        final RiskEngine risk = engine(limits());
        assertEquals(RejectReason.NONE, risk.checkNew(1, 3, Side.BUY, PX, 100, T0));
        risk.onExecution(fill(1, 60, 7));
        risk.onExecution(broken(1, 8));
        assertTrue(kill.isTripped(), "the venue's position and ours differ by an unknown amount");
        assertEquals(1, risk.counters().get(RiskCounter.UNKNOWN_BROKEN_TRADES));
        assertEquals(60, risk.book().position(3), "nothing undone");
    }

    @Test
    void aFillIsBrokenOnlyOnce() {
        final RiskEngine risk = engine(limits());
        assertEquals(RejectReason.NONE, risk.checkNew(1, 3, Side.BUY, PX, 100, T0));
        risk.onExecution(fill(1, 60, 7));
        risk.onExecution(broken(1, 7));
        assertFalse(kill.isTripped());
        risk.onExecution(broken(1, 7));
        assertEquals(0, risk.book().position(3), "the second break does not undo the fill again");
        assertTrue(kill.isTripped());
    }

    @Test
    void theSameMatchOnAnotherOrderIsAnotherFill() {
        final RiskEngine risk = engine(limits());
        assertEquals(RejectReason.NONE, risk.checkNew(1, 3, Side.BUY, PX, 50, T0));
        assertEquals(RejectReason.NONE, risk.checkNew(2, 3, Side.SELL, PX, 50, T0));
        // Our buy met our sell: one match, one fill on each order.
        assertTrue(risk.onExecution(fill(1, 50, 11)));
        assertTrue(risk.onExecution(fill(2, 50, 11)));
        assertEquals(2, risk.counters().get(RiskCounter.FILLS));
        assertEquals(0, risk.counters().get(RiskCounter.DUPLICATE_FILLS));
        risk.onExecution(broken(1, 11));
        assertEquals(-50, risk.book().position(3), "only the buy's side of the match is undone");
    }

    @Test
    void aRepeatOfAnEarlierFillIsRefusedEvenAfterLaterFills() {
        final RiskEngine risk = engine(limits());
        assertEquals(RejectReason.NONE, risk.checkNew(1, 3, Side.BUY, PX, 100, T0));
        risk.onExecution(fill(1, 10, 7));
        risk.onExecution(fill(1, 10, 8));
        assertFalse(risk.onExecution(fill(1, 10, 7)), "a replayed reply is not passed on");
        assertEquals(20, risk.book().position(3));
        assertEquals(80, risk.book().leavesOf(1));
        assertEquals(1, risk.counters().get(RiskCounter.DUPLICATE_FILLS));
    }

    @Test
    void fillsWithoutAMatchNumberAreNeverTakenForRepeats() {
        final RiskEngine risk = engine(limits());
        assertEquals(RejectReason.NONE, risk.checkNew(1, 3, Side.BUY, PX, 100, T0));
        risk.onExecution(fill(1, 10, 0));
        risk.onExecution(fill(1, 10, 0));
        assertEquals(20, risk.book().position(3));
        assertEquals(0, risk.book().recentFills(), "nothing to break without a match number");
    }

    @Test
    void theOldestFillIsForgottenWhenTheHistoryIsFull() {
        final RiskEngine risk = engine(limits().recentFills(2));
        assertEquals(RejectReason.NONE, risk.checkNew(1, 3, Side.BUY, PX, 100, T0));
        risk.onExecution(fill(1, 10, 1));
        risk.onExecution(fill(1, 10, 2));
        risk.onExecution(fill(1, 10, 3));
        assertEquals(2, risk.book().recentFills());
        risk.onExecution(broken(1, 3));
        assertFalse(kill.isTripped(), "the newest fill is remembered");
        risk.onExecution(broken(1, 1));
        assertTrue(kill.isTripped(), "the oldest was forgotten: its break cannot be undone");
        assertEquals(20, risk.book().position(3));
    }

    @Test
    void undoingABrokenSellCanBreachThePositionLimit() {
        final RiskEngine risk = engine(limits().maxSymbolPosition(100).maxTotalPosition(800));
        assertEquals(RejectReason.NONE, risk.checkNew(1, 3, Side.BUY, PX, 100, T0));
        risk.onExecution(fill(1, 100, 1));
        assertEquals(RejectReason.NONE, risk.checkNew(2, 3, Side.SELL, PX, 100, T0));
        risk.onExecution(fill(2, 100, 2));
        assertEquals(RejectReason.NONE, risk.checkNew(3, 3, Side.BUY, PX, 100, T0));
        assertFalse(kill.isTripped());
        risk.onExecution(broken(2, 2));
        assertEquals(100, risk.book().position(3));
        assertTrue(kill.isTripped(), "long 100 with 100 more open to buy: beyond the limit of 100");
        assertEquals(1, risk.counters().get(RiskCounter.FILL_LIMIT_BREACHES));
    }

    @Test
    void manyFillsAndBreaksKeepTheHistoryConsistent() {
        final int remembered = 64;
        final RiskEngine risk = engine(limits().maxOrderQuantity(1_000).maxSymbolPosition(1_000_000)
            .maxTotalPosition(1_000_000).orderRate(1_000_000, 1_000_000).maxOpenOrders(16).recentFills(remembered));
        // The model: the last 64 fills applied, less those broken since.
        final java.util.ArrayDeque<Long> lastFills = new java.util.ArrayDeque<>();
        final java.util.Set<Long> brokenMatches = new java.util.HashSet<>();
        long position = 0;
        long match = 100;
        for (long id = 1; id <= 2_000; id++) {
            assertEquals(RejectReason.NONE, risk.checkNew(id, 3, Side.BUY, PX, 3, T0 + id * 1_000_000));
            for (int f = 0; f < 3; f++) {
                risk.onExecution(fill(id, 1, ++match));
                position++;
                lastFills.addLast(match);
                if (lastFills.size() > remembered) {
                    brokenMatches.remove(lastFills.removeFirst());
                }
            }
            // Break the previous order's middle fill, after that order closed.
            if (id > 1) {
                risk.onExecution(broken(id - 1, match - 4));
                brokenMatches.add(match - 4);
                position--;
            }
            assertEquals(position, risk.book().position(3));
            assertEquals(lastFills.size() - brokenMatches.size(), risk.book().recentFills());
        }
        assertFalse(kill.isTripped());
    }
}
