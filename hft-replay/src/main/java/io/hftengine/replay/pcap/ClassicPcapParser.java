package io.hftengine.replay.pcap;

import static io.hftengine.replay.pcap.PcapDescriptor.*;

import java.nio.ByteOrder;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Reads the records of a classic pcap file in either byte order and either resolution.
 */
final class ClassicPcapParser extends CaptureParser {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private final ByteOrder order;
    private final int fractionToNanos;
    private final int linkType;

    ClassicPcapParser(
        final CaptureWindow window, final SkipCounters skips, final ByteOrder order, final boolean nanos,
        final int linkType) {
        super(window, skips, GLOBAL_HEADER_LENGTH);
        this.order = order;
        this.fractionToNanos = nanos ? 1 : 1000;
        this.linkType = linkType;
    }

    @Override
    boolean readNext(final PacketHandler handler) {
        if (end != CaptureEnd.NOT_REACHED) {
            return false;
        }
        final long remaining = window.available(position, RECORD_HEADER_LENGTH);
        if (remaining == 0) {
            return endOfData();
        }
        if (remaining < RECORD_HEADER_LENGTH) {
            return endInShortTail(remaining);
        }
        final UnsafeBuffer buffer = window.buffer();
        int index = window.map(position, RECORD_HEADER_LENGTH);
        final int capturedLength = buffer.getInt(index + INCL_LEN_OFFSET, order);
        if (capturedLength == 0 && buffer.getInt(index + ORIG_LEN_OFFSET, order) == 0) {
            // A writer killed mid-record leaves that record's frame after its zero header, then
            // zeros; anything further on means records follow a damaged header.
            return endAtZeroHeader(position + RECORD_HEADER_LENGTH + unwrittenFrameLength());
        }
        if (capturedLength < 0 || capturedLength > MAX_CAPTURED_LENGTH) {
            return endCorrupt();
        }
        final int recordLength = RECORD_HEADER_LENGTH + capturedLength;
        if (window.available(position, recordLength) < recordLength) {
            return endTruncated();
        }
        index = window.map(position, recordLength);
        final long seconds = Integer.toUnsignedLong(buffer.getInt(index + TS_SECONDS_OFFSET, order));
        final long fraction = Integer.toUnsignedLong(buffer.getInt(index + TS_FRACTION_OFFSET, order));
        position += recordLength;
        deliver(seconds * NANOS_PER_SECOND + fraction * fractionToNanos,
            buffer, index + RECORD_HEADER_LENGTH, capturedLength, linkType, handler);
        return true;
    }

    /**
     * How far the frame of a record with a zero header may reach. Our writer writes a record's
     * frame (Ethernet and IPv4, whose total length says how long) before its header, so a writer
     * killed mid-record leaves at most that frame; killed while it wrote the frame's headers, at
     * most those (the total length may not be there yet).
     */
    private int unwrittenFrameLength() {
        final long frame = position + RECORD_HEADER_LENGTH;
        final int ipTotalLengthAt = FrameDescriptor.ETHERNET_HEADER_LENGTH + FrameDescriptor.IPV4_TOTAL_LENGTH_OFFSET;
        if (linkType == LINKTYPE_ETHERNET && window.available(frame, ipTotalLengthAt + 2) >= ipTotalLengthAt + 2) {
            final int index = window.map(frame, ipTotalLengthAt + 2);
            final int ipTotalLength = window.buffer().getShort(index + ipTotalLengthAt, ByteOrder.BIG_ENDIAN) & 0xFFFF;
            if (ipTotalLength >= FrameDescriptor.IPV4_HEADER_LENGTH) {
                return FrameDescriptor.ETHERNET_HEADER_LENGTH + ipTotalLength;
            }
        }
        return FrameDescriptor.WRITER_HEADERS_LENGTH;
    }
}
