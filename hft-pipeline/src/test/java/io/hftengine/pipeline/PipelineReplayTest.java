package io.hftengine.pipeline;

import io.hftengine.pipeline.gateway.GatewayCounter;
import io.hftengine.pipeline.journal.JournalDescriptor;
import io.hftengine.pipeline.journal.JournalReader;
import io.hftengine.pipeline.marketdata.MarketDataCounter;
import io.hftengine.pipeline.marketdata.RetransmitRequester;
import io.hftengine.pipeline.message.RejectReason;
import io.hftengine.pipeline.risk.RiskCounter;
import io.hftengine.pipeline.risk.RiskLimits;
import io.hftengine.pipeline.strategy.ImbalanceParams;
import io.hftengine.pipeline.strategy.ImbalanceStrategy;
import io.hftengine.pipeline.strategy.StrategyCounter;
import io.hftengine.types.Price;
import io.hftengine.types.Symbol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Deterministic replay: the same feed through the whole pipeline, with the simulated exchange,
 * on the caller's thread and on 1, 2 and 4 threads, must write byte-identical journals (order
 * stream and venue answers) and identical counters.
 */
class PipelineReplayTest {
    @TempDir
    Path dir;

    private final ScenarioFeed scenario = new ScenarioFeed(42, 600, 100, 200);

    private Pipeline build(final int threads, final String name) {
        final MutableClock clock = new MutableClock(ScenarioFeed.T0);
        final PipelineConfig config = PipelineConfig.builder().mode(RunMode.REPLAY)
            .layout(threads == -1 ? 1 : threads, true, false).rings(256, 64, 64, 256, 256, 1024)
            .sequencing(1, 64, 1500, 5_000_000_000L).bookOrderCapacity(1 << 14)
            .journal(dir.resolve(name + ".journal"), 1 << 16).simulatedExchange(80, 1_000).build();
        return PipelineBuilder.create().config(config).clock(clock)
            .riskLimits(RiskLimits.builder().maxSymbols(8).maxOrderQuantity(500).maxSymbolPosition(600)
                .maxTotalPosition(1_200).orderRate(50, 5).priceBandBps(100).maxOpenOrders(4).build())
            .strategy(new ImbalanceStrategy(ImbalanceParams.builder().maxSymbols(8).depth(5).thresholdBps(1_000)
                .orderQuantity(200).maxPosition(1_000).maxSpread(Price.ONE).cooldownNs(500_000)
                .orderTimeoutNs(2_000_000).build()))
            .packetSource(scenario.source(clock), RetransmitRequester.NONE)
            .build();
    }

    private String runFused() {
        final Pipeline pipeline = build(-1, "fused");
        assertTrue(pipeline.runToEnd(1_000_000));
        pipeline.close();
        return pipeline.countersJson();
    }

    private String runThreads(final int threads) throws Exception {
        final Pipeline pipeline = build(threads, "t" + threads);
        pipeline.start();
        final long deadline = System.currentTimeMillis() + 60_000;
        while (!(pipeline.marketData().endOfSource() && pipeline.isQuiescent())) {
            assertTrue(System.currentTimeMillis() < deadline, "replay did not finish: " + pipeline.countersJson());
            Thread.sleep(1);
        }
        pipeline.close();
        assertEquals(null, pipeline.lastError());
        // after close: the journal thread has drained its ring too
        return pipeline.countersJson();
    }

    @Test
    void everyLayoutEmitsTheSameBytes() throws Exception {
        final String fused = runFused();
        final byte[] reference = Files.readAllBytes(dir.resolve("fused.journal"));
        final long[] counts = new long[2];
        new JournalReader().read(dir.resolve("fused.journal"), (direction, t, id, pkt, buffer, offset, length) ->
            counts[direction == JournalDescriptor.OUTBOUND ? 0 : 1]++);
        assertTrue(counts[0] > 20, "orders sent: " + counts[0] + " " + fused);
        assertTrue(counts[1] > 20, "replies: " + counts[1]);
        assertTrue(!fused.contains("\"REJECTED\":0"), "some signals rejected by risk: " + fused);
        assertTrue(fused.contains("\"" + MarketDataCounter.DUPLICATE_PACKETS + "\":1"), fused);
        assertTrue(fused.contains("\"" + MarketDataCounter.GAPS_FILLED + "\":1"), fused);
        assertTrue(fused.contains("\"" + MarketDataCounter.MALFORMED_PACKETS + "\":1"), fused);
        for (final int threads : new int[] {1, 2, 4}) {
            final String json = runThreads(threads);
            assertEquals(fused, json, "counters with " + threads + " threads");
            final byte[] bytes = Files.readAllBytes(dir.resolve("t" + threads + ".journal"));
            assertEquals(reference.length, bytes.length, "journal length with " + threads + " threads");
            assertArrayEquals(reference, bytes, "journal bytes with " + threads + " threads");
        }
        assertTrue(Arrays.stream(new String[] {fused}).allMatch(s -> s.contains("\"killSwitch\":{\"tripped\":false")));
        assertEquals(Symbol.pack("ALC"), Symbol.pack("ALC"));
        assertTrue(GatewayCounter.values().length > 0 && RiskCounter.values().length > 0
            && StrategyCounter.values().length > 0 && RejectReason.values().length > 0);
    }
}
