package io.hftengine.replay.pcap;

import static io.hftengine.replay.pcap.PcapngDescriptor.*;

import java.nio.ByteOrder;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Reads the blocks of a pcapng file: sections (each in its own byte order), interface
 * descriptions (link type, timestamp resolution and offset), enhanced and obsolete packet blocks
 * (one whose flags mark a link-layer error is counted, not replayed).
 * Simple packet blocks carry no timestamp and are counted, not replayed. Other blocks (name
 * resolution, statistics, custom) carry no packets and are stepped over. Every block's trailing
 * length must repeat its leading one, or the file is corrupt from there. Nothing here writes
 * pcapng, so a file that ends inside a block is truncated, and zeros where a block should be are
 * the end only when nothing but zeros follows.
 */
final class PcapngParser extends CaptureParser {
    /** More interfaces than this in one section are counted as malformed. */
    static final int MAX_INTERFACES = 256;
    private static final int MAX_BLOCK_LENGTH = MAX_CAPTURED_LENGTH + 4096;
    /** Link type of an interface whose description was malformed: its packets are not decoded. */
    private static final int UNUSABLE_INTERFACE = -1;
    /** In an obsolete packet block the interface id is 16 bits, followed by a 16-bit drops count. */
    private static final int OPB_INTERFACE_ID_OFFSET = 8;
    private final int[] linkTypes = new int[MAX_INTERFACES];
    private final int[] resolutions = new int[MAX_INTERFACES];
    private final long[] offsetSeconds = new long[MAX_INTERFACES];
    private int interfaceCount;
    private ByteOrder order = ByteOrder.LITTLE_ENDIAN;

    PcapngParser(final CaptureWindow window, final SkipCounters skips) {
        super(window, skips, 0);
    }

    @Override
    boolean readNext(final PacketHandler handler) {
        if (end != CaptureEnd.NOT_REACHED) {
            return false;
        }
        final long remaining = window.available(position, MIN_BLOCK_LENGTH);
        if (remaining == 0) {
            return endOfData();
        }
        if (remaining < MIN_BLOCK_LENGTH) {
            return endTruncated();
        }
        final UnsafeBuffer buffer = window.buffer();
        int index = window.map(position, MIN_BLOCK_LENGTH);
        final int type = buffer.getInt(index + BLOCK_TYPE_OFFSET, order);
        if (type == SECTION_HEADER_BLOCK) {
            final int magic = buffer.getInt(index + SHB_BYTE_ORDER_OFFSET, ByteOrder.LITTLE_ENDIAN);
            if (magic == BYTE_ORDER_MAGIC) {
                order = ByteOrder.LITTLE_ENDIAN;
            } else if (magic == Integer.reverseBytes(BYTE_ORDER_MAGIC)) {
                order = ByteOrder.BIG_ENDIAN;
            } else {
                return endCorrupt();
            }
        }
        final int length = buffer.getInt(index + BLOCK_LENGTH_OFFSET, order);
        if (type == 0 && length == 0) {
            return endAtZeroHeader(position);
        }
        if (length < MIN_BLOCK_LENGTH || (length & 3) != 0 || length > MAX_BLOCK_LENGTH) {
            return endCorrupt();
        }
        if (window.available(position, length) < length) {
            return endTruncated();
        }
        index = window.map(position, length);
        if (buffer.getInt(index + length - 4, order) != length) {
            // A damaged leading length would step over whole blocks unseen.
            return endCorrupt();
        }
        position += length;
        switch (type) {
            case SECTION_HEADER_BLOCK:
                interfaceCount = 0;
                if (length < SHB_MIN_LENGTH) {
                    skips.increment(SkipReason.MALFORMED_BLOCK);
                }
                break;
            case INTERFACE_DESCRIPTION_BLOCK:
                describeInterface(buffer, index, length);
                break;
            case ENHANCED_PACKET_BLOCK:
                readPacket(buffer, index, length, buffer.getInt(index + EPB_INTERFACE_ID_OFFSET, order), handler);
                break;
            case OBSOLETE_PACKET_BLOCK:
                // Laid out as an enhanced packet block but for its 16-bit interface id.
                readPacket(buffer, index, length, buffer.getShort(index + OPB_INTERFACE_ID_OFFSET, order) & 0xFFFF,
                    handler);
                break;
            case SIMPLE_PACKET_BLOCK:
                skips.increment(SkipReason.UNSUPPORTED_BLOCK);
                break;
            default:
                break;
        }
        return true;
    }

