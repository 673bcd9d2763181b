package io.hftengine.bench.pipeline;

import io.hftengine.metrics.NanoTicker;
import io.hftengine.orderbook.OrderBook;
import io.hftengine.pipeline.Counters;
import io.hftengine.pipeline.PipeRing;
import io.hftengine.pipeline.SymbolDirectory;
import io.hftengine.pipeline.marketdata.ItchBookHandler;
import io.hftengine.pipeline.marketdata.MarketDataCounter;
import io.hftengine.pipeline.marketdata.MarketDataStage;
import io.hftengine.pipeline.marketdata.MoldUdp64Sequencer;
import io.hftengine.pipeline.marketdata.RetransmitRequester;
import io.hftengine.pipeline.message.MarketEvent;
import io.hftengine.pipeline.risk.ReferencePrices;
import io.hftengine.spsc.EventHandler;
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
 * The market data stage alone: one MoldUDP64 packet (ITCH delete + add, encoded in place by the
 * feed) sequenced, decoded into the order book, and published as a 10-level book event, which
 * the benchmark then consumes from the ring.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED")
public class MarketDataStageBenchmark {
    private final BenchFeed feed = new BenchFeed();
    private final PipeRing<MarketEvent> ring = new PipeRing<>("md", 1024, MarketEvent::new);
    private final EventHandler<MarketEvent> consume = (e, s, end) -> { };
    private MarketDataStage stage;

    @Setup
    public void setUp() {
        final Counters<MarketDataCounter> counters = new Counters<>("marketData", MarketDataCounter.class);
        final ItchBookHandler books = new ItchBookHandler(new OrderBook(1 << 16, 10, 64), ring, new ReferencePrices(16),
            new SymbolDirectory(), counters, feed, NanoTicker.INSTANCE, 10);
        stage = new MarketDataStage(feed, books, handler -> new MoldUdp64Sequencer(handler, counters,
            RetransmitRequester.NONE, feed, () -> books.stale(true), 1, 16, 1500, 1_000_000_000L), counters,
            NanoTicker.INSTANCE, null);
        stage.doWork();
        ring.poll(consume, 1024);
    }

    @Benchmark
    public int packetToEvent() {
        feed.arm();
        return stage.doWork() + ring.poll(consume, 16);
    }
}
