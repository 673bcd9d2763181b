package io.hftengine.engine.run;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

import io.hftengine.affinity.ThreadLayout;
import io.hftengine.affinity.TopologyReader;
import io.hftengine.engine.exchange.ExchangeMarket;
import io.hftengine.engine.exchange.ExchangeSimulator;
import io.hftengine.engine.exchange.ExchangeSimulators;
import io.hftengine.engine.feed.RecordedFiles;
import io.hftengine.engine.feed.FeedOptions;
import io.hftengine.engine.feed.FeedSimulator;
import io.hftengine.engine.feed.InProcessFeed;
import io.hftengine.engine.wire.StampLog;
import io.hftengine.engine.wire.WireToWire;
import io.hftengine.engine.report.StageLatency;
import io.hftengine.engine.report.PercentilePlot;
import io.hftengine.engine.report.ReportPrinter;
import io.hftengine.engine.report.RunSummary;
import io.hftengine.metrics.IntervalLogs;
import io.hftengine.pipeline.Counters;
import io.hftengine.pipeline.GatewayMode;
import io.hftengine.pipeline.NetworkConfig;
import io.hftengine.pipeline.Pipeline;
import io.hftengine.pipeline.PipelineBuilder;
import io.hftengine.pipeline.PipelineConfig;
import io.hftengine.pipeline.RunMode;
import io.hftengine.pipeline.gateway.OrderTransport;
import io.hftengine.pipeline.gateway.SimulatedExchange;
import io.hftengine.pipeline.gateway.SoupBinTcpOrderTransport;
import io.hftengine.pipeline.gateway.SoupBinTcpSessionCounter;
import io.hftengine.pipeline.gateway.UdpOrderTransport;
import io.hftengine.pipeline.journal.JournalWriter;
import io.hftengine.pipeline.marketdata.MarketDataStage;
import io.hftengine.pipeline.marketdata.ReplayPacketSource;
import io.hftengine.pipeline.marketdata.RetransmitRequester;
import io.hftengine.pipeline.strategy.ImbalanceStrategy;
import io.hftengine.replay.Pacer;
import io.hftengine.replay.PlaybackSpeed;
import io.hftengine.replay.ReplaySource;
import io.hftengine.replay.VirtualClock;
import io.hftengine.types.Clock;
import io.hftengine.types.SystemClock;
import org.HdrHistogram.HistogramLogWriter;
import org.agrona.concurrent.SystemNanoClock;
import org.agrona.concurrent.YieldingIdleStrategy;

/**
 * One run of the pipeline, as {@code demo}, {@code run}, {@code replay} or {@code bench}: builds
 * it from the configuration, starts whatever the command needs around it (simulators, an
 * in-process feed, a replay source), runs it, and returns the summary the report is made of.
 * Everything here is slow path: the hot path is inside the pipeline's stage threads.
 */
public final class EngineSession {
    /** An unpaced replay that reads no packet for this long is stuck and is stopped. */
    private static final long REPLAY_STALL_MS = 60_000L;
    /** Datagrams of the session looked at for where a recording starts (its first may be out of order). */
    private static final int FIRST_SEQUENCE_WINDOW = 64;
    private static final String DEMO_SOUP_SESSION = "HFTEXCH001";

    private final SessionOptions options;
    private final Clock wallClock = new SystemClock();
    private final PrintStream out;
    private volatile boolean stopRequested;
    /** {@code System.nanoTime()} at the end of warm-up, for measurements joined after the run. */
    private long measureStartNanos;
    /** Orders the pre-open primer sent, or -1 when the session was not primed. */
    private long primerOrders = -1;
    /** A {@code run} restarted during the day: the day's journal continued and recovered from. */
    private final DayContinuation day;

    /**
     * Prepares a session.
     *
     * @param options what to run
     * @param out where progress and the report go
     */
    public EngineSession(final SessionOptions options, final PrintStream out) {
        this.options = options;
        this.out = out;
        this.day = new DayContinuation(options.config().risk(), wallClock, out);
    }

    /** Asks a running session to stop early (SIGTERM): it drains, reports and returns. */
    public void requestStop() {
        stopRequested = true;
    }

