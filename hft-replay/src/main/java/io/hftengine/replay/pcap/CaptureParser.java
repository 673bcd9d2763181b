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

    /**
     * Ends reading at an all-zero record or block header: an unwritten tail when nothing but zeros
     * follows from {@code dataFrom} on, else corrupt (counted): records after a zeroed header are
     * never dropped silently.
     *
     * @param dataFrom where non-zero bytes would mean records follow (a writer that died mid-record
     *     leaves that record's bytes before it)
     */
    final boolean endAtZeroHeader(final long dataFrom) {
        return nonZeroFrom(dataFrom) ? endCorrupt() : end(CaptureEnd.UNWRITTEN_TAIL);
    }

    private boolean nonZeroFrom(final long from) {
        final int chunk = 4096;
        for (long at = from; ; ) {
            final long available = window.available(at, chunk);
            if (available <= 0) {
                return false;
            }
            final int index = window.map(at, (int) available);
            for (int i = 0; i < available; i++) {
                if (window.buffer().getByte(index + i) != 0) {
                    return true;
                }
            }
            at += available;
        }
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
