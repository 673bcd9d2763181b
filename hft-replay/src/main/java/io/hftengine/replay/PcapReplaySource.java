package io.hftengine.replay;

import io.hftengine.replay.pcap.CaptureEnd;
import io.hftengine.replay.pcap.PacketHandler;
import io.hftengine.replay.pcap.PcapReader;
import java.io.IOException;

/**
 * A {@link ReplaySource} reading a classic pcap or pcapng capture through a {@link PcapReader}.
 */
public final class PcapReplaySource implements ReplaySource {
    private final PcapReader reader;

    /**
     * Wraps an open reader; closing the source closes the reader.
     *
     * @param reader the capture to play, not null
     */
    public PcapReplaySource(final PcapReader reader) {
        this.reader = reader;
    }

    /**
     * Returns the reader, for its skip counters and end state.
     *
     * @return the wrapped reader
     */
    public PcapReader reader() {
        return reader;
    }

    @Override
    public int poll(final PacketHandler handler, final int maxRecords) {
        return reader.poll(handler, maxRecords);
    }

    @Override
    public boolean isExhausted() {
        return reader.end() != CaptureEnd.NOT_REACHED;
    }

    @Override
    public double progress() {
        return reader.progress();
    }

    /**
     * {@inheritDoc}
     *
     * <p>Here: {@code capture_skipped_<reason>} for each {@link io.hftengine.replay.pcap.SkipReason}
     * counted, and, when reading stopped before the end of the file (damage or a cut,
     * {@link CaptureEnd#CORRUPT} or {@link CaptureEnd#TRUNCATED}), {@code capture_skipped_from_byte}:
     * the offset of the record it stopped at (in the inflated stream, for a gzipped capture),
     * nothing from there on was played.
     */
    @Override
    public void inputErrors(final java.util.function.ObjLongConsumer<String> counter) {
        for (final io.hftengine.replay.pcap.SkipReason reason : io.hftengine.replay.pcap.SkipReason.values()) {
            final long n = reader.skipCounters().count(reason);
            if (n > 0) {
                counter.accept("capture_skipped_" + reason.name().toLowerCase(java.util.Locale.ROOT), n);
            }
        }
        final CaptureEnd end = reader.end();
        if (end == CaptureEnd.CORRUPT || end == CaptureEnd.TRUNCATED) {
            // A count alone does not say where: the offset lets a hex dump or a repair find it.
            counter.accept("capture_skipped_from_byte", reader.position());
        }
    }

    /**
     * Closes the reader.
     *
     * @throws IOException if closing the file fails
     */
    @Override
    public void close() throws IOException {
        reader.close();
    }
}
