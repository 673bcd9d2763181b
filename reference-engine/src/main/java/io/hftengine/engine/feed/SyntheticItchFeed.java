package io.hftengine.engine.feed;

import java.util.SplittableRandom;

import io.hftengine.types.Symbol;

/**
 * A deterministic generator of a realistic ITCH 5.0 day: many symbols, a real day's message mix,
 * prices on a random walk, books that look like books and are never crossed.
 *
 * <p>The same seed and parameters give the same message stream, byte for byte, on every run.
 * Each symbol keeps a reference mid price that takes a random walk; new bids are placed a
 * geometric number of ticks below it and new offers above it, never at or through the other
 * side's best price, so the depth thins out away from the touch as on a real book. Deletes,
 * cancels, replaces and executions act on live orders (executions prefer orders at the touch;
 * the others prefer recent orders, see {@link #randomOrder()}), so every order reference the feed
 * mentions exists. Symbol activity is skewed: low locates are
 * much busier than high ones.
 *
 * <p>Nothing allocates after construction; one instance is used by one thread.
 */
public final class SyntheticItchFeed {
    /** Prices per symbol move in a window of this many ticks. */
    private static final int WINDOW_TICKS = 1024;
    private static final int TICK4 = 100; // $0.01 in ITCH's 4-decimal prices
    private static final long MARKET_OPEN_NS = 34_200_000_000_000L; // 09:30:00
    private static final int MPID_HFTE = ('H' << 24) | ('F' << 16) | ('T' << 8) | 'E';

    private final SplittableRandom random;
    private final MessageMix mix;
    private final int symbols;
    private final long nanosPerMessage;

    private final long[] packedSymbol;
    private final long[] baseTicks;      // price of window level 0, in ticks
    private final int[] midLevel;
    private final int[] bestBid;         // highest live bid level, -1 when none
    private final int[] bestAsk;         // lowest live ask level, WINDOW_TICKS when none
    private final int[] bidCount;        // live orders per (symbol, level)
    private final int[] askCount;

    private final int capacity;
    private final long[] orderRef;
    private final int[] orderSymbol;
    private final boolean[] orderIsBuy;
    private final int[] orderLevel;
    private final int[] orderShares;
    private int liveOrders;

    private long nextOrderRef = 1;
    private long nextMatch = 1;
    private long timestampNs = MARKET_OPEN_NS;
    private long messages;

    /**
     * Creates a feed.
     *
     * @param symbols how many symbols, 1 to 65,535 (locates 1..symbols)
     * @param seed the seed of the whole stream
     * @param maxLiveOrders the most orders alive at once; adds become deletes at this bound
     * @param nanosPerMessage how far the ITCH timestamp moves per message
     * @param mix the share of each message type
     * @throws IllegalArgumentException on a bound out of range
     */
    public SyntheticItchFeed(final int symbols, final long seed, final int maxLiveOrders, final long nanosPerMessage,
            final MessageMix mix) {
        if (symbols < 1 || symbols > 65_535) {
            throw new IllegalArgumentException("symbols must be 1..65535, was " + symbols);
        }
        if (maxLiveOrders < symbols * 2) {
            throw new IllegalArgumentException("maxLiveOrders must be at least 2 per symbol, was " + maxLiveOrders);
        }
        if (nanosPerMessage < 0) {
            throw new IllegalArgumentException("nanosPerMessage must not be negative, was " + nanosPerMessage);
        }
        this.random = new SplittableRandom(seed);
        this.mix = mix;
        this.symbols = symbols;
        this.nanosPerMessage = nanosPerMessage;
        this.packedSymbol = new long[symbols];
        this.baseTicks = new long[symbols];
        this.midLevel = new int[symbols];
        this.bestBid = new int[symbols];
        this.bestAsk = new int[symbols];
        this.bidCount = new int[symbols * WINDOW_TICKS];
        this.askCount = new int[symbols * WINDOW_TICKS];
        this.capacity = maxLiveOrders;
        this.orderRef = new long[maxLiveOrders];
        this.orderSymbol = new int[maxLiveOrders];
        this.orderIsBuy = new boolean[maxLiveOrders];
        this.orderLevel = new int[maxLiveOrders];
        this.orderShares = new int[maxLiveOrders];
        for (int s = 0; s < symbols; s++) {
            packedSymbol[s] = Symbol.pack(symbolName(s));
            // Prices from $5 to $500, log-uniform, as listed stocks spread.
            final long midTicks = Math.round(500 * Math.pow(100, random.nextDouble()));
            baseTicks[s] = Math.max(1, midTicks - WINDOW_TICKS / 2);
            midLevel[s] = (int) (midTicks - baseTicks[s]);
            bestBid[s] = -1;
            bestAsk[s] = WINDOW_TICKS;
        }
    }

