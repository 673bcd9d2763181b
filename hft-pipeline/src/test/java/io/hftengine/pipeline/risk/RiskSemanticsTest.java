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
 * Pre-trade risk semantics: each test here failed on the code it was written against
 * and shows one problem (see the method comments).
 */
class RiskSemanticsTest {
    private static final long PX = 100 * Price.ONE;
    private static final long T0 = 1_000_000_000_000L;

    private static RiskEngine engine(final RiskLimits limits, final ReferencePrices refs, final KillSwitch kill) {
        return new RiskEngine(limits, refs, kill);
    }

    private static RiskLimits.Builder base() {
        return RiskLimits.builder().maxSymbols(16).maxOrderQuantity(1_000).maxOrderNotional(1_000_000 * Price.ONE)
            .maxSymbolPosition(500).maxTotalPosition(800).orderRate(1_000, 100).priceBandBps(500).maxOpenOrders(16);
    }

    private static ReferencePrices refs(final long price) {
        final ReferencePrices refs = new ReferencePrices(16);
        for (int s = 1; s < 16; s++) {
            refs.set(s, price);
        }
        return refs;
    }

    private static ExecutionReport fill(final long orderId, final long qty, final long match) {
        return new ExecutionReport().set(ExecType.FILLED, orderId, 0, null, T0).fill(qty, PX, match);
    }

    private static ExecutionReport cancelled(final long orderId, final long decrement) {
        return new ExecutionReport().set(ExecType.CANCELLED, orderId, 0, null, T0).fill(decrement, 0, 0);
    }

    /**
     * maxOrderNotional accepts Long.MAX_VALUE ("no limit"), but the saturated product of an
     * overflowing price x quantity is Long.MAX_VALUE, which is not greater than the limit: an order
     * whose true notional does not fit in a long is approved.
     */
    @Test
    void notionalThatOverflowsIsRejectedEvenWithALongMaxLimit() {
        final long hugePrice = Long.MAX_VALUE / 2; // 4.6e18 raw
        final ReferencePrices refs = refs(hugePrice);
        final RiskEngine risk = engine(base().maxOrderNotional(Long.MAX_VALUE).build(), refs, new KillSwitch());
        // true notional = 3 * (2^62 - 1) ~ 1.4e19 > Long.MAX_VALUE
        assertEquals(RejectReason.MAX_ORDER_NOTIONAL, risk.checkNew(1, 1, Side.BUY, hugePrice, 3, T0));
    }

    /**
     * The band check compares two saturated products; when both saturate they compare equal and
     * the order passes the band however far it is from the reference (the code comment says
     * "multiplySaturating keeps absurd ones rejected", before session 8). Here the order is 90x the reference.
     */
    @Test
    void priceBandRejectsAFarPriceWhenBothSidesOfTheCompareSaturate() {
        final long reference = 100_000_000_000_000_000L; // 1e17 raw: ref * 500 bps overflows
        final long price = 9_000_000_000_000_000_000L; // 9e18 raw, 90x the reference
        final RiskEngine risk = engine(base().maxOrderNotional(Long.MAX_VALUE).build(), refs(reference),
            new KillSwitch());
        assertEquals(RejectReason.PRICE_BAND, risk.checkNew(1, 1, Side.BUY, price, 1, T0));
    }

    /**
     * The same fill delivered twice (same order, same match number) is applied twice: the
     * position doubles, the open quantity is released twice and it is counted as an overfill.
     * UDP order transport can duplicate datagrams and nothing upstream of risk de-duplicates.
     */
    @Test
    void aDuplicatedFillReportIsAppliedOnce() {
        final KillSwitch kill = new KillSwitch();
        final RiskEngine risk = engine(base().build(), refs(PX), kill);
        assertEquals(RejectReason.NONE, risk.checkNew(1, 1, Side.BUY, PX, 100, T0));
        risk.onExecution(fill(1, 60, 7));
        risk.onExecution(fill(1, 60, 7));
        assertEquals(60, risk.book().position(1), "position after a duplicated fill");
        assertEquals(40, risk.book().leavesOf(1), "leaves after a duplicated fill");
        assertEquals(0, risk.counters().get(RiskCounter.OVERFILLS));
    }

    /**
     * The duplicate of the fill that completed an order (a duplicated UDP datagram, a replayed
     * reply) finds the order closed. It is the same fill, remembered: a duplicate to count and
     * drop, not an orphan that stops trading.
     */
    @Test
    void aDuplicateOfTheFillThatCompletedAnOrderIsADuplicateNotAnOrphan() {
        final KillSwitch kill = new KillSwitch();
        final RiskEngine risk = engine(base().build(), refs(PX), kill);
        assertEquals(RejectReason.NONE, risk.checkNew(1, 1, Side.BUY, PX, 100, T0));
        risk.onExecution(fill(1, 40, 7));
        risk.onExecution(fill(1, 60, 8));
        assertEquals(0, risk.book().openOrders());
        assertFalse(risk.onExecution(fill(1, 60, 8)), "a repeated fill does not go on to the strategy");
        assertFalse(risk.onExecution(fill(1, 40, 7)));
        assertFalse(kill.isTripped(), "a repeated fill of a completed order tripped the kill switch");
        assertEquals(100, risk.book().position(1));
        assertEquals(2, risk.counters().get(RiskCounter.DUPLICATE_FILLS));
        assertEquals(0, risk.counters().get(RiskCounter.ORPHAN_FILLS));
        risk.onExecution(fill(1, 5, 9));
        assertTrue(kill.isTripped(), "a new fill of the completed order is still an orphan");
    }

