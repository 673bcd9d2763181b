package io.hftengine.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import io.hftengine.engine.config.EngineConfig;
import io.hftengine.engine.config.EngineConfigLoader;
import io.hftengine.engine.feed.InProcessFeed;
import io.hftengine.metrics.shm.MetricsFileReader;
import io.hftengine.metrics.shm.WriterStatus;
import io.hftengine.pipeline.Pipeline;
import io.hftengine.pipeline.PipelineBuilder;
import io.hftengine.pipeline.RunMode;
import io.hftengine.pipeline.gateway.GatewayCounter;
import io.hftengine.pipeline.gateway.SimulatedExchange;
import io.hftengine.pipeline.marketdata.RetransmitRequester;
import io.hftengine.pipeline.message.RejectReason;
import io.hftengine.pipeline.risk.KillSwitchSource;
import io.hftengine.pipeline.risk.RiskCounter;
import io.hftengine.pipeline.strategy.ImbalanceStrategy;
import io.hftengine.types.SystemClock;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The kill switch set from outside, as {@code hft monitor --kill-switch} sets it: the control word
 * of the shared-memory metrics file, read by the risk stage through the exporter. In each thread
 * layout, while the engine trades a live in-process feed: from the moment the risk stage sees the
 * word, not one more order is approved or leaves the gateway, and the strategy's further orders
 * are refused with {@link RejectReason#KILL_SWITCH}.
 *
 * <p>The moment is taken exactly: the source the risk stage polls is wrapped, and the first time
 * it answers "requested" it notes, on the risk thread, how many orders had been approved; the
 * switch is tripped right after, on the same thread, so every approval after the trip would
 * show as one more than that note.
 */
class ExternalKillSwitchTest {
    private static final long WAIT_MS = 20_000;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "layout {0}")
    @ValueSource(ints = {1, 2, 4})
    void aKillRequestInTheMetricsFileStopsEveryOrderFromTheNextEventOn(final int threads) throws Exception {
        final EngineConfig config = EngineConfigLoader.defaults();
        final Path metrics = dir.resolve("metrics-" + threads + ".dat");
        try (MetricsExporter exporter = MetricsExporter.create(metrics, SummaryCollector.stageNames())) {
            final MetricsFileReader monitor = new MetricsFileReader(metrics, 60_000);
            try {
                final KillSwitchSource word = exporter.killSwitch();
                final AtomicReference<Pipeline> running = new AtomicReference<>();
                final AtomicLong approvedAtTrip = new AtomicLong(-1);
                final KillSwitchSource watched = () -> {
                    final boolean requested = word.killSwitchRequested();
                    if (requested && approvedAtTrip.get() < 0) {
                        approvedAtTrip.set(running.get().risk().engine().counters().get(RiskCounter.APPROVED_ORDERS));
                    }
                    return requested;
                };
                final DigestingTransport venue = new DigestingTransport(
                        new SimulatedExchange(new SystemClock(), 50, 1_000_000, 1 << 16));
                final Pipeline pipeline = PipelineBuilder.create()
                        .config(config.pipeline().mode(RunMode.LIVE).layout(threads, true, false)
                                .latencyTracking(false).journal(null, 1 << 20).build())
                        .riskLimits(config.risk()).strategy(new ImbalanceStrategy(config.strategy()))
                        .clock(new SystemClock())
                        .packetSource(new InProcessFeed(100, 1, 40_000, 50_000_000, 16), RetransmitRequester.NONE)
                        .orderTransport(venue).killSwitchSource(watched).build();
                running.set(pipeline);
                exporter.bind(pipeline);
                pipeline.start();
                try {
                    await(() -> pipeline.gateway().counters().get(GatewayCounter.ORDERS_SENT) > 0,
                            "orders before the request", pipeline);
                    exporter.publishCounters(System.currentTimeMillis()); // the heartbeat the monitor checks
                    assertEquals(WriterStatus.LIVE, monitor.refresh(), "the monitor sees the engine's file");
                    monitor.control().requestKillSwitch(7, System.currentTimeMillis());
                    await(() -> pipeline.killSwitch().isTripped(), "the risk stage to see the request", pipeline);
                    await(() -> pipeline.risk().engine().rejects().get(RejectReason.KILL_SWITCH) >= 3,
                            "orders the strategy still wants, refused", pipeline);
                } finally {
                    pipeline.close();
                }
                assertNull(pipeline.lastError());
                final String json = pipeline.countersJson();
                assertTrue(pipeline.killSwitch().reason().contains("external"), pipeline.killSwitch().reason());
                assertEquals(1, pipeline.risk().engine().counters().get(RiskCounter.EXTERNAL_KILL_REQUESTS), json);
                final long atTrip = approvedAtTrip.get();
                assertTrue(atTrip > 0, "orders were approved before the request: " + json);
                assertEquals(atTrip, pipeline.risk().engine().counters().get(RiskCounter.APPROVED_ORDERS),
                        "an order was approved after the kill switch: " + json);
                final long sent = pipeline.gateway().counters().get(GatewayCounter.ORDERS_SENT);
                assertTrue(sent > 0 && sent <= atTrip, "an order left the gateway after the kill switch: " + json);
                assertEquals(sent + pipeline.gateway().counters().get(GatewayCounter.CANCELS_SENT), venue.messages(),
                        "the venue saw exactly what the gateway sent");
            } finally {
                monitor.close();
            }
        }
    }

    private static void await(final BooleanSupplier condition, final String what, final Pipeline pipeline)
            throws InterruptedException {
        final long deadline = System.currentTimeMillis() + WAIT_MS;
        while (!condition.getAsBoolean()) {
            assertTrue(System.currentTimeMillis() < deadline, "timed out waiting for " + what + ": "
                    + pipeline.countersJson());
            Thread.sleep(2);
        }
    }
}
