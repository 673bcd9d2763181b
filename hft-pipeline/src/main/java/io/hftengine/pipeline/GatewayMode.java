package io.hftengine.pipeline;

/** How the gateway reaches the venue. */
public enum GatewayMode {
    /** One OUCH message per UDP datagram to the gateway address (the design's default). */
    UDP,
    /** A SoupBinTCP session to the gateway address (login, heartbeats, sequenced replies). */
    SOUP_TCP,
    /** The in-process simulated exchange (replay and benchmarks: deterministic, no sockets). */
    SIMULATED
}
