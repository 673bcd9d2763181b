package io.hftengine.pipeline;

import io.hftengine.metrics.LatencyTracker;
import io.hftengine.metrics.NanoTicker;
import io.hftengine.metrics.Ticker;
import io.hftengine.orderbook.OrderBook;
import io.hftengine.pipeline.gateway.AckWatch;
import io.hftengine.pipeline.gateway.GatewayStage;
import io.hftengine.pipeline.gateway.OrderTransport;
import io.hftengine.pipeline.gateway.OuchOrderEncoder;
import io.hftengine.pipeline.gateway.SimulatedExchange;
import io.hftengine.pipeline.gateway.SoupBinTcpOrderTransport;
import io.hftengine.pipeline.gateway.UdpOrderTransport;
import io.hftengine.pipeline.journal.JournalEntry;
import io.hftengine.pipeline.journal.JournalStage;
import io.hftengine.pipeline.journal.JournalWriter;
import io.hftengine.pipeline.marketdata.ArbitratedPacketSource;
import io.hftengine.pipeline.marketdata.FeedSilenceWatch;
import io.hftengine.pipeline.marketdata.ItchBookHandler;
import io.hftengine.pipeline.marketdata.MarketDataCounter;
import io.hftengine.pipeline.marketdata.MarketDataStage;
import io.hftengine.pipeline.marketdata.MoldUdp64Sequencer;
import io.hftengine.pipeline.marketdata.PacketSource;
import io.hftengine.pipeline.marketdata.RetransmitRequester;
import io.hftengine.pipeline.marketdata.UdpPacketSource;
import io.hftengine.pipeline.message.ExecutionReport;
import io.hftengine.pipeline.message.MarketEvent;
import io.hftengine.pipeline.message.RiskDecision;
import io.hftengine.pipeline.message.SignalEvent;
import io.hftengine.pipeline.risk.KillSwitch;
import io.hftengine.pipeline.risk.KillSwitchSource;
import io.hftengine.pipeline.risk.ReferencePrices;
import io.hftengine.pipeline.risk.RiskEngine;
import io.hftengine.pipeline.risk.RiskLimits;
import io.hftengine.pipeline.risk.RiskStage;
import io.hftengine.pipeline.strategy.ImbalanceParams;
import io.hftengine.pipeline.strategy.ImbalanceStrategy;
import io.hftengine.pipeline.strategy.Strategy;
import io.hftengine.pipeline.strategy.StrategyStage;
import io.hftengine.types.Clock;
import io.hftengine.types.SystemClock;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Wires the stages, rings and journal of a {@link Pipeline} from plain configuration objects.
 *
 * <p>Defaults: live mode, 4 threads, {@link SystemClock}, {@link NanoTicker}, the reference
 * {@link ImbalanceStrategy} with default parameters, default {@link RiskLimits}, the feed and
 * gateway from {@link NetworkConfig} (simulated gateway unless configured otherwise). Inject a
 * {@link PacketSource} to run without a feed socket (replay, in-process benchmark) and an
 * {@link OrderTransport} to run without a venue socket. Replay mode requires a transport with
 * synchronous replies (the simulated exchange) and should be given a virtual clock. Building is
 * slow-path: it allocates every ring, book and buffer up front. Not thread-safe.
 */
public final class PipelineBuilder {
    private PipelineConfig config = PipelineConfig.builder().build();
    private NetworkConfig network = NetworkConfig.builder().build();
    private RiskLimits riskLimits = RiskLimits.builder().build();
    private Strategy strategy;
    private Clock clock;
    private Ticker ticker = NanoTicker.INSTANCE;
    private PacketSource packetSource;
    private RetransmitRequester requester;
    private OrderTransport transport;
    private KillSwitchSource killSwitchSource = KillSwitchSource.NONE;
    private final SymbolDirectory symbols = new SymbolDirectory();
    private ReferencePrices referencePrices;

    private PipelineBuilder() {
    }

    /**
     * Returns a builder with every default.
     *
     * @return a builder with every default
     */
    public static PipelineBuilder create() {
        return new PipelineBuilder();
    }

    /**
     * Sets mode, layout, rings and details.
     *
     * @param value the config
     * @return this
     */
    public PipelineBuilder config(final PipelineConfig value) {
        config = Objects.requireNonNull(value, "config");
        return this;
    }

    /**
     * Sets feed and gateway addresses.
     *
     * @param value the config
     * @return this
     */
    public PipelineBuilder network(final NetworkConfig value) {
        network = Objects.requireNonNull(value, "network");
        return this;
    }

    /**
     * Sets the risk limits.
     *
     * @param value the limits
     * @return this
     */
    public PipelineBuilder riskLimits(final RiskLimits value) {
        riskLimits = Objects.requireNonNull(value, "riskLimits");
        return this;
    }

    /**
     * Sets the strategy (default: {@link ImbalanceStrategy} with default parameters).
     *
     * @param value the strategy
     * @return this
     */
    public PipelineBuilder strategy(final Strategy value) {
        strategy = Objects.requireNonNull(value, "strategy");
        return this;
    }

