package io.hftengine.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.hftengine.metrics.NanoTicker;
import io.hftengine.orderbook.L2View;
import io.hftengine.orderbook.OrderBook;
import io.hftengine.pipeline.Counters;
import io.hftengine.pipeline.MarketEventOverflow;
import io.hftengine.pipeline.PipeRing;
import io.hftengine.pipeline.SymbolDirectory;
import io.hftengine.pipeline.marketdata.ItchBookHandler;
import io.hftengine.pipeline.marketdata.MarketDataCounter;
import io.hftengine.pipeline.marketdata.MarketDataStage;
import io.hftengine.pipeline.marketdata.MoldUdp64Sequencer;
import io.hftengine.pipeline.marketdata.PacketHandler;
import io.hftengine.pipeline.marketdata.PacketSource;
import io.hftengine.pipeline.message.MarketEvent;
import io.hftengine.pipeline.message.MarketEventType;
import io.hftengine.pipeline.risk.ReferencePrices;
import io.hftengine.protocol.MessageHandler;
import io.hftengine.protocol.moldudp64.MoldUdp64Header;
import io.hftengine.types.Side;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Fuzzes the whole market data path of hft-pipeline as the engine assembles it: datagrams into a
 * {@link MarketDataStage}, sequenced by a {@link MoldUdp64Sequencer} (gaps, holds, requests,
 * timeouts on a clock the input drives), decoded as ITCH into an {@link ItchBookHandler} over an
 * order-by-order {@link OrderBook}, market events out through a {@link PipeRing}. The promise: no
 * datagram crashes the engine, and every message is accounted for.
 *
 * <p>After every duty cycle: packets and bytes received are those fed; every message the
 * sequencer applied (seen by a tap between it and the stage, in strictly rising sequence order)
 * is counted processed, and each decode error is one the shadow decoder also finds; every
 * sequence number the sequencer moved past was applied or counted lost; every gap opened is filled,
 * given up or still open, and no packet stays held without an open gap; book anomalies, events
 * and the stale flag agree with the book, the ring and the unrecoverable gaps; every defined
 * book is sorted with positive sizes; and, unless events were dropped, the last event of each
 * symbol shows its book's current top. At the end the clock runs out every gap.
 *
 * <p>Input (a {@link FuzzedDataProvider}; {@link SeedCorpusWriter} writes seeds in this schema):
 * publish depth 1..10, ring capacity 2^(1..10), conflate or drop, hold area 1..4 packets of
 * 20..1500 bytes, first sequence 0..2, whether requests are sent; then up to
 * {@value #MAX_STEPS} steps, each a clock advance (none, 0.1 ms, past the re-ask time, past the
 * gap timeout) and one of: raw bytes as a datagram; a MoldUDP64 packet built around fuzzed ITCH
 * bodies (our session or another, sequence within -4..+8 of the next expected, 1..8 messages or a
 * heartbeat or End of Session); the same with a fuzzed count and fuzzed length prefixes; a copy of
 * an earlier datagram; an idle duty cycle.
 */
class MarketDataStageFuzzTest
{
    /** The session of built packets. */
    static final String SESSION = "SESSION001";
    /** Another session, one in eight built packets. */
    static final String OTHER_SESSION = "OTHERSES02";
    /** Steps at most per input. */
    static final int MAX_STEPS = 48;
    /** Sequencer gap timeout. */
    static final long GAP_TIMEOUT_NS = 1_000_000L;
    /** Step kinds. */
    static final int RAW = 0;
    static final int FRAMED = 1;
    static final int LYING = 2;
    static final int REPEAT = 3;
    static final int IDLE = 4;
    /** Clock advances a step may choose. */
    static final long[] CLOCK_STEPS = {0, 100_000, 600_000, GAP_TIMEOUT_NS + 1};

    private static final int PREFIX = 3;
    private static final long T0 = 1_700_000_000_000_000_000L;
    /** The book holds 4-decimal wire prices; events carry {@code Price} raws. */
    private static final long WIRE4 = 10_000L;

    /**
     * Feeds fuzzed datagrams through the stage, checking the accounting after each duty cycle.
     *
     * @param data the input, in the schema of the class comment
     */
    @FuzzTest(maxDuration = "60s")
    void datagrams(final FuzzedDataProvider data)
    {
        new Run(FuzzChoices.of(data)).feedAndCheck();
    }

    /** Runs one input; exposed to {@code SeedCorpusTest}, which asserts the seeds reach the book. */
    static Run run(final FuzzChoices data)
    {
        final Run run = new Run(data);
        run.feedAndCheck();
        return run;
    }

