package io.hftengine.replay.pcap;

import org.agrona.DirectBuffer;

/**
 * Receives the UDP payloads of a capture, one call per datagram, in file order.
 *
 * <p>The buffer is a view of the memory-mapped file: it is valid only for the duration of the
 * call and must not be retained, written or read outside {@code [offset, offset + length)}.
 * Implementations run on the reader's thread; they should not allocate if the replay is to be
 * allocation-free.
 */
@FunctionalInterface
public interface PacketHandler {
    /**
     * Handles one UDP datagram.
     *
     * @param epochNanos receive time recorded in the capture, nanoseconds since the Unix epoch
     * @param buffer     view of the capture holding the payload
     * @param offset     index in {@code buffer} of the first payload byte
     * @param length     payload length in bytes, zero or more
     * @param srcIp      IPv4 source address, most significant byte first (10.0.0.1 = 0x0A000001)
     * @param srcPort    UDP source port, 0 to 65535
     * @param dstIp      IPv4 destination address, most significant byte first
     * @param dstPort    UDP destination port, 0 to 65535
     */
    void onPacket(
        long epochNanos, DirectBuffer buffer, int offset, int length, int srcIp, int srcPort, int dstIp, int dstPort);
}
