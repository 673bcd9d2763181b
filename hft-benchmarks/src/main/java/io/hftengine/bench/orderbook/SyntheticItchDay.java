package io.hftengine.bench.orderbook;

import io.hftengine.orderbook.OrderBook;
import io.hftengine.types.Side;
import java.util.SplittableRandom;

/**
 * A synthetic, closed stream of ITCH order events with a real day's message mix, held in
 * primitive arrays so replaying it allocates nothing.
 *
 * <p>Mix of order-book messages on NASDAQ's 2019-10-30 sample day (see
 * /work/shared/data/itch/README.md): A 44.1%, D 42.7%, U 8.8%, E 2.5%, X 1.2%, F 0.5%, C 0.04%.
 * Like a real day the stream starts with an empty book, ramps up to {@code targetLive} live
 * orders, trades around that level, and closes by deleting every order left (about
 * {@code targetLive} events more than asked for); so it can be replayed in a loop on the same
 * book. Symbols are chosen with a skew (a few busy names, a long quiet tail);
 * prices sit a geometric number of cents away from a per-symbol mid that drifts, in the raw
 * 4-decimal ITCH unit. Executions and cancels are partial or full as sizes allow.
 */
final class SyntheticItchDay {
    static final byte ADD = 'A';
    static final byte ADD_MPID = 'F';
    static final byte DELETE = 'D';
    static final byte REPLACE = 'U';
    static final byte EXECUTE = 'E';
    static final byte EXECUTE_PRICE = 'C';
    static final byte CANCEL = 'X';

    private static final long CENT = 100;

    final byte[] kind;
    final long[] ref;
    final long[] newRef;
    final int[] locate;
    final byte[] side;
    final long[] price;
    final long[] shares;
    final int symbols;
    final int[] counts = new int[128];
    private int length;

    SyntheticItchDay(final int events, final int symbols, final int targetLive, final long seed) {
        this.symbols = symbols;
        final int most = events + targetLive;
        kind = new byte[most];
        ref = new long[most];
        newRef = new long[most];
        locate = new int[most];
        side = new byte[most];
        price = new long[most];
        shares = new long[most];
        generate(new SplittableRandom(seed), events, targetLive);
    }

    /** Defines every symbol of the stream on a book; locates are 1..symbols. */
    void defineSymbols(final OrderBook book) {
        for (int s = 1; s <= symbols; s++) {
            book.addSymbol(s, s);
        }
    }

    /** Returns the index after {@code i}, wrapping at the end of the stream. */
    int next(final int i) {
        return i + 1 == length ? 0 : i + 1;
    }

    /** Applies event {@code i} to a book and returns its change bits. */
    int apply(final OrderBook book, final int i) {
        switch (kind[i]) {
            case ADD:
            case ADD_MPID:
                return book.addOrder(locate[i], ref[i], side[i] == 'B' ? Side.BUY : Side.SELL, price[i], shares[i]);
            case DELETE:
                return book.deleteOrder(ref[i]);
            case REPLACE:
                return book.replaceOrder(ref[i], newRef[i], shares[i], price[i]);
            case CANCEL:
                return book.cancelOrder(ref[i], shares[i]);
            default:
                return book.executeOrder(ref[i], shares[i]);
        }
    }

    int length() {
        return length;
    }

    String mix() {
        final StringBuilder text = new StringBuilder();
        for (final byte k : new byte[] {ADD, DELETE, REPLACE, EXECUTE, CANCEL, ADD_MPID, EXECUTE_PRICE}) {
            text.append((char) k).append(' ')
                .append(String.format("%.2f%% ", 100.0 * counts[k] / length));
        }
        return text.toString().trim();
    }

