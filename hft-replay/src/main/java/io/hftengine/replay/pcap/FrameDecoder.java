package io.hftengine.replay.pcap;

import static io.hftengine.replay.pcap.FrameDescriptor.*;

import java.nio.ByteOrder;
import org.agrona.DirectBuffer;

/**
 * Finds the UDP payload in one captured frame: Ethernet (with up to two VLAN tags, 802.1Q, 802.1ad
 * or the legacy 0x9100 outer tag, after an Arista timestamp header if a tap aggregator added one), raw IP (link types 101 and 228, and 12 and 14, the platform
 * DLT_RAW values some files carry), Linux cooked capture (v1 and v2, what {@code tcpdump -i any}
 * writes, with the VLAN tags libpcap inserts at v1's protocol field, or a tag left in the payload)
 * or BSD loopback, then IPv4 and UDP. Reusable, single-threaded, allocation-free; results are
 * in its fields until the next call.
 */
final class FrameDecoder {
    private static final int MAX_VLAN_TAGS = 2;
    private static final ByteOrder NETWORK = ByteOrder.BIG_ENDIAN;

    int srcIp;
    int dstIp;
    int srcPort;
    int dstPort;
    int payloadOffset;
    int payloadLength;

    /**
     * Decodes one frame.
     *
     * @return null when a UDP payload was found (fields set), else why the frame is skipped
     */
    SkipReason decode(final DirectBuffer buffer, final int offset, final int length, final int linkType) {
        final int etherType;
        switch (linkType) {
            case PcapDescriptor.LINKTYPE_ETHERNET:
                return decodeEthernet(buffer, offset, length);
            case PcapDescriptor.LINKTYPE_RAW:
            case PcapDescriptor.LINKTYPE_IPV4:
            case PcapDescriptor.DLT_RAW:
            case PcapDescriptor.DLT_RAW_OPENBSD:
                return decodeIpv4(buffer, offset, length);
            case PcapDescriptor.LINKTYPE_LINUX_SLL2:
                if (length < LINUX_SLL2_HEADER_LENGTH) {
                    return SkipReason.TRUNCATED_FRAME;
                }
                // libpcap inserts no VLAN tag into SLL2 (its protocol field leads the header), but
                // a tag the NIC did not strip is still there: protocol 0x8100, then the tag opens
                // the payload.
                etherType = buffer.getShort(offset + LINUX_SLL2_PROTOCOL_OFFSET, NETWORK) & 0xFFFF;
                return afterType(buffer, etherType, offset + LINUX_SLL2_HEADER_LENGTH, offset + length);
            case PcapDescriptor.LINKTYPE_NULL:
            case PcapDescriptor.LINKTYPE_LOOP:
                if (length < LOOPBACK_HEADER_LENGTH) {
                    return SkipReason.TRUNCATED_FRAME;
                }
                // NULL stores the family in the capturing host's byte order, LOOP in network
                // order; AF_INET is 2 everywhere, so either reading of it decides.
                final int family = buffer.getInt(offset, NETWORK);
                return family == AF_INET || Integer.reverseBytes(family) == AF_INET
                    ? decodeIpv4(buffer, offset + LOOPBACK_HEADER_LENGTH, length - LOOPBACK_HEADER_LENGTH)
                    : SkipReason.NOT_IPV4;
            case PcapDescriptor.LINKTYPE_LINUX_SLL:
                if (length < LINUX_SLL_HEADER_LENGTH) {
                    return SkipReason.TRUNCATED_FRAME;
                }
                // A tagged frame keeps its tags here: libpcap inserts them at the protocol field,
                // which then reads 0x8100 and the real EtherType follows the tag.
                return afterTags(buffer, offset + LINUX_SLL_PROTOCOL_OFFSET, offset + length);
            default:
                return SkipReason.UNSUPPORTED_LINK_TYPE;
        }
    }

    private SkipReason decodeEthernet(final DirectBuffer buffer, final int offset, final int length) {
        if (length < ETHERNET_HEADER_LENGTH) {
            return SkipReason.TRUNCATED_FRAME;
        }
        return afterTags(buffer, offset + ETHER_TYPE_OFFSET, offset + length);
    }

    /**
     * Reads the EtherType at {@code typeOffset} and decodes what follows it.
     *
     * @param end one past the frame
     */
    private SkipReason afterTags(final DirectBuffer buffer, final int typeOffset, final int end) {
        return afterType(buffer, buffer.getShort(typeOffset, NETWORK) & 0xFFFF, typeOffset + 2, end);
    }