    /** One input's engine, feed and oracle. */
    static final class Run implements PacketSource
    {
        private final FuzzChoices data;
        private final long[] now = {T0};
        private final Counters<MarketDataCounter> counters = new Counters<>("marketData", MarketDataCounter.class);
        private final OrderBook book = new OrderBook(256, MarketEvent.MAX_LEVELS, 2);
        private final ItchShadow shadow = new ItchShadow();
        private final Map<Integer, long[]> lastTop = new HashMap<>();
        private final List<byte[]> history = new ArrayList<>();
        private final boolean conflate;
        private final boolean requestsSent;
        private final long firstSequence;
        private final PipeRing<MarketEvent> ring;
        private final ItchBookHandler books;
        private final MarketDataStage stage;
        private UnsafeBuffer pending;
        private long packetsFed;
        private long bytesFed;
        private long lastApplied;
        private long requests;

        Run(final FuzzChoices data)
        {
            this.data = data;
            final int publishDepth = data.consumeInt(1, MarketEvent.MAX_LEVELS);
            ring = new PipeRing<>("md", 1 << data.consumeInt(1, 10), MarketEvent::new);
            conflate = data.consumeBoolean();
            final int maxHeld = data.consumeInt(1, 4);
            final int maxPacketLength = data.consumeInt(20, 1500);
            firstSequence = data.consumeInt(0, 2);
            requestsSent = data.consumeBoolean();
            lastApplied = firstSequence - 1;
            books = new ItchBookHandler(book, ring, new ReferencePrices(16), new SymbolDirectory(), counters,
                () -> now[0], NanoTicker.INSTANCE, publishDepth,
                conflate ? MarketEventOverflow.CONFLATE : MarketEventOverflow.DROP);
            stage = new MarketDataStage(this, books,
                handler -> new MoldUdp64Sequencer(tap(handler), counters, this::request, () -> now[0],
                    () -> books.stale(true), firstSequence, maxHeld, maxPacketLength, GAP_TIMEOUT_NS),
                counters, NanoTicker.INSTANCE, null);
        }

        long count(final MarketDataCounter counter)
        {
            return counters.get(counter);
        }

        OrderBook book()
        {
            return book;
        }

        private void feedAndCheck()
        {
            for (int step = 0; step < MAX_STEPS && data.remainingBytes() > 0; step++)
            {
                now[0] += CLOCK_STEPS[data.consumeInt(0, CLOCK_STEPS.length - 1)];
                final byte[] datagram = next(data.consumeInt(RAW, IDLE));
                if (datagram != null)
                {
                    history.add(datagram);
                    pending = FuzzBuffers.atEnd(datagram, PREFIX);
                    packetsFed++;
                    bytesFed += datagram.length;
                }
                dutyCycle();
                assertEquals(null, pending, "the stage took the datagram");
            }
            // The feed is over: the clock runs out every gap, conflated books go out.
            for (int i = 0; i < 100_000 && (stage.sequencer().gapOpen() || books.pendingSymbols() > 0); i++)
            {
                now[0] += GAP_TIMEOUT_NS + 1;
                dutyCycle();
            }
            assertFalse(stage.sequencer().gapOpen(), "every gap filled or given up");
            assertEquals(0, books.pendingSymbols(), "every conflated book published");
        }

        private byte[] next(final int kind)
        {
            switch (kind)
            {
                case RAW:
                    return data.consumeBytes(data.consumeInt(0, 1500));
                case FRAMED:
                case LYING:
                    return packet(kind == LYING);
                case REPEAT:
                    return history.isEmpty() ? null : history.get(data.consumeInt(0, history.size() - 1));
                default:
                    return null;
            }
        }

        private byte[] packet(final boolean lying)
        {
            final String session = data.consumeInt(0, 7) == 0 ? OTHER_SESSION : SESSION;
            final long sequence = Math.max(0, stage.sequencer().expectedSequence() + data.consumeInt(-4, 8));
            final int messages;
            final int countField;
            if (lying)
            {
                messages = data.consumeInt(0, 8);
                countField = data.consumeInt(0, 0xFFFF);
            }
            else
            {
                final int code = data.consumeInt(0, 9);
                messages = code == 9 ? 0 : code;
                countField = code == 9 ? 0xFFFF : code;
            }
            final MoldPacket packet = new MoldPacket(session, sequence, countField);
            for (int i = 0; i < messages; i++)
            {
                final byte[] body = data.consumeBytes(data.consumeInt(0, 64));
                packet.message(lying ? data.consumeInt(0, 0xFFFF) : body.length, body);
            }
            return packet.bytes();
        }

        private void dutyCycle()
        {
            stage.doWork();
            ring.poll((event, sequence, endOfBatch) -> onEvent(event), ring.capacity());
            check();
        }

        @Override
        public int poll(final PacketHandler handler)
        {
            if (pending == null)
            {
                return 0;
            }
            final UnsafeBuffer datagram = pending;
            pending = null;
            handler.onPacket(datagram, PREFIX, datagram.capacity() - PREFIX);
            return 1;
        }

