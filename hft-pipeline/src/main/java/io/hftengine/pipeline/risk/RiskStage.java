package io.hftengine.pipeline.risk;

import io.hftengine.metrics.Ticker;
import io.hftengine.pipeline.PipeRing;
import io.hftengine.pipeline.message.DecisionType;
import io.hftengine.pipeline.message.ExecType;
import io.hftengine.pipeline.message.ExecutionReport;
import io.hftengine.pipeline.message.RejectReason;
import io.hftengine.pipeline.message.RiskDecision;
import io.hftengine.pipeline.message.SignalEvent;
import io.hftengine.pipeline.message.SignalType;
import io.hftengine.spsc.EventHandler;
import org.agrona.concurrent.Agent;

/**
 * The risk stage: signals in, approved decisions out to the gateway; venue execution reports in,
 * positions updated, reports forwarded to the strategy together with risk's own rejects.
 *
 * <p>Queue-full policy: the two output rings must never fill. If one does, the stage trips the
 * kill switch with a reason naming the ring, counts {@link RiskCounter#RING_FULL} and drops the
 * event (an approved order that cannot be queued is taken off the open-order book again).
 *
 * <p>Replay mode: venue reports are handled only when the signal ring is empty, so risk sees all
 * signals of one strategy callback before any report they cause, in every thread layout (see
 * {@code io.hftengine.pipeline.Quiescence}). Live mode polls both every duty cycle.
 */
public final class RiskStage implements Agent {
    private static final int BATCH = 64;
    private static final int EXTERNAL_POLL_MASK = 1023;
    private static final String DECISIONS_FULL = "risk: risk-to-gateway ring full";
    private static final String REPORTS_FULL = "risk: risk-to-strategy ring full";
    private static final String EXTERNAL = "external kill-switch request (metrics control region)";

    private final RiskEngine engine;
    private final PipeRing<SignalEvent> signals;
    private final PipeRing<ExecutionReport> venueReports;
    private final PipeRing<RiskDecision> decisions;
    private final PipeRing<ExecutionReport> strategyReports;
    private final Ticker ticker;
    private final KillSwitchSource external;
    private final boolean replay;
    private final int signalLimit;
    private final EventHandler<SignalEvent> onSignal = this::onSignal;
    private final EventHandler<ExecutionReport> onVenueReport = this::onVenueReport;
    private int cycles;

    /**
     * Creates the stage.
     *
     * @param engine the checks and positions
     * @param signals strategy-to-risk ring (consumer)
     * @param venueReports gateway-to-risk ring (consumer)
     * @param decisions risk-to-gateway ring (producer)
     * @param strategyReports risk-to-strategy ring (producer)
     * @param ticker latency stamps only
     * @param external polled before every new order, and every 1024 duty cycles, for a kill request
     * @param replay whether to apply the replay-mode ordering rule
     */
    public RiskStage(final RiskEngine engine, final PipeRing<SignalEvent> signals,
                     final PipeRing<ExecutionReport> venueReports, final PipeRing<RiskDecision> decisions,
                     final PipeRing<ExecutionReport> strategyReports, final Ticker ticker,
                     final KillSwitchSource external, final boolean replay) {
        this.engine = engine;
        this.signals = signals;
        this.venueReports = venueReports;
        this.decisions = decisions;
        this.strategyReports = strategyReports;
        this.ticker = ticker;
        this.external = external;
        this.replay = replay;
        this.signalLimit = replay ? signals.capacity() : BATCH;
    }

    @Override
    public int doWork() {
        if ((++cycles & EXTERNAL_POLL_MASK) == 0) {
            pollExternalKillSwitch();
        }
        int work = signals.poll(onSignal, signalLimit);
        if (!replay || signals.size() == 0) {
            work += venueReports.poll(onVenueReport, BATCH);
        }
        return work;
    }

    /** Polls the external kill-switch source now; also done before every new order and every 1024 duty cycles. */
    public void pollExternalKillSwitch() {
        if (external.killSwitchRequested() && engine.killSwitch().trip(EXTERNAL)) {
            engine.counters().increment(RiskCounter.EXTERNAL_KILL_REQUESTS);
        }
    }

    private void onSignal(final SignalEvent signal, final long sequence, final boolean endOfBatch) {
        // The signal's time (its market event's receipt) rather than a clock read: no clock call
        // on the tick-to-order path, and rate limits that replay identically. It trails the
        // clock by at most the queueing, which only makes the token bucket refill later.
        final long nowNs = signal.timeNs();
        if (signal.type() == SignalType.CANCEL) {
            final RejectReason reason = engine.checkCancel(signal.orderId());
            if (reason == RejectReason.NONE) {
                emitDecision(signal, DecisionType.CANCEL, nowNs);
            } else {
                emitReject(signal, reason, nowNs);
            }
            return;
        }
        // Every new order reads the external request first (one load of a cached line while
        // nobody flips it), so an operator's kill stops the very next order, not one 1024 duty
        // cycles later.
        pollExternalKillSwitch();
        final RejectReason reason = engine.checkNew(signal.orderId(), signal.symbolId(), signal.side(), signal.price(),
            signal.quantity(), nowNs);
        if (reason == RejectReason.NONE) {
            if (!emitDecision(signal, DecisionType.ENTER, nowNs)) {
                engine.book().reduce(signal.orderId(), 0);
            }
        } else {
            emitReject(signal, reason, nowNs);
        }
    }

    private boolean emitDecision(final SignalEvent signal, final DecisionType type, final long nowNs) {
        final long seq = decisions.tryClaim();
        if (seq < 0) {
            ringFull(DECISIONS_FULL);
            return false;
        }
        final RiskDecision decision = decisions.event(seq);
        decision.copyStampsFrom(signal);
        decision.riskTicks(ticker.ticks());
        decision.type(type).order().set(signal.orderId(), signal.symbolId(), signal.side(), signal.price(),
            signal.quantity(), nowNs);
        decisions.publish(seq);
        return true;
    }

    private void emitReject(final SignalEvent signal, final RejectReason reason, final long nowNs) {
        final long seq = strategyReports.tryClaim();
        if (seq < 0) {
            ringFull(REPORTS_FULL);
            return;
        }
        final ExecutionReport report = strategyReports.event(seq);
        report.copyStampsFrom(signal);
        report.riskTicks(ticker.ticks());
        report.set(ExecType.RISK_REJECTED, signal.orderId(), signal.symbolId(), signal.side(), nowNs)
            .price(signal.price()).rejectReason(reason);
        strategyReports.publish(seq);
    }

    private void onVenueReport(final ExecutionReport venue, final long sequence, final boolean endOfBatch) {
        if (!engine.onExecution(venue)) {
            return;
        }
        final long seq = strategyReports.tryClaim();
        if (seq < 0) {
            ringFull(REPORTS_FULL);
            return;
        }
        final ExecutionReport report = strategyReports.event(seq);
        report.copyFrom(venue);
        report.copyStampsFrom(venue);
        strategyReports.publish(seq);
    }

    private void ringFull(final String reason) {
        engine.counters().increment(RiskCounter.RING_FULL);
        engine.killSwitch().trip(reason);
    }

    @Override
    public String roleName() {
        return "risk";
    }

    /**
     * Returns the checks, positions and counters.
     *
     * @return the checks, positions and counters
     */
    public RiskEngine engine() {
        return engine;
    }
}
