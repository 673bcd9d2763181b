package io.hftengine.pipeline;

import io.hftengine.affinity.AffinityLog;
import io.hftengine.affinity.CpuClaims;
import io.hftengine.affinity.CpuSet;
import io.hftengine.affinity.CpuTopology;
import io.hftengine.affinity.LayoutRequest;
import io.hftengine.affinity.NoOpPinning;
import io.hftengine.affinity.Pinning;
import io.hftengine.affinity.Pinnings;
import io.hftengine.affinity.StageRunners;
import io.hftengine.affinity.ThreadLayout;
import io.hftengine.affinity.ThreadLayoutPlanner;
import io.hftengine.affinity.TopologyReader;
import io.hftengine.metrics.LatencyTracker;
import io.hftengine.pipeline.gateway.GatewayCounter;
import io.hftengine.pipeline.gateway.GatewayStage;
import io.hftengine.pipeline.journal.JournalEntry;
import io.hftengine.pipeline.journal.JournalStage;
import io.hftengine.pipeline.marketdata.MarketDataStage;
import io.hftengine.pipeline.message.ExecutionReport;
import io.hftengine.pipeline.message.MarketEvent;
import io.hftengine.pipeline.message.RiskDecision;
import io.hftengine.pipeline.message.SignalEvent;
import io.hftengine.pipeline.risk.KillSwitch;
import io.hftengine.pipeline.risk.RiskStage;
import io.hftengine.pipeline.strategy.StrategyStage;
import org.agrona.concurrent.Agent;
import org.agrona.concurrent.AgentRunner;
import org.agrona.concurrent.BackoffIdleStrategy;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An assembled pipeline: four stage agents, their rings, the drop-copy journal, and the threads
 * that run them. Built by {@link PipelineBuilder}.
 *
 * <p>Three ways to run it:
 * <ul>
 *   <li>{@link #start()} / {@link #start(ThreadLayout)}: threads per the configured layout
 *       (hft-affinity plans 1, 2 or 4 threads, pins them and picks idle strategies; fused stages
 *       run in a {@code CompositeAgent} in pipeline order), plus one journal thread;
 *   <li>{@link #doWork()}: one duty cycle of every stage on the caller's thread, in pipeline
 *       order (the in-process benchmark and tests), with {@link #journalDoWork()} for the
 *       journal;
 *   <li>{@link #runToEnd(long)}: on the caller's thread until a finite source ends and the
 *       pipeline is quiescent (replay without threads).
 * </ul>
 * {@link #close()} stops intake, waits (bounded) for the rings to drain, stops the threads,
 * flushes and closes the journal. Counters are readable from any thread at any time, as JSON
 * with {@link #countersJson()}.
 *
 * <p>With pinning on ({@link PipelineConfig#pin()}), a started pipeline holds a claim on each CPU
 * it pins a stage thread to ({@link CpuClaims}, in {@link PipelineConfig#cpuClaimsDirectory()})
 * from start to close, and {@link #start()} plans around the CPUs other engines on the host (or
 * other pipelines in this JVM) hold: two engines on one host no longer pin the same CPUs and
 * busy-spin against each other. Claims are start and close work, never the stages'.
 */
public final class Pipeline implements AutoCloseable {
    /** Stage names, in pipeline order, as given to the layout planner. */
    public static final List<String> STAGE_NAMES = List.of("market-data", "strategy", "risk", "gateway");

    /** The venue's silence that tells {@link #close()} its last replies are in. */
    private static final long VENUE_QUIET_MS = 50;
    /** The longest {@link #close()} waits for that silence (a venue that never stops talking). */
    private static final long VENUE_DRAIN_MS = 1_000;
    /** Plans tried when another engine takes a planned CPU between the look and the claim. */
    private static final int CLAIM_ATTEMPTS = 3;
    private final PipelineConfig config;
    private final MarketDataStage marketData;
    private final StrategyStage strategy;
    private final RiskStage risk;
    private final GatewayStage gateway;
    private final JournalStage journal;
    private final PipeRing<MarketEvent> marketEvents;
    private final PipeRing<SignalEvent> signals;
    private final PipeRing<RiskDecision> decisions;
    private final PipeRing<ExecutionReport> venueReports;
    private final PipeRing<ExecutionReport> strategyReports;
    private final PipeRing<JournalEntry> journalEntries;
    private final Quiescence all;
    private final KillSwitch killSwitch;
    private final LatencyTracker latency;
    private final Agent[] agents;
    private StageRunners runners;
    /** The CPUs this pipeline's stage threads are pinned to, claimed from start to close; or null. */
    private CpuClaims.Claim cpuClaim;
    private AgentRunner journalRunner;
    /** Kept from the start: the runner knows its thread only once the thread has begun running. */
    private Thread journalThread;
    private final AtomicReference<Throwable> firstError = new AtomicReference<>();
    private boolean closed;

    Pipeline(final PipelineConfig config, final MarketDataStage marketData, final StrategyStage strategy,
             final RiskStage risk, final GatewayStage gateway, final JournalStage journal,
             final PipeRing<MarketEvent> marketEvents, final PipeRing<SignalEvent> signals,
             final PipeRing<RiskDecision> decisions, final PipeRing<ExecutionReport> venueReports,
             final PipeRing<ExecutionReport> strategyReports, final PipeRing<JournalEntry> journalEntries,
             final KillSwitch killSwitch, final LatencyTracker latency) {
        this.config = config;
        this.marketData = marketData;
        this.strategy = strategy;
        this.risk = risk;
        this.gateway = gateway;
        this.journal = journal;
        this.marketEvents = marketEvents;
        this.signals = signals;
        this.decisions = decisions;
        this.venueReports = venueReports;
        this.strategyReports = strategyReports;
        this.journalEntries = journalEntries;
        this.killSwitch = killSwitch;
        this.latency = latency;
        this.all = new Quiescence(marketEvents, signals, decisions, venueReports, strategyReports);
        this.agents = new Agent[] {marketData, strategy, risk, gateway};
    }

    /**
     * Plans the configured layout on this machine and starts it. With pinning on, the CPUs other
     * engines on the host hold are left out of the plan (a warning names them and their pids),
     * and the CPUs planned are claimed until {@link #close()}.
     *
     * @return the layout started
     * @throws IllegalArgumentException when the layout cannot be planned (e.g. 4 busy threads on
     *     2 CPUs without {@code allowOversubscribe}, or too few CPUs left by other engines, which
     *     the message names)
     * @throws IllegalStateException when already started or closed, or when other engines took
     *     a planned CPU between the look and the claim on each of 3 plans
     */
    public ThreadLayout start() {
        requireStartable(); // before the claims are read: a started pipeline's own CPUs would look held
        final LayoutRequest request = config.threads() == 0 ? LayoutRequest.AUTO : LayoutRequest.of(config.threads());
        final CpuTopology host = TopologyReader.detect(AffinityLog.system());
        final CpuClaims claims = config.pin() ? claims() : null;
        for (int attempt = 1; ; attempt++) {
            final ThreadLayout layout = ThreadLayoutPlanner.plan(STAGE_NAMES, request, aroundOtherEngines(host, claims),
                config.allowOversubscribe());
            final CpuClaims.Claim claim;
            try {
                claim = claim(claims, layout);
            } catch (final IllegalStateException taken) {
                if (attempt < CLAIM_ATTEMPTS) {
                    continue; // another engine took a CPU since the look: plan again around it
                }
                throw taken;
            }
            startClaimed(layout, claim);
            return layout;
        }
    }

    /**
     * Starts the stages on the threads of a given layout, and the journal thread. With pinning on,
     * the layout's CPUs are claimed until {@link #close()} first.
     *
     * @param layout a layout planned for {@link #STAGE_NAMES}
     * @throws IllegalStateException when already started or closed, or when pinning is on and
     *     another engine on the host (or another pipeline in this JVM) holds one of the layout's
     *     CPUs (the message names them and the pids); nothing is started then
     * @throws IllegalArgumentException when the layout was planned for other stages; nothing is
     *     started then, and a later start may succeed
     */
    public void start(final ThreadLayout layout) {
        startClaimed(layout, claim(config.pin() ? claims() : null, layout));
    }

    /**
     * The host with the CPUs other engines hold taken out of its usable set. Without claims (or
     * when they cannot be read) the host as it is: planning goes on as before claims existed.
     */
    private static CpuTopology aroundOtherEngines(final CpuTopology host, final CpuClaims claims) {
        if (claims == null) {
            return host;
        }
        final CpuClaims.Held held;
        try {
            held = claims.heldByOthers(host.usableCpus());
        } catch (final UncheckedIOException ex) {
            AffinityLog.system().warn("cannot read the cpu claims in " + claims.directory() + " (" + ex.getCause()
                + "): other engines on this host are not planned around");
            return host;
        }
        if (held.cpus().isEmpty()) {
            return host;
        }
        final CpuSet left = host.usableCpus().minus(held.cpus());
        AffinityLog.system().warn("cpus pinned by other engines on this host are skipped: " + held.describe()
            + (left.isEmpty() ? "; no cpu is left to pin to" : "; the layout is planned on cpus " + left.format()));
        return host.withHeldCpus(held.cpus());
    }

    /**
     * Claims the CPUs a layout pins to; null when nothing is pinned or there are no claims.
     *
     * @throws IllegalStateException when another engine holds one of them
     */
    private static CpuClaims.Claim claim(final CpuClaims claims, final ThreadLayout layout) {
        if (claims == null) {
            return null;
        }
        final CpuSet pinned = CpuSet.of(layout.threads().stream().mapToInt(t -> t.cpu()).filter(cpu -> cpu >= 0)
            .toArray());
        if (pinned.isEmpty()) {
            return null; // an unpinned (oversubscribed) layout takes no CPU from anyone
        }
        try {
            return claims.claim(pinned);
        } catch (final UncheckedIOException ex) {
            AffinityLog.system().warn("cannot claim cpus " + pinned.format() + " in " + claims.directory() + " ("
                + ex.getCause() + "): another engine on this host may pin them too");
            return null;
        }
    }

    /** The configured claims directory, or null (warned) when it cannot be used. */
    private CpuClaims claims() {
        try {
            return CpuClaims.at(config.cpuClaimsDirectory());
        } catch (final UncheckedIOException ex) {
            AffinityLog.system().warn("cannot use the cpu claims directory " + config.cpuClaimsDirectory() + " ("
                + ex.getCause() + "): other engines on this host are not planned around");
            return null;
        }
    }

    private synchronized void startClaimed(final ThreadLayout layout, final CpuClaims.Claim claim) {
        try {
            startOn(layout);
        } catch (final RuntimeException | Error ex) {
            if (claim != null) {
                claim.close();
            }
            throw ex;
        }
        cpuClaim = claim;
    }

    private synchronized void requireStartable() {
        if (runners != null || closed) {
            throw new IllegalStateException(closed ? "pipeline closed" : "pipeline already started");
        }
    }

    private void startOn(final ThreadLayout layout) {
        requireStartable();
        if (!layout.stageNames().equals(STAGE_NAMES)) {
            throw new IllegalArgumentException("layout planned for stages " + layout.stageNames() + ", not "
                + STAGE_NAMES);
        }
        final Pinning pinning = config.pin() ? Pinnings.best(AffinityLog.system())
            : new NoOpPinning("pinning disabled in config", AffinityLog.system());
        final boolean fused = layout.threads().size() == 1;
        if (fused) {
            inlineDownstream();
        }
        try {
            runners = StageRunners.start(layout, agents, pinning, this::onError);
        } catch (final RuntimeException | Error ex) {
            // Nothing may be left running or half-set: a retry would otherwise add a second
            // consumer to the journal ring, or run the downstream stages inline as well as on
            // their own threads.
            if (fused) {
                marketData.inlineDownstream(null);
            }
            throw ex;
        }
        // The journal thread last: only a started pipeline has one (the ring holds what the
        // gateway journals meanwhile).
        if (journal != null) {
            journalRunner = new AgentRunner(new BackoffIdleStrategy(), this::onJournalError, null, journal);
            journalThread = AgentRunner.startOnThread(journalRunner, this::journalThread);
        }
    }

    /**
     * The threads this pipeline runs on once started: the stage threads in layout order, then
     * the drop-copy journal's thread when there is a journal. Empty before {@link #start} and
     * when the caller drives {@link #doWork()} itself. For observers such as a per-thread
     * allocation check; never touched by the stages.
     *
     * @return a new list, safe to keep
     */
    public synchronized List<Thread> threads() {
        final List<Thread> threads = new ArrayList<>();
        if (runners != null) {
            threads.addAll(runners.threads());
        }
        if (journalThread != null) {
            threads.add(journalThread);
        }
        return threads;
    }

    /**
     * Live mode with every stage on one thread (the fused layout, or a caller driving
     * {@link #doWork()}): lets the market data stage run strategy, risk and gateway right after
     * each message that publishes an event, so an order leaves before the rest of its packet is
     * applied (see {@link MarketDataStage#inlineDownstream}). {@link #start(ThreadLayout)} does
     * this by itself for a one-thread layout. No effect in replay mode, whose ordering rule is
     * per packet. Call before the first duty cycle.
     */
    public void inlineDownstream() {
        if (config.mode() == RunMode.LIVE) {
            marketData.inlineDownstream(new FusedDownstream(strategy, risk, gateway));
        }
    }

    private void onError(final Throwable error) {
        // The first error is the one the kill switch names, and the one to report: later ones
        // are often its consequences.
        firstError.compareAndSet(null, error);
        killSwitch.trip("stage error: " + error);
    }

    /**
     * The journal thread's errors, and whatever escapes it: the runner rethrows an {@code Error}
     * after reporting it, and a fault of the mapped file (an {@code InternalError}) can be thrown
     * asynchronously just outside the duty cycle, where the runner never sees it. Either way the
     * engine would go on trading without its drop copy: the failure is a pipeline error, and the
     * kill switch is tripped here, on the journal thread, before the run loop notices.
     */
    private Thread journalThread(final Runnable runner) {
        final Thread thread = new Thread(runner);
        thread.setUncaughtExceptionHandler((dead, error) -> onJournalError(error));
        return thread;
    }

    private void onJournalError(final Throwable error) {
        journal.failed(error);
        final Throwable failure = journalFailure(error);
        firstError.compareAndSet(null, failure);
        killSwitch.trip(failure.getMessage());
    }

    private IllegalStateException journalFailure(final Throwable error) {
        return new IllegalStateException("journal " + config.journalPath() + " failed, no drop copy after it"
            + " (no new orders): " + error, error);
    }

    /**
     * Runs one duty cycle of every stage on the calling thread, in pipeline order. Only when not
     * started on threads.
     *
     * @return work done
     */
    public int doWork() {
        return marketData.doWork() + strategy.doWork() + risk.doWork() + gateway.doWork();
    }

    /**
     * Runs one duty cycle of the journal on the calling thread. Only when not started on threads.
     *
     * @return records written
     */
    public int journalDoWork() {
        return journal == null ? 0 : journal.doWork();
    }

    /**
     * Runs every stage on the calling thread until the source has ended and the pipeline is
     * quiescent, or the budget of idle cycles is spent.
     *
     * @param maxIdleCycles consecutive idle cycles tolerated before giving up
     * @return true when the source ended and everything drained
     */
    public boolean runToEnd(final long maxIdleCycles) {
        long idle = 0;
        while (idle < maxIdleCycles) {
            final int work = doWork() + journalDoWork();
            if (marketData.endOfSource() && isQuiescent() && work == 0) {
                return true;
            }
            idle = work == 0 ? idle + 1 : 0;
        }
        return false;
    }

    /**
     * Any thread: whether every ring is drained, no stage is busy and no symbol waits to be
     * caught up after its book changes were conflated on a full market data ring.
     *
     * @return true when quiescent
     */
    public boolean isQuiescent() {
        // Pending first: it drops to 0 only after its last event is in a ring, which the ring
        // check then sees.
        return marketData.books().pendingSymbols() == 0 && all.isQuiescent();
    }

    /**
     * Waits until the pipeline is quiescent (threads running) or the timeout passes.
     *
     * @param timeoutMs wall time to wait
     * @return true when quiescent
     * @throws InterruptedException when interrupted
     */
    public boolean awaitQuiescent(final long timeoutMs) throws InterruptedException {
        final long deadline = System.currentTimeMillis() + timeoutMs;
        int stable = 0;
        while (System.currentTimeMillis() < deadline) {
            stable = isQuiescent() ? stable + 1 : 0;
            if (stable >= 3) {
                return true;
            }
            Thread.sleep(1);
        }
        return false;
    }

    /**
     * Stops intake, drains (up to 5 s), waits for the venue's last replies (50 ms of silence, at
     * most 1 s), stops every thread, flushes and closes the journal, then releases the CPUs the
     * stage threads were pinned to (their claims). Idempotent. Without threads the drain runs on the calling thread; a stage exception there
     * ends the drain, trips the kill switch and is kept as {@link #lastError()}, and the stages
     * and the journal are closed all the same.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            marketData.stopIntake();
            if (runners != null) {
                try {
                    awaitQuiescent(5_000);
                    awaitVenueQuiet();
                } catch (final InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
                runners.close();
            } else {
                try {
                    for (int i = 0; i < 1_000_000 && (doWork() > 0 || !isQuiescent()); i++) {
                        journalDoWork();
                    }
                } catch (final RuntimeException ex) {
                    // A stage that fails again while draining (it failed on the caller's thread
                    // before, most likely) stops the drain, not the close: the sockets and the
                    // journal are still released, and the error is reported as a thread's would be.
                    onError(ex);
                }
                for (final Agent agent : agents) {
                    closeQuietly(agent);
                }
            }
            if (journalRunner != null) {
                journalRunner.close();
                closeJournalAfterItsThread();
            } else if (journal != null) {
                journal.onClose();
            }
        } finally {
            // Last, once the stage threads are stopped, however the close went.
            releaseCpus();
        }
    }

    /** After the stage threads stopped: another engine may pin their CPUs from now on. */
    private void releaseCpus() {
        if (cpuClaim != null) {
            try {
                cpuClaim.close();
            } catch (final UncheckedIOException ex) {
                AffinityLog.system().warn("cannot release cpu claims: " + ex.getCause());
            }
            cpuClaim = null;
        }
    }

    /**
     * Empty rings do not mean the day's last replies are in: the venue's answers to the orders
     * that just left are still on the wire. The threads run on until the venue has sent nothing
     * for {@link #VENUE_QUIET_MS} (and the rings are empty again), at most
     * {@link #VENUE_DRAIN_MS}; before, the report missed those fills while the venue had them.
     */
    private void awaitVenueQuiet() throws InterruptedException {
        final long deadline = System.currentTimeMillis() + VENUE_DRAIN_MS;
        long replies = gateway.counters().get(GatewayCounter.REPLIES);
        long quietSince = System.currentTimeMillis();
        while (System.currentTimeMillis() < deadline) {
            Thread.sleep(2);
            final long now = System.currentTimeMillis();
            final long latest = gateway.counters().get(GatewayCounter.REPLIES);
            if (latest != replies || !isQuiescent()) {
                replies = latest;
                quietSince = now;
            } else if (now - quietSince >= VENUE_QUIET_MS) {
                return;
            }
        }
    }

    /**
     * The runner closes the journal on its thread, unless an error ended that thread first: the
     * writer is closed here then, so its lock does not outlive the pipeline.
     */
    private void closeJournalAfterItsThread() {
        try {
            journal.onClose(); // a no-op when the journal thread closed it
        } catch (final RuntimeException | Error ex) {
            onJournalError(ex);
        }
    }

    private static void closeQuietly(final Agent agent) {
        try {
            agent.onClose();
        } catch (final RuntimeException ignored) {
            // closing: a failing close must not stop the others
        }
    }

    /**
     * Any thread, slow path: every counter, ring count and the kill switch as one JSON object.
     *
     * @return JSON text
     */
    public String countersJson() {
        final StringBuilder out = new StringBuilder(2048).append('{');
        marketData.counters().appendJson(out).append(',');
        strategy.counters().appendJson(out).append(',');
        risk.engine().counters().appendJson(out).append(',');
        risk.engine().rejects().appendJson(out).append(',');
        gateway.counters().appendJson(out).append(",\"rings\":{");
        ringJson(out, marketEvents).append(',');
        ringJson(out, signals).append(',');
        ringJson(out, decisions).append(',');
        ringJson(out, venueReports).append(',');
        ringJson(out, strategyReports);
        if (journalEntries != null) {
            ringJson(out.append(','), journalEntries);
        }
        out.append("},\"killSwitch\":{\"tripped\":").append(killSwitch.isTripped()).append(",\"reason\":");
        final String reason = killSwitch.reason();
        if (reason == null) {
            out.append("null");
        } else {
            appendJsonString(out, reason);
        }
        return out.append("}}").toString();
    }

    private static StringBuilder ringJson(final StringBuilder out, final PipeRing<?> ring) {
        return out.append('"').append(ring.name()).append("\":{\"capacity\":").append(ring.capacity())
            .append(",\"published\":").append(ring.publishedCount()).append(",\"consumed\":")
            .append(ring.consumedCount()).append('}');
    }

    private static void appendJsonString(final StringBuilder out, final String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    /**
     * Returns the configuration.
     *
     * @return the configuration
     */
    public PipelineConfig config() {
        return config;
    }

    /**
     * Returns the market data stage.
     *
     * @return the market data stage
     */
    public MarketDataStage marketData() {
        return marketData;
    }

    /**
     * Returns the strategy stage.
     *
     * @return the strategy stage
     */
    public StrategyStage strategy() {
        return strategy;
    }

    /**
     * Returns the risk stage.
     *
     * @return the risk stage
     */
    public RiskStage risk() {
        return risk;
    }

    /**
     * Returns the gateway stage.
     *
     * @return the gateway stage
     */
    public GatewayStage gateway() {
        return gateway;
    }

    /**
     * Returns the journal stage, or {@code null} without a journal.
     *
     * @return the journal stage, or {@code null} without a journal
     */
    public JournalStage journal() {
        return journal;
    }

    /**
     * Returns the kill switch (trip it to stop all new orders).
     *
     * @return the kill switch (trip it to stop all new orders)
     */
    public KillSwitch killSwitch() {
        return killSwitch;
    }

    /**
     * Returns the latency tracker written by the gateway thread, or {@code null}.
     *
     * @return the latency tracker written by the gateway thread, or {@code null}
     */
    public LatencyTracker latency() {
        return latency;
    }

    /**
     * Returns the first exception a stage threw on its thread (or while {@link #close()} drained
     * on the caller's), or {@code null}; when a stage error tripped the kill switch, its reason
     * names this one. A failure of the journal thread (anything it threw, or that ended it) is
     * one too: an {@code IllegalStateException} whose message names the journal file and whose
     * cause is the failure; the kill switch's reason is that message.
     *
     * @return the first exception a stage threw, or {@code null}
     */
    public Throwable lastError() {
        return firstError.get();
    }
}
