package io.hftengine.pipeline.marketdata;

import io.hftengine.metrics.NanoTicker;
import io.hftengine.orderbook.OrderBook;
import io.hftengine.pipeline.Counters;
import io.hftengine.pipeline.MutableClock;
import io.hftengine.pipeline.PipeRing;
import io.hftengine.pipeline.Pipeline;
import io.hftengine.pipeline.PipelineBuilder;
import io.hftengine.pipeline.PipelineConfig;
import io.hftengine.pipeline.QueuePacketSource;
import io.hftengine.pipeline.SymbolDirectory;
import io.hftengine.pipeline.TestFeed;
import io.hftengine.pipeline.message.MarketEvent;
import io.hftengine.pipeline.risk.ReferencePrices;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A completely silent feed (no packets, no heartbeats) for far longer than the gap timeout: the
 * stage keeps running, opens no gap, requests nothing, leaves the books fresh, counts the silence
 * once and raises the flag; when the feed comes back the next messages are applied and the flag
 * drops; a second silence is counted again.
 */
class FeedSilenceTest {
    private static final long T0 = 1_700_000_000_000_000_000L;
    private static final long GAP_TIMEOUT_NS = 1_000_000L;
    private static final long SILENCE_NS = 2_000_000_000L;

    private final TestFeed feed = new TestFeed();
    private final MutableClock clock = new MutableClock(T0);
    private final QueuePacketSource source = new QueuePacketSource(clock, false);
    private final PipeRing<MarketEvent> ring = new PipeRing<>("md", 64, MarketEvent::new);
    private final Counters<MarketDataCounter> counters = new Counters<>("marketData", MarketDataCounter.class);
    private final List<String> events = new ArrayList<>();
    private int requests;

    @Test
    void aSilentFeedIsReportedOnceAndTradingResumesWhenItComesBack() {
        final ItchBookHandler books = new ItchBookHandler(new OrderBook(1024, 10, 8), ring, new ReferencePrices(16),
            new SymbolDirectory(), counters, clock, NanoTicker.INSTANCE, 5);
        final MarketDataStage stage = new MarketDataStage(source, books,
            handler -> new MoldUdp64Sequencer(handler, counters, (b, o, l) -> ++requests > 0, clock,
                () -> books.stale(true), 1, 4, 1500, GAP_TIMEOUT_NS),
            counters, NanoTicker.INSTANCE, null);
        final FeedSilenceWatch watch = new FeedSilenceWatch(clock, SILENCE_NS, counters);
        stage.watchSilence(watch);

        source.add(T0, feed.packet(1, feed.stockDirectory(1, "ALC"), feed.addOrder(1, 11, 'B', 100, 100_000)));
        drain(stage);
        assertEquals(1, events.size());

        silence(stage, 10 * SILENCE_NS); // 20 s: 20,000 gap timeouts
        assertTrue(watch.isSilent());
        assertEquals(1, counters.get(MarketDataCounter.FEED_SILENCES), "counted once per silence");
        assertEquals(0, counters.get(MarketDataCounter.GAPS), "a silence is not a gap");
        assertEquals(0, counters.get(MarketDataCounter.UNRECOVERABLE_GAPS));
        assertEquals(0, requests, "nothing to ask the request server for");
        assertFalse(books.isStale());

        source.add(clock.epochNanos(), feed.packet(3, feed.addOrder(1, 12, 'B', 50, 100_100)));
        drain(stage);
        assertEquals(2, events.size(), "the feed is back: its next message is applied");
        assertEquals(3, counters.get(MarketDataCounter.MESSAGES));
        assertEquals(4, stage.sequencer().expectedSequence());
        assertFalse(watch.isSilent());

        silence(stage, SILENCE_NS - 1);
        assertEquals(1, counters.get(MarketDataCounter.FEED_SILENCES), "not before the threshold");
        silence(stage, 1);
        assertEquals(2, counters.get(MarketDataCounter.FEED_SILENCES), "a second silence");
        assertEquals(0, counters.get(MarketDataCounter.GAPS));
    }

    @Test
    void theConfiguredThresholdReachesTheLiveStage() {
        final PipelineConfig config = PipelineConfig.builder().bookOrderCapacity(1024).feedSilence(250_000_000L)
            .build();
        final Pipeline pipeline = PipelineBuilder.create().config(config)
            .packetSource(handler -> 0, RetransmitRequester.NONE).build();
        try {
            assertEquals(250_000_000L, pipeline.marketData().silenceWatch().thresholdNs());
        } finally {
            pipeline.close();
        }
        assertEquals(FeedSilenceWatch.DEFAULT_THRESHOLD_NS, PipelineConfig.builder().build().feedSilenceNs());
        assertThrows(IllegalArgumentException.class, () -> PipelineConfig.builder().feedSilence(0));
    }

    private void drain(final MarketDataStage stage) {
        while (stage.doWork() > 0) {
            ring.poll((e, seq, end) -> events.add(e.type() + " " + e.symbolId()), 64);
        }
        ring.poll((e, seq, end) -> events.add(e.type() + " " + e.symbolId()), 64);
    }

    private void silence(final MarketDataStage stage, final long ns) {
        final long step = Math.max(1, ns / 100);
        for (long done = 0; done < ns; done += step) {
            clock.advance(Math.min(step, ns - done));
            assertEquals(0, stage.doWork());
        }
    }
}
