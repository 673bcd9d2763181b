package io.hftengine.engine.feed;

import org.agrona.DirectBuffer;

/**
 * Receives finished MoldUDP64 packets from the feed: a UDP socket, a retransmission store, a
 * pcap recording or the pipeline itself, in process.
 */
@FunctionalInterface
public interface PacketSink {
    /**
     * Takes one packet. The buffer is reused after the call returns: copy what must be kept.
     *
     * @param buffer the packet's bytes
     * @param offset where the packet starts
     * @param length the packet's length in bytes
     * @param firstSequence the MoldUDP64 sequence number of its first message
     * @param messageCount how many messages it holds
     */
    void onPacket(DirectBuffer buffer, int offset, int length, long firstSequence, int messageCount);
}
