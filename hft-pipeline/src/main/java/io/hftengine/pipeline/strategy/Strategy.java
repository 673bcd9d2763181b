package io.hftengine.pipeline.strategy;

import io.hftengine.pipeline.message.ExecutionReport;
import io.hftengine.pipeline.message.MarketEvent;

/**
 * Trading logic, called on the strategy thread only. Callbacks must not allocate, block, throw
 * for control flow or read the wall clock (use {@link SignalSink#nowNs()}): that is what makes a
 * replay emit the same orders on every run.
 *
 * <p>Events are valid only for the duration of the call (they live in ring slots).
 */
public interface Strategy {
    /**
     * A book change or trade. A strategy must never trade on an event whose
     * {@link MarketEvent#stale()} is true, and should not send new orders for a symbol whose
     * event says {@link MarketEvent#halted()} (the venue has stopped its trading).
     *
     * @param event the event, read in place
     * @param sink where to send signals
     */
    void onMarketEvent(MarketEvent event, SignalSink sink);

    /**
     * What happened to one of our orders: accepted, filled, cancelled, rejected by the venue, or
     * rejected by our risk stage.
     *
     * @param report the report, read in place
     * @param sink where to send signals
     */
    void onExecutionReport(ExecutionReport report, SignalSink sink);

    /**
     * The timer requested through {@link #nextTimerNs()} is due.
     *
     * @param nowNs clock time, epoch ns
     * @param sink where to send signals
     */
    void onTimer(long nowNs, SignalSink sink);

    /**
     * When the strategy next wants {@link #onTimer}; asked after every callback.
     *
     * @return epoch ns, or {@link Long#MAX_VALUE} for no timer
     */
    long nextTimerNs();
}