    private void generate(final SplittableRandom random, final int events, final int targetLive) {
        final long[] mid = new long[symbols + 1];
        for (int s = 1; s <= symbols; s++) {
            mid[s] = (10 + random.nextInt(490)) * 100 * CENT;
        }
        final LiveOrders live = new LiveOrders(targetLive + 1);
        long nextRef = 1;
        boolean ramping = true;
        int i = 0;
        while (i < events) {
            final int roll = random.nextInt(10_000);
            byte k = roll < 4410 ? ADD : roll < 8680 ? DELETE : roll < 9564 ? REPLACE
                : roll < 9818 ? EXECUTE : roll < 9942 ? CANCEL : roll < 9996 ? ADD_MPID : EXECUTE_PRICE;
            final boolean adding = k == ADD || k == ADD_MPID;
            // The opening ramp turns deletes into adds until the target is first reached; after
            // that the real mix runs as drawn, except that an add at the target becomes a delete.
            ramping &= live.size < targetLive;
            if (live.size == 0 || (ramping && k == DELETE)) {
                k = ADD;
            } else if (adding && live.size >= targetLive) {
                k = DELETE;
            }
            if (k == ADD || k == ADD_MPID) {
                final int s = 1 + (int) (symbols * Math.pow(random.nextDouble(), 3));
                if (random.nextInt(50) == 0) {
                    mid[s] += random.nextBoolean() ? CENT : -CENT;
                }
                final boolean bid = random.nextBoolean();
                final long p = priceNear(random, mid[s], bid);
                final long q = 100L * (1 + random.nextInt(5));
                emit(i++, k, nextRef, 0, s, (byte) (bid ? 'B' : 'S'), p, q);
                live.add(nextRef++, p, q);
                continue;
            }
            final int at = random.nextInt(live.size);
            final long r = live.ref[at];
            if (k == DELETE) {
                emit(i++, k, r, 0, 0, (byte) 0, 0, 0);
                live.removeAt(at);
            } else if (k == REPLACE) {
                final long p = Math.max(CENT, live.price[at] + CENT * (random.nextInt(5) - 2));
                final long q = 100L * (1 + random.nextInt(5));
                emit(i++, k, r, nextRef, 0, (byte) 0, p, q);
                live.ref[at] = nextRef++;
                live.price[at] = p;
                live.shares[at] = q;
            } else {
                final long q = Math.min(live.shares[at], 100L * (1 + random.nextInt(3)));
                emit(i++, k, r, 0, 0, (byte) 0, 0, q);
                live.shares[at] -= q;
                if (live.shares[at] == 0) {
                    live.removeAt(at);
                }
            }
        }
        // The close: every order still live is deleted so the stream ends empty.
        while (live.size > 0) {
            emit(i++, DELETE, live.ref[live.size - 1], 0, 0, (byte) 0, 0, 0);
            live.removeAt(live.size - 1);
        }
        length = i;
    }

    private static long priceNear(final SplittableRandom random, final long mid, final boolean bid) {
        final long ticks = 1 + Math.min(500, (long) (-Math.log(1 - random.nextDouble()) * 6));
        return bid ? Math.max(CENT, mid - ticks * CENT) : mid + ticks * CENT;
    }

    private void emit(final int i, final byte k, final long r, final long r2, final int s, final byte sd,
                      final long p, final long q) {
        kind[i] = k;
        ref[i] = r;
        newRef[i] = r2;
        locate[i] = s;
        side[i] = sd;
        price[i] = p;
        shares[i] = q;
        counts[k]++;
    }

    /** The generator's own view of the live orders, swap-removed so picks stay O(1). */
    private static final class LiveOrders {
        final long[] ref;
        final long[] price;
        final long[] shares;
        int size;

        LiveOrders(final int capacity) {
            ref = new long[capacity];
            price = new long[capacity];
            shares = new long[capacity];
        }

        void add(final long r, final long p, final long q) {
            ref[size] = r;
            price[size] = p;
            shares[size] = q;
            size++;
        }

        void removeAt(final int at) {
            size--;
            ref[at] = ref[size];
            price[at] = price[size];
            shares[at] = shares[size];
        }
    }
}
