package io.hftengine.pipeline.strategy;

import io.hftengine.metrics.Ticker;
import io.hftengine.pipeline.Counters;
import io.hftengine.pipeline.PipeRing;
import io.hftengine.pipeline.Quiescence;
import io.hftengine.pipeline.message.ExecutionReport;
import io.hftengine.pipeline.message.MarketEvent;
import io.hftengine.pipeline.message.SignalEvent;
import io.hftengine.pipeline.message.StampedEvent;
import io.hftengine.pipeline.risk.KillSwitch;
import io.hftengine.spsc.EventHandler;
import io.hftengine.types.Clock;
import io.hftengine.types.Side;
import org.agrona.concurrent.Agent;

/**
 * The strategy stage: runs a {@link Strategy} over market events and execution reports and
 * turns its calls on {@link SignalSink} into {@link SignalEvent}s on the strategy-to-risk ring.
 *
 * <p>All signals of one callback are claimed as they are made and published together at the end
 * of the callback (one release store), so risk sees them as one batch; also when the callback
 * throws, since each of them has already given the strategy its order id. Client order ids are
 * assigned here, strictly increasing from {@code firstOrderId}. Inside a callback, now
 * ({@link #nowNs()}, the signals' time, the timer check) is the time of the event being handled:
 * the clock reading the market data stage took for the packet, or the report's time. That keeps
 * clock reads off the tick-to-order path and makes replay decisions independent of when a thread
 * got to the event. Timers fire before the next event once that time has passed
 * {@link Strategy#nextTimerNs()}; in live mode also on an idle duty cycle, by the clock.
 *
 * <p>Replay mode ({@code downstream != null}): the stage handles one event at a time, execution
 * reports first, and only when {@code downstream} (strategy-to-risk, risk-to-gateway,
 * gateway-to-risk) is quiescent. Every strategy callback therefore sees all consequences of the
 * previous one, in every thread layout. Idle timers are off in replay: the virtual clock only
 * moves with packets, so timers fire in event order.
 *
 * <p>Queue-full policy: if the strategy-to-risk ring is full the signal is dropped, counted, and
 * the kill switch is tripped; {@link SignalSink#enter} returns -1.
 */
public final class StrategyStage implements Agent, SignalSink {
    private static final int BATCH = 64;
    private static final String RING_FULL = "strategy: strategy-to-risk ring full";

    private final Strategy strategy;
    private final PipeRing<MarketEvent> marketEvents;
    private final PipeRing<ExecutionReport> reports;
    private final PipeRing<SignalEvent> signals;
    private final Clock clock;
    private final Ticker ticker;
    private final KillSwitch killSwitch;
    private final Quiescence downstream;
    private final Counters<StrategyCounter> counters = new Counters<>("strategy", StrategyCounter.class);
    private final EventHandler<MarketEvent> onMarket = this::onMarket;
    private final EventHandler<ExecutionReport> onReport = this::onReport;
    private long nextOrderId;
    private StampedEvent cause;
    /** Time of the event being handled: what the strategy, its signals and timers see as now. */
    private long nowNs;
    private long lastClaimed = -1;

    /**
     * Creates the stage.
     *
     * @param strategy the logic
     * @param marketEvents market-data-to-strategy ring (consumer)
     * @param reports risk-to-strategy ring (consumer)
     * @param signals strategy-to-risk ring (producer)
     * @param clock the only time the strategy sees
     * @param ticker latency stamps only
     * @param killSwitch tripped when the signal ring is full
     * @param firstOrderId first client order id (positive; ids must not repeat within a session)
     * @param downstream replay-mode gate, or {@code null} for live mode
     */
    public StrategyStage(final Strategy strategy, final PipeRing<MarketEvent> marketEvents,
                         final PipeRing<ExecutionReport> reports, final PipeRing<SignalEvent> signals,
                         final Clock clock, final Ticker ticker, final KillSwitch killSwitch,
                         final long firstOrderId, final Quiescence downstream) {
        if (firstOrderId <= 0) {
            throw new IllegalArgumentException("firstOrderId must be positive, was " + firstOrderId);
        }
        this.strategy = strategy;
        this.marketEvents = marketEvents;
        this.reports = reports;
        this.signals = signals;
        this.clock = clock;
        this.ticker = ticker;
        this.killSwitch = killSwitch;
        this.nextOrderId = firstOrderId;
        this.downstream = downstream;
    }

