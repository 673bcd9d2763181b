package io.hftengine.engine.run;

import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.hftengine.engine.report.RunSummary;
import io.hftengine.engine.report.StageLatency;
import io.hftengine.metrics.LatencyTracker;
import io.hftengine.orderbook.BookAnomaly;
import io.hftengine.orderbook.OrderBook;
import io.hftengine.pipeline.Counters;
import io.hftengine.pipeline.Pipeline;
import io.hftengine.pipeline.gateway.GatewayCounter;
import io.hftengine.pipeline.gateway.SoupBinTcpOrderTransport;
import io.hftengine.pipeline.gateway.SoupBinTcpSessionCounter;
import io.hftengine.pipeline.gateway.UdpOrderTransport;
import io.hftengine.pipeline.marketdata.MarketDataCounter;
import io.hftengine.pipeline.message.RejectReason;
import io.hftengine.pipeline.risk.PositionBook;
import io.hftengine.pipeline.risk.RiskCounter;
import io.hftengine.pipeline.strategy.StrategyCounter;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;

/**
 * Turns a running pipeline into a {@link RunSummary}: accumulates the latency of the measured
 * part of the run (after warm-up), writes its intervals to an {@code .hlog}, counts GC, and reads
 * the counters at the end. Runs on the reporting thread, never on a stage thread.
 */
final class SummaryCollector {
    /** JSON names of the pipeline's latency stages, in its tracker's order. */
    private static final String[] STAGE_KEYS = {"market_data", "strategy", "risk", "gateway", "tick_to_order"};

    private final Pipeline pipeline;
    private final LatencyTracker tracker;
    private final Histogram[] measured;
    private final long[] clampedAtStart;
    private final long[] negativeAtStart;
    private final HistogramLogWriter hlog;
    private long gcAtStart;
    private long jitAtStart;
    private long jitAtEnd = -1;
    private long heapAtStart;
    private long startNs;
    private long endNs;
    private long messagesAtStart;
    private long messagesAtEnd;
    private ThreadAllocation allocation;
    private Map<String, Long> allocatedByThread = Map.of();

    SummaryCollector(final Pipeline pipeline, final HistogramLogWriter hlog) {
        this.pipeline = pipeline;
        this.tracker = pipeline.latency();
        this.hlog = hlog;
        final int stages = tracker == null ? 0 : tracker.stageCount();
        this.measured = new Histogram[stages];
        this.clampedAtStart = new long[stages];
        this.negativeAtStart = new long[stages];
        for (int i = 0; i < stages; i++) {
            measured[i] = new Histogram(tracker.highestTrackableNanos(), 3);
        }
    }

    /** Warm-up is over: forget what was recorded so far, start counting GC. */
    void startMeasuring() {
        if (tracker != null) {
            tracker.sampleIntervals(); // the warm-up interval, discarded
            for (int i = 0; i < measured.length; i++) {
                clampedAtStart[i] = tracker.clampedCount(i);
                negativeAtStart[i] = tracker.negativeCount(i);
            }
        }
        gcAtStart = gcCollections();
        jitAtStart = jitCompilationMs();
        heapAtStart = heapUsed();
        allocation = ThreadAllocation.start(pipeline.threads());
        messagesAtStart = messagesReceived();
        startNs = System.nanoTime();
    }

    /**
     * Messages received: every message the sequencer took in order (MESSAGES, those that then
     * failed to decode among them) plus those lost in gaps; so received = processed + dropped.
     */
    private long messagesReceived() {
        final Counters<MarketDataCounter> md = pipeline.marketData().counters();
        return md.get(MarketDataCounter.MESSAGES) + md.get(MarketDataCounter.MESSAGES_LOST);
    }

    /** Messages applied: taken in order and decoded (a decode error is a drop, not a message processed). */
    private static long messagesProcessed(final Counters<MarketDataCounter> md) {
        return md.get(MarketDataCounter.MESSAGES) - md.get(MarketDataCounter.DECODE_ERRORS);
    }

    /** Adds the interval since the last call to the measured histograms (and the hlog). */
    void sample() {
        if (tracker == null) {
            return;
        }
        tracker.sampleIntervals();
        for (int i = 0; i < measured.length; i++) {
            measured[i].add(tracker.intervalHistogram(i));
        }
        if (hlog != null) {
            tracker.writeIntervals(hlog);
        }
    }