    /**
     * Names symbol {@code index} with four letters: AAAA, AAAB, ...
     *
     * @param index 0-based symbol index
     * @return the symbol's name
     */
    static String symbolName(final int index) {
        final char[] name = new char[4];
        int rest = index;
        for (int i = 3; i >= 0; i--) {
            name[i] = (char) ('A' + rest % 26);
            rest /= 26;
        }
        return new String(name);
    }

    /**
     * Emits the start of the day: system events O, S, Q, then a Stock Directory and a Trading
     * Action for every symbol.
     *
     * @param sink where the messages go
     */
    public void startOfDay(final ItchEventSink sink) {
        sink.systemEvent(tick(), (byte) 'O');
        sink.systemEvent(tick(), (byte) 'S');
        for (int s = 0; s < symbols; s++) {
            sink.stockDirectory(tick(), s + 1, packedSymbol[s], 100);
            sink.tradingAction(tick(), s + 1, packedSymbol[s]);
        }
        sink.systemEvent(tick(), (byte) 'Q');
    }

    /**
     * Emits the end of the day: system events M, E, C.
     *
     * @param sink where the messages go
     */
    public void endOfDay(final ItchEventSink sink) {
        sink.systemEvent(tick(), (byte) 'M');
        sink.systemEvent(tick(), (byte) 'E');
        sink.systemEvent(tick(), (byte) 'C');
    }

    /**
     * Emits the next message of the day.
     *
     * @param sink where the message goes
     */
    public void next(final ItchEventSink sink) {
        final int roll = random.nextInt(MessageMix.SCALE);
        int edge = mix.add;
        if (roll < edge || liveOrders == 0) {
            add(sink, 0);
            return;
        }
        if (roll < (edge += mix.delete)) {
            delete(sink, randomOrder());
        } else if (roll < (edge += mix.replace)) {
            replace(sink, randomOrder());
        } else if (roll < (edge += mix.execute)) {
            execute(sink, orderNearTouch(), false);
        } else if (roll < (edge += mix.imbalance)) {
            imbalance(sink);
        } else if (roll < (edge += mix.cancel)) {
            cancel(sink, randomOrder());
        } else if (roll < (edge += mix.trade)) {
            trade(sink);
        } else if (roll < edge + mix.addAttributed) {
            add(sink, MPID_HFTE);
        } else {
            execute(sink, orderNearTouch(), true);
        }
    }

    /**
     * Returns how many messages {@link #next} has emitted.
     *
     * @return the count
     */
    public long messages() {
        return messages;
    }

    /**
     * Returns how many orders are live now.
     *
     * @return the count
     */
    public int liveOrders() {
        return liveOrders;
    }

    private long tick() {
        timestampNs += nanosPerMessage;
        return timestampNs;
    }

    private int busySymbol() {
        // Quadratic skew: the first tenth of the symbols gets about a third of the adds.
        final double u = random.nextDouble();
        return (int) (symbols * u * u);
    }

