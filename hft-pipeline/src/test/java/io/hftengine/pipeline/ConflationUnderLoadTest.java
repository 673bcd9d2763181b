package io.hftengine.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hftengine.orderbook.L2View;
import io.hftengine.pipeline.marketdata.MarketDataCounter;
import io.hftengine.pipeline.marketdata.RetransmitRequester;
import io.hftengine.pipeline.message.MarketEvent;
import io.hftengine.pipeline.strategy.SignalSink;
import io.hftengine.pipeline.strategy.QuietStrategy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * A strategy far slower than the feed, on its own thread (layout 2), behind a market data ring of
 * 4 events: under the default conflation policy, once everything has settled, the last book the
 * strategy saw of every symbol is the book's own top, whatever the interleaving of the two
 * threads. Exercises the paths a single-threaded test cannot reach (room appearing in the ring
 * mid-packet while a symbol is pending).
 */
class ConflationUnderLoadTest {
    private static final int SYMBOLS = 20;
    private static final long T0 = 1_700_000_000_000_000_000L;

    /** Remembers each symbol's last top of book; spins ~20 µs an event to fall behind. */
    static final class SlowRecorder extends QuietStrategy {
        final long[] bidPrice = new long[SYMBOLS + 1];
        final long[] bidQuantity = new long[SYMBOLS + 1];
        final long[] askPrice = new long[SYMBOLS + 1];
        final long[] askQuantity = new long[SYMBOLS + 1];
        volatile long seen;

        @Override
        public void onMarketEvent(final MarketEvent event, final SignalSink sink) {
            final int s = event.symbolId();
            bidPrice[s] = event.bidLevels() > 0 ? event.bidPrice(0) : L2View.NO_PRICE;
            bidQuantity[s] = event.bidLevels() > 0 ? event.bidQuantity(0) : 0;
            askPrice[s] = event.askLevels() > 0 ? event.askPrice(0) : L2View.NO_PRICE;
            askQuantity[s] = event.askLevels() > 0 ? event.askQuantity(0) : 0;
            final long until = System.nanoTime() + 20_000;
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            seen++;
        }
    }

    /** 2,000 packets of random adds and deletes on 20 symbols, sequenced from 1. */
    private static QueuePacketSource feed() {
        final TestFeed feed = new TestFeed();
        final QueuePacketSource source = new QueuePacketSource(null, false);
        long seq = 1;
        final byte[][] directory = new byte[SYMBOLS][];
        for (int s = 1; s <= SYMBOLS; s++) {
            directory[s - 1] = feed.stockDirectory(s, "S" + s);
        }
        source.add(T0, feed.packet(seq, directory));
        seq += SYMBOLS;
        final SplittableRandom random = new SplittableRandom(7);
        final List<long[]> live = new ArrayList<>(); // {locate, ref}
        long ref = 1;
        for (int p = 0; p < 2_000; p++) {
            final int n = 1 + random.nextInt(4);
            final byte[][] messages = new byte[n][];
            for (int m = 0; m < n; m++) {
                if (live.size() > 50 && random.nextInt(3) == 0) {
                    final long[] order = live.remove(random.nextInt(live.size()));
                    messages[m] = feed.delete((int) order[0], order[1]);
                } else {
                    final int locate = 1 + random.nextInt(SYMBOLS);
                    final boolean bid = random.nextBoolean();
                    final long price = bid ? 100_000 - random.nextInt(50) * 100 : 100_100 + random.nextInt(50) * 100;
                    messages[m] = feed.addOrder(locate, ref, bid ? 'B' : 'S', 1 + random.nextInt(500), price);
                    live.add(new long[] {locate, ref++});
                }
            }
            source.add(T0, feed.packet(seq, messages));
            seq += n;
        }
        return source;
    }

    @Test
    void aStrategyThatFallsBehindEndsUpSeeingEverySymbolsLatestBook() throws Exception {
        final SlowRecorder strategy = new SlowRecorder();
        final PipelineConfig config = PipelineConfig.builder().layout(2, true, false)
            .rings(4, 64, 64, 256, 256, 1024).bookOrderCapacity(1 << 14).publishDepth(1).build();
        final Pipeline pipeline = PipelineBuilder.create().config(config).strategy(strategy)
            .packetSource(feed(), RetransmitRequester.NONE).build();
        pipeline.start();
        try {
            final Counters<MarketDataCounter> md = pipeline.marketData().counters();
            final long deadline = System.currentTimeMillis() + 60_000;
            while (md.get(MarketDataCounter.PACKETS) < 2_001 || !pipeline.awaitQuiescent(200)) {
                assertTrue(System.currentTimeMillis() < deadline, "did not settle: " + pipeline.countersJson());
            }
            assertTrue(md.get(MarketDataCounter.EVENTS_CONFLATED) > 100,
                "the ring must have filled for this test to mean anything: " + pipeline.countersJson());
            assertEquals(0, md.get(MarketDataCounter.EVENTS_DROPPED), pipeline.countersJson());
            for (int s = 1; s <= SYMBOLS; s++) {
                final L2View book = pipeline.marketData().books().book().l2(s);
                assertEquals(scaled(book.bestBidPrice()), strategy.bidPrice[s], "symbol " + s + " bid");
                assertEquals(book.bestBidSize(), strategy.bidQuantity[s], "symbol " + s + " bid size");
                assertEquals(scaled(book.bestAskPrice()), strategy.askPrice[s], "symbol " + s + " ask");
                assertEquals(book.bestAskSize(), strategy.askQuantity[s], "symbol " + s + " ask size");
            }
        } finally {
            pipeline.close();
        }
        assertNull(pipeline.lastError());
    }

    private static long scaled(final long wirePrice) {
        return wirePrice == L2View.NO_PRICE ? L2View.NO_PRICE : wirePrice * 10_000;
    }
}
