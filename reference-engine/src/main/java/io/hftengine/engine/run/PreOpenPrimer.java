package io.hftengine.engine.run;

import io.hftengine.affinity.ThreadLayout;
import io.hftengine.engine.config.EngineConfig;
import io.hftengine.engine.exchange.ExchangeSimulator;
import io.hftengine.engine.exchange.ExchangeSimulators;
import io.hftengine.engine.feed.FeedOptions;
import io.hftengine.engine.feed.FeedSimulator;
import io.hftengine.engine.feed.InProcessFeed;
import io.hftengine.pipeline.GatewayMode;
import io.hftengine.pipeline.NetworkConfig;
import io.hftengine.pipeline.Pipeline;
import io.hftengine.pipeline.PipelineBuilder;
import io.hftengine.pipeline.PipelineConfig;
import io.hftengine.pipeline.RunMode;
import io.hftengine.pipeline.gateway.GatewayCounter;
import io.hftengine.pipeline.gateway.OrderTransport;
import io.hftengine.pipeline.gateway.SimulatedExchange;
import io.hftengine.pipeline.gateway.SoupBinTcpOrderTransport;
import io.hftengine.pipeline.gateway.UdpOrderTransport;
import io.hftengine.pipeline.marketdata.RetransmitRequester;
import io.hftengine.pipeline.strategy.ImbalanceStrategy;
import io.hftengine.types.Clock;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Pre-open priming: before the live pipeline starts, a throwaway copy of it (same stages, layout,
 * pinning, strategy parameters and limits) trades a synthetic feed for a few seconds, then is
 * closed. Nothing of it reaches the live feed's socket, the venue, the journal or the metrics
 * file.
 *
 * <p>Why: HotSpot compiles per method, not per object, so the live pipeline's stages start on the
 * machine code and branch profiles the primer left behind. Without it the first orders of the day
 * run interpreted or at C1's profiling tier, and the JIT keeps deoptimising and recompiling the
 * order path for seconds after the open (measured: see BENCHMARKS.md, session 7).
 *
 * <p>The primer meets the same classes the live pipeline will, so that no call site sees a new
 * type at the open and is recompiled then: for a live engine, a feed simulator sends MoldUDP64 to
 * the primer's UDP packet source on loopback and an exchange simulator on loopback answers its
 * orders in the live gateway's protocol (UDP or SoupBinTCP); for the in-process benchmark, the
 * in-process feed and simulated venue.
 */
final class PreOpenPrimer {
    /** Enough symbols and messages for every book path (adds, deletes, replaces, executions). */
    private static final int SYMBOLS = 1_000;
    private static final long RATE = 200_000;
    private static final String SESSION = "HFTPRIME01";
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private final EngineConfig config;
    private final Clock clock;
    private final PrintStream out;

    PreOpenPrimer(final EngineConfig config, final Clock clock, final PrintStream out) {
        this.config = config;
        this.clock = clock;
        this.out = out;
    }

    /**
     * Runs the throwaway pipeline for {@code seconds}, then closes it and whatever fed it.
     *
     * @param cfg the live pipeline's settings, layout already applied; left as they were
     * @param seconds how long to prime, more than 0
     * @param live {@code true} when the live pipeline reads a UDP feed and talks to a venue (run,
     *        demo): prime on loopback sockets; {@code false} for the in-process benchmark
     * @param stop says when the session was asked to stop: priming ends early
     * @return orders the primer sent
     * @throws IOException when a loopback socket cannot be opened
     * @throws InterruptedException when interrupted while priming
     */
    long prime(final PipelineConfig.Builder cfg, final double seconds, final boolean live, final BooleanSupplier stop)
            throws IOException, InterruptedException {
        out.printf("pre-open priming: %.0f s of synthetic trading %s, before the live pipeline starts%n", seconds,
                live ? "on loopback" : "in process");
        final PipelineConfig primerConfig = primerSettings(cfg);
        final long startNs = System.nanoTime();
        final long orders = live ? onLoopback(primerConfig, seconds, stop) : inProcess(primerConfig, seconds, stop);
        // The primer's book and rings (hundreds of MiB at the default book size) are garbage now:
        // collect them before the open, so the live pipeline neither needs a collection to get its
        // own memory nor meets one later while trading.
        System.gc();
        out.printf("pre-open priming: %.1f s, %,d orders to the primer's venue%s%n", (System.nanoTime() - startNs) / 1e9,
                orders, orders == 0 ? " (none: the order path was not primed; check the strategy and limits)" : "");
        return orders;
    }

    private long inProcess(final PipelineConfig cfg, final double seconds, final BooleanSupplier stop)
            throws InterruptedException {
        final InProcessFeed feed = new InProcessFeed(SYMBOLS, 1, RATE, messages(seconds), 16).startExplicitly();
        final PipelineBuilder builder = PipelineBuilder.create().network(config.network())
                .packetSource(feed, RetransmitRequester.NONE)
                .orderTransport(new DigestingTransport(simulatedVenue(cfg)));
        final Pipeline primer = build(builder, cfg);
        // The generator gets the CPU the layout leaves to the OS, as in the benchmark.
        return run(primer, seconds, stop,
                layout -> feed.start(layout.osCpus().isEmpty() ? -1 : layout.osCpus().first()));
    }

