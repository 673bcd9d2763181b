package io.hftengine.replay.pcap;

import org.agrona.DirectBuffer;

/**
 * What the classic and pcapng parsers share: the mapped window, the frame decoder, the position
 * of the next record, how reading ended, and the counts. Single-threaded, allocation-free per record.
 */
abstract class CaptureParser {
    /** No captured frame longer than this is believed: beyond it a length field is garbage. */
    static final int MAX_CAPTURED_LENGTH = 1 << 24;

    final CaptureWindow window;
    final SkipCounters skips;
    private final FrameDecoder decoder = new FrameDecoder();
    long position;
    long delivered;
    CaptureEnd end = CaptureEnd.NOT_REACHED;

    CaptureParser(final CaptureWindow window, final SkipCounters skips, final long firstRecord) {
        this.window = window;
        this.skips = skips;
        this.position = firstRecord;
    }

    /**
     * Reads the record at {@link #position}: delivers it, counts it as skipped, or ends reading.
     *
     * @return false when there is no record to read (see {@link #end})
     */
    abstract boolean readNext(PacketHandler handler);

    final void deliver(
        final long epochNanos, final DirectBuffer buffer, final int offset, final int length, final int linkType,
        final PacketHandler handler) {
        final FrameDecoder frame = decoder;
        final SkipReason skip = frame.decode(buffer, offset, length, linkType);
        if (skip != null) {
            skips.increment(skip);
            return;
        }
        delivered++;
        handler.onPacket(epochNanos, buffer, frame.payloadOffset, frame.payloadLength,
            frame.srcIp, frame.srcPort, frame.dstIp, frame.dstPort);
    }

    /** Ends reading at a tail of {@code remaining} bytes too short for a header. */
    final boolean endInShortTail(final long remaining) {
        final int index = window.map(position, (int) remaining);
        for (int i = 0; i < remaining; i++) {
            if (window.buffer().getByte(index + i) != 0) {
                return endTruncated();
            }
        }
        return end(CaptureEnd.UNWRITTEN_TAIL);
    }

    /** Ends reading where the data ends between records: complete, unless the stream was cut. */
    final boolean endOfData() {
        return window.cutShort() ? endTruncated() : end(CaptureEnd.COMPLETE);
    }

    final boolean endTruncated() {
        skips.increment(SkipReason.TRUNCATED_RECORD);
        return end(CaptureEnd.TRUNCATED);
    }

    final boolean endCorrupt() {
        skips.increment(SkipReason.CORRUPT_RECORD);
        return end(CaptureEnd.CORRUPT);
    }

    final boolean end(final CaptureEnd how) {
        end = how;
        return false;
    }
}