    /**
     * Sets the clock every stage decision reads (a virtual clock in replay).
     *
     * @param value the clock
     * @return this
     */
    public PipelineBuilder clock(final Clock value) {
        clock = Objects.requireNonNull(value, "clock");
        return this;
    }

    /**
     * Sets the latency ticker (measurement only).
     *
     * @param value the ticker
     * @return this
     */
    public PipelineBuilder ticker(final Ticker value) {
        ticker = Objects.requireNonNull(value, "ticker");
        return this;
    }

    /**
     * Feeds the pipeline from a source instead of the UDP feed of the network config.
     *
     * @param source datagrams (replay, in-process feed)
     * @param retransmit where gap requests go ({@link RetransmitRequester#NONE} for nowhere)
     * @return this
     */
    public PipelineBuilder packetSource(final PacketSource source, final RetransmitRequester retransmit) {
        packetSource = Objects.requireNonNull(source, "source");
        requester = Objects.requireNonNull(retransmit, "retransmit");
        return this;
    }

    /**
     * Sends orders through a transport instead of the gateway of the network config.
     *
     * @param value the transport (e.g. a {@link SimulatedExchange} shared with a test)
     * @return this
     */
    public PipelineBuilder orderTransport(final OrderTransport value) {
        transport = Objects.requireNonNull(value, "transport");
        return this;
    }

    /**
     * Sets the external kill-switch request (e.g. the hft-metrics control region).
     *
     * @param value polled by the risk stage every 1024 duty cycles
     * @return this
     */
    public PipelineBuilder killSwitchSource(final KillSwitchSource value) {
        killSwitchSource = Objects.requireNonNull(value, "killSwitchSource");
        return this;
    }

    /**
     * Seeds a symbol before any Stock Directory message arrives.
     *
     * @param locate stock locate
     * @param packedSymbol 8 ASCII bytes packed big-endian
     * @return this
     */
    public PipelineBuilder symbol(final int locate, final long packedSymbol) {
        symbols.put(locate, packedSymbol);
        return this;
    }

    /**
     * Seeds a reference price before the market sets one.
     *
     * @param locate stock locate
     * @param price Price raw
     * @return this
     */
    public PipelineBuilder referencePrice(final int locate, final long price) {
        references().set(locate, price);
        return this;
    }

    private ReferencePrices references() {
        if (referencePrices == null || referencePrices.capacity() != riskLimits.maxSymbols()) {
            final ReferencePrices fresh = new ReferencePrices(riskLimits.maxSymbols());
            if (referencePrices != null) {
                for (int i = 0; i < Math.min(fresh.capacity(), referencePrices.capacity()); i++) {
                    fresh.set(i, referencePrices.get(i));
                }
            }
            referencePrices = fresh;
        }
        return referencePrices;
    }