    @Override
    public int doWork() {
        if (downstream != null) {
            if (!downstream.isQuiescent()) {
                return 0;
            }
            final int work = reports.poll(onReport, 1);
            return work > 0 ? work : marketEvents.poll(onMarket, 1);
        }
        final int work = reports.poll(onReport, BATCH) + marketEvents.poll(onMarket, BATCH);
        if (work == 0) {
            final long now = clock.epochNanos();
            if (now >= strategy.nextTimerNs()) {
                cause = null;
                nowNs = now;
                try {
                    fireTimer(now);
                } finally {
                    publishClaimed();
                }
                return 1;
            }
        }
        return work;
    }

    private void onMarket(final MarketEvent event, final long sequence, final boolean endOfBatch) {
        counters.increment(StrategyCounter.MARKET_EVENTS);
        cause = event;
        nowNs = event.eventTimeNs();
        try {
            maybeFireTimer();
            strategy.onMarketEvent(event, this);
        } finally {
            // Even when the strategy threw: what it entered before has its order id, and a
            // claimed slot left unpublished would go out with some later callback's batch.
            publishClaimed();
        }
    }

    private void onReport(final ExecutionReport report, final long sequence, final boolean endOfBatch) {
        counters.increment(StrategyCounter.EXECUTION_REPORTS);
        cause = report;
        nowNs = report.timeNs();
        try {
            maybeFireTimer();
            strategy.onExecutionReport(report, this);
        } finally {
            publishClaimed();
        }
    }

    private void maybeFireTimer() {
        if (nowNs >= strategy.nextTimerNs()) {
            fireTimer(nowNs);
        }
    }

    private void fireTimer(final long now) {
        counters.increment(StrategyCounter.TIMERS);
        strategy.onTimer(now, this);
    }

    private void publishClaimed() {
        if (lastClaimed >= 0) {
            signals.publish(lastClaimed);
            lastClaimed = -1;
        }
    }

    private SignalEvent claim() {
        final long seq = signals.tryClaim();
        if (seq < 0) {
            counters.increment(StrategyCounter.RING_FULL);
            killSwitch.trip(RING_FULL);
            return null;
        }
        lastClaimed = seq;
        final SignalEvent signal = signals.event(seq);
        if (cause != null) {
            signal.copyStampsFrom(cause);
        } else {
            signal.clearStamps();
        }
        signal.strategyTicks(ticker.ticks());
        return signal;
    }

    @Override
    public long enter(final Side side, final int symbolId, final long price, final long quantity) {
        final SignalEvent signal = claim();
        if (signal == null) {
            return -1;
        }
        final long orderId = nextOrderId++;
        signal.order(side, orderId, symbolId, price, quantity, nowNs);
        counters.increment(StrategyCounter.ORDER_SIGNALS);
        return orderId;
    }

    @Override
    public boolean cancel(final long orderId) {
        final SignalEvent signal = claim();
        if (signal == null) {
            return false;
        }
        signal.cancel(orderId, nowNs);
        counters.increment(StrategyCounter.CANCEL_SIGNALS);
        return true;
    }

    @Override
    public long nowNs() {
        return nowNs;
    }

    @Override
    public String roleName() {
        return "strategy";
    }

    /**
     * Returns stage counters, readable from any thread.
     *
     * @return stage counters, readable from any thread
     */
    public Counters<StrategyCounter> counters() {
        return counters;
    }

    /**
     * Returns the strategy run by this stage.
     *
     * @return the strategy run by this stage
     */
    public Strategy strategy() {
        return strategy;
    }
}
