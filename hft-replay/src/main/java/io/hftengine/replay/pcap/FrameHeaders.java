package io.hftengine.replay.pcap;

import static io.hftengine.replay.pcap.FrameDescriptor.*;

import java.nio.ByteOrder;
import org.agrona.MutableDirectBuffer;

/**
 * Writes the Ethernet II, IPv4 and UDP headers in front of a UDP payload, as the writer records
 * them. Stateless, allocation-free.
 */
final class FrameHeaders {
    private static final ByteOrder NETWORK = ByteOrder.BIG_ENDIAN;
    private static final int IPV4_VERSION_IHL = 0x45;
    private static final int DONT_FRAGMENT = 0x4000;
    private static final int TTL = 64;

    private FrameHeaders() {
    }

    static void write(
        final MutableDirectBuffer buffer, final int frame, final int srcIp, final int srcPort, final int dstIp,
        final int dstPort, final int payloadLength, final int ipId) {
        writeMac(buffer, frame, dstIp);
        writeMac(buffer, frame + 6, srcIp);
        buffer.putShort(frame + ETHER_TYPE_OFFSET, (short) ETHER_TYPE_IPV4, NETWORK);

        final int ip = frame + ETHERNET_HEADER_LENGTH;
        final int totalLength = IPV4_HEADER_LENGTH + UDP_HEADER_LENGTH + payloadLength;
        final int id = ipId & 0xFFFF;
        final int ttlProtocol = TTL << 8 | PROTOCOL_UDP;
        buffer.putShort(ip, (short) (IPV4_VERSION_IHL << 8), NETWORK);
        buffer.putShort(ip + IPV4_TOTAL_LENGTH_OFFSET, (short) totalLength, NETWORK);
        buffer.putShort(ip + IPV4_ID_OFFSET, (short) id, NETWORK);
        buffer.putShort(ip + IPV4_FRAGMENT_OFFSET, (short) DONT_FRAGMENT, NETWORK);
        buffer.putShort(ip + IPV4_TTL_OFFSET, (short) ttlProtocol, NETWORK);
        buffer.putInt(ip + IPV4_SRC_OFFSET, srcIp, NETWORK);
        buffer.putInt(ip + IPV4_DST_OFFSET, dstIp, NETWORK);
        final int sum = (IPV4_VERSION_IHL << 8) + totalLength + id + DONT_FRAGMENT + ttlProtocol
            + (srcIp >>> 16) + (srcIp & 0xFFFF) + (dstIp >>> 16) + (dstIp & 0xFFFF);
        buffer.putShort(ip + IPV4_CHECKSUM_OFFSET, (short) ~foldOnesComplement(sum), NETWORK);

        final int udp = ip + IPV4_HEADER_LENGTH;
        buffer.putShort(udp, (short) srcPort, NETWORK);
        buffer.putShort(udp + UDP_DST_PORT_OFFSET, (short) dstPort, NETWORK);
        buffer.putShort(udp + UDP_LENGTH_OFFSET, (short) (UDP_HEADER_LENGTH + payloadLength), NETWORK);
        buffer.putShort(udp + UDP_CHECKSUM_OFFSET, (short) 0, NETWORK);
    }

    static int foldOnesComplement(final int sum) {
        int folded = (sum & 0xFFFF) + (sum >>> 16);
        folded = (folded & 0xFFFF) + (folded >>> 16);
        return folded & 0xFFFF;
    }

    private static void writeMac(final MutableDirectBuffer buffer, final int index, final int ip) {
        if (ip >>> 28 == 0xE) {
            // RFC 1112: IPv4 multicast maps to 01:00:5e plus the low 23 bits of the group address.
            buffer.putShort(index, (short) 0x0100, NETWORK);
            buffer.putInt(index + 2, 0x5E00_0000 | (ip & 0x007F_FFFF), NETWORK);
        } else {
            buffer.putShort(index, (short) 0x0200, NETWORK);
            buffer.putInt(index + 2, ip, NETWORK);
        }
    }
}
