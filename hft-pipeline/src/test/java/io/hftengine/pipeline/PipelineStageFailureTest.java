package io.hftengine.pipeline;

import io.hftengine.affinity.CpuTopology;
import io.hftengine.affinity.LayoutRequest;
import io.hftengine.affinity.ThreadLayout;
import io.hftengine.affinity.ThreadLayoutPlanner;
import io.hftengine.pipeline.journal.JournalWriter;
import io.hftengine.pipeline.marketdata.RetransmitRequester;
import io.hftengine.pipeline.message.ExecutionReport;
import io.hftengine.pipeline.message.MarketEvent;
import io.hftengine.pipeline.risk.RiskLimits;
import io.hftengine.pipeline.strategy.ImbalanceParams;
import io.hftengine.pipeline.strategy.ImbalanceStrategy;
import io.hftengine.pipeline.strategy.SignalSink;
import io.hftengine.pipeline.strategy.Strategy;
import io.hftengine.types.Price;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the assembled pipeline does when something goes wrong around the stages: a stage that
 * throws (on its own thread, or on the caller's), and a start that fails half way.
 */
class PipelineStageFailureTest {
    @TempDir
    Path dir;

    private final ScenarioFeed scenario = new ScenarioFeed(42, 300, 100, 200);

    /** The reference strategy, except that its market event callbacks {@code from..to} throw. */
    static final class Failing implements Strategy {
        private final ImbalanceStrategy inner = new ImbalanceStrategy(ImbalanceParams.builder().maxSymbols(8)
            .depth(5).thresholdBps(1_000).orderQuantity(200).maxPosition(1_000).maxSpread(Price.ONE)
            .cooldownNs(500_000).orderTimeoutNs(2_000_000).build());
        private final int from;
        private final int to;
        private int events;

        Failing(final int from, final int to) {
            this.from = from;
            this.to = to;
        }

        @Override
        public void onMarketEvent(final MarketEvent event, final SignalSink sink) {
            events++;
            if (events >= from && events <= to) {
                throw new IllegalStateException("strategy failure " + events);
            }
            inner.onMarketEvent(event, sink);
        }

        @Override
        public void onExecutionReport(final ExecutionReport report, final SignalSink sink) {
            inner.onExecutionReport(report, sink);
        }

        @Override
        public void onTimer(final long nowNs, final SignalSink sink) {
            inner.onTimer(nowNs, sink);
        }

        @Override
        public long nextTimerNs() {
            return inner.nextTimerNs();
        }
    }

    private Pipeline build(final String name, final Strategy strategy) {
        return build(name, strategy, RunMode.REPLAY);
    }

    private Pipeline build(final String name, final Strategy strategy, final RunMode mode) {
        return build(name, strategy, mode, 1 << 16);
    }

    private Pipeline build(final String name, final Strategy strategy, final RunMode mode, final int journalWindow) {
        final MutableClock clock = new MutableClock(ScenarioFeed.T0);
        final PipelineConfig config = PipelineConfig.builder().mode(mode).layout(2, true, false)
            .rings(256, 64, 64, 256, 256, 1024).sequencing(1, 64, 1500, 5_000_000_000L).bookOrderCapacity(1 << 14)
            .journal(dir.resolve(name + ".journal"), journalWindow).simulatedExchange(80, 1_000).build();
        return PipelineBuilder.create().config(config).clock(clock)
            .riskLimits(RiskLimits.builder().maxSymbols(8).maxOrderQuantity(500).maxSymbolPosition(600)
                .maxTotalPosition(1_200).orderRate(50, 5).priceBandBps(100).maxOpenOrders(4).build())
            .strategy(strategy).packetSource(scenario.source(clock), RetransmitRequester.NONE).build();
    }

    private static ThreadLayout layout(final List<String> stages, final int threads) {
        return ThreadLayoutPlanner.plan(stages, LayoutRequest.of(threads), CpuTopology.uniform(4), true);
    }

    private static boolean awaitEnd(final Pipeline pipeline) throws InterruptedException {
        final long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            if (pipeline.marketData().endOfSource() && pipeline.isQuiescent()) {
                return true;
            }
            Thread.sleep(1);
        }
        return false;
    }

    @Test
    void aStageThatThrowsOnItsThreadTripsTheKillSwitchAndReplayStillRunsToTheEnd() throws Exception {
        try (Pipeline pipeline = build("throws", new Failing(5, 5))) {
            pipeline.start(layout(Pipeline.STAGE_NAMES, 2));
            assertTrue(awaitEnd(pipeline), "the event whose handler threw is consumed; the handshake must not "
                + "wait for it for ever: " + pipeline.countersJson());
            assertNotNull(pipeline.lastError());
            assertTrue(pipeline.killSwitch().reason().startsWith("stage error: "), pipeline.killSwitch().reason());
        }
    }

    @Test
    void lastErrorIsTheFirstExceptionAStageThrewAsDocumented() throws Exception {
        try (Pipeline pipeline = build("first", new Failing(1, Integer.MAX_VALUE))) {
            pipeline.start(layout(Pipeline.STAGE_NAMES, 4));
            assertTrue(awaitEnd(pipeline), pipeline.countersJson());
            assertEquals("strategy failure 1", pipeline.lastError().getMessage());
            assertEquals("stage error: " + pipeline.lastError(), pipeline.killSwitch().reason(),
                "the kill switch and lastError tell the same story");
        }
    }

    @Test
    void closeAfterAStageFailedOnTheCallersThreadStillClosesTheJournal() throws Exception {
        final Pipeline pipeline = build("caller", new Failing(1, Integer.MAX_VALUE), RunMode.LIVE);
        for (int i = 0; i < 20; i++) {
            pipeline.marketData().doWork();
        }
        // The caller's duty cycle fails on the first event; the others are still in the ring.
        assertThrows(IllegalStateException.class, pipeline::doWork);
        assertDoesNotThrow(pipeline::close, "closing must not fail on the stage's exception again");
        final long position = pipeline.journal().writer().position();
        assertEquals(position, Files.size(dir.resolve("caller.journal")),
            "the journal was closed: truncated after its last record, not left mapped at its window size");
        assertNotNull(pipeline.lastError(), "the failure seen while draining is reported");
    }

    @Test
    void aStartThatFailsLeavesNothingRunningAndCanBeRetried() throws Exception {
        final Pipeline reference = build("reference", new Failing(0, -1));
        assertTrue(reference.runToEnd(1_000_000));
        reference.close();

        final Pipeline pipeline = build("retried", new Failing(0, -1));
        try {
            final ThreadLayout wrong = layout(List.of("a", "b", "c"), 1);
            assertThrows(IllegalArgumentException.class, () -> pipeline.start(wrong));
            assertEquals(List.of(), pipeline.threads(), "no journal thread left behind by the failed start");
            pipeline.start(layout(Pipeline.STAGE_NAMES, 2));
            assertEquals(3, pipeline.threads().size());
            assertTrue(awaitEnd(pipeline), pipeline.countersJson());
        } finally {
            pipeline.close();
        }
        assertEquals(reference.countersJson(), pipeline.countersJson());
        assertArrayEquals(Files.readAllBytes(dir.resolve("reference.journal")),
            Files.readAllBytes(dir.resolve("retried.journal")), "one journal consumer, same bytes");
    }

    /**
     * A journal thread that fails must not leave the engine trading without its drop copy. The
     * failure here is real, of the writer itself: its file channel closed under it (as a disk
     * error would leave it), so the first window it must map next fails. (A journal cut short
     * under the mapping, as a second writer once did, faults with an {@code InternalError} that
     * the JVM may deliver much later, even inside the unmap at close, where the cleaner's
     * handler exits the JVM: no test can wait for it.) The failure is a pipeline error naming
     * the journal, it trips the kill switch on the journal thread itself, and closing still
     * releases the journal for the next run.
     */
    @Test
    void aJournalThatFailsIsAPipelineErrorThatTripsTheKillSwitchNamingTheJournal() throws Exception {
        final Path file = dir.resolve("failing.journal");
        final Pipeline pipeline = build("failing", new Failing(0, -1), RunMode.REPLAY, 4096);
        try {
            final Field channel = JournalWriter.class.getDeclaredField("channel");
            channel.setAccessible(true);
            ((FileChannel) channel.get(pipeline.journal().writer())).close();
            pipeline.start(layout(Pipeline.STAGE_NAMES, 2));
            final long deadline = System.currentTimeMillis() + 10_000;
            while (!pipeline.killSwitch().isTripped() && System.currentTimeMillis() < deadline) {
                Thread.sleep(1);
            }
            assertNotNull(pipeline.lastError(), "the journal's failure is the pipeline's: " + pipeline.countersJson());
            assertTrue(pipeline.lastError().getMessage().contains("journal " + file)
                && pipeline.lastError().getCause() instanceof UncheckedIOException, pipeline.lastError().toString());
            assertTrue(pipeline.killSwitch().reason().contains("journal " + file)
                && pipeline.killSwitch().reason().contains("drop copy"), pipeline.killSwitch().reason());
            assertTrue(awaitEnd(pipeline), pipeline.countersJson());
            final long written = pipeline.journal().writer().records();
            assertTrue(written > 0 && written < 4096 / 64, "it failed on its first remap, after " + written);
        } finally {
            pipeline.close();
        }
        assertDoesNotThrow(() -> JournalWriter.requireNotInUse(file),
            "the failed writer was closed all the same: its lock does not outlive the pipeline");
    }
}