    /**
     * Runs the session to its end.
     *
     * @return the summary, also printed and written where the options say
     * @throws IOException when an input or output file cannot be used
     * @throws InterruptedException when interrupted while waiting
     */
    public RunSummary run() throws IOException, InterruptedException {
        // Output places first: a JSON path in a missing directory, or an --out that names a
        // file, must not cost the run it was meant to record (nor the priming before it).
        if (options.json() != null && options.json().toAbsolutePath().getParent() != null) {
            outputDirectory("--json " + options.json(), options.json().toAbsolutePath().getParent());
        }
        if (options.outputDir() != null) {
            outputDirectory("--out", options.outputDir());
        }
        // Before a venue session or anything else opens: engine.toml's layout is the file's error.
        LayoutPreflight.check(options.config(), options.layout(), TopologyReader.detect(message -> { }));
        // A running engine's metrics file, before priming or a socket: refused at once, not after.
        if (options.metricsFile() != null) {
            MetricsExporter.preflight(options.metricsFile());
        }
        return switch (options.kind()) {
            case DEMO -> demo();
            case RUN -> live();
            case REPLAY -> replay();
            case BENCH -> bench();
        };
    }

    private RunSummary demo() throws IOException, InterruptedException {
        final NetworkConfig net = options.config().network();
        final InetSocketAddress venue = net.gatewayAddress();
        final PipelineConfig.Builder cfg = options.config().pipeline();
        if (!primeFirst(cfg)) {
            return stoppedWhilePriming("demo");
        }
        final long totalMessages = (long) (options.rate() * (options.warmupSeconds() + options.seconds() + 2));
        // Wire-to-wire: the feed logs its sends, the exchange its arrivals, the engine journals
        // each order's cause; joined after the run. Logs sized for the run, allocated now.
        final StampLog sends = new StampLog((int) Math.min(totalMessages / 4 + 1024, 2_000_000));
        final StampLog receives = new StampLog((int) Math.min(totalMessages / 4 + 1024, 1_000_000));
        final Path journal = demoJournal(cfg);
        // The demo talks to its own simulator in the protocol asked for (demo --gateway): OUCH
        // datagrams, or OUCH in a SoupBinTCP session with login, heartbeats and sequenced replies.
        final boolean soup = net.gatewayMode() == GatewayMode.SOUP_TCP;
        try (ExchangeSimulator exchange = ExchangeSimulators.open(soup ? "soupbintcp" : "udp", venue, wallClock, 50,
                1_000_000, net.soupUsername(), net.soupPassword(), DEMO_SOUP_SESSION)) {
            exchange.logReceives(receives);
            if (options.bookFills()) {
                // The venue's own book of the same feed: sized for the synthetic feed's live orders.
                exchange.desk().fillAgainst(new ExchangeMarket(new InetSocketAddress("127.0.0.1", 0),
                        Math.max(options.symbols() * 4, 1 << 21)));
            }
            final Thread exchangeThread = new Thread(exchange, "hft-exchange-sim");
            exchangeThread.setDaemon(true);
            exchangeThread.start();
            final FeedOptions feedOptions = new FeedOptions(options.symbols(), options.seed(), options.rate(),
                    totalMessages, (long) ((options.warmupSeconds() + options.seconds() + 2) * 1e9), "HFTSIM0001",
                    new InetSocketAddress(net.feedGroup(), net.feedPort()), new InetSocketAddress("127.0.0.1", 0),
                    net.requestServer() == null ? new InetSocketAddress("127.0.0.1", 0) : net.requestServer(), 32,
                    options.faults() ? 997 : 0, options.faults() ? 1499 : 0, 2_000, 1_000);
            out.printf("demo: exchange simulator (OUCH over %s) on %s, filling %s; feed %,d msg/s over %d symbols"
                    + " to %s:%d%s%n", exchange.protocol(), exchange.address(), options.bookFills()
                            ? "against its own book of the feed" : "half of each order at its limit", options.rate(), options.symbols(),
                    net.feedGroup().getHostAddress(), net.feedPort(), options.faults() ? " (dropping every 997th packet, duplicating every 1499th)" : "");
            try (FeedSimulator feed = new FeedSimulator(feedOptions)) {
                feed.logSends(sends);
                if (options.bookFills()) {
                    feed.mirrorTo(exchange.desk().market().address());
                }
                // Accept exactly the simulator's socket, as a live engine accepts exactly its feed.
                final PipelineBuilder builder = PipelineBuilder.create().network(withFeedSource(net,
                        feed.sourceAddress()));
                final MetricsExporter exporter = openExporter(builder);
                // The simulator's socket is bound (and listening) already: a SoupBinTCP login
                // connects at once and is answered when the exchange thread runs.
                final DigestingTransport transport;
                try {
                    transport = new DigestingTransport(soup
                            ? new SoupBinTcpOrderTransport(venue, net.soupUsername(), net.soupPassword(), wallClock)
                            : new UdpOrderTransport(venue));
                } catch (final RuntimeException e) {
                    closeBeforeStart(null, null, exporter, e);
                    throw e;
                }
                builder.orderTransport(transport);
                final Thread feedThread = new Thread(feed, "hft-feed-sim");
                feedThread.setDaemon(true);
                final RunSummary summary = live("demo", builder, cfg, transport, exporter,
                        layout -> feedThread.start());
                feed.stop();
                exchange.stop();
                feedThread.join(5_000);
                exchangeThread.join(5_000);
                if (journal != null) {
                    summary.wireToWire = new StageLatency("wire_to_wire",
                            WireToWire.join(journal, sends, receives, measureStartNanos));
                    summary.files.put("journal", journal.toString());
                }
                summary.counters.put("feed_packets_dropped_on_purpose", feed.packetsDropped());
                summary.counters.put("feed_packets_duplicated_on_purpose", feed.packetsDuplicated());
                summary.counters.put("feed_messages_retransmitted", feed.retransmittedMessages());
                summary.counters.put("exchange_orders_received", exchange.orders());
                final ExchangeMarket market = exchange.desk().market();
                if (market != null) {
                    summary.counters.put("exchange_feed_datagrams", market.datagrams());
                    summary.counters.put("exchange_feed_gaps", market.gaps());
                }
                return finish(summary);
            }
        }
    }

