package io.hftengine.pipeline.strategy;

import io.hftengine.pipeline.message.ExecutionReport;
import io.hftengine.pipeline.message.MarketEvent;

/**
 * A strategy that trades nothing and wants no timer: the base for one that only listens (restart
 * recovery's dry run, a tool reading what a journal would tell a strategy), overriding the
 * callbacks it needs.
 */
public class QuietStrategy implements Strategy {
    /** Creates the strategy. */
    public QuietStrategy() {
        // nothing to set up
    }

    @Override
    public void onMarketEvent(final MarketEvent event, final SignalSink sink) {
        // trades nothing
    }

    @Override
    public void onExecutionReport(final ExecutionReport report, final SignalSink sink) {
        // holds no orders
    }

    @Override
    public void onTimer(final long nowNs, final SignalSink sink) {
        // never asks for one
    }

    @Override
    public long nextTimerNs() {
        return Long.MAX_VALUE;
    }
}
