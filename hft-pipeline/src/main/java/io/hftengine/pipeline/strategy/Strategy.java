package io.hftengine.pipeline.strategy;

import io.hftengine.pipeline.message.ExecutionReport;
import io.hftengine.pipeline.message.MarketEvent;
import io.hftengine.types.Side;

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
     * Restart recovery, before the first event: one of our orders that the drop-copy journal
     * shows still working at the venue (risk holds it open). Its later replies arrive as
     * {@link #onExecutionReport}s. The default does nothing: the strategy does not know the order,
     * risk still counts it.
     *
     * @param orderId client id
     * @param symbolId stock locate
     * @param side buy or sell
     * @param price limit, Price raw
     * @param leavesQuantity shares still working
     * @param sentNs clock time it was sent, epoch ns
     */
    default void onRecoveredOrder(final long orderId, final int symbolId, final Side side, final long price,
                                  final long leavesQuantity, final long sentNs) {
    }

    /**
     * Restart recovery, before the first event: the position in a symbol that the day's fills in
     * the journal add up to (called only for symbols not flat). The default does nothing.
     *
     * @param symbolId stock locate
     * @param position shares, negative when short
     */
    default void onRecoveredPosition(final int symbolId, final long position) {
    }

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