    /**
     * The drop-copy journal of a demo: the configured one, else one in the output directory
     * (wire-to-wire needs it); {@code null} when there is neither.
     */
    private Path demoJournal(final PipelineConfig.Builder cfg) throws IOException {
        final Path configured = cfg.build().journalPath();
        if (configured != null || options.outputDir() == null) {
            return configured;
        }
        Files.createDirectories(options.outputDir());
        final Path journal = options.outputDir().resolve("demo-journal.bin");
        if (Files.exists(journal)) {
            // Another demo writing to the same --out still holds it: refused, not unlinked under it.
            try {
                JournalWriter.requireNotInUse(journal);
            } catch (final IllegalStateException inUse) {
                throw new IOException("demo --out " + options.outputDir() + ": " + inUse.getMessage(), inUse);
            }
        }
        Files.deleteIfExists(journal);
        cfg.journal(journal, 16 << 20);
        return journal;
    }

    private static NetworkConfig withFeedSource(final NetworkConfig net, final InetSocketAddress source) {
        final NetworkConfig.Builder b = NetworkConfig.builder().feed(net.feedGroup(), net.feedPort())
                .feedInterface(net.feedInterface()).feedSource(source).requestServer(net.requestServer())
                .gateway(net.gatewayMode(), net.gatewayAddress()).receiveBufferBytes(net.receiveBufferBytes());
        if (net.gatewayMode() == GatewayMode.SOUP_TCP) {
            b.soupLogin(net.soupUsername(), net.soupPassword());
        }
        return b.build();
    }

    /** {@code run}: the feed and venue of network.toml. */
    private RunSummary live() throws IOException, InterruptedException {
        final NetworkConfig net = options.config().network();
        FeedPreflight.check(net);
        day.continueJournal(options.config().pipeline(), net.gatewayMode() != GatewayMode.SIMULATED);
        if (!primeFirst(options.config().pipeline())) {
            return stoppedWhilePriming("run");
        }
        final PipelineBuilder builder = PipelineBuilder.create().network(net);
        // The metrics file before the venue session: a second engine given a file another live
        // engine owns is refused here, before it logs in (where the venue's last login wins, it
        // would take the first engine's session).
        final MetricsExporter exporter = openExporter(builder);
        DigestingTransport transport = null;
        try {
            if (net.gatewayMode() == GatewayMode.UDP) {
                transport = new DigestingTransport(new UdpOrderTransport(net.gatewayAddress()));
                builder.orderTransport(transport);
            } else if (net.gatewayMode() == GatewayMode.SOUP_TCP) {
                // Built here (it logs in at once), after priming, so the session is not left silent.
                transport = new DigestingTransport(new SoupBinTcpOrderTransport(net.gatewayAddress(),
                        net.soupUsername(), net.soupPassword(), wallClock,
                        SoupBinTcpOrderTransport.DEFAULT_FIRST_BACKOFF_NS, SoupBinTcpOrderTransport.DEFAULT_MAX_BACKOFF_NS,
                        day.resumeSession(), day.resumeAfterReply()));
                builder.orderTransport(transport);
            } else if (net.gatewayMode() == GatewayMode.SIMULATED) {
                transport = simulatedExchange(wallClock);
                builder.orderTransport(transport);
            }
        } catch (final RuntimeException e) {
            closeBeforeStart(null, null, exporter, e);
            throw e;
        }
        return finish(live("run", builder, options.config().pipeline(), transport, exporter, layout -> { }));
    }

