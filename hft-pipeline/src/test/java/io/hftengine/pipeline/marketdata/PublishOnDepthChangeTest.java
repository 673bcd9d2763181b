package io.hftengine.pipeline.marketdata;

import io.hftengine.metrics.NanoTicker;
import io.hftengine.orderbook.OrderBook;
import io.hftengine.pipeline.Counters;
import io.hftengine.pipeline.MutableClock;
import io.hftengine.pipeline.PipeRing;
import io.hftengine.pipeline.SymbolDirectory;
import io.hftengine.pipeline.TestFeed;
import io.hftengine.pipeline.message.MarketEvent;
import io.hftengine.pipeline.risk.ReferencePrices;
import io.hftengine.protocol.itch.ItchDecoder;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * When book updates are published: by default when the best bid or ask changes; asked to, also
 * when a level below it changes, so a strategy reading the depth sees it between moves of the
 * touch.
 */
class PublishOnDepthChangeTest {
    private final TestFeed feed = new TestFeed();

    private List<String> run(final int publishDepth, final boolean onDepthChange) {
        final PipeRing<MarketEvent> ring = new PipeRing<>("md", 64, MarketEvent::new);
        final ItchBookHandler books = new ItchBookHandler(new OrderBook(1024, 10, 8), ring, new ReferencePrices(16),
            new SymbolDirectory(), new Counters<>("marketData", MarketDataCounter.class),
            new MutableClock(1_700_000_000_000_000_000L), NanoTicker.INSTANCE, publishDepth);
        books.publishOnDepthChange(onDepthChange);
        final ItchDecoder itch = new ItchDecoder(books);
        for (final byte[] message : List.of(feed.stockDirectory(1, "AAA"), feed.addOrder(1, 1, 'B', 300, 100_000),
                feed.addOrder(1, 2, 'S', 500, 100_100), feed.addOrder(1, 3, 'B', 70, 99_900),
                feed.delete(1, 3))) {
            books.packet(1);
            assertTrue(itch.decode(new UnsafeBuffer(message), 0, message.length));
        }
        final List<String> out = new ArrayList<>();
        ring.poll((e, s, end) -> out.add(e.type() + " levels " + e.bidLevels() + "/" + e.askLevels()), 64);
        return out;
    }

    @Test
    void byDefaultOnlyAChangeOfTheBestIsPublished() {
        assertEquals(List.of("BOOK_UPDATE levels 1/0", "BOOK_UPDATE levels 1/1"), run(10, false),
            "the second bid level came and went: the touch never moved");
    }

    @Test
    void askedToAChangeBelowTheBestIsPublishedToo() {
        assertEquals(List.of("BOOK_UPDATE levels 1/0", "BOOK_UPDATE levels 1/1", "BOOK_UPDATE levels 2/1",
            "BOOK_UPDATE levels 1/1"), run(10, true));
    }

    @Test
    void aTickCarriesOnlyTheBestSoDepthChangesAreNotTicks() {
        assertEquals(List.of("TICK levels 1/0", "TICK levels 1/1"), run(1, true));
    }
}
