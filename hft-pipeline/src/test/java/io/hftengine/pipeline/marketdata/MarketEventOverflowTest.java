package io.hftengine.pipeline.marketdata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hftengine.metrics.NanoTicker;
import io.hftengine.orderbook.OrderBook;
import io.hftengine.pipeline.Counters;
import io.hftengine.pipeline.MarketEventOverflow;
import io.hftengine.pipeline.MutableClock;
import io.hftengine.pipeline.PipeRing;
import io.hftengine.pipeline.QueuePacketSource;
import io.hftengine.pipeline.SymbolDirectory;
import io.hftengine.pipeline.TestFeed;
import io.hftengine.pipeline.message.MarketEvent;
import io.hftengine.pipeline.risk.ReferencePrices;
import io.hftengine.types.Price;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A market-data-to-strategy ring that fills up (the strategy has stalled): book changes are
 * conflated per symbol and caught up from the latest book, or dropped and counted, as configured.
 * Ring of 2 events, nobody consuming until the test says so.
 */
class MarketEventOverflowTest {
    private static final long T0 = 1_700_000_000_000_000_000L;
    private static final long BID = 10 * Price.ONE;

    private final TestFeed feed = new TestFeed();
    private final MutableClock clock = new MutableClock(T0);
    private final QueuePacketSource source = new QueuePacketSource(clock, false);
    private final PipeRing<MarketEvent> ring = new PipeRing<>("md", 2, MarketEvent::new);
    private final Counters<MarketDataCounter> counters = new Counters<>("marketData", MarketDataCounter.class);
    private final List<String> seen = new ArrayList<>();

    private MarketDataStage stage(final MarketEventOverflow overflow) {
        final ItchBookHandler books = new ItchBookHandler(new OrderBook(1024, 10, 8), ring, new ReferencePrices(16),
            new SymbolDirectory(), counters, clock, NanoTicker.INSTANCE, 5, overflow);
        return new MarketDataStage(source, books,
            handler -> new MoldUdp64Sequencer(handler, counters, (b, o, l) -> true, clock, () -> books.stale(true), 1,
                4, 1500, 1_000_000),
            counters, NanoTicker.INSTANCE, null);
    }

    /** Five top changes on three symbols while nobody consumes: A, B fit; C, then A twice, do not. */
    private void stallWithFiveChanges(final MarketDataStage stage) {
        source.add(T0, feed.packet(1, feed.stockDirectory(1, "AAA"), feed.stockDirectory(2, "BBB"),
            feed.stockDirectory(3, "CCC")));
        source.add(T0, feed.packet(4, feed.addOrder(1, 11, 'B', 100, 100_000), feed.addOrder(2, 21, 'B', 200, 100_000),
            feed.addOrder(3, 31, 'B', 300, 100_000), feed.addOrder(1, 12, 'B', 5, 100_100),
            feed.addOrder(1, 13, 'B', 7, 100_200)));
        while (stage.doWork() > 0) {
            // take every packet; nothing consumes the ring
        }
    }

    private void consume() {
        ring.poll((e, s, end) -> seen.add(e.symbolId() + ":" + e.bidQuantity(0) + "@" + e.bidPrice(0)
            + " seq " + e.feedSequence()), 16);
    }

    @Test
    void conflatedSymbolsCatchUpWithTheirLatestBookOnceThereIsRoom() {
        final MarketDataStage stage = stage(MarketEventOverflow.CONFLATE);
        stallWithFiveChanges(stage);
        assertEquals(2, counters.get(MarketDataCounter.EVENTS));
        assertEquals(3, counters.get(MarketDataCounter.EVENTS_CONFLATED), "C once, A twice");
        assertEquals(0, counters.get(MarketDataCounter.EVENTS_DROPPED));
        consume();
        assertEquals(2, stage.doWork(), "the pending symbols go out at the next duty cycle");
        consume();
        // C first (pending first), then A with its latest bid (the 7 @ 10.02 of message 8),
        // carrying the feed sequence of A's last change; A's intermediate 5 @ 10.01 never shows.
        assertEquals(List.of("1:100@" + BID + " seq 4", "2:200@" + BID + " seq 5",
            "3:300@" + BID + " seq 6", "1:7@" + (BID + 2 * Price.ONE / 100) + " seq 8"), seen);
        assertEquals(4, counters.get(MarketDataCounter.EVENTS));
        assertEquals(0, stage.doWork(), "nothing left pending");
    }

    @Test
    void pendingSymbolsGoOutBeforeTheNextPacketsEvents() {
        final MarketDataStage stage = stage(MarketEventOverflow.CONFLATE);
        stallWithFiveChanges(stage);
        consume(); // room for two, and C and A are pending
        source.add(T0, feed.packet(9, feed.addOrder(1, 14, 'B', 9, 100_300), feed.addOrder(2, 22, 'B', 1, 100_300)));
        while (stage.doWork() > 0) {
            consume();
        }
        consume();
        // C and A as they stood before the packet, then the packet's own changes, in order.
        assertEquals(List.of("3:300@" + BID + " seq 6", "1:7@" + (BID + 2 * Price.ONE / 100) + " seq 8",
            "1:9@" + (BID + 3 * Price.ONE / 100) + " seq 9", "2:1@" + (BID + 3 * Price.ONE / 100) + " seq 10"),
            seen.subList(2, seen.size()));
        // The catch-up filled the ring again, so the packet's two changes waited their turn too.
        assertEquals(5, counters.get(MarketDataCounter.EVENTS_CONFLATED));
        assertEquals(6, counters.get(MarketDataCounter.EVENTS));
    }

    @Test
    void nothingOvertakesAPendingSymbolNotEvenATrade() {
        final MarketDataStage stage = stage(MarketEventOverflow.CONFLATE);
        stallWithFiveChanges(stage);
        ring.poll((e, s, end) -> seen.add(e.symbolId() + ":" + e.type()), 1); // room for one
        // The next cycle sends C into that room; A still waits when its execution prints.
        source.add(T0, feed.packet(9, feed.execute(1, 13, 2, 77)));
        while (stage.doWork() > 0) {
            // nothing consumes
        }
        assertEquals(1, counters.get(MarketDataCounter.EVENTS_DROPPED), "the trade, not queued ahead of A's book");
        consume();
        assertEquals(0, stage.doWork() - 1, "A goes out now, with the execution applied");
        consume();
        assertEquals(List.of("1:BOOK_UPDATE", "2:200@" + BID + " seq 5", "3:300@" + BID + " seq 6",
            "1:5@" + (BID + 2 * Price.ONE / 100) + " seq 9"), seen);
    }

    @Test
    void dropPolicyCountsWhatItDrops() {
        final MarketDataStage stage = stage(MarketEventOverflow.DROP);
        stallWithFiveChanges(stage);
        assertEquals(2, counters.get(MarketDataCounter.EVENTS));
        assertEquals(3, counters.get(MarketDataCounter.EVENTS_DROPPED));
        assertEquals(0, counters.get(MarketDataCounter.EVENTS_CONFLATED));
        consume();
        assertEquals(0, stage.doWork(), "nothing to catch up: dropped is dropped");
        assertEquals(2, seen.size());
    }
}