    private RunSummary bench() throws IOException, InterruptedException {
        if (!primeFirst(options.config().pipeline())) {
            return stoppedWhilePriming("bench");
        }
        final long total = (long) (options.rate() * (options.warmupSeconds() + options.seconds() + 5));
        final InProcessFeed feed = new InProcessFeed(options.symbols(), options.seed(), options.rate(), total, 16)
                .startExplicitly();
        final DigestingTransport transport = simulatedExchange(wallClock);
        final PipelineBuilder builder = PipelineBuilder.create().network(options.config().network())
                .packetSource(feed, RetransmitRequester.NONE).orderTransport(transport);
        out.printf("bench: in-process feed, %,d msg/s over %d symbols, %.0f s warm-up + %.0f s measured%n",
                options.rate(), options.symbols(), options.warmupSeconds(), options.seconds());
        // The generator gets a CPU no stage thread owns (on 2 CPUs the OS's), as a feed from
        // another machine would leave the engine's CPUs alone.
        return finish(live("bench", builder, options.config().pipeline(), transport, openExporter(builder),
                layout -> feed.start(layout.osCpus().isEmpty() ? -1 : layout.osCpus().first())));
    }

    /**
     * Pre-open priming (when the config asks for it), before anything of the live session opens
     * (its venue session, metrics file, hlog): the primer's numbers are not the day's. A primer that
     * cannot run is reported and trading starts unprimed: priming is an optimisation, not a
     * precondition.
     *
     * @return whether the session goes on: false when a stop was asked for while priming
     */
    private boolean primeFirst(final PipelineConfig.Builder cfg) throws InterruptedException {
        final double seconds = options.config().primeSeconds();
        if (seconds > 0) {
            applyLayout(cfg);
            try {
                primerOrders = new PreOpenPrimer(options.config(), wallClock, out).prime(cfg, seconds,
                        options.kind() != SessionOptions.Kind.BENCH, () -> stopRequested);
            } catch (final IOException | RuntimeException e) {
                primerOrders = 0;
                out.println("pre-open priming failed, trading starts unprimed: " + e);
            }
        }
        return !stopRequested;
    }

    /** A stop asked for during priming: the live pipeline is not started at all. */
    private RunSummary stoppedWhilePriming(final String command) {
        out.println(command + ": stopped during pre-open priming; the live pipeline was not started");
        final RunSummary summary = new RunSummary();
        summary.command = command;
        summary.counters.put("pre_open_primer_orders", Math.max(primerOrders, 0));
        return summary;
    }