    private void describeInterface(final UnsafeBuffer buffer, final int index, final int length) {
        if (interfaceCount == MAX_INTERFACES) {
            skips.increment(SkipReason.MALFORMED_BLOCK);
            return;
        }
        final int id = interfaceCount++;
        if (length < IDB_MIN_LENGTH) {
            // It still takes its id, so the interfaces described after it keep theirs.
            skips.increment(SkipReason.MALFORMED_BLOCK);
            linkTypes[id] = UNUSABLE_INTERFACE;
            return;
        }
        linkTypes[id] = buffer.getShort(index + IDB_LINK_TYPE_OFFSET, order) & 0xFFFF;
        resolutions[id] = PcapngTimestamps.DEFAULT_RESOLUTION;
        offsetSeconds[id] = 0;
        final int optionsEnd = index + length - 4;
        int option = index + IDB_OPTIONS_OFFSET;
        while (option + 4 <= optionsEnd) {
            final int code = buffer.getShort(option, order) & 0xFFFF;
            final int valueLength = buffer.getShort(option + 2, order) & 0xFFFF;
            final int value = option + 4;
            if (code == OPTION_END || value + valueLength > optionsEnd) {
                break;
            }
            if (code == OPTION_IF_TSRESOL && valueLength >= 1) {
                resolutions[id] = buffer.getByte(value) & 0xFF;
            } else if (code == OPTION_IF_TSOFFSET && valueLength >= 8) {
                offsetSeconds[id] = buffer.getLong(value, order);
            }
            option = value + ((valueLength + 3) & ~3);
        }
    }

    /**
     * Tells whether the packet's options hold an {@code epb_flags} (in an obsolete packet block,
     * {@code pack_flags}, the same word) with a link-layer error bit set: a frame a capture device
     * kept although its CRC or symbols were bad, which a receiver would have dropped.
     */
    private boolean hasLinkLayerError(final UnsafeBuffer buffer, final int optionsStart, final int optionsEnd) {
        int option = optionsStart;
        while (option + 4 <= optionsEnd) {
            final int code = buffer.getShort(option, order) & 0xFFFF;
            final int valueLength = buffer.getShort(option + 2, order) & 0xFFFF;
            final int value = option + 4;
            if (code == OPTION_END || value + valueLength > optionsEnd) {
                return false;
            }
            if (code == OPTION_EPB_FLAGS && valueLength == 4) {
                return (buffer.getInt(value, order) & EPB_FLAGS_LINK_ERRORS) != 0;
            }
            option = value + ((valueLength + 3) & ~3);
        }
        return false;
    }

    /** An enhanced or obsolete packet block, whose interface id the caller read. */
    private void readPacket(
        final UnsafeBuffer buffer, final int index, final int length, final int id, final PacketHandler handler) {
        if (length < EPB_MIN_LENGTH) {
            skips.increment(SkipReason.MALFORMED_BLOCK);
            return;
        }
        final int capturedLength = buffer.getInt(index + EPB_CAPTURED_LENGTH_OFFSET, order);
        if (id < 0 || id >= interfaceCount || linkTypes[id] == UNUSABLE_INTERFACE || capturedLength < 0
            || capturedLength > length - EPB_MIN_LENGTH) {
            skips.increment(SkipReason.MALFORMED_BLOCK);
            return;
        }
        if (hasLinkLayerError(buffer, index + EPB_DATA_OFFSET + ((capturedLength + 3) & ~3), index + length - 4)) {
            skips.increment(SkipReason.LINK_LAYER_ERROR);
            return;
        }
        final long timestamp = ((long) buffer.getInt(index + EPB_TIMESTAMP_HIGH_OFFSET, order) << 32)
            | Integer.toUnsignedLong(buffer.getInt(index + EPB_TIMESTAMP_LOW_OFFSET, order));
        deliver(PcapngTimestamps.toEpochNanos(timestamp, resolutions[id], offsetSeconds[id]),
            buffer, index + EPB_DATA_OFFSET, capturedLength, linkTypes[id], handler);
    }
}
