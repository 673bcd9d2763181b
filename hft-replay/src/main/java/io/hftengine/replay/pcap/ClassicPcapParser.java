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
            return end(CaptureEnd.UNWRITTEN_TAIL);
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
}
