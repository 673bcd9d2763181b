package io.hftengine.pipeline.marketdata;

import io.hftengine.metrics.Ticker;
import io.hftengine.pipeline.Counters;
import io.hftengine.pipeline.Quiescence;
import io.hftengine.protocol.MessageHandler;
import io.hftengine.protocol.itch.ItchDecoder;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.Agent;

import java.util.function.IntSupplier;

/**
 * The market data stage: one datagram at a time from a {@link PacketSource}, stamped on receipt,
 * sequenced by a {@link MoldUdp64Sequencer}, decoded by hft-protocol's {@link ItchDecoder} into
 * an {@link ItchBookHandler}, which publishes market events.
 *
 * <p>Replay mode ({@code quiescence != null}): the next packet is taken only when every ring of
 * the pipeline is quiescent, i.e. every consequence of the previous packet (signals, decisions,
 * the simulated exchange's answers, reports back through risk to the strategy) has been handled.
 * The stage never blocks on it: {@link #doWork()} returns 0 and the agent is called again, so the
 * rule holds on one fused thread as well as on four. Live mode never waits.
 *
 * <p>Queue-full policy ({@link io.hftengine.pipeline.MarketEventOverflow}, chosen in the
 * pipeline config): a book change that finds the market-data-to-strategy ring full is either
 * dropped and counted ({@link MarketDataCounter#EVENTS_DROPPED}) or conflated per symbol
 * ({@link MarketDataCounter#EVENTS_CONFLATED}) and published from the book's latest state as soon
 * as the ring has room, ahead of any newer event. A trade that finds the ring full (or, when
 * conflating, symbols still pending) is dropped and counted. The book itself is always up to
 * date. In replay, a duty cycle that published pending symbols takes no new packet: they are
 * consequences of the last one, and the handshake waits for them too.
 */
public final class MarketDataStage implements Agent, PacketHandler, MessageHandler {
    private final PacketSource source;
    private final ItchBookHandler books;
    private final ItchDecoder itch;
    /**
     * Messages the feed may be ahead of the one applied (while a gap is open) before events say
     * stale: about a millisecond of a busy feed. A reordered or retransmitted packet is a few
     * behind and trades; an engine restarted during the day replaying the morning is millions
     * behind and must not trade on history.
     */
    public static final long BEHIND_LIMIT = 1_024;
    private final MoldUdp64Sequencer sequencer;
    private final Counters<MarketDataCounter> counters;
    private final Ticker ticker;
    private final Quiescence quiescence;
    private long packets;
    private IntSupplier inlineDownstream;
    private FeedSilenceWatch silenceWatch;
    private long publishedSeen;
    /** Whether the last message applied was applied while the feed was far ahead (events stale). */
    private boolean wasBehind;
    private volatile boolean endOfSource;
    private volatile boolean intakeStopped;

    /**
     * Creates the stage. The sequencer needs the stage as its message handler, hence the
     * factory (see {@code PipelineBuilder} for the usual assembly).
     *
     * @param source datagrams
     * @param books the book handler
     * @param sequencerFactory builds the sequencer given this stage as the message handler
     * @param counters the counters shared with the book handler and sequencer
     * @param ticker receive stamps
     * @param quiescence replay-mode gate over every ring, or {@code null} for live mode
     */
    public MarketDataStage(final PacketSource source, final ItchBookHandler books,
                           final java.util.function.Function<MessageHandler, MoldUdp64Sequencer> sequencerFactory,
                           final Counters<MarketDataCounter> counters, final Ticker ticker,
                           final Quiescence quiescence) {
        this.source = source;
        this.books = books;
        this.itch = new ItchDecoder(books);
        this.sequencer = sequencerFactory.apply(this);
        this.counters = counters;
        this.ticker = ticker;
        this.quiescence = quiescence;
        // Drops the source makes itself (a foreign sender) land in these counters, on this thread.
        source.countInto(counters);
    }

