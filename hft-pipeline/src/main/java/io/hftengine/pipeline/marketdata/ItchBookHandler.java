package io.hftengine.pipeline.marketdata;

import io.hftengine.metrics.Ticker;
import io.hftengine.orderbook.BookChange;
import io.hftengine.orderbook.L2View;
import io.hftengine.orderbook.OrderBook;
import io.hftengine.pipeline.Counters;
import io.hftengine.pipeline.MarketEventOverflow;
import io.hftengine.pipeline.PipeRing;
import io.hftengine.pipeline.SymbolDirectory;
import io.hftengine.pipeline.message.MarketEvent;
import io.hftengine.pipeline.message.MarketEventType;
import io.hftengine.pipeline.risk.ReferencePrices;
import io.hftengine.protocol.itch.AddOrderMessage;
import io.hftengine.protocol.itch.AddOrderMpidMessage;
import io.hftengine.protocol.itch.ItchListener;
import io.hftengine.protocol.itch.OrderCancelMessage;
import io.hftengine.protocol.itch.OrderDeleteMessage;
import io.hftengine.protocol.itch.OrderExecutedMessage;
import io.hftengine.protocol.itch.OrderExecutedWithPriceMessage;
import io.hftengine.protocol.itch.OrderReplaceMessage;
import io.hftengine.protocol.itch.StockDirectoryMessage;
import io.hftengine.protocol.itch.StockTradingActionMessage;
import io.hftengine.protocol.itch.TradeMessage;
import io.hftengine.types.Clock;
import io.hftengine.types.Side;

/**
 * ITCH 5.0 messages straight into the {@link OrderBook}, and a {@link MarketEvent} out when the
 * top of a book changes or a trade prints.
 *
 * <p>The book holds raw 4-decimal wire prices (no conversion per message); events and reference
 * prices get {@code Price} raws ({@code x 10^4}). A change of the best bid or ask (price or size)
 * publishes a {@link MarketEventType#BOOK_UPDATE} with {@code publishDepth} levels a side, or a
 * {@link MarketEventType#TICK} when {@code publishDepth} is 1; after
 * {@link #publishOnDepthChange(boolean)}, so does any change within the book's L2 view. Executions ('E', 'C' unless
 * marked non-printable) and non-displayed trades ('P') publish a {@link MarketEventType#TRADE};
 * the aggressor of an 'E' or 'C' is the side opposite the resting order, inferred from where its
 * price sits in the book. A 'P' without a price or size is counted as a decode error.
 * Stock Directory messages define the symbol in the book and in the {@link SymbolDirectory}. The
 * reference price of a symbol is its mid when both sides exist, else its last trade. Event times
 * are clock time (virtual in replay), read once per packet and shared by its events. Single thread;
 * allocation-free after each symbol is defined.
 */
public final class ItchBookHandler implements ItchListener {
    private static final long WIRE4 = 10_000L;
    private static final long UNREAD = Long.MIN_VALUE;
    /** The Printable flag of an execution that must not print (ITCH 5.0 'C'). */
    private static final char NON_PRINTABLE = 'N';
    /** The one Stock Trading Action state in which a symbol trades. */
    private static final char TRADING = 'T';

    private final OrderBook book;
    private final PipeRing<MarketEvent> events;
    private final ReferencePrices references;
    private final SymbolDirectory symbols;
    private final Counters<MarketDataCounter> counters;
    private final Clock clock;
    private final Ticker ticker;
    private final int publishDepth;
    /** Symbols whose change found the ring full, under {@link MarketEventOverflow#CONFLATE}; else null. */
    private final PendingBooks pendingBooks;
    private long receiveTicks;
    private long feedSequence;
    /** Clock time of the packet, read at its first event; {@link #UNREAD} until then. */
    private long packetTimeNs = UNREAD;
    private long published;
    private boolean stale;
    /** The message being decoded was applied while a gap was open (see {@link #message}). */
    private boolean behind;
    private boolean publishOnDepthChange;

    /**
     * Creates a handler that drops and counts book changes finding the ring full
     * ({@link MarketEventOverflow#DROP}).
     *
     * @param book the order book (owned by the market data thread)
     * @param events market-data-to-strategy ring (producer); full means drop and count
     * @param references reference prices written here for risk
     * @param symbols locate to symbol, written here for the gateway
     * @param counters the stage's counters
     * @param clock event time
     * @param ticker hand-off stamps
     * @param publishDepth levels a side in book events, 1..10
     */
    public ItchBookHandler(final OrderBook book, final PipeRing<MarketEvent> events, final ReferencePrices references,
                           final SymbolDirectory symbols, final Counters<MarketDataCounter> counters,
                           final Clock clock, final Ticker ticker, final int publishDepth) {
        this(book, events, references, symbols, counters, clock, ticker, publishDepth, MarketEventOverflow.DROP);
    }

