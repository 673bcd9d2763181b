package io.hftengine.replay.pcap;

/**
 * Why the reader did not deliver a record: every record of a capture is either delivered to the
 * {@link PacketHandler} or counted under exactly one of these reasons, so nothing is lost silently.
 */
public enum SkipReason {
    /** The frame carries something other than IPv4 (ARP, IPv6, LLDP...). */
    NOT_IPV4,
    /** The IPv4 packet carries something other than UDP (TCP, ICMP, IGMP...). */
    NOT_UDP,
    /** The IPv4 packet is a fragment; fragments are not reassembled. */
    IP_FRAGMENT,
    /** The headers contradict themselves (IPv4 header length below 20, UDP length below 8...). */
    MALFORMED_FRAME,
    /** Fewer bytes were captured than the headers announce (snapshot length cut the frame). */
    TRUNCATED_FRAME,
    /**
     * The interface's link type is none of Ethernet, raw IP (101, 228, or the platform DLT_RAW
     * values 12 and 14), Linux cooked capture (v1, v2) or BSD loopback.
     */
    UNSUPPORTED_LINK_TYPE,
    /** A pcapng packet block the reader does not replay (a simple packet block: it has no timestamp). */
    UNSUPPORTED_BLOCK,
    /**
     * A pcapng block that is internally inconsistent, or a packet naming an interface never
     * described or described by a malformed block.
     */
    MALFORMED_BLOCK,
    /** The file ends inside the last record: that record is reported here, not delivered. */
    TRUNCATED_RECORD,
    /**
     * A record length is impossible, a pcapng block's trailing length disagrees with its leading
     * one, or records follow an all-zero header: the file is not read past it.
     */
    CORRUPT_RECORD,
    /**
     * The capture device marked the frame as received with a link-layer error (pcapng
     * {@code epb_flags} bits 16 to 31: bad CRC, symbol, preamble, runt or giant frame...): a
     * receiver's network card drops such a frame, so it is not replayed.
     */
    LINK_LAYER_ERROR
}
