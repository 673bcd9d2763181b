package io.hftengine.bench.orderbook;

import com.paritytrading.parity.book.Market;
import com.paritytrading.parity.book.MarketListener;
import com.paritytrading.parity.book.Order;
import io.hftengine.orderbook.OrderBook;
import io.hftengine.types.Side;

/**
 * The peer in the order book benchmarks: a {@link SyntheticItchDay} applied to Parity's order
 * book ({@code com.paritytrading.parity:parity-book}, Apache 2.0), the open-source Java book
 * behind Parity's ITCH tools: a fastutil hash map of order objects and a red-black tree of price
 * levels a side. Same messages, same machine, same run as ours, so the figures compare as a
 * ratio.
 *
 * <p>An ITCH replace becomes Parity's delete and add (its API has no replace), the way Parity's
 * own ITCH tools do it; executions with a price use the order's price, as ours do. The listener
 * counts top-of-book changes so the JIT cannot drop the book's work.
 */
final class ParityDay {
    private final SyntheticItchDay day;
    private final Market market;
    private final CountingListener listener = new CountingListener();

    /** Opens one Parity book a symbol of the day; instruments are the day's stock locates. */
    ParityDay(final SyntheticItchDay day) {
        this.day = day;
        this.market = new Market(listener);
        for (int s = 1; s <= day.symbols; s++) {
            market.open(s);
        }
    }

    /** Applies event {@code i} and returns the top-of-book changes seen so far. */
    long apply(final int i) {
        final long ref = day.ref[i];
        switch (day.kind[i]) {
            case SyntheticItchDay.ADD:
            case SyntheticItchDay.ADD_MPID:
                market.add(day.locate[i], ref, day.side[i] == 'B' ? com.paritytrading.parity.book.Side.BUY
                    : com.paritytrading.parity.book.Side.SELL, day.price[i], day.shares[i]);
                break;
            case SyntheticItchDay.DELETE:
                market.delete(ref);
                break;
            case SyntheticItchDay.REPLACE:
                final Order old = market.find(ref);
                if (old != null) {
                    final long instrument = old.getOrderBook().getInstrument();
                    final com.paritytrading.parity.book.Side side = old.getSide();
                    market.delete(ref);
                    market.add(instrument, day.newRef[i], side, day.price[i], day.shares[i]);
                }
                break;
            case SyntheticItchDay.CANCEL:
                market.cancel(ref, day.shares[i]);
                break;
            default:
                market.execute(ref, day.shares[i]);
                break;
        }
        return listener.bboChanges;
    }

    /** Applies events {@code from} (inclusive) to {@code to} (exclusive); returns the changes seen so far. */
    long apply(final int from, final int to) {
        long changes = 0;
        for (int i = from; i < to; i++) {
            changes = apply(i);
        }
        return changes;
    }

    /**
     * Checks that Parity's book and ours agree on every symbol's best bid and ask, price and
     * size: the two books are independent implementations fed the same messages.
     *
     * @param ours our book after the same events
     * @return symbols checked
     * @throws IllegalStateException naming the first symbol where they differ
     */
    int checkAgainst(final OrderBook ours) {
        for (int s = 1; s <= day.symbols; s++) {
            final com.paritytrading.parity.book.OrderBook theirs = market.open(s);
            check(ours, s, Side.BUY, theirs.getBestBidPrice(), theirs.getBidSize(theirs.getBestBidPrice()));
            check(ours, s, Side.SELL, theirs.getBestAskPrice(), theirs.getAskSize(theirs.getBestAskPrice()));
        }
        return day.symbols;
    }

    /** Compares our best level of one side with Parity's; both say 0 @ 0 for an empty side. */
    private static void check(final OrderBook ours, final int locate, final Side side, final long parityPrice,
                              final long paritySize) {
        final boolean empty = ours.levelCount(locate, side) == 0;
        final long price = empty ? 0 : ours.levelPrice(locate, side, 0);
        final long size = empty ? 0 : ours.levelSize(locate, side, 0);
        if (price != parityPrice || size != paritySize) {
            throw new IllegalStateException("locate " + locate + " best " + side + ": ours " + size + " @ " + price
                + ", Parity's " + paritySize + " @ " + parityPrice);
        }
    }

    /** Counts Parity's top-of-book updates and trades. */
    private static final class CountingListener implements MarketListener {
        long bboChanges;

        @Override
        public void update(final com.paritytrading.parity.book.OrderBook book, final boolean bbo) {
            if (bbo) {
                bboChanges++;
            }
        }

        @Override
        public void trade(final com.paritytrading.parity.book.OrderBook book,
                          final com.paritytrading.parity.book.Side side, final long price, final long size) {
            bboChanges++;
        }
    }
}
