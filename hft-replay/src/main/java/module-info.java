/**
 * Memory-mapped pcap recording and playback with a virtual clock for deterministic replay.
 */
module io.hftengine.replay {
    requires transitive io.hftengine.types;
    requires io.hftengine.protocol;

}