    /**
     * A fill for an order risk no longer has open (here after the venue cancelled all of it) is
     * counted as UNKNOWN_ORDER_REPORTS and otherwise ignored: the position stays wrong and the
     * engine keeps trading. Expected: apply it (keep symbol/side of closed orders) or, at the
     * least, trip the kill switch because the position is no longer known.
     */
    @Test
    void aFillAfterTheOrderClosedIsAppliedOrStopsTrading() {
        final KillSwitch kill = new KillSwitch();
        final RiskEngine risk = engine(base().build(), refs(PX), kill);
        assertEquals(RejectReason.NONE, risk.checkNew(1, 1, Side.BUY, PX, 100, T0));
        risk.onExecution(cancelled(1, 100));
        assertEquals(0, risk.book().openOrders());
        risk.onExecution(fill(1, 50, 9));
        assertTrue(risk.book().position(1) == 50 || kill.isTripped(),
            "late fill of 50 shares silently dropped: position " + risk.book().position(1));
    }

    /**
     * An overfill is applied in full when it comes as one report (110 on a 100-share order), but
     * the same 110 shares as 100 + 10 lose the 10: the second report finds the order closed.
     */
    @Test
    void anOverfillSplitOverTwoReportsMovesThePositionLikeOneReport() {
        final KillSwitch kill = new KillSwitch();
        final RiskEngine one = engine(base().build(), refs(PX), new KillSwitch());
        assertEquals(RejectReason.NONE, one.checkNew(1, 1, Side.BUY, PX, 100, T0));
        one.onExecution(fill(1, 110, 1));
        assertEquals(110, one.book().position(1));

        final RiskEngine two = engine(base().build(), refs(PX), kill);
        assertEquals(RejectReason.NONE, two.checkNew(1, 1, Side.BUY, PX, 100, T0));
        two.onExecution(fill(1, 100, 1));
        two.onExecution(fill(1, 10, 2));
        assertTrue(two.book().position(1) == 110 || kill.isTripped(),
            "second part of the overfill dropped: position " + two.book().position(1));
    }

    /**
     * Risk approves order ids the gateway cannot put on the wire: OUCH tokens hold 0..10^14-1
     * and the gateway treats a negative token in a reply as malformed. Such an order is recorded
     * open (counted against the limits for ever) and the encoder throws.
     */
    @Test
    void orderIdsOutsideTheWireRangeAreInvalid() {
        final RiskEngine risk = engine(base().build(), refs(PX), new KillSwitch());
        assertEquals(RejectReason.INVALID_ORDER, risk.checkNew(-5, 1, Side.BUY, PX, 10, T0));
        assertEquals(RejectReason.INVALID_ORDER, risk.checkNew(100_000_000_000_000L, 1, Side.BUY, PX, 10, T0));
    }

    /**
     * The cost of an order is 10^9 / rate ns, truncated: at 600M orders/s the cost is 1 ns and
     * the bucket lets through 1e9/s, two thirds more than configured (the error is on the
     * permissive side for every rate that does not divide 10^9).
     */
    @Test
    void theTokenBucketNeverExceedsItsConfiguredRate() {
        final TokenBucket bucket = new TokenBucket(600_000_000L, 1);
        int granted = 0;
        for (int i = 0; i < 1_000; i++) {
            if (bucket.tryAcquire(T0 + i)) {
                granted++;
            }
        }
        // 1000 ns at 0.6 orders/ns plus a burst of 1
        assertTrue(granted <= 601, "granted " + granted + " in 1 us at 600M/s");
    }

    /**
     * OUCH 4.2's Accepted says how many shares the venue took, which can be fewer than were
     * entered. Risk kept the entered quantity open: once the accepted shares filled, the rest
     * stayed open for good (the venue sends nothing more for a done order), holding an open-order
     * slot and worst-case position, and the final fill's report said shares were left, so the
     * strategy never freed the symbol (its cancels of a done order are refused, forever).
     */
    @Test
    void sharesTheVenueDidNotAcceptAreNotLeftOpen() {
        final RiskEngine risk = engine(base().build(), refs(PX), new KillSwitch());
        assertEquals(RejectReason.NONE, risk.checkNew(1, 3, Side.BUY, PX, 100, T0));
        final ExecutionReport accepted = new ExecutionReport().set(ExecType.ACCEPTED, 1, 0, null, T0).price(PX)
            .leavesQuantity(80);
        assertTrue(risk.onExecution(accepted));
        assertEquals(80, accepted.leavesQuantity());
        assertEquals(80, risk.book().openBuy(3), "worst case counts what works at the venue");
        final ExecutionReport done = fill(1, 80, 7);
        assertTrue(risk.onExecution(done));
        assertEquals(0, done.leavesQuantity(), "the order is done");
        assertFalse(risk.book().isOpen(1));
        assertEquals(0, risk.book().openOrders());
        assertEquals(80, risk.book().position(3));
        // An Accepted repeated after a fill (a duplicated datagram) does not add shares back.
        assertEquals(RejectReason.NONE, risk.checkNew(2, 3, Side.BUY, PX, 100, T0));
        risk.onExecution(new ExecutionReport().set(ExecType.ACCEPTED, 2, 0, null, T0).price(PX).leavesQuantity(100));
        risk.onExecution(fill(2, 30, 8));
        risk.onExecution(new ExecutionReport().set(ExecType.ACCEPTED, 2, 0, null, T0).price(PX).leavesQuantity(100));
        assertEquals(70, risk.book().leavesOf(2));
    }
}
