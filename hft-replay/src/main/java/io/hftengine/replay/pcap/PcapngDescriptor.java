package io.hftengine.replay.pcap;

/**
 * Layout of a pcapng capture (the default of dumpcap and tshark): a sequence of blocks.
 *
 * <pre>
 *   Every block
 *   +---------------------------------------------------------------+
 *   |                      block type                               |  0
 *   |                      block total length (multiple of 4)       |  4
 *   |                      body ...                                 |  8
 *   |                      block total length (repeated)            | len-4
 *   +---------------------------------------------------------------+
 *   Section header (type 0x0A0D0D0A) body: byte-order magic 0x1A2B3C4D at 8, major/minor at 12,
 *     section length (8) at 16, options from 24. The magic fixes the byte order of the section.
 *   Interface description (type 1) body: link type (2) at 8, reserved (2), snaplen at 12,
 *     options from 16 (if_tsresol = 9, one byte; if_tsoffset = 14, eight bytes).
 *   Enhanced packet (type 6) body: interface id at 8, timestamp high at 12, low at 16,
 *     captured length at 20, original length at 24, packet data from 28 (padded to 4), options
 *     (epb_flags = 2, four bytes).
 * </pre>
 */
public final class PcapngDescriptor {
    /** Block type of a section header block; a palindrome, so readable in either byte order. */
    public static final int SECTION_HEADER_BLOCK = 0x0A0D0D0A;
    /** Block type of an interface description block. */
    public static final int INTERFACE_DESCRIPTION_BLOCK = 1;
    /** Block type of the obsolete packet block (no longer written by any current tool). */
    public static final int OBSOLETE_PACKET_BLOCK = 2;
    /** Block type of a simple packet block (no timestamp, no interface id). */
    public static final int SIMPLE_PACKET_BLOCK = 3;
    /** Block type of an enhanced packet block. */
    public static final int ENHANCED_PACKET_BLOCK = 6;
    /** Byte-order magic of a section header, as read in the section's own byte order. */
    public static final int BYTE_ORDER_MAGIC = 0x1A2B3C4D;
    /** Offset of the block type. */
    public static final int BLOCK_TYPE_OFFSET = 0;
    /** Offset of the block total length. */
    public static final int BLOCK_LENGTH_OFFSET = 4;
    /** Smallest legal block: type, length, trailing length. */
    public static final int MIN_BLOCK_LENGTH = 12;
    /** Offset of the byte-order magic in a section header. */
    public static final int SHB_BYTE_ORDER_OFFSET = 8;
    /** Length of a section header without options. */
    public static final int SHB_MIN_LENGTH = 28;
    /** Offset of the link type in an interface description block. */
    public static final int IDB_LINK_TYPE_OFFSET = 8;
    /** Offset of the first option in an interface description block. */
    public static final int IDB_OPTIONS_OFFSET = 16;
    /** Length of an interface description block without options. */
    public static final int IDB_MIN_LENGTH = 20;
    /** Option code of the timestamp resolution (one byte). */
    public static final int OPTION_IF_TSRESOL = 9;
    /** Option code of the timestamp offset in seconds (eight bytes). */
    public static final int OPTION_IF_TSOFFSET = 14;
    /** Option code that ends an option list. */
    public static final int OPTION_END = 0;
    /** Option code of a packet block's flags word (four bytes: direction, reception type, FCS length, errors). */
    public static final int OPTION_EPB_FLAGS = 2;
    /**
     * The link-layer error bits of {@code epb_flags} (16 to 31: CRC, symbol, preamble, start frame
     * delimiter, alignment, inter-frame gap, too short, too long).
     */
    public static final int EPB_FLAGS_LINK_ERRORS = 0xFFFF_0000;
    /** Offset of the interface id in an enhanced packet block. */
    public static final int EPB_INTERFACE_ID_OFFSET = 8;
    /** Offset of the upper 32 bits of the timestamp in an enhanced packet block. */
    public static final int EPB_TIMESTAMP_HIGH_OFFSET = 12;
    /** Offset of the lower 32 bits of the timestamp in an enhanced packet block. */
    public static final int EPB_TIMESTAMP_LOW_OFFSET = 16;
    /** Offset of the captured length in an enhanced packet block. */
    public static final int EPB_CAPTURED_LENGTH_OFFSET = 20;
    /** Offset of the packet data in an enhanced packet block. */
    public static final int EPB_DATA_OFFSET = 28;
    /** Length of an enhanced packet block without data or options. */
    public static final int EPB_MIN_LENGTH = 32;

    private PcapngDescriptor() {
    }
}
