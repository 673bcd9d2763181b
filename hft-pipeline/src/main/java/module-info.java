/**
 * Market data, strategy, risk and gateway stages, their messages and their assembly in any thread
 * layout.
 *
 * <p>API packages: {@code io.hftengine.pipeline} (builder, pipeline, configs, rings, counters,
 * quiescence), {@code .message}, {@code .strategy}, {@code .risk}, {@code .gateway},
 * {@code .marketdata}, {@code .journal}, {@code .recovery}.
 */
module io.hftengine.pipeline {
    requires transitive io.hftengine.types;
    requires transitive io.hftengine.spsc;
    requires transitive io.hftengine.metrics;
    requires transitive io.hftengine.affinity;
    requires transitive io.hftengine.protocol;
    requires transitive io.hftengine.orderbook;
    requires transitive io.hftengine.replay;
    requires transitive org.agrona;

    exports io.hftengine.pipeline;
    exports io.hftengine.pipeline.message;
    exports io.hftengine.pipeline.strategy;
    exports io.hftengine.pipeline.risk;
    exports io.hftengine.pipeline.gateway;
    exports io.hftengine.pipeline.marketdata;
    exports io.hftengine.pipeline.journal;
    exports io.hftengine.pipeline.recovery;
}
