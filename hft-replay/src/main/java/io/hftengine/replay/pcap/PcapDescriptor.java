package io.hftengine.replay.pcap;

/**
 * Layout of a classic (libpcap) capture file: one global header, then records.
 *
 * <pre>
 *   Global header (24 bytes, in the writer's byte order, told apart by the magic)
 *    0                   1                   2                   3
 *    0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 *   +---------------------------------------------------------------+
 *   |  magic: a1b2c3d4 (us) or a1b23c4d (ns); byte-swapped if foreign |  0
 *   +-------------------------------+-------------------------------+
 *   |        version major (2)      |        version minor (4)      |  4
 *   +-------------------------------+-------------------------------+
 *   |                      thiszone (0)                             |  8
 *   |                      sigfigs (0)                              | 12
 *   |                      snaplen                                  | 16
 *   |                      link type (1 = Ethernet)                 | 20
 *   +---------------------------------------------------------------+
 *   Record header (16 bytes), followed by incl_len bytes of frame
 *   |                      ts seconds                               |  0
 *   |                      ts fraction (us or ns, per the magic)    |  4
 *   |                      incl_len (bytes captured)                |  8
 *   |                      orig_len (bytes on the wire)             | 12
 *   +---------------------------------------------------------------+
 * </pre>
 *
 * <p>Crash safety of our writer rests on the last two fields: it writes the frame, then the
 * timestamp, then {@code incl_len} and {@code orig_len} together in one 8-byte store. A record
 * header whose two length fields are both zero is therefore "not yet written" and marks the end
 * of a recording that was never closed.
 */
public final class PcapDescriptor {
    /** Magic of a microsecond-resolution file, as read in the writer's own byte order. */
    public static final int MAGIC_MICROS = 0xA1B2C3D4;
    /** Magic of a nanosecond-resolution file, as read in the writer's own byte order. */
    public static final int MAGIC_NANOS = 0xA1B23C4D;
    /** Length of the global header in bytes. */
    public static final int GLOBAL_HEADER_LENGTH = 24;
    /** Offset of the major version (2 bytes). */
    public static final int VERSION_MAJOR_OFFSET = 4;
    /** Offset of the minor version (2 bytes). */
    public static final int VERSION_MINOR_OFFSET = 6;
    /** Offset of the snapshot length. */
    public static final int SNAPLEN_OFFSET = 16;
    /** Offset of the link type; its upper 16 bits may carry FCS flags and are ignored. */
    public static final int LINK_TYPE_OFFSET = 20;
    /** Length of a record header in bytes. */
    public static final int RECORD_HEADER_LENGTH = 16;
    /** Offset of the timestamp seconds in a record header. */
    public static final int TS_SECONDS_OFFSET = 0;
    /** Offset of the timestamp fraction in a record header. */
    public static final int TS_FRACTION_OFFSET = 4;
    /** Offset of the captured length in a record header. */
    public static final int INCL_LEN_OFFSET = 8;
    /** Offset of the original length in a record header. */
    public static final int ORIG_LEN_OFFSET = 12;
    /** Link type of Ethernet II frames. */
    public static final int LINKTYPE_ETHERNET = 1;
    /** Link type of raw IPv4/IPv6 packets with no link header. */
    public static final int LINKTYPE_RAW = 101;
    /** Link type of Linux "cooked" captures ({@code tcpdump -i any}), 16-byte header. */
    public static final int LINKTYPE_LINUX_SLL = 113;
    /** Link type of Linux cooked captures v2 ({@code tcpdump -i any}, libpcap 1.10+), 20-byte header. */
    public static final int LINKTYPE_LINUX_SLL2 = 276;
    /** Link type of BSD loopback captures (macOS {@code lo0}): address family in host byte order. */
    public static final int LINKTYPE_NULL = 0;
    /** Link type of OpenBSD loopback captures: address family in network byte order. */
    public static final int LINKTYPE_LOOP = 108;
    /** Link type of raw IPv4 packets with no link header. */
    public static final int LINKTYPE_IPV4 = 228;
    /**
     * DLT_RAW as most platforms number it: raw IP, found in files that older libpcap and other
     * writers labelled with the platform value instead of {@link #LINKTYPE_RAW}; Wireshark reads it
     * as raw IP.
     */
    public static final int DLT_RAW = 12;
    /** DLT_RAW as OpenBSD and BSD/OS number it, found in files the same way as {@link #DLT_RAW}. */
    public static final int DLT_RAW_OPENBSD = 14;
    /** Snapshot length our writer declares: the largest UDP datagram fits whole. */
    public static final int WRITER_SNAPLEN = 262_144;

    private PcapDescriptor() {
    }
}