    /**
     * Steps over up to two VLAN tags (each a TCI and the next EtherType, where the bytes described
     * by the EtherType before it begin) and decodes the IPv4 packet after the last EtherType.
     *
     * @param type the EtherType read
     * @param next where the bytes it describes begin
     * @param end  one past the frame
     */
    private SkipReason afterType(final DirectBuffer buffer, final int type, final int next, final int end) {
        int etherType = type;
        int at = next;
        if (etherType == ETHER_TYPE_ARISTA) {
            // A colocation capture through an Arista tap aggregator: the switch's own timestamp
            // sits before the frame's EtherType. Stepped over; the capture's time is kept.
            if (at + ARISTA_FIXED_LENGTH > end) {
                return SkipReason.TRUNCATED_FRAME;
            }
            final int timestampLength = aristaTimestampLength(buffer.getShort(at, NETWORK) & 0xFFFF,
                buffer.getShort(at + 2, NETWORK) & 0xFFFF);
            if (timestampLength < 0) {
                return SkipReason.NOT_IPV4;
            }
            at += ARISTA_FIXED_LENGTH + timestampLength;
            if (at + 2 > end) {
                return SkipReason.TRUNCATED_FRAME;
            }
            etherType = buffer.getShort(at, NETWORK) & 0xFFFF;
            at += 2;
        }
        for (int tags = 0; tags < MAX_VLAN_TAGS && isVlanTag(etherType); tags++) {
            if (at + VLAN_TAG_LENGTH > end) {
                return SkipReason.TRUNCATED_FRAME;
            }
            etherType = buffer.getShort(at + 2, NETWORK) & 0xFFFF;
            at += VLAN_TAG_LENGTH;
        }
        if (etherType != ETHER_TYPE_IPV4) {
            return SkipReason.NOT_IPV4;
        }
        return decodeIpv4(buffer, at, end - at);
    }

    /**
     * The timestamp length of an Arista header: 8 bytes (32-bit seconds, 32-bit nanoseconds) for
     * versions 0x10 and 0x11 (TAI, or UTC with 0x100 set), 6 bytes (16-bit seconds) for 0x20 and
     * 0x21; -1 for another subtype or version, whose length is unknown.
     */
    private static int aristaTimestampLength(final int subtype, final int version) {
        if (subtype != ARISTA_SUBTYPE_TIMESTAMP) {
            return -1;
        }
        switch (version & 0xFF) {
            case 0x10:
            case 0x11:
                return 8;
            case 0x20:
            case 0x21:
                return 6;
            default:
                return -1;
        }
    }

    private static boolean isVlanTag(final int etherType) {
        return etherType == ETHER_TYPE_VLAN || etherType == ETHER_TYPE_QINQ || etherType == ETHER_TYPE_QINQ_LEGACY;
    }

    private SkipReason decodeIpv4(final DirectBuffer buffer, final int offset, final int length) {
        if (length < 1) {
            return SkipReason.TRUNCATED_FRAME;
        }
        final int versionAndLength = buffer.getByte(offset) & 0xFF;
        if (versionAndLength >>> 4 != 4) {
            return SkipReason.NOT_IPV4;
        }
        final int headerLength = (versionAndLength & 0x0F) * 4;
        if (headerLength < IPV4_HEADER_LENGTH) {
            return SkipReason.MALFORMED_FRAME;
        }
        if (length < headerLength) {
            return SkipReason.TRUNCATED_FRAME;
        }
        final int totalLength = buffer.getShort(offset + IPV4_TOTAL_LENGTH_OFFSET, NETWORK) & 0xFFFF;
        if (totalLength < headerLength) {
            return SkipReason.MALFORMED_FRAME;
        }
        final int fragment = buffer.getShort(offset + IPV4_FRAGMENT_OFFSET, NETWORK);
        if ((fragment & (IPV4_MORE_FRAGMENTS | IPV4_FRAGMENT_OFFSET_MASK)) != 0) {
            return SkipReason.IP_FRAGMENT;
        }
        if ((buffer.getByte(offset + IPV4_PROTOCOL_OFFSET) & 0xFF) != PROTOCOL_UDP) {
            return SkipReason.NOT_UDP;
        }
        final int udpOffset = offset + headerLength;
        if (length < headerLength + UDP_HEADER_LENGTH) {
            return SkipReason.TRUNCATED_FRAME;
        }
        final int udpLength = buffer.getShort(udpOffset + UDP_LENGTH_OFFSET, NETWORK) & 0xFFFF;
        if (udpLength < UDP_HEADER_LENGTH || udpLength > totalLength - headerLength) {
            return SkipReason.MALFORMED_FRAME;
        }
        // Ethernet pads short frames to 60 bytes, so the UDP length, not the captured length, is the truth.
        if (udpLength > length - headerLength) {
            return SkipReason.TRUNCATED_FRAME;
        }
        srcIp = buffer.getInt(offset + IPV4_SRC_OFFSET, NETWORK);
        dstIp = buffer.getInt(offset + IPV4_DST_OFFSET, NETWORK);
        srcPort = buffer.getShort(udpOffset, NETWORK) & 0xFFFF;
        dstPort = buffer.getShort(udpOffset + UDP_DST_PORT_OFFSET, NETWORK) & 0xFFFF;
        payloadOffset = udpOffset + UDP_HEADER_LENGTH;
        payloadLength = udpLength - UDP_HEADER_LENGTH;
        return null;
    }
}