    private long onLoopback(final PipelineConfig cfg, final double seconds, final BooleanSupplier stop)
            throws IOException, InterruptedException {
        final NetworkConfig net = config.network();
        final GatewayMode mode = net.gatewayMode();
        final int feedPort = freeUdpPort();
        final ExchangeSimulator exchange = mode == GatewayMode.SIMULATED ? null
                : ExchangeSimulators.open(mode == GatewayMode.SOUP_TCP ? "soupbintcp" : "udp",
                        new InetSocketAddress(LOOPBACK, 0), clock, cfg.simulatedFillPercent(), cfg.simulatedMaxShares(),
                        net.soupUsername(), net.soupPassword(), SESSION);
        try (FeedSimulator feed = new FeedSimulator(new FeedOptions(SYMBOLS, 1, RATE, messages(seconds),
                (long) ((seconds + 5) * 1e9), SESSION, new InetSocketAddress(LOOPBACK, feedPort),
                new InetSocketAddress(LOOPBACK, 0), new InetSocketAddress(LOOPBACK, 0), 32, 0, 0, 0, 1_000))) {
            final NetworkConfig.Builder loopback = NetworkConfig.builder().feed(LOOPBACK, feedPort)
                    .feedSource(feed.sourceAddress()).requestServer(feed.requestAddress())
                    .gateway(mode, exchange == null ? net.gatewayAddress() : exchange.address())
                    .receiveBufferBytes(net.receiveBufferBytes());
            if (mode == GatewayMode.SOUP_TCP) {
                loopback.soupLogin(net.soupUsername(), net.soupPassword());
            }
            // The transports the live session builds, each behind the order digest as there.
            final OrderTransport transport = switch (mode) {
                case UDP -> new UdpOrderTransport(exchange.address());
                case SOUP_TCP -> new SoupBinTcpOrderTransport(exchange.address(), net.soupUsername(), net.soupPassword(),
                        clock);
                default -> simulatedVenue(cfg);
            };
            final Pipeline primer;
            try {
                primer = build(PipelineBuilder.create().network(loopback.build())
                        .orderTransport(new DigestingTransport(transport)), cfg);
            } catch (final RuntimeException e) {
                transport.close(); // the pipeline owns it only once built
                throw e;
            }
            final Thread exchangeThread = exchange == null ? null : new Thread(exchange, "hft-primer-exchange");
            if (exchangeThread != null) {
                exchangeThread.setDaemon(true);
                exchangeThread.start();
            }
            final Thread feedThread = new Thread(feed, "hft-primer-feed");
            feedThread.setDaemon(true);
            try {
                return run(primer, seconds, stop, layout -> feedThread.start());
            } finally {
                feed.stop();
                if (feedThread.isAlive()) {
                    feedThread.join(5_000);
                }
                if (exchangeThread != null) {
                    exchange.stop();
                    exchangeThread.join(5_000);
                }
            }
        } finally {
            if (exchange != null) {
                exchange.close();
            }
        }
    }

    private Pipeline build(final PipelineBuilder builder, final PipelineConfig cfg) {
        return builder.config(cfg).riskLimits(config.risk()).strategy(new ImbalanceStrategy(config.strategy()))
                .clock(clock).build();
    }

    private long run(final Pipeline primer, final double seconds, final BooleanSupplier stop,
            final Consumer<ThreadLayout> afterStart) throws InterruptedException {
        try {
            afterStart.accept(primer.start());
            final long endNs = System.nanoTime() + (long) (seconds * 1e9);
            while (System.nanoTime() < endNs && primer.lastError() == null && !primer.marketData().endOfSource()
                    && !stop.getAsBoolean()) {
                Thread.sleep(20);
            }
        } finally {
            primer.close();
        }
        if (primer.lastError() != null) {
            // The live pipeline is the same code: let it start and fail (or not) on its own terms.
            out.println("pre-open priming: a primer stage failed: " + primer.lastError());
        }
        return primer.gateway().counters().get(GatewayCounter.ORDERS_SENT);
    }

    private SimulatedExchange simulatedVenue(final PipelineConfig cfg) {
        return new SimulatedExchange(clock, cfg.simulatedFillPercent(), cfg.simulatedMaxShares(), 1 << 16);
    }

    private static long messages(final double seconds) {
        return (long) (RATE * (seconds + 5));
    }

    private static int freeUdpPort() {
        try (DatagramSocket probe = new DatagramSocket(0, LOOPBACK)) {
            return probe.getLocalPort();
        } catch (final IOException e) {
            throw new UncheckedIOException("pre-open priming: no free UDP port on loopback", e);
        }
    }

    /**
     * The live settings with the drop-copy journal off (the primer's orders are not the day's) and
     * the feed's first sequence number at 1, where the primer's feed starts (a live engine joining
     * a session late expects a higher one and would take every primer packet for a duplicate).
     */
    private static PipelineConfig primerSettings(final PipelineConfig.Builder cfg) {
        final PipelineConfig live = cfg.build();
        cfg.journal(null, live.journalWindowBytes())
                .sequencing(1, live.maxHeldPackets(), live.maxPacketLength(), live.gapTimeoutNs());
        try {
            return cfg.mode(RunMode.LIVE).build();
        } finally {
            cfg.journal(live.journalPath(), live.journalWindowBytes())
                    .sequencing(live.firstSequence(), live.maxHeldPackets(), live.maxPacketLength(), live.gapTimeoutNs());
        }
    }
}
