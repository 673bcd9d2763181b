package io.hftengine.replay.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A recording cut at any byte of its last record still yields every earlier record. */
class TruncatedRecordingTest {
    @TempDir
    Path dir;

    @Test
    void cutAtEveryOffsetOfTheLastRecordReadsAllEarlierRecords() throws IOException {
        final List<Datagram> written = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            final byte[] payload = new byte[10 + i * 7];
            for (int b = 0; b < payload.length; b++) {
                payload[b] = (byte) (i * 31 + b + 1);
            }
            written.add(new Datagram(1_700_000_000_123_456_789L + i * 1_000L, 0x0A000001 + i, 5000 + i, 0xE9363601, 26400, payload));
        }
        final Path full = dir.resolve("full.pcap");
        final long lastRecordStart;
        try (PcapWriter writer = PcapWriter.create(full)) {
            for (int i = 0; i < written.size() - 1; i++) {
                written.get(i).writeTo(writer);
            }
            lastRecordStart = writer.position();
            written.get(written.size() - 1).writeTo(writer);
        }
        final long fullLength = Files.size(full);
        final List<Datagram> earlier = written.subList(0, written.size() - 1);
        final Path cut = dir.resolve("cut.pcap");
        int truncatedEnds = 0;
        for (long length = lastRecordStart; length < fullLength; length++) {
            Files.copy(full, cut, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel channel = FileChannel.open(cut, StandardOpenOption.WRITE)) {
                channel.truncate(length);
            }
            try (PcapReader reader = PcapReader.open(cut, 4096)) {
                assertEquals(earlier, Datagram.readAll(reader), "cut at " + length);
                assertEquals(lastRecordStart, reader.position(), "cut at " + length);
                if (length == lastRecordStart) {
                    assertEquals(CaptureEnd.COMPLETE, reader.end());
                } else {
                    // A cut leaving only zero bytes of a header reads as an unwritten tail: same records.
                    assertTrue(reader.end() == CaptureEnd.TRUNCATED || reader.end() == CaptureEnd.UNWRITTEN_TAIL,
                        "cut at " + length + ": " + reader.end());
                    if (reader.end() == CaptureEnd.TRUNCATED) {
                        truncatedEnds++;
                        assertEquals(1, reader.skipCounters().count(SkipReason.TRUNCATED_RECORD));
                    }
                }
            }
        }
        assertTrue(truncatedEnds > (fullLength - lastRecordStart) - 4, "most cuts must be reported as truncated");
    }
}
