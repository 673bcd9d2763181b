package io.hftengine.replay.pcap;

import static io.hftengine.replay.pcap.PcapngDescriptor.*;

import java.nio.ByteOrder;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Reads the blocks of a pcapng file: sections (each in its own byte order), interface
 * descriptions (link type, timestamp resolution and offset) and enhanced packet blocks. Other
 * blocks (name resolution, statistics, custom) carry no packets and are stepped over.
 */
final class PcapngParser extends CaptureParser {
    /** More interfaces than this in one section are counted as malformed. */
    static final int MAX_INTERFACES = 256;
    private static final int MAX_BLOCK_LENGTH = MAX_CAPTURED_LENGTH + 4096;
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
            return endInShortTail(remaining);
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
            return end(CaptureEnd.UNWRITTEN_TAIL);
        }
        if (length < MIN_BLOCK_LENGTH || (length & 3) != 0 || length > MAX_BLOCK_LENGTH) {
            return endCorrupt();
        }
        if (window.available(position, length) < length) {
            return endTruncated();
        }
        index = window.map(position, length);
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
                readEnhancedPacket(buffer, index, length, handler);
                break;
            case SIMPLE_PACKET_BLOCK:
            case OBSOLETE_PACKET_BLOCK:
                skips.increment(SkipReason.UNSUPPORTED_BLOCK);
                break;
            default:
                break;
        }
        return true;
    }

    private void describeInterface(final UnsafeBuffer buffer, final int index, final int length) {
        if (length < IDB_MIN_LENGTH || interfaceCount == MAX_INTERFACES) {
            skips.increment(SkipReason.MALFORMED_BLOCK);
            return;
        }
        final int id = interfaceCount++;
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

    private void readEnhancedPacket(
        final UnsafeBuffer buffer, final int index, final int length, final PacketHandler handler) {
        if (length < EPB_MIN_LENGTH) {
            skips.increment(SkipReason.MALFORMED_BLOCK);
            return;
        }
        final int id = buffer.getInt(index + EPB_INTERFACE_ID_OFFSET, order);
        final int capturedLength = buffer.getInt(index + EPB_CAPTURED_LENGTH_OFFSET, order);
        if (id < 0 || id >= interfaceCount || capturedLength < 0 || capturedLength > length - EPB_MIN_LENGTH) {
            skips.increment(SkipReason.MALFORMED_BLOCK);
            return;
        }
        final long timestamp = ((long) buffer.getInt(index + EPB_TIMESTAMP_HIGH_OFFSET, order) << 32)
            | Integer.toUnsignedLong(buffer.getInt(index + EPB_TIMESTAMP_LOW_OFFSET, order));
        deliver(PcapngTimestamps.toEpochNanos(timestamp, resolutions[id], offsetSeconds[id]),
            buffer, index + EPB_DATA_OFFSET, capturedLength, linkTypes[id], handler);
    }
}
