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
import io.hftengine.protocol.itch.OrderExecutedWithPriceMessage;
import io.hftengine.protocol.itch.TradeMessage;
import io.hftengine.types.Price;
import io.hftengine.types.Symbol;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ITCH 5.0 messages into the book handler, one at a time, for the cases a real capture has and a
 * random test feed does not: executions that must not print, and trade messages with no price.
 */
class ItchBookHandlerEdgeCaseTest {
    private static final long T0 = 1_700_000_000_000_000_000L;

    private final TestFeed feed = new TestFeed();
    private final PipeRing<MarketEvent> ring = new PipeRing<>("md", 16, MarketEvent::new);
    private final Counters<MarketDataCounter> counters = new Counters<>("marketData", MarketDataCounter.class);
    private final ReferencePrices references = new ReferencePrices(16);
    private final ItchBookHandler books = new ItchBookHandler(new OrderBook(1024, 10, 8), ring, references,
        new SymbolDirectory(), counters, new MutableClock(T0), NanoTicker.INSTANCE, 1);
    private final ItchDecoder itch = new ItchDecoder(books);
    private final UnsafeBuffer scratch = new UnsafeBuffer(new byte[64]);

    private void decode(final byte[] message) {
        books.packet(1);
        assertTrue(itch.decode(new UnsafeBuffer(message), 0, message.length));
    }

    private List<String> events() {
        final List<String> out = new ArrayList<>();
        ring.poll((e, s, end) -> out.add(e.type() + (e.tradeQuantity() > 0 ? " " + e.tradeQuantity() + "@"
            + Price.toString(e.tradePrice()) : "")), 16);
        return out;
    }

    private byte[] executedWithPrice(final long ref, final long shares, final char printable, final long wirePrice) {
        new OrderExecutedWithPriceMessage().wrapForEncode(scratch, 0).stockLocate(1).timestampNs(5)
            .orderReferenceNumber(ref).executedShares(shares).matchNumber(77).printable(printable)
            .executionPrice(wirePrice);
        final byte[] bytes = new byte[OrderExecutedWithPriceMessage.LENGTH];
        scratch.getBytes(0, bytes);
        return bytes;
    }

    private byte[] trade(final long shares, final long wirePrice) {
        new TradeMessage().wrapForEncode(scratch, 0).stockLocate(1).timestampNs(6).orderReferenceNumber(0)
            .side('B').shares(shares).stock(Symbol.pack("AAA")).price(wirePrice).matchNumber(78);
        final byte[] bytes = new byte[TradeMessage.LENGTH];
        scratch.getBytes(0, bytes);
        return bytes;
    }

    @BeforeEach
    void oneSidedBook() {
        decode(feed.stockDirectory(1, "AAA"));
        decode(feed.addOrder(1, 1, 'S', 500, 100_100));
        events();
    }

    @Test
    void aNonPrintableExecutionChangesTheBookButPrintsNoTrade() {
        // ITCH 5.0, Order Executed With Price: 'N' executions are not to be counted in time and
        // sales or volume (the cross prints them once, as a Cross Trade): no TRADE event.
        decode(executedWithPrice(1, 200, 'N', 100_050));
        assertEquals(List.of("TICK"), events(), "the book changed; nothing printed");
        assertEquals(ReferencePrices.NONE, references.get(1), "a price that did not print is no reference");
    }

    @Test
    void aPrintableExecutionWithPriceStillPrints() {
        decode(executedWithPrice(1, 200, 'Y', 100_050));
        assertEquals(List.of("TRADE 200@10.005", "TICK"), events());
        assertEquals(100_050 * 10_000L, references.get(1), "the print is the one-sided book's reference");
    }

    /**
     * The exchange reports an execution the book cannot match (an order it never saw added, as
     * in a fragment of a day, or more shares than the order had): the anomaly is counted, and the
     * trade still prints, with the exchange's shares and price; it printed nothing.
     */
    @Test
    void anExecutionTheBookCannotMatchIsCountedAndStillPrints() {
        decode(executedWithPrice(99, 300, 'Y', 100_090));
        assertEquals(List.of("TRADE 300@10.009"), events(), "an unknown order, executed at a known price");
        assertEquals(1, counters.get(MarketDataCounter.BOOK_ANOMALIES));
        decode(feed.execute(1, 1, 800, 9));
        assertEquals(List.of("TRADE 800@10.01", "TICK"), events(), "800 executed of an order of 500: all 800 printed");
        assertEquals(2, counters.get(MarketDataCounter.BOOK_ANOMALIES));
        decode(feed.execute(1, 1234, 100, 10));
        assertEquals(List.of(), events(), "an 'E' of an unknown order has no price to print");
        assertEquals(3, counters.get(MarketDataCounter.BOOK_ANOMALIES));
    }

    @Test
    void aTradeMessageWithoutAPriceIsCountedNotPublishedAndLeavesTheReferenceAlone() {
        decode(trade(100, 100_200));
        assertEquals(List.of("TRADE 100@10.02"), events());
        final long reference = references.get(1);
        decode(trade(100, 0));
        assertEquals(List.of(), events(), "a print at price 0 is garbage, not a trade");
        assertEquals(reference, references.get(1), "the last real print stays the reference");
        assertEquals(1, counters.get(MarketDataCounter.DECODE_ERRORS));
    }
}
