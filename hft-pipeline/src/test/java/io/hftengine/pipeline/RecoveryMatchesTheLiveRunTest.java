package io.hftengine.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hftengine.pipeline.marketdata.RetransmitRequester;
import io.hftengine.pipeline.recovery.JournalRecovery;
import io.hftengine.pipeline.recovery.RecoveredDay;
import io.hftengine.pipeline.risk.KillSwitch;
import io.hftengine.pipeline.risk.PositionBook;
import io.hftengine.pipeline.risk.ReferencePrices;
import io.hftengine.pipeline.risk.RiskCounter;
import io.hftengine.pipeline.risk.RiskEngine;
import io.hftengine.pipeline.risk.RiskLimits;
import io.hftengine.pipeline.strategy.ImbalanceParams;
import io.hftengine.pipeline.strategy.ImbalanceStrategy;
import io.hftengine.types.Price;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/**
 * A whole replayed session through the pipeline, journaled, then recovered from its journal into a
 * fresh risk engine and strategy, as a restart would: positions, open quantities, worst cases and
 * open orders equal what the live stages held at the end, for every symbol.
 */
class RecoveryMatchesTheLiveRunTest {
    private static final int SYMBOLS = 8;

    @TempDir
    Path dir;

    private static RiskLimits limits() {
        return RiskLimits.builder().maxSymbols(SYMBOLS).maxOrderQuantity(500).maxSymbolPosition(600)
            .maxTotalPosition(1_200).orderRate(50, 5).priceBandBps(100).maxOpenOrders(4).build();
    }

    private static ImbalanceStrategy strategy() {
        return new ImbalanceStrategy(ImbalanceParams.builder().maxSymbols(SYMBOLS).depth(5).thresholdBps(1_000)
            .orderQuantity(200).maxPosition(1_000).maxSpread(Price.ONE).cooldownNs(500_000)
            .orderTimeoutNs(100_000_000L).build());
    }

    @Test
    void theRecoveredStagesHoldWhatTheLiveOnesHeldAtTheEnd() {
        final Path journal = dir.resolve("session.journal");
        final MutableClock clock = new MutableClock(ScenarioFeed.T0);
        final ImbalanceStrategy liveStrategy = strategy();
        // 60% of each order filled, the rest left resting (cancelled only after 100 ms): orders still working at the end.
        final Pipeline pipeline = PipelineBuilder.create().config(PipelineConfig.builder().mode(RunMode.REPLAY)
                .layout(1, true, false).rings(256, 64, 64, 256, 256, 1024)
                .sequencing(1, 64, 1500, 5_000_000_000L).bookOrderCapacity(1 << 14)
                .journal(journal, 1 << 16).simulatedExchange(60, 1_000).build())
            .clock(clock).riskLimits(limits()).strategy(liveStrategy)
            .packetSource(new ScenarioFeed(7, 600, 100, 200).source(clock), RetransmitRequester.NONE)
            .build();
        assertTrue(pipeline.runToEnd(1_000_000));
        pipeline.close();
        final RiskEngine live = pipeline.risk().engine();
        assertTrue(live.counters().get(RiskCounter.FILLS) > 5, "the session filled orders: " + pipeline.countersJson());

        final RiskEngine recovered = new RiskEngine(limits(), new ReferencePrices(SYMBOLS), new KillSwitch());
        final ImbalanceStrategy recoveredStrategy = strategy();
        final RecoveredDay day = JournalRecovery.recover(journal, recovered, recoveredStrategy);

        assertEquals(live.counters().get(RiskCounter.APPROVED_ORDERS), day.ordersRestored(), day.toString());
        assertEquals(live.counters().get(RiskCounter.FILLS), day.fills());
        assertEquals(live.book().openOrders(), day.openOrders());
        assertEquals(live.book().openOrders(), recovered.book().openOrders());
        assertEquals(live.book().totalWorstCase(), recovered.book().totalWorstCase());
        assertFalse(recovered.killSwitch().isTripped(), String.valueOf(day.killSwitchReason()));
        long positions = 0;
        for (int symbol = 1; symbol < SYMBOLS; symbol++) {
            final PositionBook a = live.book();
            final PositionBook b = recovered.book();
            assertEquals(a.position(symbol), b.position(symbol), "position of " + symbol);
            assertEquals(a.openBuy(symbol), b.openBuy(symbol), "open buy of " + symbol);
            assertEquals(a.openSell(symbol), b.openSell(symbol), "open sell of " + symbol);
            assertEquals(liveStrategy.position(symbol), recoveredStrategy.position(symbol), "strategy position " + symbol);
            assertEquals(liveStrategy.openOrderId(symbol), recoveredStrategy.openOrderId(symbol),
                "strategy's working order of " + symbol);
            positions += Math.abs(a.position(symbol));
        }
        assertTrue(positions > 0, "some position to recover");
        assertTrue(day.openOrders() > 0, "orders still working at the end: " + day);
    }
}
