package io.hftengine.pipeline.marketdata;

import org.agrona.DirectBuffer;

/** Receives one datagram from a {@link PacketSource}. */
@FunctionalInterface
public interface PacketHandler {
    /**
     * One datagram; the bytes are valid only during the call.
     *
     * @param buffer holds the datagram (a MoldUDP64 packet)
     * @param offset its start
     * @param length its length
     */
    void onPacket(DirectBuffer buffer, int offset, int length);
}
