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
import io.hftengine.pipeline.risk.ReferencePrices;
import io.hftengine.protocol.moldudp64.MoldUdp64Descriptor;
import io.hftengine.types.Side;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fault: MoldUDP64 packets of another session arrive in the middle of the stream, and after the
 * session's End of Session a new session starts at sequence 1. The sequencer is bound to the
 * first session it sees: every packet of another session is dropped and counted
 * ({@code MALFORMED_PACKETS}, "another session"), none of its messages reaches the books, no gap
 * is opened or requested for it, and the original session carries on. A new session after End of
 * Session is not followed within a run (the engine is restarted for it): its packets are counted
 * the same way.
 */
class FeedSessionChangeTest {
    private static final long T0 = 1_700_000_000_000_000_000L;
    private static final String OTHER = "OTHERSES02";

    private final TestFeed feed = new TestFeed();
    private final MutableClock clock = new MutableClock(T0);
    private final QueuePacketSource source = new QueuePacketSource(clock, false);
    private final PipeRing<MarketEvent> ring = new PipeRing<>("md", 64, MarketEvent::new);
    private final Counters<MarketDataCounter> counters = new Counters<>("marketData", MarketDataCounter.class);
    private final List<long[]> requests = new ArrayList<>();
    private final List<Long> eventSequences = new ArrayList<>();
    private MarketDataStage stage;
    private ItchBookHandler books;

    @BeforeEach
    void setUp() {
        books = new ItchBookHandler(new OrderBook(1024, 10, 8), ring, new ReferencePrices(16), new SymbolDirectory(),
            counters, clock, NanoTicker.INSTANCE, 5);
        stage = new MarketDataStage(source, books,
            handler -> new MoldUdp64Sequencer(handler, counters, (buffer, offset, length) -> requests.add(new long[0]),
                clock, () -> books.stale(true), 1, 4, 1500, 1_000_000),
            counters, NanoTicker.INSTANCE, null);
    }

    private void run() {
        while (stage.doWork() > 0) {
            ring.poll((e, seq, end) -> eventSequences.add(e.feedSequence()), 64);
        }
    }

    private static byte[] inSession(final String session, final byte[] packet) {
        final byte[] ascii = session.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(ascii, 0, packet, 0, MoldUdp64Descriptor.SESSION_LENGTH);
        return packet;
    }

    private byte[] endOfSession(final String session, final long nextSeq) {
        final byte[] packet = inSession(session, feed.heartbeat(nextSeq));
        new UnsafeBuffer(packet).putShort(18, (short) MoldUdp64Descriptor.END_OF_SESSION_COUNT, ByteOrder.BIG_ENDIAN);
        return packet;
    }

    @Test
    void aForeignSessionMidStreamIsCountedAndDroppedAndTheOriginalCarriesOn() {
        source.add(T0, feed.packet(1, feed.stockDirectory(1, "ALC"), feed.addOrder(1, 11, 'B', 100, 100_000)));
        // another session: one ahead of ours (would open a gap if it were taken as ours), one at
        // our next number (would be applied), one starting over at 1 (would be a duplicate)
        source.add(T0, inSession(OTHER, feed.packet(9, feed.addOrder(1, 91, 'B', 5_000, 100_000))));
        source.add(T0, inSession(OTHER, feed.packet(3, feed.addOrder(1, 92, 'S', 5_000, 100_100))));
        source.add(T0, inSession(OTHER, feed.packet(1, feed.stockDirectory(1, "ALC"), feed.delete(1, 11))));
        source.add(T0, feed.packet(3, feed.addOrder(1, 13, 'S', 20, 100_100)));
        source.add(T0, inSession(OTHER, feed.heartbeat(50)));
        source.add(T0, feed.packet(4, feed.execute(1, 11, 40, 1)));
        run();

        assertEquals(4, counters.get(MarketDataCounter.MALFORMED_PACKETS), "each foreign packet counted");
        assertEquals(4, counters.get(MarketDataCounter.MESSAGES), "only the original session's messages");
        assertEquals(0, counters.get(MarketDataCounter.GAPS), "a foreign sequence number opens no gap");
        assertEquals(0, counters.get(MarketDataCounter.DUPLICATE_PACKETS));
        assertEquals(0, counters.get(MarketDataCounter.HEARTBEATS), "the foreign heartbeat is not ours either");
        assertEquals(0, requests.size());
        assertEquals(60, books.book().levelSize(1, Side.BUY, 0), "order 11 still there, less the execution");
        assertEquals(20, books.book().levelSize(1, Side.SELL, 0), "order 92 of the other session never applied");
        assertEquals(2, books.book().liveOrders());
        assertEquals(5, stage.sequencer().expectedSequence());
        assertFalse(books.isStale());
        assertEquals(List.of(2L, 3L, 4L, 4L), eventSequences, "events of the original session only, in order");
    }

    @Test
    void aNewSessionAfterEndOfSessionIsCountedNotApplied() {
        source.add(T0, feed.packet(1, feed.stockDirectory(1, "ALC"), feed.addOrder(1, 11, 'B', 100, 100_000)));
        source.add(T0, endOfSession(TestFeed.SESSION, 3));
        source.add(T0, inSession(OTHER, feed.packet(1, feed.stockDirectory(1, "ALC"), feed.addOrder(1, 21, 'S', 10,
            100_100))));
        source.add(T0, inSession(OTHER, feed.packet(3, feed.delete(1, 11))));
        source.add(T0, endOfSession(OTHER, 4));
        run();

        assertEquals(1, counters.get(MarketDataCounter.END_OF_SESSION), "only our session's End of Session");
        assertEquals(3, counters.get(MarketDataCounter.MALFORMED_PACKETS), "the new session's packets, counted");
        assertEquals(2, counters.get(MarketDataCounter.MESSAGES));
        assertEquals(0, counters.get(MarketDataCounter.GAPS));
        assertEquals(0, counters.get(MarketDataCounter.DUPLICATE_PACKETS));
        assertEquals(100, books.book().levelSize(1, Side.BUY, 0));
        assertEquals(0, books.book().levelCount(1, Side.SELL));
        assertEquals(3, stage.sequencer().expectedSequence());
        assertFalse(books.isStale());
    }

    /**
     * The feed restarts under a new session name mid-stream: our session sends nothing more, the
     * new one sends heartbeats every 100 ms. Its packets are not followed (see above), so for the
     * books this is a silence of the feed they follow, and the silence watch must say so (the
     * operator's cue to restart for the new session). Counting every datagram as a sign of life,
     * it stayed quiet while the books froze.
     */
    @Test
    void aFeedThatGoesOnOnlyUnderAnotherSessionIsASilenceOfOurs() {
        final FeedSilenceWatch watch = new FeedSilenceWatch(clock, 1_000_000_000L, counters);
        stage.watchSilence(watch);
        source.add(T0, feed.packet(1, feed.stockDirectory(1, "ALC"), feed.addOrder(1, 11, 'B', 100, 100_000)));
        run();
        for (int k = 1; k <= 50; k++) {
            source.add(T0 + k * 100_000_000L, inSession(OTHER, feed.heartbeat(1)));
            run();
        }
        assertEquals(50, counters.get(MarketDataCounter.MALFORMED_PACKETS));
        assertEquals(1, counters.get(MarketDataCounter.FEED_SILENCES), "5 s without a packet of our session");
        assertTrue(watch.isSilent());
        source.add(T0 + 5_100_000_000L, feed.heartbeat(3));
        run();
        assertFalse(watch.isSilent(), "our session's heartbeat ends the silence");
    }
}
