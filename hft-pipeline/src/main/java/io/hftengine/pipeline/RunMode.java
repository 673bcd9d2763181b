package io.hftengine.pipeline;

/** Whether the pipeline runs for latency or for determinism. */
public enum RunMode {
    /** Every stage runs flat out; no waiting between packets. */
    LIVE,
    /**
     * Byte-identical order streams in every layout and at every speed: the market data stage
     * takes a packet only when the pipeline is quiescent, the strategy handles one event at a time
     * once everything downstream has settled, and risk handles venue reports only when no signal
     * is waiting (see {@link Quiescence}). Use with a virtual clock and the simulated exchange.
     */
    REPLAY
}