    /**
     * Runs a built pipeline for warm-up + measured seconds (or until stopped), then summarises;
     * {@code afterStart} starts what feeds it once its threads are placed. Takes over the
     * builder's transport and the exporter ({@link #openExporter}, or {@code null}): both are
     * closed if the set-up fails.
     */
    private RunSummary live(final String command, final PipelineBuilder builder, final PipelineConfig.Builder cfg,
            final DigestingTransport transport, final MetricsExporter exporter,
            final Consumer<ThreadLayout> afterStart) throws IOException, InterruptedException {
        applyLayout(cfg);
        final Pipeline pipeline;
        try {
            pipeline = builder.config(cfg.mode(RunMode.LIVE).build()).riskLimits(options.config().risk())
                    .strategy(new ImbalanceStrategy(options.config().strategy())).clock(wallClock).build();
        } catch (final RuntimeException e) {
            // The builder closes what it opened, not the transport it was given.
            closeBeforeStart(null, transport, exporter, e);
            throw e;
        }
        final HistogramLogWriter hlog = openHlogOrUndo(command, pipeline, exporter);
        final SummaryCollector collector = new SummaryCollector(pipeline, hlog);
        ThreadLayout layout = null;
        TradingHaltConsole halts = null;
        try {
            day.recover(pipeline);
            if (exporter != null) {
                exporter.bind(pipeline);
                out.println(command + ": metrics in " + exporter.path() + " (watch with ./hft monitor)");
            }
            layout = pipeline.start();
            out.println(layout.describe().strip());
            afterStart.accept(layout);
            final long startMs = System.currentTimeMillis();
            final long warmupEndMs = startMs + (long) (options.warmupSeconds() * 1000);
            final long endMs = warmupEndMs + (long) (options.seconds() * 1000);
            boolean measuring = false;
            long nextSampleMs = warmupEndMs + 1000;
            final FeedLagConsole feedLag = new FeedLagConsole(command, out, pipeline.marketData().counters());
            halts = haltConsole(command, pipeline, startMs);
            final VenueSessionConsole venueSession = venueSessionConsole(command, pipeline, startMs);
            while (!stopRequested && pipeline.lastError() == null) {
                final long now = System.currentTimeMillis();
                feedLag.poll(now);
                if (venueSession != null) {
                    venueSession.poll(now);
                }
                halts.poll(now);
                if (now >= endMs) {
                    break;
                }
                if (halts.venueSessionEnded()) {
                    // Over for the day (End of Session, a rejected or refused login): a run left
                    // going would trade nothing until SIGTERM.
                    out.println(command + ": stopping: the venue ended the session, no order can reach it");
                    break;
                }
                if (!measuring && now >= warmupEndMs) {
                    collector.startMeasuring();
                    measureStartNanos = System.nanoTime();
                    measuring = true;
                } else if (measuring && now >= nextSampleMs) {
                    collector.sample();
                    nextSampleMs += 1000;
                    if (exporter != null) {
                        exporter.publishLatency(collector.current(), now);
                    }
                }
                if (exporter != null) {
                    exporter.publishCounters(now);
                }
                if (pipeline.marketData().endOfSource()) {
                    break;
                }
                Thread.sleep(20);
            }
            if (!measuring) {
                collector.startMeasuring();
                measureStartNanos = System.nanoTime();
            }
            collector.stopMeasuring();
        } finally {
            pipeline.close();
            if (hlog != null) {
                hlog.close();
            }
            closeExporter(exporter, collector);
        }
        final RunSummary summary = collector.summarise(command, layoutName(layout), layoutDescription(layout));
        if (primerOrders >= 0) {
            summary.counters.put("pre_open_primer_orders", primerOrders);
        }
        day.addTo(summary);
        if (transport != null) {
            summary.orderDigest = transport.hexDigest();
        }
        if (pipeline.lastError() != null) {
            summary.counters.put("stage_errors", 1L);
            out.println(command + ": a stage failed: " + pipeline.lastError());
        }
        warnWhatStoppedTrading(command, pipeline, halts, summary);
        return summary;
    }

    /** Over SoupBinTCP, the venue session's logins and losses said as they happen; else {@code null}. */
    private VenueSessionConsole venueSessionConsole(final String command, final Pipeline pipeline, final long startMs) {
        if (DigestingTransport.unwrap(pipeline.gateway().transport()) instanceof SoupBinTcpOrderTransport soup) {
            final InetSocketAddress venue = options.config().network().gatewayAddress();
            return new VenueSessionConsole(command, out, soup.counters(),
                    venue.getHostString() + ":" + venue.getPort(), startMs);
        }
        return null;
    }

    /**
     * Watches the kill switch and, over SoupBinTCP, the venue session from the housekeeping loop,
     * to say when either stops trading while the session runs.
     */
    private TradingHaltConsole haltConsole(final String command, final Pipeline pipeline, final long startMs) {
        final Counters<SoupBinTcpSessionCounter> session =
                DigestingTransport.unwrap(pipeline.gateway().transport()) instanceof SoupBinTcpOrderTransport soup
                        ? soup.counters() : null;
        return new TradingHaltConsole(command, out, pipeline.killSwitch(), session, startMs);
    }

