package io.hftengine.pipeline.marketdata;

import io.hftengine.metrics.NanoTicker;
import io.hftengine.orderbook.OrderBook;
import io.hftengine.pipeline.Counters;
import io.hftengine.pipeline.MutableClock;
import io.hftengine.pipeline.PipeRing;
import io.hftengine.pipeline.QueuePacketSource;
import io.hftengine.pipeline.SymbolDirectory;
import io.hftengine.pipeline.TestFeed;
import io.hftengine.pipeline.message.MarketEvent;
import io.hftengine.pipeline.message.MarketEventType;
import io.hftengine.pipeline.risk.ReferencePrices;
import io.hftengine.protocol.moldudp64.MoldUdp64Header;
import io.hftengine.types.Price;
import io.hftengine.types.Side;
import io.hftengine.types.Symbol;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarketDataStageTest {
    private static final long T0 = 1_700_000_000_000_000_000L;

    private final TestFeed feed = new TestFeed();
    private final MutableClock clock = new MutableClock(T0);
    private final QueuePacketSource source = new QueuePacketSource(clock, false);
    private final PipeRing<MarketEvent> ring = new PipeRing<>("md", 64, MarketEvent::new);
    private final ReferencePrices refs = new ReferencePrices(16);
    private final SymbolDirectory symbols = new SymbolDirectory();
    private final Counters<MarketDataCounter> counters = new Counters<>("marketData", MarketDataCounter.class);
    private final List<long[]> requests = new ArrayList<>();
    private final List<String> events = new ArrayList<>();
    private final List<Long> feedSequences = new ArrayList<>();
    private MarketDataStage stage;
    private ItchBookHandler books;

    @BeforeEach
    void setUp() {
        books = new ItchBookHandler(new OrderBook(1024, 10, 8), ring, refs, symbols, counters, clock,
            NanoTicker.INSTANCE, 5);
        final RetransmitRequester requester = (buffer, offset, length) -> {
            final MoldUdp64Header h = new MoldUdp64Header().wrap(buffer, offset);
            requests.add(new long[] {h.sequenceNumber(), h.messageCount()});
            return true;
        };
        stage = new MarketDataStage(source, books,
            handler -> new MoldUdp64Sequencer(handler, counters, requester, clock, () -> books.stale(true), 1, 4, 1500,
                1_000_000),
            counters, NanoTicker.INSTANCE, null);
    }

    private void run() {
        while (stage.doWork() > 0) {
            ring.poll((e, seq, end) -> events.add(sequenced(e) + e.type() + " " + e.symbolId() + " bid=" + e.bidQuantity(0) + "@"
                + e.bidPrice(0) + " ask=" + e.askQuantity(0) + "@" + e.askPrice(0) + " trade=" + e.tradeQuantity()
                + (e.stale() ? " STALE" : "")), 64);
        }
        ring.poll((e, seq, end) -> events.add(e.type() + " late"), 64);
    }

    /** Notes the event's feed sequence; returns "" so it can sit inside the event's text. */
    private String sequenced(final MarketEvent event) {
        feedSequences.add(event.feedSequence());
        return "";
    }

    private long count(final MarketDataCounter c) {
        return counters.get(c);
    }

    @Test
    void booksTopChangesAndTradesBecomeEvents() {
        source.add(T0, feed.packet(1, feed.stockDirectory(1, "ALC"), feed.addOrder(1, 11, 'B', 100, 100_000),
            feed.addOrder(1, 12, 'S', 50, 100_100), feed.addOrder(1, 13, 'B', 10, 99_000)));
        source.add(T0 + 1, feed.packet(5, feed.execute(1, 12, 20, 77)));
        source.add(T0 + 2, feed.packet(6, feed.delete(1, 11)));
        run();
        final long bid = 10 * Price.ONE;
        final long ask = 10 * Price.ONE + Price.ONE / 100;
        assertEquals(List.of(
            "BOOK_UPDATE 1 bid=100@" + bid + " ask=0@" + Long.MIN_VALUE + " trade=0",
            "BOOK_UPDATE 1 bid=100@" + bid + " ask=50@" + ask + " trade=0",
            "TRADE 1 bid=0@" + Long.MIN_VALUE + " ask=0@" + Long.MIN_VALUE + " trade=20",
            "BOOK_UPDATE 1 bid=100@" + bid + " ask=30@" + ask + " trade=0",
            "BOOK_UPDATE 1 bid=10@" + (bid - Price.ONE / 10) + " ask=30@" + ask + " trade=0"), events);
        assertEquals(Symbol.pack("ALC"), symbols.symbolOf(1));
        assertEquals((bid - Price.ONE / 10 + ask) / 2, refs.get(1));
        assertEquals(6, count(MarketDataCounter.MESSAGES));
        assertEquals(5, count(MarketDataCounter.EVENTS));
        assertEquals(List.of(2L, 3L, 5L, 5L, 6L), feedSequences, "each event carries its message's feed sequence");
    }

    @Test
    void duplicatesAreDroppedAndOverlapsAppliedOnce() {
        final byte[] first = feed.packet(1, feed.stockDirectory(1, "ALC"), feed.addOrder(1, 11, 'B', 100, 100_000));
        source.add(T0, first).add(T0, first);
        source.add(T0, feed.packet(2, feed.addOrder(1, 11, 'B', 100, 100_000), feed.addOrder(1, 12, 'B', 5, 90_000)));
        run();
        assertEquals(1, count(MarketDataCounter.DUPLICATE_PACKETS));
        assertEquals(3, count(MarketDataCounter.MESSAGES));
        assertEquals(0, books.book().anomalyCount(io.hftengine.orderbook.BookAnomaly.DUPLICATE_ORDER_REF));
        assertEquals(4, stage.sequencer().expectedSequence());
    }

    @Test
    void aGapIsRequestedHeldAndFilledByTheRetransmission() {
        source.add(T0, feed.packet(1, feed.stockDirectory(1, "ALC")));
        source.add(T0, feed.packet(4, feed.addOrder(1, 14, 'B', 1, 100_000)));
        source.add(T0, feed.packet(5, feed.addOrder(1, 15, 'B', 1, 100_000)));
        run();
        assertEquals(1, count(MarketDataCounter.GAPS));
        assertEquals(2, count(MarketDataCounter.PACKETS_HELD));
        assertEquals(1, requests.size());
        assertEquals(2, requests.get(0)[0]);
        assertEquals(2, requests.get(0)[1]);
        assertTrue(stage.sequencer().gapOpen());
        source.add(T0, feed.packet(2, feed.addOrder(1, 12, 'B', 1, 100_000), feed.addOrder(1, 13, 'B', 1, 100_000)));
        run();
        assertFalse(stage.sequencer().gapOpen());
        assertEquals(1, count(MarketDataCounter.GAPS_FILLED));
        assertEquals(6, stage.sequencer().expectedSequence());
        assertEquals(5, count(MarketDataCounter.MESSAGES));
        assertEquals(4, books.book().levelSize(1, Side.BUY, 0));
        assertFalse(books.isStale());
    }

    /**
     * While a gap is open the books are behind the market: what the retransmission applies is
     * history (an engine restarted during the day asks for the morning from sequence 1 and got
     * it replayed while the live feed was hours ahead). Those events were published as live and
     * the strategy traded on them; now they say stale until the gap is closed.
     */
    @Test
    void eventsAppliedWhileAGapIsOpenAreStale() {
        // Live, far ahead (a restart during the day): held, and the feed is known to be 2,000 ahead.
        source.add(T0, feed.packet(2_003, feed.addOrder(1, 15, 'B', 1, 101_000)));
        source.add(T0, feed.packet(1, feed.stockDirectory(1, "ALC"), feed.addOrder(1, 11, 'B', 1, 100_000)));
        run();
        assertTrue(stage.sequencer().gapOpen());
        assertEquals(List.of("BOOK_UPDATE 1 bid=1@" + 10 * Price.ONE + " ask=0@" + Long.MIN_VALUE + " trade=0 STALE"),
            events, "a replayed morning's event is not live");
        source.add(T0, feed.packet(3, feed.addOrder(1, 13, 'S', 1, 102_000), feed.addOrder(1, 14, 'S', 1, 103_000)));
        for (long seq = 5; seq < 2_003; seq += 30) { // the rest of the morning, up to the live edge
            source.add(T0, feed.packet(seq, fillers((int) Math.min(30, 2_003 - seq))));
        }
        source.add(T0, feed.packet(2_004, feed.addOrder(1, 16, 'B', 1, 101_500)));
        run();
        assertFalse(stage.sequencer().gapOpen());
        assertTrue(events.get(1).endsWith(" STALE"), events.toString());
        assertFalse(events.get(events.size() - 1).endsWith(" STALE"), "caught up: live again " + events);
        // Counted as it happens, so the console can say when a late start is trading again.
        assertEquals(1, count(MarketDataCounter.FELL_BEHIND));
        assertEquals(1, count(MarketDataCounter.CAUGHT_UP));
    }

    private byte[][] fillers(final int count) {
        final byte[][] messages = new byte[count][];
        for (int i = 0; i < count; i++) {
            messages[i] = feed.addOrder(2, 1_000 + i, 'B', 1, 90_000);
        }
        return messages;
    }

    @Test
    void aSecondHoleBehindAFilledGapIsRequestedAtOnceNotAfterTheTimeout() {
        // 2 is lost, then 5 while the gap for 2 is open: the engine holds 3, 4, 6 and asks for 2.
        source.add(T0, feed.packet(1, feed.stockDirectory(1, "ALC")));
        source.add(T0, feed.packet(3, feed.addOrder(1, 13, 'B', 1, 100_000)));
        source.add(T0, feed.packet(4, feed.addOrder(1, 14, 'B', 1, 100_000)));
        source.add(T0, feed.packet(6, feed.addOrder(1, 16, 'B', 1, 100_000)));
        run();
        assertEquals(1, requests.size());
        assertEquals(2, requests.get(0)[0]);
        assertEquals(1, requests.get(0)[1]);
        // The answer for 2 lets 3 and 4 through and shows the hole at 5: asked for straight away.
        source.add(T0, feed.packet(2, feed.addOrder(1, 12, 'B', 1, 100_000)));
        run();
        assertEquals(2, requests.size(), "the hole at 5 is requested without waiting for a timeout");
        assertEquals(5, requests.get(1)[0]);
        assertEquals(1, requests.get(1)[1]);
        assertEquals(1, count(MarketDataCounter.GAPS_FILLED));
        assertEquals(2, count(MarketDataCounter.GAPS));
        assertTrue(stage.sequencer().gapOpen());
        // Its clock is its own: most of the first gap's timeout has passed, the new one's has not.
        clock.set(T0 + 900_000);
        source.add(T0 + 900_000, feed.packet(5, feed.addOrder(1, 15, 'B', 1, 100_000)));
        run();
        assertFalse(stage.sequencer().gapOpen());
        assertEquals(2, count(MarketDataCounter.GAPS_FILLED));
        assertEquals(0, count(MarketDataCounter.UNRECOVERABLE_GAPS));
        assertEquals(7, stage.sequencer().expectedSequence());
        assertEquals(5, books.book().levelSize(1, Side.BUY, 0), "orders 12 to 16, each once");
        assertFalse(books.isStale());
    }

    @Test
    void aPartialAnswerIsFollowedByARequestForTheRest() {
        source.add(T0, feed.packet(1, feed.stockDirectory(1, "ALC")));
        source.add(T0, feed.packet(5, feed.addOrder(1, 15, 'B', 1, 100_000)));
        run();
        assertEquals(List.of(2L, 3L), List.of(requests.get(0)[0], requests.get(0)[1]), "asks for 2..4");
        // The server answers 2 and 3 only (servers cap answers), then falls silent.
        source.add(T0, feed.packet(2, feed.addOrder(1, 12, 'B', 1, 100_000), feed.addOrder(1, 13, 'B', 1, 100_000)));
        run();
        assertEquals(1, requests.size(), "not at once: more of the answer may be on its way");
        // The re-ask interval is a twentieth of the gap timeout, at least 1 ms, at most half the
        // timeout: 0.5 ms for the 1 ms timeout here.
        clock.set(T0 + 400_000);  // quiet for 0.4 ms: not yet
        run();
        assertEquals(1, requests.size());
        clock.set(T0 + 600_000); // 0.6 ms quiet since the partial answer: ask for the rest
        run();
        assertEquals(2, requests.size(), "the rest is asked for, before the gap is given up");
        assertEquals(List.of(4L, 1L), List.of(requests.get(1)[0], requests.get(1)[1]));
        assertEquals(0, count(MarketDataCounter.UNRECOVERABLE_GAPS));
        source.add(clock.epochNanos(), feed.packet(4, feed.addOrder(1, 14, 'B', 1, 100_000)));
        run();
        assertFalse(stage.sequencer().gapOpen());
        assertEquals(1, count(MarketDataCounter.GAPS_FILLED));
        assertEquals(0, count(MarketDataCounter.UNRECOVERABLE_GAPS));
        assertEquals(6, stage.sequencer().expectedSequence());
        assertFalse(books.isStale());
    }

    @Test
    void anUnrecoverableGapMarksBooksStale() {
        source.add(T0, feed.packet(1, feed.stockDirectory(1, "ALC")));
        source.add(T0, feed.packet(3, feed.addOrder(1, 13, 'B', 1, 100_000)));
        run();
        clock.set(T0 + 2_000_000);
        source.add(T0 + 2_000_000, feed.packet(4, feed.addOrder(1, 14, 'S', 1, 100_100)));
        run();
        assertEquals(1, count(MarketDataCounter.UNRECOVERABLE_GAPS));
        assertEquals(1, count(MarketDataCounter.MESSAGES_LOST));
        assertTrue(books.isStale());
        assertTrue(events.get(events.size() - 1).endsWith("STALE"), events.toString());
        assertEquals(5, stage.sequencer().expectedSequence());
    }

    @Test
    void aFullHoldAreaLeavesTheRestToTheRequestServerUntilTheGapTimesOut() {
        source.add(T0, feed.packet(1, feed.stockDirectory(1, "ALC")));
        for (int s = 3; s <= 7; s++) {
            source.add(T0, feed.packet(s, feed.addOrder(1, s, 'B', 1, 100_000)));
        }
        run();
        assertEquals(1, count(MarketDataCounter.PACKETS_LEFT_TO_REQUEST), "7 finds the four slots full");
        assertEquals(0, count(MarketDataCounter.UNRECOVERABLE_GAPS), "the request server may still answer");
        assertFalse(books.isStale());
        clock.set(T0 + 2_000_000);
        run();
        assertEquals(1, count(MarketDataCounter.UNRECOVERABLE_GAPS), "2 given up, 3..6 applied");
        assertEquals(7, stage.sequencer().expectedSequence());
        clock.set(T0 + 4_000_000);
        run();
        assertEquals(2, count(MarketDataCounter.UNRECOVERABLE_GAPS), "then 7, left to the server, given up");
        assertEquals(8, stage.sequencer().expectedSequence());
        assertTrue(books.isStale());
    }

    @Test
    void garbageAndForeignSessionsAreCountedNotFatal() {
        source.add(T0, feed.packet(1, feed.stockDirectory(1, "ALC")));
        source.add(T0, new byte[] {1, 2, 3, 4, 5, 6, 7});
        final byte[] other = feed.packet(2, feed.addOrder(1, 12, 'B', 1, 100_000));
        other[0] = 'X';
        source.add(T0, other);
        final byte[] overrun = feed.packet(2, feed.addOrder(1, 12, 'B', 1, 100_000));
        final UnsafeBuffer b = new UnsafeBuffer(overrun);
        b.putShort(18, (short) 2, java.nio.ByteOrder.BIG_ENDIAN);
        source.add(T0, overrun);
        source.add(T0, feed.packet(3, new byte[] {'A', 0, 1}));
        run();
        assertEquals(3, count(MarketDataCounter.MALFORMED_PACKETS));
        assertEquals(1, count(MarketDataCounter.DECODE_ERRORS));
        assertEquals(1, books.book().levelSize(1, Side.BUY, 0), "the good message before the overrun is applied");
        assertEquals(4, stage.sequencer().expectedSequence());
        assertEquals(MarketEventType.BOOK_UPDATE.name(), events.get(0).split(" ")[0]);
    }
}
