package io.hftengine.bench.pipeline;

import io.hftengine.affinity.CpuTopology;
import io.hftengine.affinity.LayoutRequest;
import io.hftengine.affinity.ThreadLayoutPlanner;
import io.hftengine.metrics.LatencyTracker;
import io.hftengine.pipeline.Pipeline;
import io.hftengine.pipeline.PipelineConfig;
import io.hftengine.pipeline.RunMode;
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
 * The pipeline on its own threads (2 = market-data+strategy | risk+gateway, or 4), live mode: the
 * benchmark thread arms one packet and spins until the gateway has sent the order it causes.
 * Needs {@code threads + 1} free CPUs to mean anything; on a 2-CPU machine the threads share
 * cores (backoff idle strategies) and the figures measure scheduling, not the pipeline. The
 * pipeline's own tick-to-order histogram (receive stamp to OUCH sent) is printed at tear-down.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED")
public class ThreadedPipelineBenchmark {
    @Param({"2"})
    public int threads;

    private BenchFeed feed;
    private Pipeline pipeline;
    private long sent;

    @Setup(Level.Trial)
    public void setUp() throws InterruptedException {
        feed = new BenchFeed();
        final PipelineConfig config = PipelineConfig.builder().mode(RunMode.LIVE).layout(threads, true, true)
            .rings(1024, 256, 256, 1024, 1024, 2).bookOrderCapacity(1 << 16).build();
        pipeline = feed.tradingPipeline(config, new SimulatedExchange(feed, 100, 1_000_000, 1024));
        final int cpus = Runtime.getRuntime().availableProcessors();
        pipeline.start(ThreadLayoutPlanner.plan(Pipeline.STAGE_NAMES, LayoutRequest.of(threads),
            CpuTopology.uniform(cpus), true));
        pipeline.awaitQuiescent(5_000);
    }

    @Benchmark
    public long packetToOrder() {
        final GatewayCounter orders = GatewayCounter.ORDERS_SENT;
        final long before = pipeline.gateway().counters().get(orders);
        feed.arm();
        long now;
        while ((now = pipeline.gateway().counters().get(orders)) == before) {
            // yield, not spin: with fewer free CPUs than threads + 1, spinning here starves a stage
            Thread.yield();
        }
        sent = now;
        return now;
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        pipeline.close();
        final LatencyTracker latency = pipeline.latency();
        latency.sampleIntervals();
        final Histogram h = latency.cumulativeHistogram(GatewayStage.LATENCY_STAGES.length - 1);
        System.out.printf("%n%d threads, %d orders; tick-to-order (receive -> OUCH sent), ns: p50=%d p90=%d p99=%d "
            + "p99.9=%d max=%d%n", threads, sent, h.getValueAtPercentile(50), h.getValueAtPercentile(90),
            h.getValueAtPercentile(99), h.getValueAtPercentile(99.9), h.getMaxValue());
    }
}