    /**
     * What stopped the run trading, or kept its orders from the venue, is said on the console, not
     * only counted in the JSON.
     */
    private void warnWhatStoppedTrading(final String command, final Pipeline pipeline, final TradingHaltConsole halts,
            final RunSummary summary) {
        // After pipeline.close(): the transport is closed, so its counters say whether it ended.
        halts.atEnd(System.currentTimeMillis());
        // A start far behind a running feed that the request server had not caught up with by
        // the end: no gap was given up, yet nothing was traded after the start.
        EndOfRunWarnings.feedBehind(command, pipeline.marketData().sequencer().behindBy(),
                MarketDataStage.BEHIND_LIMIT, out);
        EndOfRunWarnings.gateway(command, summary.counters, gatewayInWords(),
                pipeline.config().ackTimeoutNs() / 1_000_000L, out);
    }

    /** The venue's address and the gateway mode, for a warning that the venue could not be reached. */
    private String gatewayInWords() {
        final NetworkConfig net = options.config().network();
        if (options.kind() == SessionOptions.Kind.REPLAY || options.kind() == SessionOptions.Kind.BENCH
                || net.gatewayMode() == GatewayMode.SIMULATED) {
            return "in process (gateway mode simulated)";
        }
        final InetSocketAddress venue = net.gatewayAddress();
        return venue.getHostString() + ":" + venue.getPort() + " (gateway mode "
                + (net.gatewayMode() == GatewayMode.SOUP_TCP ? "soupbintcp" : "udp") + ")";
    }

    private RunSummary replay() throws IOException, InterruptedException {
        final Path input = options.input();
        final VirtualClock clock = new VirtualClock(0);
        final ReplaySource source = RecordedFiles.openReplaySource(input);
        final PlaybackSpeed speed = options.speed() <= 0 ? PlaybackSpeed.AS_FAST_AS_POSSIBLE
                : PlaybackSpeed.multipleOf(options.speed());
        final Pacer pacer = new Pacer(speed, new SystemNanoClock(), new YieldingIdleStrategy());
        final ReplayPacketSource packets = new ReplayPacketSource(source, clock, pacer, options.feedPort());
        final PipelineConfig.Builder cfg = options.config().pipeline();
        applyLayout(cfg);
        startAtTheRecordingsFirstSequence(cfg, input);
        final DigestingTransport transport = simulatedExchange(clock);
        final PipelineBuilder builder = PipelineBuilder.create();
        final MetricsExporter exporter;
        final Pipeline pipeline;
        final HistogramLogWriter hlog;
        try {
            exporter = openExporter(builder);
            try {
                pipeline = builder.config(cfg.mode(RunMode.REPLAY).build())
                        .network(options.config().network()).riskLimits(options.config().risk())
                        .strategy(new ImbalanceStrategy(options.config().strategy())).clock(clock)
                        .packetSource(packets, RetransmitRequester.NONE).orderTransport(transport).build();
            } catch (final RuntimeException e) {
                closeBeforeStart(null, null, exporter, e);
                throw e;
            }
            hlog = openHlogOrUndo("replay", pipeline, exporter);
        } catch (final IOException | RuntimeException e) {
            source.close();
            throw e;
        }
        final SummaryCollector collector = new SummaryCollector(pipeline, hlog);
        ThreadLayout layout = null;
        TradingHaltConsole halts = null;
        final boolean tty = System.console() != null;
        String stoppedEarly = null;
        try {
            if (exporter != null) {
                exporter.bind(pipeline);
            }
            layout = pipeline.start();
            out.println(layout.describe().strip());
            halts = haltConsole("replay", pipeline, System.currentTimeMillis());
            collector.startMeasuring();
            long nextProgress = System.currentTimeMillis() + 500;
            long lastPackets = -1;
            long lastProgressMs = System.currentTimeMillis();
            while (!(pipeline.marketData().endOfSource() && pipeline.isQuiescent())) {
                if (pipeline.lastError() != null) {
                    break;
                }
                if (stopRequested) {
                    stoppedEarly = "stopped on request";
                    break;
                }
                // No time limit on a replay that moves (a day at recorded speed takes a day); one
                // that reads nothing for a minute unpaced, or never quiesces, is stuck.
                final long packetsNow = pipeline.marketData().packets();
                if (packetsNow != lastPackets || speed.isPaced()) {
                    lastPackets = packetsNow;
                    lastProgressMs = System.currentTimeMillis();
                } else if (System.currentTimeMillis() - lastProgressMs > REPLAY_STALL_MS) {
                    stoppedEarly = "no progress for " + REPLAY_STALL_MS / 1000 + " s";
                    break;
                }
                if (System.currentTimeMillis() >= nextProgress) {
                    if (halts.hasNews()) {
                        if (tty) {
                            out.print("\r\033[K"); // the warning on a line of its own, not after the bar
                        }
                        halts.poll(System.currentTimeMillis());
                    }
                    if (tty) {
                        progress(pipeline.marketData().packets(), source.progress());
                    }
                    if (exporter != null) {
                        exporter.publishCounters(System.currentTimeMillis());
                    }
                    nextProgress += 500;
                }
                Thread.sleep(2);
            }
            if (tty) {
                out.print("\r\033[K");
            }
            collector.stopMeasuring();
        } finally {
            pipeline.close();
            source.close();
            if (hlog != null) {
                hlog.close();
            }
            closeExporter(exporter, collector);
        }
        final RunSummary summary = collector.summarise("replay", layoutName(layout), layoutDescription(layout));
        // Measured from the first packet: the figures include the JIT's own warm-up.
        summary.measuredSince = "the first packet";
        summary.orderDigest = transport.hexDigest();
        summary.counters.put("replay_packets_skipped", packets.skipped());
        if (stoppedEarly == null && summary.messages == 0) {
            // A file that decodes to nothing is not an empty trading day: inspect says so too.
            summary.counters.put("replay_no_messages", 1L);
            out.println("replay: " + input + " held no MoldUDP64/ITCH message to play (not a recording or"
                    + " BinaryFILE of this feed?)");
        }
        if (stoppedEarly != null) {
            // A partial replay must not read as a whole one: its digest and counts cover a prefix.
            summary.counters.put("replay_incomplete", 1L);
            out.println("replay: stopped before the end of the recording (" + stoppedEarly
                    + "): the report covers only the packets read");
        }
        source.inputErrors((name, count) -> summary.counters.put(name, count));
        reportHeldAtEnd(summary, pipeline);
        if (pipeline.lastError() != null) {
            summary.counters.put("stage_errors", 1L);
            out.println("replay: a stage failed: " + pipeline.lastError());
        }
        warnWhatStoppedTrading("replay", pipeline, halts, summary);
        return finish(summary);
    }