    /** The run is over: the last interval, the end time. */
    void stopMeasuring() {
        sample();
        endNs = System.nanoTime();
        jitAtEnd = jitCompilationMs();
        messagesAtEnd = messagesReceived();
        // Here, not in summarise: the stage threads must still be alive to be read.
        if (allocation != null) {
            allocatedByThread = allocation.sinceStart();
        }
    }

    /** The latency measured so far, in the order the report prints it. */
    List<StageLatency> current() {
        final List<StageLatency> stages = new ArrayList<>(measured.length);
        for (int i = 0; i < measured.length; i++) {
            stages.add(new StageLatency(i < STAGE_KEYS.length ? STAGE_KEYS[i] : tracker.stageName(i), measured[i],
                tracker.clampedCount(i) - clampedAtStart[i], tracker.negativeCount(i) - negativeAtStart[i]));
        }
        // tick_to_order first: it is the figure the engine is judged by.
        if (stages.size() == STAGE_KEYS.length) {
            stages.add(0, stages.remove(STAGE_KEYS.length - 1));
        }
        return stages;
    }

    /** Latency stage names in report order, for the metrics file. */
    static List<String> stageNames() {
        final List<String> names = new ArrayList<>(List.of(STAGE_KEYS));
        names.add(0, names.remove(STAGE_KEYS.length - 1)); // the report's order: tick_to_order first
        return names;
    }