    /**
     * Creates the handler.
     *
     * @param book the order book (owned by the market data thread)
     * @param events market-data-to-strategy ring (producer)
     * @param references reference prices written here for risk
     * @param symbols locate to symbol, written here for the gateway
     * @param counters the stage's counters
     * @param clock event time
     * @param ticker hand-off stamps
     * @param publishDepth levels a side in book events, 1..10
     * @param overflow what a book change that finds the ring full does: dropped, or conflated
     *     per symbol and published by {@link #publishPending()} once there is room
     */
    public ItchBookHandler(final OrderBook book, final PipeRing<MarketEvent> events, final ReferencePrices references,
                           final SymbolDirectory symbols, final Counters<MarketDataCounter> counters,
                           final Clock clock, final Ticker ticker, final int publishDepth,
                           final MarketEventOverflow overflow) {
        if (publishDepth < 1 || publishDepth > MarketEvent.MAX_LEVELS) {
            throw new IllegalArgumentException("publishDepth must be 1.." + MarketEvent.MAX_LEVELS + ", was "
                + publishDepth);
        }
        this.book = book;
        this.events = events;
        this.references = references;
        this.symbols = symbols;
        this.counters = counters;
        this.clock = clock;
        this.ticker = ticker;
        this.publishDepth = publishDepth;
        this.pendingBooks = overflow == MarketEventOverflow.CONFLATE ? new PendingBooks() : null;
    }

    /**
     * Sets the stamps of the packet being decoded.
     *
     * @param receiveTicks ticker reading at receipt
     */
    public void packet(final long receiveTicks) {
        this.receiveTicks = receiveTicks;
        this.packetTimeNs = UNREAD;
    }

    /**
     * The message about to be decoded.
     *
     * @param feedSequence its MoldUDP64 sequence number
     * @param behind whether a gap before the live feed is open: the message is history (a
     *     retransmission, a restarted engine's morning) and its events say stale, so nothing is
     *     traded on them until the gap is closed
     */
    public void message(final long feedSequence, final boolean behind) {
        this.feedSequence = feedSequence;
        this.behind = behind;
    }

    /**
     * Returns how many market events this handler has published, so a fused thread can tell
     * whether the message just decoded produced one.
     *
     * @return the count since construction
     */
    public long published() {
        return published;
    }

    /**
     * Marks every book stale (an unrecoverable gap); events carry the flag from now on.
     *
     * @param stale the new state
     */
    public void stale(final boolean stale) {
        this.stale = stale;
    }

    /**
     * Returns whether books are stale.
     *
     * @return whether books are stale
     */
    public boolean isStale() {
        return stale;
    }

    /**
     * Publishes a book update also when a level below the best changes, within the order book's
     * L2 view (its depth, which the engine makes {@code max(10, publishDepth)}). Set before
     * messages flow; ignored when {@code publishDepth} is 1 (a tick carries the best only).
     *
     * @param onDepthChange true to publish on any change within the published depth
     */
    public void publishOnDepthChange(final boolean onDepthChange) {
        this.publishOnDepthChange = onDepthChange && publishDepth > 1;
    }

    /**
     * Tells whether the venue has stopped trading in a symbol (its last Stock Trading Action was
     * halted, paused or quotation only). Kept in the {@link ReferencePrices} risk reads, the one
     * place it lives.
     *
     * @param locate stock locate
     * @return true while stopped; false for a symbol beyond the reference prices' capacity
     */
    public boolean isHalted(final int locate) {
        return references.isHalted(locate);
    }

    /**
     * A symbol's trading halts or resumes: remembered, and the book is published once with the
     * new state, so the strategy stops (or starts again) without waiting for the next change.
     */
    @Override
    public void onStockTradingAction(final StockTradingActionMessage message) {
        final int locate = message.stockLocate();
        final boolean halt = message.tradingState() != TRADING;
        // A symbol beyond the reference prices' capacity is beyond risk's too: never traded.
        if (locate >= references.capacity() || references.isHalted(locate) == halt) {
            return;
        }
        references.halted(locate, halt);
        counters.increment(halt ? MarketDataCounter.TRADING_HALTS : MarketDataCounter.TRADING_RESUMPTIONS);
        if (book.hasSymbol(locate)) {
            publishTop(locate);
        }
    }

    @Override
    public void onStockDirectory(final StockDirectoryMessage message) {
        book.addSymbol(message.stockLocate(), message.stock());
        symbols.put(message.stockLocate(), message.stock());
    }

    @Override
    public void onAddOrder(final AddOrderMessage message) {
        final Side side = Side.fromCode((byte) message.side());
        if (side == null) {
            counters.increment(MarketDataCounter.DECODE_ERRORS);
            return;
        }
        changed(book.addOrder(message.stockLocate(), message.orderReferenceNumber(), side, message.price(),
            message.shares()));
    }

