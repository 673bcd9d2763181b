package io.hftengine.pipeline.strategy;

import io.hftengine.pipeline.message.ExecType;
import io.hftengine.pipeline.message.ExecutionReport;
import io.hftengine.types.Price;
import io.hftengine.types.Side;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The reference strategy's inventory follows a Broken Trade back, as risk's position does. */
class BrokenTradeInventoryTest {
    @Test
    void aBrokenFillIsTakenOutOfTheInventory() {
        final ImbalanceStrategy strategy = new ImbalanceStrategy(ImbalanceParams.builder().maxSymbols(8).depth(2)
            .thresholdBps(2_000).orderQuantity(100).maxPosition(200).maxSpread(Price.ONE).cooldownNs(1_000)
            .orderTimeoutNs(50_000).build());
        final ImbalanceStrategyTest.RecordingSink sink = new ImbalanceStrategyTest.RecordingSink();
        strategy.onExecutionReport(new ExecutionReport().set(ExecType.FILLED, 1, 2, Side.SELL, 0)
            .fill(70, 10 * Price.ONE, 5), sink);
        assertEquals(-70, strategy.position(2));
        // Risk completes a broken trade with the fill's side and shares before the strategy sees it.
        strategy.onExecutionReport(new ExecutionReport().set(ExecType.BROKEN, 1, 2, Side.SELL, 0)
            .fill(70, 10 * Price.ONE, 5), sink);
        assertEquals(0, strategy.position(2));
    }

    @Test
    void aBrokenTradeRiskCouldNotPlaceChangesNothing() {
        final ImbalanceStrategy strategy = new ImbalanceStrategy(ImbalanceParams.builder().maxSymbols(8).build());
        final ImbalanceStrategyTest.RecordingSink sink = new ImbalanceStrategyTest.RecordingSink();
        strategy.onExecutionReport(new ExecutionReport().set(ExecType.FILLED, 1, 2, Side.BUY, 0)
            .fill(70, 10 * Price.ONE, 5), sink);
        // Unknown to risk: no symbol, no side (risk tripped the kill switch instead).
        strategy.onExecutionReport(new ExecutionReport().set(ExecType.BROKEN, 1, 0, null, 0).fill(0, 0, 6), sink);
        assertEquals(70, strategy.position(2));
    }
}
