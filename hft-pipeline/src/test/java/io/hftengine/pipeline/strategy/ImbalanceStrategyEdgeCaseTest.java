package io.hftengine.pipeline.strategy;

import io.hftengine.pipeline.message.MarketEvent;
import io.hftengine.pipeline.message.MarketEventType;
import io.hftengine.types.Price;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The reference strategy on books a random test feed never builds. */
class ImbalanceStrategyEdgeCaseTest {
    private final ImbalanceStrategyTest.RecordingSink sink = new ImbalanceStrategyTest.RecordingSink();
    private final ImbalanceStrategy strategy = new ImbalanceStrategy(ImbalanceParams.builder().maxSymbols(8).depth(1)
        .thresholdBps(2_000).orderQuantity(100).maxPosition(200).maxSpread(Price.ONE).cooldownNs(1_000)
        .orderTimeoutNs(50_000).build());

    private static MarketEvent top(final int symbol, final long bidQty, final long askQty) {
        final MarketEvent e = new MarketEvent();
        e.book(MarketEventType.TICK, symbol, 0, false);
        e.addBid(10 * Price.ONE, bidQty);
        e.addAsk(10 * Price.ONE + Price.ONE / 100, askQty);
        return e;
    }

    @Test
    void hugeLevelSizesDoNotOverflowTheImbalanceIntoTheWrongSide() {
        // 10^15 shares: a level of ~233,000 orders of the largest ITCH size (2^32 - 1), or a
        // corrupt feed. (bid - ask) * 10^4 no longer fits a long: the sign must still be right.
        strategy.onMarketEvent(top(1, 1_000_000_000_000_000L, 1), sink);
        strategy.onMarketEvent(top(2, 1, 1_000_000_000_000_000L), sink);
        assertEquals(List.of("BUY 1 100@10.01", "SELL 2 100@10"), sink.calls);
    }

    @Test
    void theLargestSizesStillGiveTheExactImbalanceAtTheThreshold() {
        // bid : ask = 3 : 2 is exactly 2,000 bps, the threshold: a buy, however large the sizes.
        final long unit = Long.MAX_VALUE / 8;
        strategy.onMarketEvent(top(1, 3 * unit, 2 * unit), sink);
        assertEquals(List.of("BUY 1 100@10.01"), sink.calls);
    }

    @Property(tries = 2_000)
    void theSideIsTheOneExactArithmeticGives(@ForAll @LongRange(min = 1, max = Long.MAX_VALUE / 2) final long bidQty,
                                              @ForAll @LongRange(min = 1, max = Long.MAX_VALUE / 2) final long askQty,
                                              @ForAll @IntRange(min = 1, max = 10_000) final int thresholdBps) {
        final ImbalanceStrategy exact = new ImbalanceStrategy(ImbalanceParams.builder().maxSymbols(8).depth(1)
            .thresholdBps(thresholdBps).orderQuantity(100).maxPosition(200).maxSpread(Price.ONE).build());
        final ImbalanceStrategyTest.RecordingSink calls = new ImbalanceStrategyTest.RecordingSink();
        exact.onMarketEvent(top(1, bidQty, askQty), calls);
        final BigInteger bid = BigInteger.valueOf(bidQty);
        final BigInteger ask = BigInteger.valueOf(askQty);
        final long imbalance = bid.subtract(ask).multiply(BigInteger.valueOf(10_000)).divide(bid.add(ask)).longValueExact();
        final List<String> expected = imbalance >= thresholdBps ? List.of("BUY 1 100@10.01")
            : -imbalance >= thresholdBps ? List.of("SELL 1 100@10") : List.of();
        assertEquals(expected, calls.calls, "bid " + bidQty + " ask " + askQty + " imbalance " + imbalance);
    }
}