    /**
     * Packets the sequencer still holds behind a gap when the recording ends were never applied:
     * nothing will fill the gap now, and the gap timeout runs on recorded time, which stopped. They
     * must not vanish from a report that reads as complete. Read after the pipeline's threads have
     * ended.
     */
    private void reportHeldAtEnd(final RunSummary summary, final Pipeline pipeline) {
        final var sequencer = pipeline.marketData().sequencer();
        if (sequencer.gapOpen() || sequencer.heldPackets() > 0) {
            summary.counters.put("replay_packets_held_at_end", (long) sequencer.heldPackets());
            summary.counters.put("replay_incomplete", 1L);
            out.printf("replay: the recording ended inside a gap at sequence %,d: %,d packets after it were held,"
                    + " never applied%n", sequencer.expectedSequence(), sequencer.heldPackets());
        }
    }

    /**
     * A capture rarely starts with the session: one that joins at sequence 40,000,000 would
     * otherwise be one gap from the configured first sequence that nothing fills, its packets held
     * and never played, or given up with the books marked stale for the whole replay. Played from
     * where it joins instead, and said so; a configured first sequence beyond it still stands.
     */
    private void startAtTheRecordingsFirstSequence(final PipelineConfig.Builder cfg, final Path input)
            throws IOException {
        final PipelineConfig current = cfg.build();
        final long recorded = RecordedFiles.firstSequence(input, options.feedPort(), FIRST_SEQUENCE_WINDOW);
        if (recorded > current.firstSequence()) {
            cfg.sequencing(recorded, current.maxHeldPackets(), current.maxPacketLength(), current.gapTimeoutNs());
            out.printf("replay: the recording joins its MoldUDP64 session at sequence %,d: played from there%n",
                    recorded);
        }
    }

    private void progress(final long packets, final double done) {
        out.print(ProgressBar.line("replay", packets, done));
        out.flush();
    }