        /** Between the sequencer and the stage: sees every message applied, then hands it on. */
        private MessageHandler tap(final MessageHandler stageHandler)
        {
            return (buffer, offset, length) ->
            {
                final long sequence = stage.sequencer().expectedSequence() - 1;
                assertTrue(sequence > lastApplied, "message " + sequence + " applied after " + lastApplied);
                lastApplied = sequence;
                shadow.onMessage(buffer, offset, length);
                stageHandler.onMessage(buffer, offset, length);
            };
        }

        private boolean request(final DirectBuffer buffer, final int offset, final int length)
        {
            final MoldUdp64Header header = new MoldUdp64Header().wrap(buffer, offset);
            assertEquals(20, length, "request length");
            assertEquals(stage.sequencer().expectedSequence(), header.sequenceNumber(), "a request starts at the hole");
            assertTrue(header.messageCount() >= 1 && header.messageCount() <= 0xFFFE,
                "a request asks for 1..65534 messages: " + header.messageCount());
            requests++;
            return requestsSent;
        }

        private void onEvent(final MarketEvent event)
        {
            assertTrue(!event.stale() || books.isStale(), "a stale event from fresh books");
            if (event.type() != MarketEventType.BOOK_UPDATE && event.type() != MarketEventType.TICK)
            {
                return;
            }
            assertTrue(shadow.defined().get(event.symbolId()), "book event for undefined locate " + event.symbolId());
            for (int i = 0; i < event.bidLevels(); i++)
            {
                assertTrue(event.bidQuantity(i) > 0 && (i == 0 || event.bidPrice(i) < event.bidPrice(i - 1)),
                    "event bids sorted, sized: " + event);
            }
            for (int i = 0; i < event.askLevels(); i++)
            {
                assertTrue(event.askQuantity(i) > 0 && (i == 0 || event.askPrice(i) > event.askPrice(i - 1)),
                    "event asks sorted, sized: " + event);
            }
            lastTop.put(event.symbolId(), new long[] {event.bidPrice(0), event.bidQuantity(0), event.askPrice(0),
                event.askQuantity(0)});
        }

        private void check()
        {
            final MoldUdp64Sequencer sequencer = stage.sequencer();
            assertEquals(packetsFed, count(MarketDataCounter.PACKETS), "packets");
            assertEquals(bytesFed, count(MarketDataCounter.BYTES), "bytes");
            assertEquals(shadow.applied(), count(MarketDataCounter.MESSAGES), "messages applied = processed");
            assertEquals(sequencer.expectedSequence() - firstSequence,
                count(MarketDataCounter.MESSAGES) + count(MarketDataCounter.MESSAGES_LOST),
                "every sequence number passed is processed or lost");
            assertEquals(shadow.expectedDecodeErrors(), count(MarketDataCounter.DECODE_ERRORS), "decode errors");
            assertEquals(book.totalAnomalies(), count(MarketDataCounter.BOOK_ANOMALIES), "book anomalies");
            assertEquals(ring.publishedCount(), count(MarketDataCounter.EVENTS), "events");
            assertEquals(requestsSent ? requests : 0, count(MarketDataCounter.RETRANSMIT_REQUESTS), "requests");
            assertEquals(count(MarketDataCounter.UNRECOVERABLE_GAPS) > 0, books.isStale(), "stale iff a gap given up");
            assertEquals(count(MarketDataCounter.GAPS), count(MarketDataCounter.GAPS_FILLED)
                + count(MarketDataCounter.UNRECOVERABLE_GAPS) + (sequencer.gapOpen() ? 1 : 0), "gaps");
            if (!sequencer.gapOpen())
            {
                assertEquals(0, sequencer.heldPackets(), "packets held with no gap open");
            }
            final boolean everyChangePublished = books.pendingSymbols() == 0
                && (conflate || count(MarketDataCounter.EVENTS_DROPPED) == 0);
            for (int locate = shadow.defined().nextSetBit(0); locate >= 0;
                 locate = shadow.defined().nextSetBit(locate + 1))
            {
                BookInvariants.check(book, locate);
                if (everyChangePublished)
                {
                    lastEventShowsTop(locate);
                }
            }
        }

        private void lastEventShowsTop(final int locate)
        {
            final L2View view = book.l2(locate);
            final long[] seen = lastTop.getOrDefault(locate, new long[] {MarketEvent.NO_PRICE, 0, MarketEvent.NO_PRICE, 0});
            final long[] top = {
                scaled(view.bestBidPrice()), view.bestBidSize(), scaled(view.bestAskPrice()), view.bestAskSize()};
            if (!java.util.Arrays.equals(top, seen))
            {
                throw new AssertionError("locate " + locate + ": the strategy last saw " + java.util.Arrays.toString(seen)
                    + ", the book's top is " + java.util.Arrays.toString(top) + " (" + Side.BUY + " then "
                    + Side.SELL + ", price and size)");
            }
        }

        private static long scaled(final long wirePrice)
        {
            return wirePrice == L2View.NO_PRICE ? MarketEvent.NO_PRICE : wirePrice * WIRE4;
        }
    }
}
