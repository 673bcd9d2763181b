package io.hftengine.orderbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.paritytrading.parity.book.Market;
import com.paritytrading.parity.book.MarketListener;
import com.paritytrading.parity.book.Order;
import io.hftengine.types.Side;
import it.unimi.dsi.fastutil.longs.LongSortedSet;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our order-by-order book against an independent one: Parity's Java order book
 * ({@code com.paritytrading.parity:parity-book}, a hash map of order objects and a red-black tree
 * of levels a side, written by other people for Parity's ITCH tools). Both are fed the same
 * random ITCH-like stream (adds, deletes, replaces, executions, cancels of live orders, partial
 * and whole, on a few symbols with prices clustered so levels share and empty often); after every
 * message the touched symbol's whole ladder, every level's price and aggregate shares, must be
 * the same in both, and at the end every symbol's. A replace is Parity's delete then add (its
 * API has none), as in Parity's own tools.
 *
 * <p>The stream is well-formed (only live orders are touched, never for more than they have):
 * how each book treats bad input differs by design and is tested against our own reference model
 * in {@link OrderBookPropertyTest}.
 */
class ParityBookCrossCheckTest {
    private static final int SYMBOLS = 6;
    private static final int MESSAGES = 40_000;
    private static final long TICK = 100;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2026})
    void everyLadderEqualsParitysAfterEveryMessage(final long seed) {
        final SplittableRandom random = new SplittableRandom(seed);
        final OrderBook ours = new OrderBook(1 << 16, 10, 64);
        final Market theirs = new Market(NO_EVENTS);
        for (int s = 1; s <= SYMBOLS; s++) {
            ours.addSymbol(s, s);
            theirs.open(s);
        }
        final long[] live = new long[1 << 16];
        final int[] liveSymbol = new int[live.length];
        int liveCount = 0;
        long nextRef = 1;
        for (int m = 0; m < MESSAGES; m++) {
            final int roll = random.nextInt(100);
            final int symbol;
            if (liveCount == 0 || roll < 45 && liveCount < live.length) {
                symbol = 1 + random.nextInt(SYMBOLS);
                final boolean buy = random.nextBoolean();
                // bids at or below 100.00, asks above: the streams stay uncrossed, levels cluster
                final long price = buy ? (10_000 - random.nextInt(12)) * TICK : (10_001 + random.nextInt(12)) * TICK;
                final long shares = 100L * (1 + random.nextInt(5));
                ours.addOrder(symbol, nextRef, buy ? Side.BUY : Side.SELL, price, shares);
                theirs.add(symbol, nextRef, buy ? com.paritytrading.parity.book.Side.BUY
                    : com.paritytrading.parity.book.Side.SELL, price, shares);
                live[liveCount] = nextRef++;
                liveSymbol[liveCount++] = symbol;
            } else {
                final int at = random.nextInt(liveCount);
                final long ref = live[at];
                symbol = liveSymbol[at];
                final long remaining = ours.orderShares(ref);
                assertEquals(theirs.find(ref).getRemainingQuantity(), remaining, "remaining shares of order " + ref);
                if (roll < 80) {
                    ours.deleteOrder(ref);
                    theirs.delete(ref);
                    live[at] = live[--liveCount];
                    liveSymbol[at] = liveSymbol[liveCount];
                } else if (roll < 90) {
                    final Order old = theirs.find(ref);
                    final long price = old.getPrice() + TICK * (random.nextInt(3) - 1);
                    final long shares = 100L * (1 + random.nextInt(5));
                    ours.replaceOrder(ref, nextRef, shares, price);
                    final com.paritytrading.parity.book.Side side = old.getSide();
                    theirs.delete(ref);
                    theirs.add(symbol, nextRef, side, price, shares);
                    live[at] = nextRef++;
                } else {
                    final long shares = 1 + random.nextLong(remaining);
                    if (roll < 95) {
                        ours.executeOrder(ref, shares);
                        theirs.execute(ref, shares);
                    } else {
                        ours.cancelOrder(ref, shares);
                        theirs.cancel(ref, shares);
                    }
                    if (shares == remaining) {
                        live[at] = live[--liveCount];
                        liveSymbol[at] = liveSymbol[liveCount];
                    }
                }
            }
            assertSameLadders(ours, theirs, symbol, "message " + m + " (seed " + seed + ")");
        }
        for (int s = 1; s <= SYMBOLS; s++) {
            assertSameLadders(ours, theirs, s, "end of stream (seed " + seed + ")");
        }
        assertEquals(liveCount, ours.liveOrders());
        assertEquals(0, ours.totalAnomalies(), "a well-formed stream has no anomalies");
    }

    private static void assertSameLadders(final OrderBook ours, final Market theirs, final int symbol,
                                          final String when) {
        final com.paritytrading.parity.book.OrderBook book = theirs.open(symbol);
        assertEquals(Arrays.toString(ladder(book.getBidPrices(), book, true)),
            Arrays.toString(ladder(ours, symbol, Side.BUY)), "bids of symbol " + symbol + " after " + when);
        assertEquals(Arrays.toString(ladder(book.getAskPrices(), book, false)),
            Arrays.toString(ladder(ours, symbol, Side.SELL)), "asks of symbol " + symbol + " after " + when);
    }

    /** Parity's levels best first, as price, shares pairs. */
    private static long[] ladder(final LongSortedSet prices, final com.paritytrading.parity.book.OrderBook book,
                                 final boolean bids) {
        final long[] out = new long[prices.size() * 2];
        int i = 0;
        for (final long price : prices) {
            out[i++] = price;
            out[i++] = bids ? book.getBidSize(price) : book.getAskSize(price);
        }
        return out;
    }

    /** Our full ladder best first, as price, shares pairs. */
    private static long[] ladder(final OrderBook book, final int symbol, final Side side) {
        final int levels = book.levelCount(symbol, side);
        final long[] out = new long[levels * 2];
        for (int rank = 0; rank < levels; rank++) {
            out[2 * rank] = book.levelPrice(symbol, side, rank);
            out[2 * rank + 1] = book.levelSize(symbol, side, rank);
        }
        return out;
    }

    private static final MarketListener NO_EVENTS = new MarketListener() {
        @Override
        public void update(final com.paritytrading.parity.book.OrderBook book, final boolean bbo) {
        }

        @Override
        public void trade(final com.paritytrading.parity.book.OrderBook book,
                          final com.paritytrading.parity.book.Side side, final long price, final long size) {
        }
    };
}
