package io.hftengine.bench.pipeline;

import io.hftengine.pipeline.Pipeline;
import io.hftengine.pipeline.PipelineConfig;
import io.hftengine.pipeline.RunMode;
import io.hftengine.metrics.LatencyTracker;
import io.hftengine.pipeline.gateway.GatewayCounter;
import io.hftengine.pipeline.gateway.GatewayStage;
import io.hftengine.pipeline.gateway.SimulatedExchange;
import org.HdrHistogram.Histogram;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * The fused pipeline on one thread, from packet bytes to serialised OUCH order bytes: one
 * MoldUDP64 packet (a delete and an add, ITCH) is sequenced, applied to the order book, turned
 * into a 10-level book event, decided by the imbalance strategy, checked by risk, encoded as an
 * OUCH Enter Order and handed to the in-process simulated exchange, whose accept and fill come
 * back through risk to the strategy. One op = one packet and everything it causes (so it is an
 * upper bound of tick-to-order). SampleTime gives the percentiles; {@code -prof gc} the B/op.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED")
public class FusedPipelineBenchmark {
    /**
     * Whether the pipeline stamps and records its per-stage latencies ({@code -p tracking=false}
     * shows what the stamps and the histograms cost the packet).
     */
    @Param({"true"})
    public boolean tracking;

    private BenchFeed feed;
    private Pipeline pipeline;

    @Setup(Level.Trial)
    public void setUp() {
        feed = new BenchFeed();
        final PipelineConfig config = PipelineConfig.builder().mode(RunMode.LIVE).layout(1, false, false)
            .rings(1024, 256, 256, 1024, 1024, 2).bookOrderCapacity(1 << 16).latencyTracking(tracking).build();
        pipeline = feed.tradingPipeline(config, new SimulatedExchange(feed, 100, 1_000_000, 1024));
        while (pipeline.doWork() > 0) {
            Thread.onSpinWait();
        }
    }

    @Benchmark
    public long packetToOrder() {
        feed.arm();
        while (pipeline.doWork() > 0) {
            Thread.onSpinWait();
        }
        return pipeline.gateway().counters().get(GatewayCounter.ORDERS_SENT);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        final long sent = pipeline.gateway().counters().get(GatewayCounter.ORDERS_SENT);
        if (sent < feed.packets() / 2) {
            throw new IllegalStateException("benchmark is not trading: " + sent + " orders for " + feed.packets()
                + " packets: " + pipeline.countersJson());
        }
        // the pipeline's own tick-to-order: packet receive stamp to the transport's return
        final LatencyTracker latency = pipeline.latency();
        if (latency == null) {
            pipeline.close();
            return;
        }
        latency.sampleIntervals();
        System.out.println();
        for (int stage = 0; stage < GatewayStage.LATENCY_STAGES.length; stage++) {
            final Histogram h = latency.cumulativeHistogram(stage);
            System.out.printf("%s (ns): count=%d p50=%d p90=%d p99=%d p99.9=%d max=%d%n", GatewayStage.LATENCY_STAGES[stage],
                h.getTotalCount(), h.getValueAtPercentile(50), h.getValueAtPercentile(90), h.getValueAtPercentile(99),
                h.getValueAtPercentile(99.9), h.getMaxValue());
        }
        pipeline.close();
    }
}
