package io.hftengine.pipeline.message;

import io.hftengine.orderbook.L2View;

import io.hftengine.types.Side;

/**
 * Market data to strategy: a top-of-book change, a trade, or a depth snapshot of one symbol.
 *
 * <p>Pre-allocated in the ring with room for {@link #MAX_LEVELS} levels a side; the market data
 * stage fills it in place. Level 0 is the best level; a level with quantity 0 is absent. A price
 * of a missing side is {@link #NO_PRICE}. Not thread-safe: one writer before publication, one
 * reader after.
 */
public final class MarketEvent extends StampedEvent {
    /** Levels a side an event can carry (the design's BookUpdate has 10). */
    public static final int MAX_LEVELS = 10;
    /** The price of an empty side (same sentinel as {@code Price.NULL}). */
    public static final long NO_PRICE = Long.MIN_VALUE;

    private final long[] bidPrices = new long[MAX_LEVELS];
    private final long[] bidQuantities = new long[MAX_LEVELS];
    private final long[] askPrices = new long[MAX_LEVELS];
    private final long[] askQuantities = new long[MAX_LEVELS];
    private MarketEventType type = MarketEventType.TICK;
    private int symbolId;
    private long eventTimeNs;
    private long tradePrice = NO_PRICE;
    private long tradeQuantity;
    private Side aggressorSide;
    private int bidLevels;
    private int askLevels;
    private boolean stale;
    private boolean halted;

    /** Creates an empty event (ring pre-allocation). */
    public MarketEvent() {
    }

    /**
     * Starts a book event: sets the header and empties both sides.
     *
     * @param type {@link MarketEventType#TICK} or {@link MarketEventType#BOOK_UPDATE}
     * @param symbolId stock locate
     * @param eventTimeNs exchange time of the causing message, epoch ns
     * @param stale whether the book is known to be incomplete (a lost gap)
     * @return this
     */
    public MarketEvent book(final MarketEventType type, final int symbolId, final long eventTimeNs, final boolean stale) {
        this.type = type;
        this.symbolId = symbolId;
        this.eventTimeNs = eventTimeNs;
        this.stale = stale;
        this.halted = false;
        this.tradePrice = NO_PRICE;
        this.tradeQuantity = 0;
        // The slot may have held a trade: nothing of it may show through.
        this.aggressorSide = null;
        this.bidLevels = 0;
        this.askLevels = 0;
        return this;
    }

    /**
     * Sets a trade print.
     *
     * @param symbolId stock locate
     * @param eventTimeNs exchange time, epoch ns
     * @param price trade price, Price raw
     * @param quantity shares traded
     * @param aggressor side of the incoming order ({@code BUY} when a resting sell was hit)
     * @param stale whether the book is known to be incomplete
     * @return this
     */
    public MarketEvent trade(final int symbolId, final long eventTimeNs, final long price, final long quantity,
                             final Side aggressor, final boolean stale) {
        this.type = MarketEventType.TRADE;
        this.halted = false;
        this.symbolId = symbolId;
        this.eventTimeNs = eventTimeNs;
        this.tradePrice = price;
        this.tradeQuantity = quantity;
        this.aggressorSide = aggressor;
        this.stale = stale;
        this.bidLevels = 0;
        this.askLevels = 0;
        return this;
    }

    /**
     * Appends the next bid level (best first).
     *
     * @param price Price raw
     * @param quantity shares, positive
     * @return false when {@link #MAX_LEVELS} bids are already set (the level is ignored)
     */
    public boolean addBid(final long price, final long quantity) {
        if (bidLevels == MAX_LEVELS) {
            return false;
        }
        bidPrices[bidLevels] = price;
        bidQuantities[bidLevels++] = quantity;
        return true;
    }

    /**
     * Appends the next ask level (best first).
     *
     * @param price Price raw
     * @param quantity shares, positive
     * @return false when {@link #MAX_LEVELS} asks are already set (the level is ignored)
     */
    public boolean addAsk(final long price, final long quantity) {
        if (askLevels == MAX_LEVELS) {
            return false;
        }
        askPrices[askLevels] = price;
        askQuantities[askLevels++] = quantity;
        return true;
    }

    /**
     * Replaces both sides' levels with the best levels of a book view, in one pass a side.
     *
     * @param view the book
     * @param depth the most levels a side, at most {@link #MAX_LEVELS}
     * @param priceScale factor applied to the view's prices (its unit to {@code Price} raws)
     * @return this
     * @throws IllegalArgumentException when depth is outside 0..{@link #MAX_LEVELS}
     */
    public MarketEvent levelsFrom(final L2View view, final int depth, final long priceScale) {
        if (depth < 0 || depth > MAX_LEVELS) {
            throw new IllegalArgumentException("depth must be 0.." + MAX_LEVELS + ", was " + depth);
        }
        bidLevels = view.copyLevels(Side.BUY, bidPrices, bidQuantities, depth, priceScale);
        askLevels = view.copyLevels(Side.SELL, askPrices, askQuantities, depth, priceScale);
        return this;
    }