    @Override
    public int doWork() {
        if (quiescence != null && !quiescence.isQuiescent()) {
            return 0;
        }
        sequencer.checkTimeout();
        // Symbols conflated while the ring was full go first: the strategy catches up with what
        // it missed before anything newer queues behind it.
        final int caughtUp = books.publishPending();
        if (endOfSource || intakeStopped) {
            return caughtUp;
        }
        if (quiescence != null && caughtUp > 0) {
            // Replay: the catch-up events are consequences of the last packet; the next packet
            // waits until they are handled too, or the order of outcomes would depend on timing.
            return caughtUp;
        }
        final int got = source.poll(this);
        if (got < 0) {
            // What the end makes final is applied before the end is announced (volatile): whoever
            // waits for the end then also sees those messages handed on.
            sequencer.endOfInput();
            endOfSource = true;
            return caughtUp + 1;
        }
        if (got == 0 && caughtUp == 0 && silenceWatch != null) {
            // Only packets of the followed session are a sign of life: another session's (a feed
            // restarted under a new name) or garbage leave the books as frozen as no packet at all.
            silenceWatch.onIdle(sequencer.sessionPackets());
        }
        return got + caughtUp;
    }

    @Override
    public void onPacket(final DirectBuffer buffer, final int offset, final int length) {
        final long receiveTicks = ticker.ticks();
        counters.increment(MarketDataCounter.PACKETS);
        counters.add(MarketDataCounter.BYTES, length);
        packets++;
        books.packet(receiveTicks);
        sequencer.onPacket(buffer, offset, length);
    }

    @Override
    public void onMessage(final DirectBuffer buffer, final int offset, final int length) {
        // The sequencer has already counted this message: its number is one below the next.
        final boolean behind = sequencer.behindBy() > BEHIND_LIMIT;
        if (behind != wasBehind) {
            wasBehind = behind;
            counters.increment(behind ? MarketDataCounter.FELL_BEHIND : MarketDataCounter.CAUGHT_UP);
        }
        books.message(sequencer.expectedSequence() - 1, behind);
        if (!itch.decode(buffer, offset, length)) {
            counters.increment(MarketDataCounter.DECODE_ERRORS);
        }
        if (inlineDownstream != null && books.published() != publishedSeen) {
            publishedSeen = books.published();
            inlineDownstream.getAsInt();
        }
    }

    /**
     * Fused layout, live mode: after each message that published a market event, runs one duty
     * cycle of the downstream stages (strategy, risk, gateway) before decoding the next message.
     * The order a message triggers then leaves before the rest of its packet is applied, instead
     * of after it: with many messages a packet, that is most of tick-to-order. Only valid when
     * every downstream stage runs on this stage's thread; not used in replay, whose ordering
     * rule is per packet. Set before the stage starts.
     *
     * @param downstream one duty cycle of the fused downstream stages, returning the work done, or
     *     {@code null} to turn it off
     */
    public void inlineDownstream(final IntSupplier downstream) {
        this.inlineDownstream = downstream;
        this.publishedSeen = books.published();
    }

    /**
     * Live mode: watches for a completely silent feed on idle duty cycles (see
     * {@link FeedSilenceWatch}). Set before the stage starts.
     *
     * @param watch the watch, or {@code null} for none
     */
    public void watchSilence(final FeedSilenceWatch watch) {
        this.silenceWatch = watch;
    }

    /**
     * Returns the silence watch, if any.
     *
     * @return the watch, or {@code null}
     */
    public FeedSilenceWatch silenceWatch() {
        return silenceWatch;
    }

    /** Any thread: stops taking packets (shutdown); what was taken is still processed. */
    public void stopIntake() {
        intakeStopped = true;
    }

    /**
     * Returns whether a finite source has ended.
     *
     * @return whether a finite source has ended
     */
    public boolean endOfSource() {
        return endOfSource;
    }

    /**
     * Returns packets handed in so far.
     *
     * @return packets handed in so far
     */
    public long packets() {
        return packets;
    }

    /**
     * Returns the sequencer.
     *
     * @return the sequencer
     */
    public MoldUdp64Sequencer sequencer() {
        return sequencer;
    }

    /**
     * Returns the book handler (and through it the order book).
     *
     * @return the book handler (and through it the order book)
     */
    public ItchBookHandler books() {
        return books;
    }

    /**
     * Returns stage counters, readable from any thread.
     *
     * @return stage counters, readable from any thread
     */
    public Counters<MarketDataCounter> counters() {
        return counters;
    }

    @Override
    public void onClose() {
        source.close();
    }

    @Override
    public String roleName() {
        return "market-data";
    }
}
