package io.hftengine.pipeline.marketdata;

import io.hftengine.metrics.NanoTicker;
import io.hftengine.orderbook.OrderBook;
import io.hftengine.pipeline.Counters;
import io.hftengine.pipeline.MutableClock;
import io.hftengine.pipeline.PipeRing;
import io.hftengine.pipeline.QueuePacketSource;
import io.hftengine.pipeline.ScenarioFeed;
import io.hftengine.pipeline.SymbolDirectory;
import io.hftengine.pipeline.TestFeed;
import io.hftengine.pipeline.message.MarketEvent;
import io.hftengine.pipeline.risk.ReferencePrices;
import io.hftengine.protocol.moldudp64.MoldUdp64Header;
import io.hftengine.types.Side;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Fault: the feed reorders packets (no packet is lost, none is retransmitted: the retransmission
 * request goes nowhere). The late packet itself fills the gap; every message is applied exactly
 * once and in sequence order, and the books and events equal those of the in-order feed.
 */
class FeedReorderTest {
    private static final long T0 = ScenarioFeed.T0;
    private static final long GAP_TIMEOUT_NS = 1_000_000_000L;

    /** One market data stage with its books, counters and what it published. */
    private static final class Engine {
        final MutableClock clock = new MutableClock(T0);
        final QueuePacketSource source = new QueuePacketSource(clock, false);
        final PipeRing<MarketEvent> ring = new PipeRing<>("md", 1024, MarketEvent::new);
        final Counters<MarketDataCounter> counters = new Counters<>("marketData", MarketDataCounter.class);
        final List<long[]> requests = new ArrayList<>();
        final List<String> events = new ArrayList<>();
        final ItchBookHandler books;
        final MarketDataStage stage;

        Engine(final int maxHeld) {
            books = new ItchBookHandler(new OrderBook(4096, 10, 8), ring, new ReferencePrices(16), new SymbolDirectory(),
                counters, clock, NanoTicker.INSTANCE, 5);
            final RetransmitRequester requester = (buffer, offset, length) -> {
                final MoldUdp64Header h = new MoldUdp64Header().wrap(buffer, offset);
                requests.add(new long[] {h.sequenceNumber(), h.messageCount()});
                return true; // the request server never answers
            };
            stage = new MarketDataStage(source, books,
                handler -> new MoldUdp64Sequencer(handler, counters, requester, clock, () -> books.stale(true), 1,
                    maxHeld, 1500, GAP_TIMEOUT_NS),
                counters, NanoTicker.INSTANCE, null);
        }

        Engine run() {
            while (stage.doWork() > 0) {
                ring.poll((e, seq, end) -> events.add(e.feedSequence() + " " + e.type() + " " + e.symbolId() + " bid="
                    + e.bidQuantity(0) + "@" + e.bidPrice(0) + " ask=" + e.askQuantity(0) + "@" + e.askPrice(0)
                    + " trade=" + e.tradeQuantity() + (e.stale() ? " STALE" : "")), 1024);
            }
            return this;
        }

        long count(final MarketDataCounter c) {
            return counters.get(c);
        }
    }

    @Test
    void packetsOneThreeTwoFourAreAppliedInSequenceOrder() {
        final TestFeed feed = new TestFeed();
        final byte[] p1 = feed.packet(1, feed.stockDirectory(1, "ALC"));
        final byte[] p2 = feed.packet(2, feed.addOrder(1, 12, 'B', 100, 100_000));
        final byte[] p3 = feed.packet(3, feed.execute(1, 12, 30, 1));
        final byte[] p4 = feed.packet(4, feed.addOrder(1, 14, 'S', 7, 100_100));

        final Engine inOrder = new Engine(4);
        inOrder.source.add(T0, p1).add(T0, p2).add(T0, p3).add(T0, p4);
        inOrder.run();

        final Engine reordered = new Engine(4);
        reordered.source.add(T0, p1).add(T0, p3).add(T0, p2).add(T0, p4);
        reordered.run();

        assertEquals(inOrder.events, reordered.events, "same events, same order, as the in-order feed");
        assertEquals(List.of("2", "3", "3", "4"), reordered.events.stream().map(e -> e.split(" ")[0]).toList(),
            "the execution (seq 3) comes after the add it executes (seq 2)");
        assertEquals(4, reordered.count(MarketDataCounter.MESSAGES), "every message applied exactly once");
        assertEquals(1, reordered.count(MarketDataCounter.GAPS));
        assertEquals(1, reordered.count(MarketDataCounter.GAPS_FILLED));
        assertEquals(1, reordered.count(MarketDataCounter.PACKETS_HELD));
        assertEquals(0, reordered.count(MarketDataCounter.DUPLICATE_PACKETS));
        assertEquals(0, reordered.count(MarketDataCounter.UNRECOVERABLE_GAPS));
        assertEquals(0, reordered.count(MarketDataCounter.MESSAGES_LOST));
        assertEquals(1, reordered.requests.size(), "one request for the hole, answered by the late packet itself");
        assertEquals(2, reordered.requests.get(0)[0]);
        assertEquals(1, reordered.requests.get(0)[1]);
        assertEquals(0, reordered.books.book().totalAnomalies());
        assertEquals(70, reordered.books.book().levelSize(1, Side.BUY, 0));
        assertEquals(7, reordered.books.book().levelSize(1, Side.SELL, 0));
        assertFalse(reordered.books.isStale());
        assertFalse(reordered.stage.sequencer().gapOpen());
        assertEquals(5, reordered.stage.sequencer().expectedSequence());
    }

