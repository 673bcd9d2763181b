package io.hftengine.bench.pipeline;

import io.hftengine.pipeline.message.ExecType;
import io.hftengine.pipeline.message.ExecutionReport;
import io.hftengine.pipeline.message.MarketEvent;
import io.hftengine.pipeline.message.MarketEventType;
import io.hftengine.pipeline.strategy.ImbalanceParams;
import io.hftengine.pipeline.strategy.ImbalanceStrategy;
import io.hftengine.pipeline.strategy.SignalSink;
import io.hftengine.types.Price;
import io.hftengine.types.Side;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * The reference strategy's decision on a 10-level book update: the no-trade path (balanced book,
 * every check made) and the trade path (heavy bids: an order is sent to a sink that only counts,
 * then a fill report closes it). Target: under 50 ns.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED")
public class StrategyDecisionBenchmark {
    private final MarketEvent balanced = new MarketEvent();
    private final MarketEvent heavyBids = new MarketEvent();
    private final ExecutionReport fill = new ExecutionReport();
    private ImbalanceStrategy strategy;
    private final CountingSink sink = new CountingSink();

    /** Counts signals; ids from 1. */
    static final class CountingSink implements SignalSink {
        long nextId;
        long now = 1_000_000_000_000L;

        @Override
        public long enter(final Side side, final int symbolId, final long price, final long quantity) {
            return ++nextId;
        }

        @Override
        public boolean cancel(final long orderId) {
            return true;
        }

        @Override
        public long nowNs() {
            return now;
        }
    }

    @Setup
    public void setUp() {
        strategy = new ImbalanceStrategy(ImbalanceParams.builder().maxSymbols(16).depth(10).thresholdBps(2_000)
            .orderQuantity(100).maxPosition(1_000_000_000L).maxSpread(Price.ONE).cooldownNs(0).build());
        fill(balanced, 500, 500);
        fill(heavyBids, 900, 100);
    }

    private static void fill(final MarketEvent e, final long bid, final long ask) {
        e.book(MarketEventType.BOOK_UPDATE, 3, 0, false);
        for (int i = 0; i < MarketEvent.MAX_LEVELS; i++) {
            e.addBid(100 * Price.ONE - i * Price.ONE / 100, bid);
            e.addAsk(100 * Price.ONE + (i + 1) * Price.ONE / 100, ask);
        }
    }

    @Benchmark
    public long noTrade() {
        sink.now += 1_000;
        strategy.onMarketEvent(balanced, sink);
        return sink.nextId;
    }

    @Benchmark
    public long tradeThenFill() {
        sink.now += 1_000;
        strategy.onMarketEvent(heavyBids, sink);
        fill.set(ExecType.FILLED, sink.nextId, 3, Side.BUY, sink.now).fill(100, 100 * Price.ONE, 1).leavesQuantity(0);
        strategy.onExecutionReport(fill, sink);
        return sink.nextId;
    }
}