    RunSummary summarise(final String command, final String layout, final String layoutDescription) {
        final RunSummary s = new RunSummary();
        s.command = command;
        s.layout = layout;
        s.layoutDescription = layoutDescription;
        s.seconds = (endNs - startNs) / 1e9;
        s.gcCollections = gcCollections() - gcAtStart;
        s.jitCompilationMs = jitAtEnd < 0 || jitAtStart < 0 ? -1 : jitAtEnd - jitAtStart;
        s.heapUsedBytes = heapUsed();
        s.heapGrowthBytes = s.heapUsedBytes - heapAtStart;
        s.allocatedByThread.putAll(allocatedByThread);

        final Counters<MarketDataCounter> md = pipeline.marketData().counters();
        s.packets = md.get(MarketDataCounter.PACKETS);
        s.messages = messagesReceived();
        s.messagesProcessed = messagesProcessed(md);
        s.messagesPerSecond = s.seconds > 0 ? (messagesAtEnd - messagesAtStart) / s.seconds : 0;
        s.gaps = md.get(MarketDataCounter.GAPS);
        s.gapsUnrecovered = md.get(MarketDataCounter.UNRECOVERABLE_GAPS);
        s.dropped.put("decode_error", md.get(MarketDataCounter.DECODE_ERRORS));
        s.dropped.put("lost_in_gap", md.get(MarketDataCounter.MESSAGES_LOST));
        s.counters.put("duplicate_packets", md.get(MarketDataCounter.DUPLICATE_PACKETS));
        s.counters.put("duplicate_messages", md.get(MarketDataCounter.DUPLICATE_MESSAGES));
        s.counters.put("held_packets_evicted", md.get(MarketDataCounter.HELD_PACKETS_EVICTED));
        s.counters.put("packets_left_to_request", md.get(MarketDataCounter.PACKETS_LEFT_TO_REQUEST));
        // Messages still in an open gap at the end: neither processed nor dropped, a start the
        // request server had not caught up with yet (0 with every gap filled or given up).
        s.counters.put("feed_behind_at_end", pipeline.marketData().sequencer().behindBy());
        s.counters.put("feed_fell_behind", md.get(MarketDataCounter.FELL_BEHIND));
        s.counters.put("feed_caught_up", md.get(MarketDataCounter.CAUGHT_UP));
        s.counters.put("malformed_packets", md.get(MarketDataCounter.MALFORMED_PACKETS));
        s.counters.put("sequence_jumps_held", md.get(MarketDataCounter.SEQUENCE_JUMPS_HELD));
        s.counters.put("sequence_jumps_dropped", md.get(MarketDataCounter.SEQUENCE_JUMPS_DROPPED));
        s.counters.put("foreign_source_packets", md.get(MarketDataCounter.FOREIGN_SOURCE));
        s.counters.put("gaps_filled", md.get(MarketDataCounter.GAPS_FILLED));
        s.counters.put("retransmit_requests", md.get(MarketDataCounter.RETRANSMIT_REQUESTS));
        s.counters.put("book_anomalies", md.get(MarketDataCounter.BOOK_ANOMALIES));
        // By kind, so a book that ran out of room (a feed bigger than book.order_capacity) is told
        // apart from the feed's own anomalies. Read after the stage threads have stopped.
        final OrderBook book = pipeline.marketData().books().book();
        for (final BookAnomaly kind : BookAnomaly.values()) {
            final long count = book.anomalyCount(kind);
            if (count > 0) {
                s.counters.put("book_anomaly_" + kind.name().toLowerCase(Locale.ROOT), count);
            }
        }
        s.bookOrderCapacity = book.orderCapacity();
        s.counters.put("feed_silences", md.get(MarketDataCounter.FEED_SILENCES));
        s.counters.put("market_events", md.get(MarketDataCounter.EVENTS));
        s.counters.put("market_events_dropped_ring_full", md.get(MarketDataCounter.EVENTS_DROPPED));
        s.counters.put("market_events_conflated_ring_full", md.get(MarketDataCounter.EVENTS_CONFLATED));
        if (md.get(MarketDataCounter.LINE_A_DATAGRAMS) + md.get(MarketDataCounter.LINE_B_DATAGRAMS) > 0) {
            s.counters.put("feed_line_a_datagrams", md.get(MarketDataCounter.LINE_A_DATAGRAMS));
            s.counters.put("feed_line_b_datagrams", md.get(MarketDataCounter.LINE_B_DATAGRAMS));
        }
        s.counters.put("trading_halts", md.get(MarketDataCounter.TRADING_HALTS));
        s.counters.put("trading_resumptions", md.get(MarketDataCounter.TRADING_RESUMPTIONS));

        final Counters<StrategyCounter> st = pipeline.strategy().counters();
        s.counters.put("strategy_order_signals", st.get(StrategyCounter.ORDER_SIGNALS));
        s.counters.put("strategy_cancel_signals", st.get(StrategyCounter.CANCEL_SIGNALS));

        final Counters<RiskCounter> risk = pipeline.risk().engine().counters();
        s.ordersSent = risk.get(RiskCounter.SIGNALS);
        s.ordersApproved = risk.get(RiskCounter.APPROVED_ORDERS) + risk.get(RiskCounter.APPROVED_CANCELS);
        for (final RejectReason reason : RejectReason.values()) {
            if (reason != RejectReason.NONE) {
                s.ordersRejected.put(reason.name().toLowerCase(java.util.Locale.ROOT),
                        pipeline.risk().engine().rejects().get(reason));
            }
        }
        s.fills = risk.get(RiskCounter.FILLS);
        s.counters.put("fill_limit_breaches", risk.get(RiskCounter.FILL_LIMIT_BREACHES));
        s.counters.put("duplicate_fills", risk.get(RiskCounter.DUPLICATE_FILLS));
        s.counters.put("orphan_fills", risk.get(RiskCounter.ORPHAN_FILLS));
        s.counters.put("broken_trades_undone", risk.get(RiskCounter.BROKEN_TRADES));
        s.counters.put("broken_trades_unknown", risk.get(RiskCounter.UNKNOWN_BROKEN_TRADES));

        final Counters<GatewayCounter> gw = pipeline.gateway().counters();
        s.counters.put("gateway_orders_sent", gw.get(GatewayCounter.ORDERS_SENT));
        s.counters.put("gateway_cancels_sent", gw.get(GatewayCounter.CANCELS_SENT));
        s.counters.put("gateway_send_failures", gw.get(GatewayCounter.SEND_FAILURES));
        s.counters.put("venue_accepted", gw.get(GatewayCounter.ACCEPTED));
        s.counters.put("venue_rejects", gw.get(GatewayCounter.VENUE_REJECTS));
        s.counters.put("venue_cancelled", gw.get(GatewayCounter.CANCELLED));
        s.counters.put("venue_broken_trades", gw.get(GatewayCounter.BROKEN_TRADES));
        s.counters.put("venue_cancel_rejects", gw.get(GatewayCounter.CANCEL_REJECTS));
        s.counters.put("gateway_trade_corrections", gw.get(GatewayCounter.TRADE_CORRECTIONS));
        s.counters.put("gateway_price_corrections", gw.get(GatewayCounter.PRICE_CORRECTIONS));
        s.counters.put("gateway_invalid_prices", gw.get(GatewayCounter.INVALID_PRICE));
        s.counters.put("gateway_orders_unacknowledged", gw.get(GatewayCounter.UNACKNOWLEDGED));
        // Records of orders and replies the journal never got (its ring was full): a restart
        // refuses such a journal, and this is where the operator learns why.
        s.counters.put("gateway_journal_drops", gw.get(GatewayCounter.JOURNAL_DROPS));
        if (DigestingTransport.unwrap(pipeline.gateway().transport()) instanceof UdpOrderTransport udp) {
            s.counters.put("gateway_venue_unreachable", udp.venueUnreachable());
        }
        if (DigestingTransport.unwrap(pipeline.gateway().transport()) instanceof SoupBinTcpOrderTransport soup) {
            final Counters<SoupBinTcpSessionCounter> session = soup.counters();
            s.counters.put("gateway_session_logins", session.get(SoupBinTcpSessionCounter.LOGINS));
            s.counters.put("gateway_session_disconnects", session.get(SoupBinTcpSessionCounter.DISCONNECTS));
            s.counters.put("gateway_session_reconnects", session.get(SoupBinTcpSessionCounter.RECONNECTS));
            s.counters.put("gateway_replies_lost", session.get(SoupBinTcpSessionCounter.REPLIES_LOST));
            s.counters.put("gateway_login_rejects", session.get(SoupBinTcpSessionCounter.LOGIN_REJECTS));
            s.counters.put("gateway_end_of_session", session.get(SoupBinTcpSessionCounter.END_OF_SESSION));
            s.counters.put("gateway_resume_refused", session.get(SoupBinTcpSessionCounter.RESUME_REFUSED));
            s.counters.put("venue_session_ended", venueSessionEnded(session) ? 1L : 0L);
        }
        s.counters.put("kill_switch_tripped", pipeline.killSwitch().isTripped() ? 1L : 0L);

        final PositionBook positions = pipeline.risk().engine().book();
        for (int locate = 0; locate < pipeline.risk().engine().limits().maxSymbols(); locate++) {
            final long position = positions.position(locate);
            if (position != 0) {
                s.positions.put("locate " + locate, position);
            }
        }
        s.latency.addAll(current());
        return s;
    }

