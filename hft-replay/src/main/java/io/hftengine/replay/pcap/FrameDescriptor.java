package io.hftengine.replay.pcap;

/**
 * Offsets of the Ethernet II, 802.1Q, IPv4 and UDP headers, all big-endian on the wire.
 *
 * <pre>
 *   Ethernet: dst MAC (6) | src MAC (6) | EtherType (2)              = 14 bytes
 *   802.1Q  : ... src MAC | 0x8100 | TCI (2) | EtherType (2)         = +4 per tag (0x88A8 outer)
 *   IPv4    : ver/IHL | DSCP | total len (2) | id (2) | flags/frag (2) | TTL | proto | cksum (2)
 *             | src (4) at 12 | dst (4) at 16                         = 20 bytes without options
 *   UDP     : src port (2) | dst port (2) | length (2) | cksum (2)    = 8 bytes
 * </pre>
 */
public final class FrameDescriptor {
    /** Length of an untagged Ethernet II header. */
    public static final int ETHERNET_HEADER_LENGTH = 14;
    /** Offset of the EtherType in an untagged Ethernet header. */
    public static final int ETHER_TYPE_OFFSET = 12;
    /** Length of one 802.1Q/802.1ad tag. */
    public static final int VLAN_TAG_LENGTH = 4;
    /** EtherType of IPv4. */
    public static final int ETHER_TYPE_IPV4 = 0x0800;
    /** EtherType of an 802.1Q customer VLAN tag. */
    public static final int ETHER_TYPE_VLAN = 0x8100;
    /** EtherType of an 802.1ad service VLAN tag (QinQ outer tag). */
    public static final int ETHER_TYPE_QINQ = 0x88A8;
    /** EtherType of the pre-802.1ad QinQ outer tag some switches still send (Wireshark's default). */
    public static final int ETHER_TYPE_QINQ_LEGACY = 0x9100;
    /**
     * EtherType of Arista's vendor header (tap aggregation timestamping on 7150/7280 switches):
     * inserted after the source MAC, before any VLAN tag; subtype (2), version (2), a timestamp of
     * 8 or 6 bytes, then the frame's own EtherType.
     */
    public static final int ETHER_TYPE_ARISTA = 0xD28B;
    /** Arista header subtype of a timestamp. */
    public static final int ARISTA_SUBTYPE_TIMESTAMP = 0x0001;
    /** Length of the Arista header's subtype and version fields, before the timestamp. */
    public static final int ARISTA_FIXED_LENGTH = 4;
    /** Length of an IPv4 header without options. */
    public static final int IPV4_HEADER_LENGTH = 20;
    /** Offset of the IPv4 total length. */
    public static final int IPV4_TOTAL_LENGTH_OFFSET = 2;
    /** Offset of the IPv4 identification. */
    public static final int IPV4_ID_OFFSET = 4;
    /** Offset of the IPv4 flags and fragment offset. */
    public static final int IPV4_FRAGMENT_OFFSET = 6;
    /** Offset of the IPv4 time to live. */
    public static final int IPV4_TTL_OFFSET = 8;
    /** Offset of the IPv4 protocol number. */
    public static final int IPV4_PROTOCOL_OFFSET = 9;
    /** Offset of the IPv4 header checksum. */
    public static final int IPV4_CHECKSUM_OFFSET = 10;
    /** Offset of the IPv4 source address. */
    public static final int IPV4_SRC_OFFSET = 12;
    /** Offset of the IPv4 destination address. */
    public static final int IPV4_DST_OFFSET = 16;
    /** IPv4 "more fragments" flag within the flags/fragment-offset field. */
    public static final int IPV4_MORE_FRAGMENTS = 0x2000;
    /** IPv4 fragment offset mask within the flags/fragment-offset field. */
    public static final int IPV4_FRAGMENT_OFFSET_MASK = 0x1FFF;
    /** IP protocol number of UDP. */
    public static final int PROTOCOL_UDP = 17;
    /** Length of a UDP header. */
    public static final int UDP_HEADER_LENGTH = 8;
    /** Offset of the UDP destination port. */
    public static final int UDP_DST_PORT_OFFSET = 2;
    /** Offset of the UDP length (header plus payload). */
    public static final int UDP_LENGTH_OFFSET = 4;
    /** Offset of the UDP checksum. */
    public static final int UDP_CHECKSUM_OFFSET = 6;
    /** Length of the Linux cooked-capture (SLL) header; its protocol field sits at 14. */
    public static final int LINUX_SLL_HEADER_LENGTH = 16;
    /** Offset of the protocol (EtherType) field in a Linux cooked-capture header. */
    public static final int LINUX_SLL_PROTOCOL_OFFSET = 14;
    /**
     * Length of the Linux cooked-capture v2 (SLL2) header, what {@code tcpdump -i any} writes
     * since libpcap 1.10; its protocol field comes first.
     */
    public static final int LINUX_SLL2_HEADER_LENGTH = 20;
    /** Offset of the protocol (EtherType) field in a Linux cooked-capture v2 header. */
    public static final int LINUX_SLL2_PROTOCOL_OFFSET = 0;
    /** Length of the BSD loopback header (NULL and LOOP link types): a 4-byte address family. */
    public static final int LOOPBACK_HEADER_LENGTH = 4;
    /** BSD {@code AF_INET}, the same value on every platform. */
    public static final int AF_INET = 2;
    /** Bytes of headers our writer puts in front of every payload: Ethernet, IPv4, UDP. */
    public static final int WRITER_HEADERS_LENGTH = ETHERNET_HEADER_LENGTH + IPV4_HEADER_LENGTH + UDP_HEADER_LENGTH;
    /** Largest UDP payload an IPv4 datagram can carry. */
    public static final int MAX_UDP_PAYLOAD = 65_535 - IPV4_HEADER_LENGTH - UDP_HEADER_LENGTH;

    private FrameDescriptor() {
    }
}