    /**
     * Builds the pipeline: maps the journal (taking its lock), then opens sockets (when not
     * injected) and allocates rings. A journal another engine writes is refused before any socket
     * opens (a SoupBinTCP transport logs in as it opens); whatever was opened when a later step
     * fails is closed again.
     *
     * @return the pipeline, not started
     * @throws IllegalArgumentException when replay mode is asked of an asynchronous transport
     * @throws IllegalStateException when another engine writes the journal
     */
    public Pipeline build() {
        final JournalWriter journalWriter = config.journalPath() == null ? null : config.journalContinues()
            ? JournalWriter.append(config.journalPath(), config.journalWindowBytes())
            : new JournalWriter(config.journalPath(), config.journalWindowBytes());
        final Opened opened = new Opened();
        try {
            return build(journalWriter, opened);
        } catch (final RuntimeException | Error e) {
            opened.closeQuietly();
            if (journalWriter != null) {
                try {
                    journalWriter.close();
                } catch (final RuntimeException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        }
    }

    /** What {@link #build()} opened so far, closed again when a later step fails. */
    private static final class Opened {
        private final List<AutoCloseable> resources = new ArrayList<>();

        <T extends AutoCloseable> T add(final T resource) {
            resources.add(resource);
            return resource;
        }

        void closeQuietly() {
            for (final AutoCloseable resource : resources) {
                try {
                    resource.close();
                } catch (final Exception ignored) {
                    // the build's own failure is the one to report
                }
            }
        }
    }

    private Pipeline build(final JournalWriter journalWriter, final Opened opened) {
        final Clock clk = clock != null ? clock : new SystemClock();
        final boolean replay = config.mode() == RunMode.REPLAY;
        final OrderTransport orders = transport != null ? transport : opened.add(openTransport(clk));
        if (replay && !orders.synchronousReplies()) {
            throw new IllegalArgumentException("replay mode needs a transport with synchronous replies "
                + "(the simulated exchange); got " + orders.getClass().getSimpleName());
        }
        final PacketSource source;
        final RetransmitRequester retransmit;
        if (packetSource != null) {
            source = packetSource;
            retransmit = requester;
        } else if (network.hasLineB()) {
            final UdpPacketSource lineA = opened.add(new UdpPacketSource(network));
            final UdpPacketSource lineB = opened.add(new UdpPacketSource(network.lineB()));
            final ArbitratedPacketSource arbitrated = new ArbitratedPacketSource(lineA, lineB);
            source = arbitrated;
            retransmit = arbitrated;
        } else {
            final UdpPacketSource udp = opened.add(new UdpPacketSource(network));
            source = udp;
            retransmit = udp;
        }
        final KillSwitch killSwitch = new KillSwitch();
        final PipeRing<MarketEvent> marketEvents = new PipeRing<>("market-data-to-strategy",
            config.marketEventRing(), MarketEvent::new);
        final PipeRing<SignalEvent> signals = new PipeRing<>("strategy-to-risk", config.signalRing(), SignalEvent::new);
        final PipeRing<RiskDecision> decisions = new PipeRing<>("risk-to-gateway", config.decisionRing(),
            RiskDecision::new);
        final PipeRing<ExecutionReport> venueReports = new PipeRing<>("gateway-to-risk", config.venueReportRing(),
            ExecutionReport::new);
        final PipeRing<ExecutionReport> strategyReports = new PipeRing<>("risk-to-strategy",
            config.strategyReportRing(), ExecutionReport::new);
        final PipeRing<JournalEntry> journalEntries = config.journalPath() == null ? null
            : new PipeRing<>("gateway-to-journal", config.journalRing(), JournalEntry::new);

        final Quiescence all = replay
            ? new Quiescence(marketEvents, signals, decisions, venueReports, strategyReports) : null;
        final Quiescence downstream = replay ? new Quiescence(signals, decisions, venueReports) : null;

        final Counters<MarketDataCounter> mdCounters = new Counters<>("marketData", MarketDataCounter.class);
        final ItchBookHandler books = new ItchBookHandler(
            new OrderBook(config.bookOrderCapacity(), Math.max(10, config.publishDepth()), 64), marketEvents,
            references(), symbols, mdCounters, clk, ticker, config.publishDepth(), config.marketEventOverflow());
        books.publishOnDepthChange(config.publishOnDepthChange());
        final MarketDataStage marketData = new MarketDataStage(source, books,
            handler -> {
                final MoldUdp64Sequencer sequencer = new MoldUdp64Sequencer(handler, mdCounters, retransmit, clk,
                    () -> books.stale(true), config.firstSequence(), config.maxHeldPackets(), config.maxPacketLength(),
                    config.gapTimeoutNs());
                // A/B: a packet one line lost is usually had from the other within microseconds.
                sequencer.requestDelayNs(source instanceof ArbitratedPacketSource ? network.lineBRequestDelayNs() : 0);
                return sequencer;
            },
            mdCounters, ticker, all);
        if (!replay) {
            marketData.watchSilence(new FeedSilenceWatch(clk, config.feedSilenceNs(), mdCounters));
        }

        final Strategy logic = strategy != null ? strategy
            : new ImbalanceStrategy(ImbalanceParams.builder().maxSymbols(riskLimits.maxSymbols()).build());
        final StrategyStage strategyStage = new StrategyStage(logic, marketEvents, strategyReports, signals, clk, ticker,
            killSwitch, config.firstOrderId(), downstream);
        final RiskStage risk = new RiskStage(new RiskEngine(riskLimits, references(), killSwitch), signals,
            venueReports, decisions, strategyReports, ticker, killSwitchSource, replay);
        final LatencyTracker latency = config.latencyTracking()
            ? new LatencyTracker(List.of(GatewayStage.LATENCY_STAGES), ticker, 10_000_000_000L, 3) : null;
        final GatewayStage gateway = new GatewayStage(decisions, venueReports, journalEntries, orders,
            new OuchOrderEncoder(config.timeInForce(), 0), symbols, clk, ticker, latency, killSwitch);
        if (!replay) {
            gateway.watchAcknowledgements(new AckWatch(clk, config.ackTimeoutNs(), gateway.counters()));
        }
        final JournalStage journal = journalEntries == null ? null : new JournalStage(journalEntries, journalWriter);
        return new Pipeline(config, marketData, strategyStage, risk, gateway, journal, marketEvents, signals, decisions,
            venueReports, strategyReports, journalEntries, killSwitch, latency);
    }

    private OrderTransport openTransport(final Clock clk) {
        switch (network.gatewayMode()) {
            case UDP:
                return new UdpOrderTransport(network.gatewayAddress());
            case SOUP_TCP:
                return new SoupBinTcpOrderTransport(network.gatewayAddress(), network.soupUsername(),
                    network.soupPassword(), clk);
            case SIMULATED:
            default:
                return new SimulatedExchange(clk, config.simulatedFillPercent(), config.simulatedMaxShares(),
                    Math.max(1024, riskLimits.maxOpenOrders()));
        }
    }
}
