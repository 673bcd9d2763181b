package io.hftengine.pipeline.strategy;

import io.hftengine.pipeline.message.ExecType;
import io.hftengine.pipeline.message.ExecutionReport;
import io.hftengine.pipeline.message.MarketEvent;
import io.hftengine.pipeline.message.MarketEventType;
import io.hftengine.pipeline.message.RejectReason;
import io.hftengine.types.Price;
import io.hftengine.types.Side;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImbalanceStrategyTest {
    /** Records every call; assigns ids from 1. */
    static final class RecordingSink implements SignalSink {
        final List<String> calls = new ArrayList<>();
        long now = 1_000_000_000L;
        long nextId = 1;
        boolean cancelsSucceed = true;

        @Override
        public long enter(final Side side, final int symbolId, final long price, final long quantity) {
            calls.add(side + " " + symbolId + " " + quantity + "@" + Price.toString(price));
            return nextId++;
        }

        @Override
        public boolean cancel(final long orderId) {
            calls.add("CANCEL " + orderId);
            return cancelsSucceed;
        }

        @Override
        public long nowNs() {
            return now;
        }
    }

    private final RecordingSink sink = new RecordingSink();
    private ImbalanceStrategy strategy;

    @BeforeEach
    void setUp() {
        strategy = new ImbalanceStrategy(ImbalanceParams.builder().maxSymbols(8).depth(2).thresholdBps(2_000)
            .orderQuantity(100).maxPosition(200).maxSpread(Price.ONE).cooldownNs(1_000).orderTimeoutNs(50_000).build());
    }

    private static MarketEvent book(final int symbol, final long bidQty, final long askQty, final boolean stale) {
        final MarketEvent e = new MarketEvent();
        e.book(MarketEventType.BOOK_UPDATE, symbol, 0, stale);
        e.addBid(10 * Price.ONE, bidQty);
        e.addBid(10 * Price.ONE - Price.ONE / 100, bidQty);
        e.addAsk(10 * Price.ONE + Price.ONE / 100, askQty);
        e.addAsk(10 * Price.ONE + Price.ONE / 50, askQty);
        return e;
    }

    private ExecutionReport report(final ExecType type, final long id, final Side side, final long qty, final long leaves) {
        final ExecutionReport r = new ExecutionReport();
        r.set(type, id, 1, side, sink.now).fill(qty, 10 * Price.ONE, 1).leavesQuantity(leaves);
        return r;
    }

    @Test
    void buysAtTheAskWhenBidsDominateAndSellsAtTheBidWhenAsksDo() {
        strategy.onMarketEvent(book(1, 900, 100, false), sink);
        assertEquals(List.of("BUY 1 100@10.01"), sink.calls);
        strategy.onMarketEvent(book(2, 100, 900, false), sink);
        assertEquals("SELL 2 100@10", sink.calls.get(1));
    }

    @Test
    void balancedStaleOrWideBooksAreNotTraded() {
        strategy.onMarketEvent(book(1, 500, 500, false), sink);
        strategy.onMarketEvent(book(1, 900, 100, true), sink);
        final MarketEvent wide = new MarketEvent();
        wide.book(MarketEventType.TICK, 3, 0, false);
        wide.addBid(10 * Price.ONE, 900);
        wide.addAsk(12 * Price.ONE, 1);
        strategy.onMarketEvent(wide, sink);
        assertTrue(sink.calls.isEmpty(), sink.calls.toString());
        assertTrue(strategy.isStale(1));
    }

    @Test
    void aHaltedSymbolIsNotTradedUntilItResumes() {
        strategy.onMarketEvent(book(1, 900, 100, false).halted(true), sink);
        assertTrue(sink.calls.isEmpty(), "an order sent into a halt: " + sink.calls);
        strategy.onMarketEvent(book(1, 900, 100, false), sink);
        assertEquals(List.of("BUY 1 100@10.01"), sink.calls, "trading again once the symbol resumes");
    }

    @Test
    void oneOrderPerSymbolAtATimeAndPositionCapped() {
        strategy.onMarketEvent(book(1, 900, 100, false), sink);
        sink.now += 10_000;
        strategy.onMarketEvent(book(1, 900, 100, false), sink);
        assertEquals(1, sink.calls.size(), "second order while the first is open");
        strategy.onExecutionReport(report(ExecType.FILLED, 1, Side.BUY, 100, 0), sink);
        assertEquals(100, strategy.position(1));
        assertEquals(0, strategy.openOrderId(1));
        strategy.onMarketEvent(book(1, 900, 100, false), sink);
        strategy.onExecutionReport(report(ExecType.FILLED, 2, Side.BUY, 100, 0), sink);
        sink.now += 10_000;
        strategy.onMarketEvent(book(1, 900, 100, false), sink);
        assertEquals(2, sink.calls.size(), "position cap of 200 reached: " + sink.calls);
    }

    @Test
    void cooldownIsClockTime() {
        strategy.onMarketEvent(book(1, 900, 100, false), sink);
        strategy.onExecutionReport(report(ExecType.FILLED, 1, Side.BUY, 100, 0), sink);
        strategy.onMarketEvent(book(1, 900, 100, false), sink);
        assertEquals(1, sink.calls.size(), "within the cooldown");
        sink.now += 1_000;
        strategy.onMarketEvent(book(1, 900, 100, false), sink);
        assertEquals(2, sink.calls.size(), "one cooldown later");
    }

    @Test
    void aRefusedOrderRestsTheSymbolForTenCooldowns() {
        strategy.onMarketEvent(book(1, 900, 100, false), sink);
        final ExecutionReport rejected = report(ExecType.RISK_REJECTED, 1, Side.BUY, 0, 0).rejectReason(RejectReason.ORDER_RATE);
        strategy.onExecutionReport(rejected, sink);
        assertEquals(0, strategy.openOrderId(1));
        sink.now += 1_000;
        strategy.onMarketEvent(book(1, 900, 100, false), sink);
        assertEquals(1, sink.calls.size(), "one cooldown is not enough after a reject");
        sink.now += 8_999;
        strategy.onMarketEvent(book(1, 900, 100, false), sink);
        assertEquals(1, sink.calls.size(), "still resting: " + sink.calls);
        sink.now += 1;
        strategy.onMarketEvent(book(1, 900, 100, false), sink);
        assertEquals(2, sink.calls.size(), "ten cooldowns after the reject");
        strategy.onMarketEvent(book(2, 900, 100, false), sink);
        assertEquals(3, sink.calls.size(), "other symbols are not held back");
    }

    @Test
    void timerCancelsAnOrderOpenTooLong() {
        strategy.onMarketEvent(book(1, 900, 100, false), sink);
        assertEquals(sink.now + 50_000, strategy.nextTimerNs());
        strategy.onTimer(sink.now + 49_999, sink);
        assertEquals(1, sink.calls.size());
        strategy.onTimer(sink.now + 50_000, sink);
        assertEquals("CANCEL 1", sink.calls.get(1));
        assertEquals(sink.now + 100_000, strategy.nextTimerNs(), "its answer is awaited one timeout");
        strategy.onExecutionReport(report(ExecType.CANCELLED, 1, Side.BUY, 100, 0), sink);
        assertEquals(0, strategy.openOrderId(1));
        strategy.onTimer(sink.now + 100_000, sink);
        assertEquals(2, sink.calls.size(), "a done order is not cancelled again");
        assertEquals(Long.MAX_VALUE, strategy.nextTimerNs());
    }

    /**
     * A cancel that could not be handed on (the ring to risk full) was never tried again: the
     * timer had no deadline left, so the order stayed open and the symbol never traded again.
     */
    @Test
    void aCancelThatCouldNotBeSentIsTriedAgain() {
        strategy.onMarketEvent(book(1, 900, 100, false), sink);
        sink.cancelsSucceed = false;
        strategy.onTimer(sink.now + 50_000, sink);
        assertEquals("CANCEL 1", sink.calls.get(1));
        assertTrue(strategy.nextTimerNs() < Long.MAX_VALUE, "a retry is due");
        sink.cancelsSucceed = true;
        strategy.onTimer(strategy.nextTimerNs(), sink);
        assertEquals(List.of("BUY 1 100@10.01", "CANCEL 1", "CANCEL 1"), sink.calls);
    }

    /**
     * A cancel the venue refused (Cancel Reject: the strategy is not told) or that was lost left
     * the order open for good: it is asked again once another timeout has passed without an answer.
     */
    @Test
    void aCancelLeftUnansweredIsAskedAgainAfterAnotherTimeout() {
        strategy.onMarketEvent(book(1, 900, 100, false), sink);
        final long sent = sink.now + 50_000;
        strategy.onTimer(sent, sink);
        assertEquals(sent + 50_000, strategy.nextTimerNs(), "the answer is awaited one timeout");
        strategy.onTimer(sent + 49_999, sink);
        assertEquals(2, sink.calls.size());
        strategy.onTimer(sent + 50_000, sink);
        assertEquals(List.of("BUY 1 100@10.01", "CANCEL 1", "CANCEL 1"), sink.calls);
        strategy.onExecutionReport(report(ExecType.CANCELLED, 1, Side.BUY, 100, 0), sink);
        assertEquals(0, strategy.openOrderId(1));
    }

    /**
     * A venue that never answers (down, or ignoring tokens it has seen): the cancel is repeated
     * after one timeout, then two, four... at most 64 timeouts apart. Before, it was repeated every
     * timeout for the whole run: 256 unanswered orders made 2,600 cancels a second, all approved.
     */
    @Test
    void cancelsOfAnOrderNeverAnsweredBackOff() {
        strategy.onMarketEvent(book(1, 900, 100, false), sink);
        final long first = sink.now + 50_000;
        long now = first;
        for (int i = 0; i < 2_000; i++) { // 100 ms of timer turns, 50 us apart
            strategy.onTimer(now, sink);
            now += 50_000;
        }
        final long cancels = sink.calls.stream().filter(c -> c.startsWith("CANCEL")).count();
        // at first, +1, +3, +7, +15, +31, +63 timeouts, then every 64: 7 + (2000 - 63) / 64 = 37
        assertTrue(cancels <= 40 && cancels >= 30, "cancels in 2,000 timeouts: " + cancels);
        strategy.onExecutionReport(report(ExecType.CANCELLED, 1, Side.BUY, 100, 0), sink);
        sink.now = now + 1_000_000_000L;
        strategy.onMarketEvent(book(1, 900, 100, false), sink);
        final int before = sink.calls.size();
        assertTrue(sink.calls.get(before - 1).startsWith("BUY"), sink.calls.get(before - 1));
        strategy.onTimer(sink.now + 50_000, sink);
        strategy.onTimer(sink.now + 100_000, sink);
        assertEquals(before + 2, sink.calls.size(), "the next order's cancels start from one timeout again");
    }
}