    /**
     * Whether the venue ended the SoupBinTCP session for good (End of Session, a rejected login,
     * a refused resume): no order goes out after it. Read from the counters, each counted as the
     * session ends, because {@code isEnded()} no longer says so once the pipeline has closed the
     * transport (state CLOSED), which is when the summary and the console warning are made.
     *
     * @param session the transport's session counters
     * @return whether the session ended
     */
    static boolean venueSessionEnded(final Counters<SoupBinTcpSessionCounter> session) {
        return session.get(SoupBinTcpSessionCounter.END_OF_SESSION) > 0
            || session.get(SoupBinTcpSessionCounter.LOGIN_REJECTS) > 0
            || session.get(SoupBinTcpSessionCounter.RESUME_REFUSED) > 0;
    }

    private static long heapUsed() {
        final Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    /**
     * Milliseconds the JIT's compiler threads have spent compiling since the JVM started, or -1
     * where the JVM does not say (no JIT, or no time monitoring). Compiling during the measured run
     * means code on the order path may still have run interpreted or at a lower tier, or been
     * deoptimised and recompiled: the tail of that run is partly the JIT's.
     */
    private static long jitCompilationMs() {
        final CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit == null || !jit.isCompilationTimeMonitoringSupported() ? -1 : jit.getTotalCompilationTime();
    }

    private static long gcCollections() {
        long total = 0;
        for (final GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionCount());
        }
        return total;
    }
}