    private void add(final ItchEventSink sink, final int mpid) {
        if (liveOrders == capacity) {
            delete(sink, randomOrder());
            return;
        }
        final int s = busySymbol();
        walkMid(s);
        final boolean buy = random.nextBoolean();
        final int level = newOrderLevel(s, buy);
        final int shares = shares();
        final int slot = liveOrders++;
        orderRef[slot] = nextOrderRef++;
        orderSymbol[slot] = s;
        orderIsBuy[slot] = buy;
        orderLevel[slot] = level;
        orderShares[slot] = shares;
        addToLevel(s, buy, level);
        messages++;
        sink.addOrder(tick(), s + 1, orderRef[slot], buy ? (byte) 'B' : (byte) 'S', shares, packedSymbol[s],
                price4(s, level), mpid);
    }

    private void delete(final ItchEventSink sink, final int slot) {
        final int s = orderSymbol[slot];
        final long ref = orderRef[slot];
        removeOrder(slot);
        messages++;
        sink.orderDelete(tick(), s + 1, ref);
    }

    private void replace(final ItchEventSink sink, final int slot) {
        final int s = orderSymbol[slot];
        final boolean buy = orderIsBuy[slot];
        final long oldRef = orderRef[slot];
        removeFromLevel(s, buy, orderLevel[slot]);
        walkMid(s);
        final int level = newOrderLevel(s, buy);
        orderRef[slot] = nextOrderRef++;
        orderLevel[slot] = level;
        orderShares[slot] = shares();
        addToLevel(s, buy, level);
        messages++;
        sink.orderReplace(tick(), s + 1, oldRef, orderRef[slot], orderShares[slot], price4(s, level));
    }

    private void execute(final ItchEventSink sink, final int slot, final boolean withPrice) {
        final int s = orderSymbol[slot];
        final long ref = orderRef[slot];
        final int shares = Math.min(orderShares[slot], 100 * (1 + random.nextInt(3)));
        final long price4 = price4(s, orderLevel[slot]);
        reduce(slot, shares);
        messages++;
        if (withPrice) {
            sink.orderExecutedWithPrice(tick(), s + 1, ref, shares, nextMatch++, price4);
        } else {
            sink.orderExecuted(tick(), s + 1, ref, shares, nextMatch++);
        }
    }

    private void cancel(final ItchEventSink sink, final int slot) {
        final int s = orderSymbol[slot];
        final long ref = orderRef[slot];
        final int shares = orderShares[slot] > 100 ? 100 : orderShares[slot];
        reduce(slot, shares);
        messages++;
        sink.orderCancel(tick(), s + 1, ref, shares);
    }

    private void trade(final ItchEventSink sink) {
        final int s = busySymbol();
        messages++;
        sink.trade(tick(), s + 1, random.nextBoolean() ? (byte) 'B' : (byte) 'S', 100 * (1 + random.nextInt(5)),
                packedSymbol[s], price4(s, midLevel[s]), nextMatch++);
    }

    private void imbalance(final ItchEventSink sink) {
        final int s = busySymbol();
        messages++;
        sink.imbalance(tick(), s + 1, packedSymbol[s], 100L * random.nextInt(10_000), 100L * random.nextInt(1_000),
                random.nextBoolean() ? (byte) 'B' : (byte) 'S', price4(s, midLevel[s]));
    }

    private void reduce(final int slot, final int shares) {
        if (shares >= orderShares[slot]) {
            removeOrder(slot);
        } else {
            orderShares[slot] -= shares;
        }
    }

