package io.hftengine.bench.orderbook;

import io.hftengine.orderbook.OrderBook;
import io.hftengine.types.Side;
import java.util.Locale;
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
 *
 * <p>Which live order a delete, replace, execution or cancel targets is set by a
 * {@link Lifetime} model. {@link Lifetime#UNIFORM} picks uniformly among all live orders: every
 * event is then a random access into the whole order table, a worst case no real day comes near.
 * {@link Lifetime#REALISTIC} models the heavy-tailed order lifetimes of a real NASDAQ day, where
 * most orders are cancelled or replaced soon after they are added and a minority rest for hours.
 * It is a model with assumed parameters, not a fit to a real file (none is stored here):
 * <ul>
 *   <li>{@value #RECENT_PERCENT}% of those events target an order by its age, counted in orders
 *       added since it (a replace counts as an add: the new reference is a new order). The age is
 *       log-uniform on 1 to {@value #AGE_WINDOW} adds, so half the picks are within
 *       {@code sqrt(AGE_WINDOW)} = 256 adds (about 500 messages) and all within some 130 k
 *       messages, a few seconds of an average NASDAQ second's 18 k messages;</li>
 *   <li>when the order of that age is gone, up to {@value #AGE_TRIES} more ages are drawn, then
 *       the pick falls back to uniform;</li>
 *   <li>the other {@value #UNIFORM_PERCENT}% pick uniformly among all live orders (the long-lived
 *       minority, and deep-book orders far from the action).</li>
 * </ul>
 * The ages actually reached are counted ({@link #ageSummary()}), since redraws and fallbacks
 * shift them from the drawn ones. {@code UNIFORM} reproduces the stream the generator made
 * before the model existed, draw for draw.
 */
final class SyntheticItchDay {
    /** How a non-add event picks the order it targets. */
    enum Lifetime {
        /** Mostly recent orders, by a heavy-tailed age; some uniform: see the class comment. */
        REALISTIC,
        /** Uniform among every live order: the worst case. */
        UNIFORM;

        /** Parses a JMH parameter, case-insensitively. */
        static Lifetime of(final String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }
    }

    /** Share of targeted events that pick by age under {@link Lifetime#REALISTIC}, in percent. */
    static final int RECENT_PERCENT = 80;
    /** The rest pick uniformly. */
    static final int UNIFORM_PERCENT = 100 - RECENT_PERCENT;
    /** Ages are drawn log-uniform on 1 to this many adds (a power of two). */
    static final int AGE_WINDOW = 1 << 16;
    /** Ages redrawn when the drawn order is gone, before falling back to uniform. */
    static final int AGE_TRIES = 4;

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
    final Lifetime lifetime;
    /** Targeted events by the age of their target in messages: below 1 k, 10 k, 100 k, more. */
    private final long[] ages = new long[4];
    private long fallbacks;
    private int length;

    SyntheticItchDay(final int events, final int symbols, final int targetLive, final long seed) {
        this(events, symbols, targetLive, seed, Lifetime.UNIFORM);
    }

    SyntheticItchDay(final int events, final int symbols, final int targetLive, final long seed,
                     final Lifetime lifetime) {
        this.symbols = symbols;
        this.lifetime = lifetime;
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

    /** Applies events {@code from} (inclusive) to {@code to} (exclusive) and returns the OR of their change bits. */
    int apply(final OrderBook book, final int from, final int to) {
        int changes = 0;
        for (int i = from; i < to; i++) {
            changes |= apply(book, i);
        }
        return changes;
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

    /** The ages the targeted events reached, in messages, and how often the model fell back. */
    String ageSummary() {
        final long total = ages[0] + ages[1] + ages[2] + ages[3];
        return String.format(Locale.ROOT,
            "%s: targets aged <1k msgs %.1f%%, <10k %.1f%%, <100k %.1f%%, older %.1f%%; age fallbacks %.1f%%",
            lifetime, 100.0 * ages[0] / total, 100.0 * ages[1] / total, 100.0 * ages[2] / total,
            100.0 * ages[3] / total, 100.0 * fallbacks / total);
    }

    private void generate(final SplittableRandom random, final int events, final int targetLive) {
        final long[] mid = new long[symbols + 1];
        for (int s = 1; s <= symbols; s++) {
            mid[s] = (10 + random.nextInt(490)) * 100 * CENT;
        }
        final LiveOrders live = new LiveOrders(targetLive + 1);
        final boolean byAge = lifetime == Lifetime.REALISTIC;
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
                live.add(nextRef++, p, q, i);
                emit(i++, k, nextRef - 1, 0, s, (byte) (bid ? 'B' : 'S'), p, q);
                continue;
            }
            final int at = byAge ? pickByAge(random, live) : random.nextInt(live.size);
            countAge(i - live.born[at]);
            final long r = live.ref[at];
            if (k == DELETE) {
                emit(i++, k, r, 0, 0, (byte) 0, 0, 0);
                live.removeAt(at);
            } else if (k == REPLACE) {
                final long p = Math.max(CENT, live.price[at] + CENT * (random.nextInt(5) - 2));
                final long q = 100L * (1 + random.nextInt(5));
                live.renew(at, nextRef++, p, q, i);
                emit(i++, k, r, nextRef - 1, 0, (byte) 0, p, q);
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

    /**
     * Picks a live order by the model: {@value #RECENT_PERCENT}% by a log-uniform age in adds,
     * redrawn while the order of that age is gone, the rest (and every failed draw) uniform.
     */
    private int pickByAge(final SplittableRandom random, final LiveOrders live) {
        if (random.nextInt(100) < RECENT_PERCENT) {
            for (int t = 0; t <= AGE_TRIES; t++) {
                final long age = (long) Math.pow(AGE_WINDOW, random.nextDouble());
                final int at = live.withSeq(live.seq - Math.max(1, age));
                if (at >= 0) {
                    return at;
                }
            }
            fallbacks++;
        }
        return random.nextInt(live.size);
    }

    private void countAge(final int messages) {
        ages[messages < 1_000 ? 0 : messages < 10_000 ? 1 : messages < 100_000 ? 2 : 3]++;
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

    /**
     * The generator's own view of the live orders, swap-removed so picks stay O(1). Each order
     * also has an add sequence number (a replace takes a new one), and a ring indexed by the low
     * bits of the sequence finds the order of a given age within {@link #AGE_WINDOW} adds.
     */
    private static final class LiveOrders {
        final long[] ref;
        final long[] price;
        final long[] shares;
        /** Event index of the add (or replace) that made the order. */
        final int[] born;
        final long[] seqOf;
        /** Sequence (low bits) to index, or -1; an entry is valid when seqOf confirms it. */
        final int[] ring = new int[AGE_WINDOW];
        /** The next add sequence number. */
        long seq;
        int size;

        LiveOrders(final int capacity) {
            ref = new long[capacity];
            price = new long[capacity];
            shares = new long[capacity];
            born = new int[capacity];
            seqOf = new long[capacity];
            java.util.Arrays.fill(ring, -1);
        }

        void add(final long r, final long p, final long q, final int event) {
            ref[size] = r;
            size++;
            renew(size - 1, r, p, q, event);
        }

        /** Gives the order at {@code at} new contents and the newest sequence number. */
        void renew(final int at, final long r, final long p, final long q, final int event) {
            forget(at);
            ref[at] = r;
            price[at] = p;
            shares[at] = q;
            born[at] = event;
            seqOf[at] = seq;
            ring[(int) (seq & (AGE_WINDOW - 1))] = at;
            seq++;
        }

        /** Returns the index of the live order with sequence {@code s}, or -1. */
        int withSeq(final long s) {
            if (s < 0) {
                return -1;
            }
            final int at = ring[(int) (s & (AGE_WINDOW - 1))];
            return at >= 0 && at < size && seqOf[at] == s ? at : -1;
        }

        void removeAt(final int at) {
            forget(at);
            size--;
            if (at != size) {
                final int slot = (int) (seqOf[size] & (AGE_WINDOW - 1));
                if (ring[slot] == size) {
                    ring[slot] = at;
                }
                ref[at] = ref[size];
                price[at] = price[size];
                shares[at] = shares[size];
                born[at] = born[size];
                seqOf[at] = seqOf[size];
            }
        }

        private void forget(final int at) {
            final int slot = (int) (seqOf[at] & (AGE_WINDOW - 1));
            if (ring[slot] == at) {
                ring[slot] = -1;
            }
        }
    }
}
