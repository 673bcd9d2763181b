package io.hftengine.bench.pipeline;

import io.hftengine.bench.spsc.CpuPinning;
import io.hftengine.metrics.LatencyTracker;
import io.hftengine.pipeline.Counters;
import io.hftengine.pipeline.Pipeline;
import io.hftengine.pipeline.PipelineConfig;
import io.hftengine.pipeline.RunMode;
import io.hftengine.pipeline.gateway.GatewayStage;
import io.hftengine.pipeline.gateway.OrderTransport;
import io.hftengine.pipeline.gateway.ReplyHandler;
import io.hftengine.pipeline.gateway.SimulatedExchange;
import io.hftengine.pipeline.risk.RiskCounter;
import io.hftengine.pipeline.strategy.StrategyCounter;
import org.HdrHistogram.Histogram;
import org.agrona.DirectBuffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.TimeUnit;

/**
 * The two-thread layout with exactly two busy threads, so that it means something on a 2-CPU
 * machine: the benchmark thread is thread 1 (market data + strategy, pinned to CPU 0) and one
 * busy-spinning thread is thread 2 (risk + gateway, pinned to CPU 1); the signal crosses between
 * them through the pipeline's own SPSC rings, as in {@code --layout 2}. An op arms one packet,
 * runs thread 1's stages until they are idle, then keeps running them (applying the replies that
 * come back) until thread 2 has sent or rejected every order signal the packet caused (most
 * packets cause one; a few, when the strategy is at its position limit, none). {@link ThreadedPipelineBenchmark} starts the
 * pipeline's own threads instead, which needs {@code threads + 1} free CPUs. The pipeline's own
 * tick-to-order (receive stamp to OUCH handed to the transport, thread 2's clock) is printed at
 * tear-down.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED")
public class TwoThreadPipelineBenchmark {
    private BenchFeed feed;
    private Pipeline pipeline;
    private SentCounter transport;
    private Thread riskGateway;
    private volatile boolean running;
    /** Set if thread 2 dies, so that thread 1 stops waiting for orders that will never come. */
    private volatile Throwable riskGatewayFailure;

    @Setup(Level.Trial)
    public void setUp() throws InterruptedException {
        feed = new BenchFeed();
        transport = new SentCounter(new SimulatedExchange(feed, 100, 1_000_000, 1024));
        final PipelineConfig config = PipelineConfig.builder().mode(RunMode.LIVE).layout(2, true, true)
            .rings(1024, 256, 256, 1024, 1024, 2).bookOrderCapacity(1 << 16).latencyTracking(true).build();
        pipeline = feed.tradingPipeline(config, transport);
        // The set-up packet, on this thread, before thread 2 exists.
        while (pipeline.doWork() > 0) {
            Thread.onSpinWait();
        }
        running = true;
        riskGateway = new Thread(this::riskGatewayLoop, "risk-gateway");
        riskGateway.setDaemon(true);
        riskGateway.start();
    }

    private void riskGatewayLoop() {
        CpuPinning.pinCurrentThread(1);
        final Pipeline p = pipeline;
        try {
            while (running) {
                if (p.risk().doWork() + p.gateway().doWork() == 0) {
                    Thread.onSpinWait();
                }
            }
        } catch (Throwable t) {
            riskGatewayFailure = t;
        }
    }

    /** Pins the benchmark thread (thread 1). */
    @State(Scope.Thread)
    public static class Pinned {
        @Setup(Level.Iteration)
        public void pin() {
            CpuPinning.pinCurrentThread(0);
        }
    }

    @Benchmark
    public long packetToOrder(Pinned pinned) {
        final Pipeline p = pipeline;
        final Counters<StrategyCounter> strategy = p.strategy().counters();
        final Counters<RiskCounter> risk = p.risk().engine().counters();
        final long signalsBefore = strategy.get(StrategyCounter.ORDER_SIGNALS);
        final long settledBefore = transport.sent() + risk.get(RiskCounter.REJECTED);
        feed.arm();
        // Thread 1: the packet is taken on the first market data cycle; run both stages until
        // idle, so every signal the packet causes is on its way to thread 2.
        while (p.marketData().doWork() + p.strategy().doWork() > 0) {
            Thread.onSpinWait();
        }
        final long expected = settledBefore + strategy.get(StrategyCounter.ORDER_SIGNALS) - signalsBefore;
        // Then until thread 2 has sent (or rejected) each of them, applying replies meanwhile.
        long settled;
        while ((settled = transport.sent() + risk.get(RiskCounter.REJECTED)) < expected) {
            if (p.marketData().doWork() + p.strategy().doWork() == 0) {
                if (riskGatewayFailure != null) {
                    throw new IllegalStateException("risk/gateway thread died", riskGatewayFailure);
                }
                Thread.onSpinWait();
            }
        }
        return settled;
    }

    @TearDown(Level.Trial)
    public void tearDown() throws InterruptedException {
        running = false;
        riskGateway.join(5_000);
        final LatencyTracker latency = pipeline.latency();
        latency.sampleIntervals();
        final Histogram h = latency.cumulativeHistogram(GatewayStage.LATENCY_STAGES.length - 1);
        System.out.printf("%n2 threads (caller + risk/gateway), %d packets, %d orders; tick-to-order "
            + "(receive -> OUCH sent), ns: p50=%d p90=%d p99=%d p99.9=%d max=%d%n", feed.packets(), transport.sent(),
            h.getValueAtPercentile(50), h.getValueAtPercentile(90), h.getValueAtPercentile(99),
            h.getValueAtPercentile(99.9), h.getMaxValue());
        pipeline.close();
    }

    /** The simulated exchange, with a count of orders sent that the other thread can read. */
    static final class SentCounter implements OrderTransport {
        private static final VarHandle SENT;

        static {
            try {
                SENT = MethodHandles.lookup().findVarHandle(SentCounter.class, "sent", long.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        private final OrderTransport delegate;
        @SuppressWarnings("unused") // through SENT
        private long sent;

        SentCounter(final OrderTransport delegate) {
            this.delegate = delegate;
        }

        long sent() {
            return (long) SENT.getAcquire(this);
        }

        @Override
        public boolean send(final DirectBuffer buffer, final int offset, final int length) {
            final boolean ok = delegate.send(buffer, offset, length);
            SENT.setRelease(this, (long) SENT.get(this) + 1);
            return ok;
        }

        @Override
        public int pollReplies(final ReplyHandler handler) {
            return delegate.pollReplies(handler);
        }

        @Override
        public boolean synchronousReplies() {
            return delegate.synchronousReplies();
        }

        @Override
        public void close() {
            delegate.close();
        }
    }
}