    /**
     * The live order a delete, cancel or replace acts on. Real order lifetimes are heavy-tailed:
     * most orders are cancelled or replaced soon after they are added, a few rest all day. The
     * model: the order's rank by recency (0 = the last order added, as the swap-removing store
     * approximately keeps them) is uniform below a power of two drawn uniformly from 1 up to the
     * live count, a density falling as 1/rank: the 16 newest orders take about as many events as
     * the next 240, and as the 3,840 after those, and an order of the morning is rarely touched.
     * Uniform picks instead would make every event a random access into the whole book, which no
     * venue's flow looks like. Two random draws, no floating point.
     */
    private int randomOrder() {
        final int octaves = 32 - Integer.numberOfLeadingZeros(liveOrders);
        final int rank = random.nextInt(1 << random.nextInt(octaves));
        return liveOrders - 1 - Math.min(rank, liveOrders - 1);
    }

    /** Of four live orders, the one nearest its own side's touch: executions hit the top. */
    private int orderNearTouch() {
        int best = random.nextInt(liveOrders);
        for (int i = 0; i < 3; i++) {
            final int other = random.nextInt(liveOrders);
            if (distanceFromTouch(other) < distanceFromTouch(best)) {
                best = other;
            }
        }
        return best;
    }

    private int distanceFromTouch(final int slot) {
        final int s = orderSymbol[slot];
        return orderIsBuy[slot] ? bestBid[s] - orderLevel[slot] : orderLevel[slot] - bestAsk[s];
    }

    private void removeOrder(final int slot) {
        removeFromLevel(orderSymbol[slot], orderIsBuy[slot], orderLevel[slot]);
        final int last = --liveOrders;
        orderRef[slot] = orderRef[last];
        orderSymbol[slot] = orderSymbol[last];
        orderIsBuy[slot] = orderIsBuy[last];
        orderLevel[slot] = orderLevel[last];
        orderShares[slot] = orderShares[last];
    }

    private void walkMid(final int s) {
        if (random.nextInt(16) == 0) {
            final int step = random.nextBoolean() ? 1 : -1;
            final int next = midLevel[s] + step;
            if (next > WINDOW_TICKS / 8 && next < WINDOW_TICKS - WINDOW_TICKS / 8) {
                midLevel[s] = next;
            }
        }
    }

    private int newOrderLevel(final int s, final boolean buy) {
        // Geometric depth: about 45% of new orders join the first tick off the mid.
        int away = 1;
        while (away < 40 && random.nextInt(100) < 55) {
            away++;
        }
        if (buy) {
            final int level = Math.max(0, midLevel[s] - away);
            return Math.min(level, bestAsk[s] - 1 < 0 ? 0 : bestAsk[s] - 1);
        }
        final int level = Math.min(WINDOW_TICKS - 1, midLevel[s] + away);
        return Math.max(level, Math.min(bestBid[s] + 1, WINDOW_TICKS - 1));
    }

    private int shares() {
        final int roll = random.nextInt(100);
        if (roll < 10) {
            return 1 + random.nextInt(99); // odd lot
        }
        return 100 * (1 + (roll < 70 ? random.nextInt(3) : random.nextInt(20)));
    }

    private long price4(final int s, final int level) {
        return (baseTicks[s] + level) * TICK4;
    }

    private void addToLevel(final int s, final boolean buy, final int level) {
        final int index = s * WINDOW_TICKS + level;
        if (buy) {
            bidCount[index]++;
            if (level > bestBid[s]) {
                bestBid[s] = level;
            }
        } else {
            askCount[index]++;
            if (level < bestAsk[s]) {
                bestAsk[s] = level;
            }
        }
    }

    private void removeFromLevel(final int s, final boolean buy, final int level) {
        final int row = s * WINDOW_TICKS;
        if (buy) {
            if (--bidCount[row + level] == 0 && level == bestBid[s]) {
                int b = level - 1;
                while (b >= 0 && bidCount[row + b] == 0) {
                    b--;
                }
                bestBid[s] = b;
            }
        } else {
            if (--askCount[row + level] == 0 && level == bestAsk[s]) {
                int a = level + 1;
                while (a < WINDOW_TICKS && askCount[row + a] == 0) {
                    a++;
                }
                bestAsk[s] = a;
            }
        }
    }
}
