/**
 * Market data, strategy, risk and gateway stages, their messages and their assembly in any thread layout.
 */
module io.hftengine.pipeline {
    requires transitive io.hftengine.types;
    requires io.hftengine.spsc;
    requires io.hftengine.metrics;
    requires io.hftengine.affinity;
    requires io.hftengine.protocol;
    requires io.hftengine.orderbook;
    requires io.hftengine.replay;

}