    @Override
    public void onAddOrderMpid(final AddOrderMpidMessage message) {
        final Side side = Side.fromCode((byte) message.side());
        if (side == null) {
            counters.increment(MarketDataCounter.DECODE_ERRORS);
            return;
        }
        changed(book.addOrder(message.stockLocate(), message.orderReferenceNumber(), side, message.price(),
            message.shares()));
    }

    @Override
    public void onOrderExecuted(final OrderExecutedMessage message) {
        final long ref = message.orderReferenceNumber();
        execution(message.stockLocate(), ref, book.orderPrice(ref), message.executedShares());
    }

    @Override
    public void onOrderExecutedWithPrice(final OrderExecutedWithPriceMessage message) {
        final long ref = message.orderReferenceNumber();
        if (message.printable() == NON_PRINTABLE) {
            // ITCH 5.0: a non-printable execution is not for time and sales or volume (a cross
            // prints it once, as a whole): the book changes, nothing prints.
            changed(book.executeOrder(ref, message.executedShares()));
            return;
        }
        execution(message.stockLocate(), ref, message.executionPrice(), message.executedShares());
    }

    private void execution(final int locate, final long ref, final long wirePrice, final long shares) {
        final long restingPrice = book.orderPrice(ref);
        final Side aggressor = aggressorAgainst(locate, restingPrice > 0 ? restingPrice : wirePrice);
        final int change = book.executeOrder(ref, shares);
        // The exchange reported the execution: it prints as reported (its shares, its price) even
        // when the book could not match it (an order it never saw, more shares than it held; the
        // anomaly is counted by changed()). Only an 'E' of an unknown order has no price to print.
        if (wirePrice > 0) {
            trade(locate, wirePrice, shares, aggressor);
        }
        changed(change);
    }

    private Side aggressorAgainst(final int locate, final long restingPrice) {
        final L2View view = book.l2(locate);
        if (view == null) {
            return Side.BUY;
        }
        final long bestAsk = view.bestAskPrice();
        return bestAsk != L2View.NO_PRICE && restingPrice >= bestAsk ? Side.BUY : Side.SELL;
    }

    @Override
    public void onOrderCancel(final OrderCancelMessage message) {
        changed(book.cancelOrder(message.orderReferenceNumber(), message.canceledShares()));
    }

    @Override
    public void onOrderDelete(final OrderDeleteMessage message) {
        changed(book.deleteOrder(message.orderReferenceNumber()));
    }

    @Override
    public void onOrderReplace(final OrderReplaceMessage message) {
        changed(book.replaceOrder(message.originalOrderReferenceNumber(), message.newOrderReferenceNumber(),
            message.shares(), message.price()));
    }

    @Override
    public void onTrade(final TradeMessage message) {
        if (message.price() <= 0 || message.shares() <= 0) {
            // No print has no price or size: publishing it, or taking it as a one-sided book's
            // reference price, would pass garbage on as a market fact.
            counters.increment(MarketDataCounter.DECODE_ERRORS);
            return;
        }
        final Side resting = Side.fromCode((byte) message.side());
        trade(message.stockLocate(), message.price(), message.shares(), resting == null ? Side.BUY : resting.opposite());
    }

    private void trade(final int locate, final long wirePrice, final long shares, final Side aggressor) {
        final long price = wirePrice * WIRE4;
        final L2View view = book.l2(locate);
        if (view == null || view.bestBidPrice() == L2View.NO_PRICE || view.bestAskPrice() == L2View.NO_PRICE) {
            references.set(locate, price);
        }
        final long seq = catchUpThenClaim() ? claim() : dropped();
        if (seq >= 0) {
            final MarketEvent event = events.event(seq);
            stamp(event, receiveTicks, feedSequence);
            event.trade(locate, packetTimeNs(), price, shares, aggressor, stale || behind).halted(references.isHalted(locate));
            handOff(event, seq);
        }
    }

    private void changed(final int change) {
        if (BookChange.isAnomaly(change)) {
            counters.increment(MarketDataCounter.BOOK_ANOMALIES);
            // An over-execution or over-cancel is an anomaly that still took the order off the
            // book (clamped): when that moved the top, the strategy must see it like any other.
        }
        // By default the strategy is woken when the touch moves; asked to, also when any level it
        // is sent changes (a strategy that reads the depth between moves of the touch).
        if (BookChange.topChanged(change) || publishOnDepthChange && BookChange.viewChanged(change)) {
            publishTop(BookChange.locate(change));
        }
    }

