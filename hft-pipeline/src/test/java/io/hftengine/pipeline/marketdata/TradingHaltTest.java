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
import io.hftengine.protocol.itch.StockTradingActionMessage;
import io.hftengine.types.Symbol;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ITCH Stock Trading Action: a symbol the venue halts, pauses or puts in quotation only is
 * marked on every event until it trades again, and the change itself is published at once, so a
 * strategy stops without waiting for the book to move (it was ignored: strategies sent orders
 * into halts).
 */
class TradingHaltTest {
    private final TestFeed feed = new TestFeed();
    private final PipeRing<MarketEvent> ring = new PipeRing<>("md", 16, MarketEvent::new);
    private final Counters<MarketDataCounter> counters = new Counters<>("marketData", MarketDataCounter.class);
    private final OrderBook book = new OrderBook(1024, 10, 8);
    private final ReferencePrices references = new ReferencePrices(16);
    private final ItchBookHandler books = new ItchBookHandler(book, ring, references, new SymbolDirectory(),
        counters, new MutableClock(1_700_000_000_000_000_000L), NanoTicker.INSTANCE, 1);
    private final ItchDecoder itch = new ItchDecoder(books);

    private void decode(final byte[] message) {
        books.packet(1);
        assertTrue(itch.decode(new UnsafeBuffer(message), 0, message.length));
    }

    private static byte[] tradingAction(final int locate, final char state) {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[StockTradingActionMessage.LENGTH]);
        new StockTradingActionMessage().wrapForEncode(buffer, 0).stockLocate(locate).timestampNs(5)
            .stock(Symbol.pack("AAA")).tradingState(state).reserved(' ');
        return buffer.byteArray();
    }

    /** Each event as "symbol TYPE [HALTED]". */
    private List<String> events() {
        final List<String> out = new ArrayList<>();
        ring.poll((e, s, end) -> out.add(e.symbolId() + " " + e.type() + (e.halted() ? " HALTED" : "")), 16);
        return out;
    }

    @BeforeEach
    void twoSidedBook() {
        decode(feed.stockDirectory(1, "AAA"));
        decode(feed.addOrder(1, 1, 'B', 300, 100_000));
        decode(feed.addOrder(1, 2, 'S', 500, 100_100));
        events();
    }

    @Test
    void aHaltIsPublishedAtOnceAndMarksEveryEventUntilTradingResumes() {
        decode(tradingAction(1, 'H'));
        assertEquals(List.of("1 TICK HALTED"), events(), "the halt itself is news");
        assertTrue(books.isHalted(1));
        assertTrue(references.isHalted(1), "risk hears of it too");
        assertFalse(references.isHalted(2));
        decode(feed.addOrder(1, 3, 'B', 100, 100_050));
        assertEquals(List.of("1 TICK HALTED"), events(), "a quote during the halt");
        decode(tradingAction(1, 'Q'));
        assertEquals(List.of(), events(), "quotation only: still not trading, nothing new to say");
        decode(tradingAction(1, 'T'));
        assertEquals(List.of("1 TICK"), events(), "trading again");
        assertFalse(books.isHalted(1));
        assertFalse(references.isHalted(1));
        assertEquals(100_050 * 10_000L / 2 + 100_100 * 10_000L / 2, references.get(1), "the reference price kept");
        assertEquals(1, counters.get(MarketDataCounter.TRADING_HALTS));
        assertEquals(1, counters.get(MarketDataCounter.TRADING_RESUMPTIONS));
    }

    @Test
    void aPauseHaltsOnlyItsOwnSymbolAndOneBeforeTheDirectoryIsRemembered() {
        decode(tradingAction(7, 'P'));
        assertEquals(List.of(), events(), "no book yet for locate 7: nothing to publish");
        decode(feed.stockDirectory(7, "BBB"));
        decode(feed.addOrder(7, 10, 'B', 100, 50_000));
        assertEquals(List.of("7 TICK HALTED"), events(), "the pause announced before its directory entry holds");
        decode(feed.addOrder(1, 3, 'B', 100, 100_050));
        assertEquals(List.of("1 TICK"), events(), "another symbol trades on");
    }
}
