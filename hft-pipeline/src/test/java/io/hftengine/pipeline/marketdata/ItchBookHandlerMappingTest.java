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
import io.hftengine.protocol.itch.AddOrderMpidMessage;
import io.hftengine.protocol.itch.ItchDecoder;
import io.hftengine.protocol.itch.OrderCancelMessage;
import io.hftengine.protocol.itch.OrderReplaceMessage;
import io.hftengine.types.Side;
import io.hftengine.types.Symbol;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each ITCH order-flow type into the book handler, one message at a time, checked against the
 * book it leaves and the top-of-book event it publishes; and the book changes that come with a
 * counted anomaly (an over-execution or over-cancel still takes the order off the book).
 */
class ItchBookHandlerMappingTest {
    private static final long T0 = 1_700_000_000_000_000_000L;

    private final TestFeed feed = new TestFeed();
    private final PipeRing<MarketEvent> ring = new PipeRing<>("md", 16, MarketEvent::new);
    private final Counters<MarketDataCounter> counters = new Counters<>("marketData", MarketDataCounter.class);
    private final ReferencePrices references = new ReferencePrices(16);
    private final OrderBook book = new OrderBook(1024, 10, 8);
    private final ItchBookHandler books = new ItchBookHandler(book, ring, references, new SymbolDirectory(), counters,
        new MutableClock(T0), NanoTicker.INSTANCE, 1);
    private final ItchDecoder itch = new ItchDecoder(books);
    private final UnsafeBuffer scratch = new UnsafeBuffer(new byte[64]);

    private void decode(final byte[] message) {
        books.packet(1);
        assertTrue(itch.decode(new UnsafeBuffer(message), 0, message.length));
    }

    /** Each event as "TYPE bidSize@bid askSize@ask" (raw 4-decimal wire prices), "none" for an empty side. */
    private List<String> events() {
        final List<String> out = new ArrayList<>();
        ring.poll((e, s, end) -> out.add(e.type() + " " + level(e.bidQuantity(0), e.bidPrice(0)) + " "
            + level(e.askQuantity(0), e.askPrice(0))), 16);
        return out;
    }

    private static String level(final long size, final long price) {
        return price == MarketEvent.NO_PRICE ? "none" : size + "@" + price / 10_000;
    }

    private byte[] cancel(final long ref, final long shares) {
        new OrderCancelMessage().wrapForEncode(scratch, 0).stockLocate(1).timestampNs(5).orderReferenceNumber(ref)
            .canceledShares(shares);
        return copy(OrderCancelMessage.LENGTH);
    }

    private byte[] replace(final long oldRef, final long newRef, final long shares, final long wirePrice) {
        new OrderReplaceMessage().wrapForEncode(scratch, 0).stockLocate(1).timestampNs(5)
            .originalOrderReferenceNumber(oldRef).newOrderReferenceNumber(newRef).shares(shares).price(wirePrice);
        return copy(OrderReplaceMessage.LENGTH);
    }

    private byte[] addMpid(final long ref, final char side, final long shares, final long wirePrice) {
        new AddOrderMpidMessage().wrapForEncode(scratch, 0).stockLocate(1).timestampNs(5).orderReferenceNumber(ref)
            .side(side).shares(shares).stock(Symbol.pack("AAA")).price(wirePrice).attribution(0x4D504944);
        return copy(AddOrderMpidMessage.LENGTH);
    }

    private byte[] copy(final int length) {
        final byte[] bytes = new byte[length];
        scratch.getBytes(0, bytes);
        return bytes;
    }

    @BeforeEach
    void twoSidedBook() {
        decode(feed.stockDirectory(1, "AAA"));
        decode(feed.addOrder(1, 1, 'B', 300, 100_000));
        decode(feed.addOrder(1, 2, 'S', 500, 100_100));
        events();
    }

    @Test
    void eachOrderFlowTypeMapsToItsBookOperation() {
        decode(addMpid(3, 'B', 200, 100_050));
        assertEquals(List.of("TICK 200@100050 500@100100"), events(), "'F' adds like 'A'");
        decode(cancel(3, 50));
        assertEquals(List.of("TICK 150@100050 500@100100"), events(), "'X' takes shares off");
        decode(replace(3, 4, 400, 100_020));
        assertEquals(List.of("TICK 400@100020 500@100100"), events(), "'U' moves it: the new best bid");
        assertEquals(400, book.orderShares(4), "'U': new reference, new size");
        assertEquals(100_020, book.orderPrice(4), "'U': new price");
        assertEquals(0, book.orderShares(3), "'U': the old reference is gone");
        assertEquals(100_000, book.levelPrice(1, Side.BUY, 1), "'U': same side, 100_050 gone");
        decode(feed.delete(1, 4));
        assertEquals(List.of("TICK 300@100000 500@100100"), events(), "'D' removes the order");
        assertEquals(0, counters.get(MarketDataCounter.BOOK_ANOMALIES));
    }

    /**
     * 'X' for more shares than rest: counted as an anomaly, and the book takes the whole order
     * off (clamped). The ask is gone, so the strategy must hear of it: otherwise it keeps quoting
     * against an ask that no longer exists until some later change of that symbol.
     */
    @Test
    void anOverCancelThatEmptiesTheTopIsStillPublished() {
        decode(cancel(2, 600));
        assertEquals(1, counters.get(MarketDataCounter.BOOK_ANOMALIES));
        assertEquals(0, book.orderShares(2), "the book took the order off");
        assertEquals(List.of("TICK 300@100000 none"), events(), "the top changed: the ask is gone");
    }

    /** The same for an 'E' executing more than rests. */
    @Test
    void anOverExecutionThatEmptiesTheTopIsStillPublished() {
        decode(feed.execute(1, 1, 400, 9));
        assertEquals(1, counters.get(MarketDataCounter.BOOK_ANOMALIES));
        assertEquals(0, book.orderShares(1), "the book took the order off");
        final List<String> events = events();
        assertTrue(events.contains("TICK none 500@100100"), "the top changed: the bid is gone; events " + events);
    }
}