    /** Publishes a symbol's top of book (or queues it behind those waiting for room). */
    private void publishTop(final int locate) {
        final L2View view = book.l2(locate);
        if (view == null) {
            return;
        }
        final long bid = view.bestBidPrice();
        final long ask = view.bestAskPrice();
        if (bid != L2View.NO_PRICE && ask != L2View.NO_PRICE) {
            references.set(locate, view.midPriceTimesTwo() * (WIRE4 / 2));
        }
        if (!catchUpThenClaim()) {
            // Symbols still wait for room: this change queues behind them (folded into its
            // symbol's entry if it has one), so nothing newer overtakes an older pending book.
            conflate(locate);
            return;
        }
        final long seq = events.tryClaim();
        if (seq < 0) {
            if (pendingBooks != null) {
                conflate(locate);
            } else {
                counters.increment(MarketDataCounter.EVENTS_DROPPED);
            }
            return;
        }
        counted();
        publishBook(seq, locate, view, receiveTicks, feedSequence, packetTimeNs());
    }

    /**
     * Whether a new event may claim the ring directly: always under DROP; under CONFLATE only
     * once every pending symbol has gone out (published here first if the ring has room), so
     * events reach the strategy in the order their changes happened, symbol by symbol. The common
     * case reads one field.
     */
    private boolean catchUpThenClaim() {
        if (pendingBooks == null || pendingBooks.isEmpty()) {
            return true;
        }
        publishPending();
        return pendingBooks.isEmpty();
    }

    private long dropped() {
        counters.increment(MarketDataCounter.EVENTS_DROPPED);
        return -1;
    }

    private void conflate(final int locate) {
        pendingBooks.mark(locate, receiveTicks, feedSequence, packetTimeNs());
        counters.increment(MarketDataCounter.EVENTS_CONFLATED);
    }

    /**
     * Publishes the latest book of each symbol whose change found the ring full, oldest first,
     * while the ring has room (under {@link MarketEventOverflow#CONFLATE}; nothing otherwise).
     * Each event carries the stamps and feed sequence of the symbol's last change. The market
     * data stage calls it at the start of every duty cycle, before taking new packets.
     *
     * @return events published
     */
    public int publishPending() {
        if (pendingBooks == null || pendingBooks.isEmpty()) {
            return 0;
        }
        int n = 0;
        while (!pendingBooks.isEmpty()) {
            final long seq = events.tryClaim();
            if (seq < 0) {
                break;
            }
            final int locate = pendingBooks.peek();
            counted();
            publishBook(seq, locate, book.l2(locate), pendingBooks.receiveTicks(locate),
                pendingBooks.feedSequence(locate), pendingBooks.timeNs(locate));
            pendingBooks.removeOldest();
            n++;
        }
        return n;
    }

    /**
     * Any thread: how many symbols wait for room in the ring with a newer book than the strategy
     * has seen (always 0 under {@link MarketEventOverflow#DROP}).
     *
     * @return pending symbols
     */
    public int pendingSymbols() {
        return pendingBooks == null ? 0 : pendingBooks.size();
    }

    private void publishBook(final long seq, final int locate, final L2View view, final long receiveTicks,
                             final long feedSequence, final long timeNs) {
        final MarketEvent event = events.event(seq);
        stamp(event, receiveTicks, feedSequence);
        event.book(publishDepth == 1 ? MarketEventType.TICK : MarketEventType.BOOK_UPDATE, locate, timeNs,
            stale || behind)
            .halted(references.isHalted(locate));
        // One walk a side (measured: 20 levels through price()/size() calls cost ~110 ns of a
        // 280 ns packet in a warm loop).
        event.levelsFrom(view, publishDepth, WIRE4);
        handOff(event, seq);
    }

    private long claim() {
        final long seq = events.tryClaim();
        if (seq < 0) {
            counters.increment(MarketDataCounter.EVENTS_DROPPED);
            return -1;
        }
        counted();
        return seq;
    }

    private void counted() {
        counters.increment(MarketDataCounter.EVENTS);
        published++;
    }

    /**
     * Event time: one clock read per packet, at its first event, so a packet whose messages
     * change no top costs no clock call, and the events of one packet share its time.
     */
    private long packetTimeNs() {
        if (packetTimeNs == UNREAD) {
            packetTimeNs = clock.epochNanos();
        }
        return packetTimeNs;
    }

    private static void stamp(final MarketEvent event, final long receiveTicks, final long feedSequence) {
        event.receiveTicks(receiveTicks);
        event.feedSequence(feedSequence);
        event.strategyTicks(0);
        event.riskTicks(0);
    }

    /**
     * The market data stage's hand-off stamp, taken once the event is complete (levels copied),
     * so building the event counts as market data time and the strategy's interval starts when
     * the event is ready for it.
     */
    private void handOff(final MarketEvent event, final long seq) {
        event.marketDataTicks(ticker.ticks());
        events.publish(seq);
    }

    /**
     * Returns the order book.
     *
     * @return the order book
     */
    public OrderBook book() {
        return book;
    }
}
