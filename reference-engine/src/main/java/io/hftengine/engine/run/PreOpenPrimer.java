package io.hftengine.engine.run;

import io.hftengine.affinity.ThreadLayout;
import io.hftengine.engine.config.EngineConfig;
import io.hftengine.engine.feed.InProcessFeed;
import io.hftengine.pipeline.Pipeline;
import io.hftengine.pipeline.PipelineBuilder;
import io.hftengine.pipeline.PipelineConfig;
import io.hftengine.pipeline.RunMode;
import io.hftengine.pipeline.gateway.GatewayCounter;
import io.hftengine.pipeline.gateway.SimulatedExchange;
import io.hftengine.pipeline.marketdata.RetransmitRequester;
import io.hftengine.pipeline.strategy.ImbalanceStrategy;
import io.hftengine.types.Clock;

import java.io.PrintStream;
import java.util.function.BooleanSupplier;

/**
 * Pre-open priming: before the live pipeline starts, a throwaway copy of it (same stages, layout,
 * pinning, strategy parameters and limits) trades the synthetic feed against the in-process
 * simulated venue for a few seconds, then is closed. Nothing of it reaches the network, the
 * journal or the metrics file.
 *
 * <p>Why: HotSpot compiles per method, not per object, so the live pipeline's stages start on the
 * machine code and branch profiles the primer left behind. Without it the first orders of the day
 * run interpreted or at C1's profiling tier, and the JIT keeps deoptimising and recompiling the
 * order path for seconds after the open (measured: see BENCHMARKS.md, session 7). What priming
 * cannot give: the live feed and venue are other classes than the primer's, so the few call sites
 * that reach them (the packet source's poll, the transport's send) meet a new type at the open and
 * are recompiled once.
 */
final class PreOpenPrimer {
    /** Enough symbols and messages for every book path (adds, deletes, replaces, executions). */
    private static final int SYMBOLS = 1_000;
    private static final long RATE = 200_000;

    private final EngineConfig config;
    private final Clock clock;
    private final PrintStream out;

    PreOpenPrimer(final EngineConfig config, final Clock clock, final PrintStream out) {
        this.config = config;
        this.clock = clock;
        this.out = out;
    }

    /**
     * Runs the throwaway pipeline for {@code seconds}, then closes it.
     *
     * @param cfg the live pipeline's settings, layout already applied; left as they were
     * @param seconds how long to prime, more than 0
     * @param stop says when the session was asked to stop: priming ends early
     * @return orders the primer sent to its in-process venue
     * @throws InterruptedException when interrupted while priming
     */
    long prime(final PipelineConfig.Builder cfg, final double seconds, final BooleanSupplier stop) throws InterruptedException {
        final PipelineConfig primerConfig = withoutJournal(cfg);
        final long messages = (long) (RATE * (seconds + 5));
        final InProcessFeed feed = new InProcessFeed(SYMBOLS, 1, RATE, messages, 16).startExplicitly();
        final Pipeline primer = PipelineBuilder.create().network(config.network())
                .packetSource(feed, RetransmitRequester.NONE)
                .orderTransport(new SimulatedExchange(clock, primerConfig.simulatedFillPercent(),
                        primerConfig.simulatedMaxShares(), 1 << 16))
                .config(primerConfig).riskLimits(config.risk()).strategy(new ImbalanceStrategy(config.strategy()))
                .clock(clock).build();
        final long startNs = System.nanoTime();
        try {
            final ThreadLayout layout = primer.start();
            feed.start(layout.osCpus().isEmpty() ? -1 : layout.osCpus().first());
            final long endNs = startNs + (long) (seconds * 1e9);
            while (System.nanoTime() < endNs && primer.lastError() == null && !primer.marketData().endOfSource()
                    && !stop.getAsBoolean()) {
                Thread.sleep(20);
            }
        } finally {
            primer.close();
        }
        final long orders = primer.gateway().counters().get(GatewayCounter.ORDERS_SENT);
        out.printf("pre-open priming: %.1f s on the synthetic feed, %,d orders to the in-process venue%s%n",
                (System.nanoTime() - startNs) / 1e9, orders,
                primer.lastError() == null ? "" : " (stopped early: " + primer.lastError() + ")");
        return orders;
    }

    /** The live settings with the drop-copy journal off: the primer's orders are not the day's. */
    private static PipelineConfig withoutJournal(final PipelineConfig.Builder cfg) {
        final PipelineConfig live = cfg.build();
        cfg.journal(null, live.journalWindowBytes());
        try {
            return cfg.mode(RunMode.LIVE).build();
        } finally {
            cfg.journal(live.journalPath(), live.journalWindowBytes());
        }
    }
}
