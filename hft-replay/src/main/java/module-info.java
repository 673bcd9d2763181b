/**
 * Memory-mapped pcap recording and playback with a virtual clock for deterministic replay.
 *
 * <p>{@code io.hftengine.replay.pcap} reads classic pcap and pcapng captures and writes classic
 * nanosecond pcap; {@code io.hftengine.replay} holds the virtual clock, the playback pacer and the
 * deterministic-replay design (see that package's documentation).
 */
module io.hftengine.replay {
    requires transitive io.hftengine.types;
    requires transitive org.agrona;
    requires transitive io.hftengine.protocol;

    exports io.hftengine.replay;
    exports io.hftengine.replay.pcap;
}
