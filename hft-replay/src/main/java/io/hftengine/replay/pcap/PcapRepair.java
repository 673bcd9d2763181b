package io.hftengine.replay.pcap;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.agrona.DirectBuffer;

/**
 * Makes a recording whose writer died (never closed) readable by every tool, by cutting it after
 * its last complete record. Not for hot paths.
 */
public final class PcapRepair {
    private PcapRepair() {
    }

    /**
     * Truncates a capture after its last complete record, dropping an unwritten (zero) tail or a
     * partial last record; a complete capture is left as it is.
     *
     * @param file the capture, classic pcap or pcapng
     * @return the file's length afterwards
     * @throws IOException if the file cannot be read or truncated, is not a capture, or is corrupt
     *     before its end (cutting there would destroy the records after the damage)
     */
    public static long truncateToCompleteRecords(final Path file) throws IOException {
        final long keep;
        final long length;
        try (PcapReader reader = PcapReader.open(file)) {
            if (reader.isCompressed()) {
                throw new IOException(file + " is gzipped: only a plain capture can be cut after its last record");
            }
            reader.readAll(PcapRepair::ignore);
            if (reader.end() == CaptureEnd.CORRUPT) {
                throw new IOException(file + " is corrupt at byte " + reader.position()
                    + ", not at its end: not cut, the records after the damage would be lost");
            }
            keep = reader.position();
            length = reader.fileLength();
        }
        if (keep < length) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.truncate(keep);
            }
        }
        return keep;
    }

    private static void ignore(
        final long epochNanos, final DirectBuffer buffer, final int offset, final int length, final int srcIp,
        final int srcPort, final int dstIp, final int dstPort) {
        // Only the reader's position matters here.
    }
}