    @Test
    void laterPacketsAheadOfEarlierOnesWithinTheHoldWindowEqualTheInOrderFeed() {
        final ScenarioFeed scenario = new ScenarioFeed(7, 300, -1, -1);
        final List<byte[]> in = scenario.packets;
        // Delivery order: a swapped pair at 10/11, a reversed run of four at 50..53, the packet at 100
        // arriving four packets late, and a duplicate of 51 after the run is complete.
        final List<byte[]> out = new ArrayList<>(in);
        java.util.Collections.swap(out, 10, 11);
        java.util.Collections.reverse(out.subList(50, 54));
        out.add(104, out.remove(100));
        out.add(56, in.get(51));

        final Engine inOrder = new Engine(8);
        for (int i = 0; i < in.size(); i++) {
            inOrder.source.add(scenario.times.get(i), in.get(i));
        }
        inOrder.run();
        final Engine reordered = new Engine(8);
        for (int i = 0; i < out.size(); i++) {
            reordered.source.add(scenario.times.get(Math.min(i, scenario.times.size() - 1)), out.get(i));
        }
        reordered.run();

        assertEquals(inOrder.count(MarketDataCounter.MESSAGES), reordered.count(MarketDataCounter.MESSAGES));
        assertEquals(inOrder.stage.sequencer().expectedSequence(), reordered.stage.sequencer().expectedSequence());
        assertEquals(inOrder.events, reordered.events, "every event equal to the in-order feed's, in order");
        final List<Long> sequences = reordered.events.stream().map(e -> Long.parseLong(e.split(" ")[0])).toList();
        for (int i = 1; i < sequences.size(); i++) {
            assertFalse(sequences.get(i) < sequences.get(i - 1), "events in feed sequence order at " + i);
        }
        assertEquals(3, reordered.count(MarketDataCounter.GAPS), "one per reordering");
        assertEquals(3, reordered.count(MarketDataCounter.GAPS_FILLED));
        assertEquals(1 + 3 + 4, reordered.count(MarketDataCounter.PACKETS_HELD));
        assertEquals(1, reordered.count(MarketDataCounter.DUPLICATE_PACKETS));
        assertEquals(0, reordered.count(MarketDataCounter.UNRECOVERABLE_GAPS));
        assertEquals(0, reordered.count(MarketDataCounter.MESSAGES_LOST));
        assertEquals(0, reordered.books.book().totalAnomalies());
        assertFalse(reordered.books.isStale());
        assertEquals(0, reordered.stage.sequencer().heldPackets());
        for (int locate = 1; locate <= 3; locate++) {
            for (final Side side : Side.values()) {
                assertEquals(inOrder.books.book().levelCount(locate, side), reordered.books.book().levelCount(locate, side));
                for (int r = 0; r < inOrder.books.book().levelCount(locate, side) && r < 10; r++) {
                    assertEquals(inOrder.books.book().levelPrice(locate, side, r),
                        reordered.books.book().levelPrice(locate, side, r));
                    assertEquals(inOrder.books.book().levelSize(locate, side, r),
                        reordered.books.book().levelSize(locate, side, r));
                }
            }
        }
    }
}