    /** The in-process venue of the config, fingerprinting every order sent to it. */
    private DigestingTransport simulatedExchange(final Clock clock) {
        final PipelineConfig config = options.config().pipeline().build();
        return new DigestingTransport(new SimulatedExchange(clock, config.simulatedFillPercent(),
                config.simulatedMaxShares(), 1 << 16));
    }

    private MetricsExporter openExporter(final PipelineBuilder builder) throws IOException {
        if (options.metricsFile() == null) {
            return null;
        }
        final MetricsExporter exporter = MetricsExporter.create(options.metricsFile(), SummaryCollector.stageNames());
        builder.killSwitchSource(exporter.killSwitch());
        exporter.enableProfiling(options.outputDir(), out::println);
        return exporter;
    }

    /**
     * Undoes what a session opened before a later step of its set-up failed: the pipeline's
     * sockets, journal and lock, or, before there is a pipeline, the venue transport (a
     * SoupBinTCP session is logged in already), and the metrics file (never published, so it
     * leaves nothing in the metrics directory). A failure to close is kept with the set-up
     * failure, not thrown over it.
     */
    private static void closeBeforeStart(final Pipeline pipeline, final DigestingTransport transport,
            final MetricsExporter exporter, final Exception failure) {
        if (pipeline != null) {
            try {
                pipeline.close();
            } catch (final RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
        if (transport != null) {
            try {
                transport.close();
            } catch (final RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
        if (exporter != null) {
            try {
                exporter.close();
            } catch (final RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
    }

    private static void closeExporter(final MetricsExporter exporter, final SummaryCollector collector) {
        if (exporter != null) {
            final long now = System.currentTimeMillis();
            exporter.publishLatency(collector.current(), now);
            exporter.publishCounters(now);
            exporter.close(); // after pipeline.close(): no stage thread reads the file any more
        }
    }

    private void applyLayout(final PipelineConfig.Builder cfg) {
        final PipelineConfig current = cfg.build();
        final String layout = options.layout() == null ? options.config().layout() : options.layout();
        final int threads = "auto".equals(layout) ? 0 : Integer.parseInt(layout);
        cfg.layout(threads, current.allowOversubscribe(), current.pin());
    }

    private static String layoutName(final ThreadLayout layout) {
        return layout == null ? "" : Integer.toString(layout.threadCount());
    }

    private static String layoutDescription(final ThreadLayout layout) {
        return layout == null ? "" : layout.describe();
    }

    /** Makes an output directory, or says which option named the place that cannot be one. */
    private static void outputDirectory(final String option, final Path dir) throws IOException {
        try {
            Files.createDirectories(dir);
        } catch (final IOException e) {
            throw new IOException(option + ": cannot make the directory " + dir, e);
        }
    }

    /** The run's latency log; a failure to open it closes the built pipeline and the exporter first. */
    private HistogramLogWriter openHlogOrUndo(final String command, final Pipeline pipeline,
            final MetricsExporter exporter) throws IOException {
        try {
            return openHlog(command);
        } catch (final IOException | RuntimeException e) {
            closeBeforeStart(pipeline, null, exporter, e);
            throw e;
        }
    }

    private HistogramLogWriter openHlog(final String command) throws IOException {
        if (options.outputDir() == null) {
            return null;
        }
        Files.createDirectories(options.outputDir());
        return IntervalLogs.open(options.outputDir().resolve(command + "-latency.hlog"), System.currentTimeMillis());
    }

    private RunSummary finish(final RunSummary summary) throws IOException {
        try {
            if (options.outputDir() != null) {
                final Path hlog = options.outputDir().resolve(summary.command + "-latency.hlog");
                summary.files.put("hlog", hlog.toString());
                final Path plot = options.outputDir().resolve(summary.command + "-latency.html");
                Files.writeString(plot, PercentilePlot.render(String.format(Locale.ROOT,
                        "hft %s, layout %s, %,.0f msg/s", summary.command, summary.layout, summary.messagesPerSecond),
                        summary.latency));
                summary.files.put("plot", plot.toString());
            }
            if (options.json() != null) {
                summary.files.put("json", options.json().toString());
                Files.writeString(options.json(), summary.toJson());
            }
        } finally {
            // A file that cannot be written still leaves the run's report on the terminal.
            ReportPrinter.print(summary, out);
        }
        return summary;
    }
}
