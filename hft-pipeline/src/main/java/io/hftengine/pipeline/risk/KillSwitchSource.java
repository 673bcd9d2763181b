package io.hftengine.pipeline.risk;

/**
 * An external kill-switch request, e.g. the control word of the hft-metrics shared-memory file
 * that the monitor or the CLI sets. Polled by the risk stage off the per-order path (every few
 * duty cycles); must be cheap, non-blocking and allocation-free.
 */
@FunctionalInterface
public interface KillSwitchSource {
    /** A source that never requests anything. */
    KillSwitchSource NONE = () -> false;

    /**
     * Returns whether someone outside the engine asked for the kill switch.
     *
     * @return whether someone outside the engine asked for the kill switch
     */
    boolean killSwitchRequested();
}