    /**
     * Copies every field except stamps from another event.
     *
     * @param other source
     */
    public void copyFrom(final MarketEvent other) {
        type = other.type;
        symbolId = other.symbolId;
        eventTimeNs = other.eventTimeNs;
        tradePrice = other.tradePrice;
        tradeQuantity = other.tradeQuantity;
        aggressorSide = other.aggressorSide;
        stale = other.stale;
        halted = other.halted;
        bidLevels = other.bidLevels;
        askLevels = other.askLevels;
        System.arraycopy(other.bidPrices, 0, bidPrices, 0, bidLevels);
        System.arraycopy(other.bidQuantities, 0, bidQuantities, 0, bidLevels);
        System.arraycopy(other.askPrices, 0, askPrices, 0, askLevels);
        System.arraycopy(other.askQuantities, 0, askQuantities, 0, askLevels);
    }

    /**
     * Marks the symbol as not trading at the venue (ITCH Stock Trading Action: halted, paused or
     * quotation only); {@link #book} and {@link #trade} clear it.
     *
     * @param halted whether the symbol's trading is stopped
     * @return this
     */
    public MarketEvent halted(final boolean halted) {
        this.halted = halted;
        return this;
    }

    /**
     * Tells whether the symbol is not trading at the venue (halted, paused or quotation only): its
     * book is sound, but an order for it would not trade.
     *
     * @return true while trading in the symbol is stopped
     */
    public boolean halted() {
        return halted;
    }

    /**
     * Returns the kind of event.
     *
     * @return the kind of event
     */
    public MarketEventType type() {
        return type;
    }

    /**
     * Returns the stock locate.
     *
     * @return the stock locate
     */
    public int symbolId() {
        return symbolId;
    }

    /**
     * Returns exchange time of the causing message, epoch ns.
     *
     * @return exchange time of the causing message, epoch ns
     */
    public long eventTimeNs() {
        return eventTimeNs;
    }

    /**
     * Returns whether the book behind this event is stale (never trade on it).
     *
     * @return whether the book behind this event is stale (never trade on it)
     */
    public boolean stale() {
        return stale;
    }

    /**
     * Returns trade price (Price raw), {@link #NO_PRICE} unless {@link MarketEventType#TRADE}.
     *
     * @return trade price (Price raw), {@link #NO_PRICE} unless {@link MarketEventType#TRADE}
     */
    public long tradePrice() {
        return tradePrice;
    }

    /**
     * Returns shares traded, 0 unless {@link MarketEventType#TRADE}.
     *
     * @return shares traded, 0 unless {@link MarketEventType#TRADE}
     */
    public long tradeQuantity() {
        return tradeQuantity;
    }

    /**
     * Returns the aggressor side of a trade, {@code null} unless {@link MarketEventType#TRADE}.
     *
     * @return the aggressor side of a trade, {@code null} unless {@link MarketEventType#TRADE}
     */
    public Side aggressorSide() {
        return aggressorSide;
    }

    /**
     * Returns bid levels set, 0..{@link #MAX_LEVELS}.
     *
     * @return bid levels set, 0..{@link #MAX_LEVELS}
     */
    public int bidLevels() {
        return bidLevels;
    }

    /**
     * Returns ask levels set, 0..{@link #MAX_LEVELS}.
     *
     * @return ask levels set, 0..{@link #MAX_LEVELS}
     */
    public int askLevels() {
        return askLevels;
    }

    /**
     * Returns a bid price.
     *
     * @param level 0 = best
     * @return Price raw, {@link #NO_PRICE} when the level is not set
     */
    public long bidPrice(final int level) {
        return level < bidLevels ? bidPrices[level] : NO_PRICE;
    }

    /**
     * Returns a bid quantity.
     *
     * @param level 0 = best
     * @return shares, 0 when the level is not set
     */
    public long bidQuantity(final int level) {
        return level < bidLevels ? bidQuantities[level] : 0;
    }

    /**
     * Returns an ask price.
     *
     * @param level 0 = best
     * @return Price raw, {@link #NO_PRICE} when the level is not set
     */
    public long askPrice(final int level) {
        return level < askLevels ? askPrices[level] : NO_PRICE;
    }

    /**
     * Returns an ask quantity.
     *
     * @param level 0 = best
     * @return shares, 0 when the level is not set
     */
    public long askQuantity(final int level) {
        return level < askLevels ? askQuantities[level] : 0;
    }

    @Override
    public String toString() {
        return "MarketEvent{" + type + " sym=" + symbolId + " t=" + eventTimeNs + " bid=" + bidPrice(0) + "x"
            + bidQuantity(0) + " ask=" + askPrice(0) + "x" + askQuantity(0) + " trade=" + tradePrice + "x"
            + tradeQuantity + (stale ? " STALE" : "") + (halted ? " HALTED" : "") + "}";
    }
}
