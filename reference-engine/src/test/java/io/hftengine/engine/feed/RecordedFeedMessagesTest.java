package io.hftengine.engine.feed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.hftengine.engine.run.TestBinaryFiles;
import io.hftengine.protocol.moldudp64.MoldUdp64Decoder;
import io.hftengine.protocol.moldudp64.MoldUdp64PacketEncoder;
import io.hftengine.replay.pcap.PcapWriter;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A recording republished by the feed: every message once, in recorded order, renumbered from 1;
 * a capture's duplicates skipped, its holes and its garbage counted.
 */
class RecordedFeedMessagesTest {
    @TempDir
    Path dir;

    @Test
    void aGzippedBinaryFileAndTheCaptureItCameFromRepublishTheSameMessages() throws Exception {
        final Path plain = TestBinaryFiles.write(dir.resolve("day.itch"), 30, 4, 5_000);
        final Path gz = TestBinaryFiles.gzip(plain, dir.resolve("01302019.NASDAQ_ITCH50.gz"));
        final Path pcap = dir.resolve("day.pcap");
        SyntheticRecording.write(pcap, 30, 4, 5_000, 1_000_000);
        final List<byte[]> expected = binaryFileMessages(plain);
        assertEquals(5_000 + 2 + 60 + 1 + 3, expected.size());
        assertMessages(expected, republish(gz, 7));
        assertMessages(expected, republish(pcap, 64));
    }

    @Test
    void aCapturesDuplicatesAreSkippedAndItsHolesAndGarbageCounted() throws Exception {
        final Path pcap = dir.resolve("faults.pcap");
        try (PcapWriter writer = PcapWriter.create(pcap)) {
            packet(writer, 1, "a1", "a2");
            packet(writer, 1, "a1", "a2"); // the B line, or a retransmission
            packet(writer, 2, "a2", "a3"); // half old, half new
            packet(writer, 6, "a6");       // 4 and 5 are not in the file
            final UnsafeBuffer garbage = new UnsafeBuffer(new byte[] {1, 2, 3, 4, 5});
            writer.write(1_000, 1, 1, 2, 26_400, garbage, 0, 5);
        }
        final List<byte[]> expected = List.of(ascii("a1"), ascii("a2"), ascii("a3"), ascii("a6"));
        try (RecordedFeedMessages recording = RecordedFeedMessages.open(pcap)) {
            final List<byte[]> read = new ArrayList<>();
            drain(recording, 1, read);
            assertMessages(expected, read);
            assertEquals(4, recording.messagesRepublished());
            assertEquals(3, recording.duplicatesSkipped());
            assertEquals(2, recording.recordedGapMessages());
            assertEquals(1, recording.notMoldUdp64Datagrams());
            assertEquals(0, recording.packetErrors().total());
        }
    }

    @Test
    void aPortFilterTakesOneFeedOfACaptureThatHoldsTwo() throws Exception {
        final Path pcap = dir.resolve("two-feeds.pcap");
        try (PcapWriter writer = PcapWriter.create(pcap)) {
            packet(writer, 1_000, 26_400, 1, "a1", "a2");
            packet(writer, 1_000, 26_500, 1, "b1");   // another feed, its own sequence numbers
            packet(writer, 1_000, 26_400, 3, "a3");
        }
        try (RecordedFeedMessages recording = RecordedFeedMessages.open(pcap, 26_400)) {
            final List<byte[]> read = new ArrayList<>();
            drain(recording, 8, read);
            assertMessages(List.of(ascii("a1"), ascii("a2"), ascii("a3")), read);
            assertEquals(1, recording.otherPortDatagrams());
            assertEquals(0, recording.duplicatesSkipped());
        }
    }

    @Test
    void atTheRecordedPaceADatagramWaitsForItsTimeSpedUpByTheFactor() throws Exception {
        final Path pcap = dir.resolve("paced.pcap");
        try (PcapWriter writer = PcapWriter.create(pcap)) {
            packet(writer, 5_000_000_000L, 1, "a1", "a2");
            packet(writer, 5_200_000_000L, 3, "a3");      // 200 ms later
            packet(writer, 6_000_000_000L, 4, "a4");      // 1 s after the first
        }
        final long[] now = {777};
        final List<byte[]> read = new ArrayList<>();
        try (RecordedFeedMessages recording = RecordedFeedMessages.open(pcap).atRecordedPace(2, () -> now[0])) {
            final MoldUdp64FeedEncoder encoder = collecting(read);
            assertEquals(true, recording.pacesItself());
            assertEquals(2, recording.next(encoder, 100), "the first datagram at once");
            assertEquals(0, recording.next(encoder, 100));
            now[0] += 99_000_000L;                         // 198 ms of recorded time at 2x
            assertEquals(0, recording.next(encoder, 100));
            now[0] += 1_000_000L;                          // 200 ms
            assertEquals(1, recording.next(encoder, 100));
            now[0] += 399_000_000L;                        // 998 ms
            assertEquals(0, recording.next(encoder, 100));
            assertEquals(false, recording.isExhausted(), "a4 is held, not lost");
            now[0] += 1_000_000L;
            assertEquals(1, recording.next(encoder, 100));
            assertEquals(0, recording.next(encoder, 100));
            assertEquals(true, recording.isExhausted());
            encoder.flush();
        }
        assertMessages(List.of(ascii("a1"), ascii("a2"), ascii("a3"), ascii("a4")), read);
    }

    private static MoldUdp64FeedEncoder collecting(final List<byte[]> read) {
        final MoldUdp64Decoder decoder = new MoldUdp64Decoder((sequence, buffer, offset, length) -> {
            final byte[] copy = new byte[length];
            buffer.getBytes(offset, copy);
            read.add(copy);
        });
        return new MoldUdp64FeedEncoder("FEED000001", 1_472, 64,
                (buffer, offset, length, first, count) -> decoder.decode(buffer, offset, length));
    }

    private static void packet(final PcapWriter writer, final long firstSequence, final String... messages) {
        packet(writer, 1_000, firstSequence, messages);
    }

    private static void packet(final PcapWriter writer, final long epochNanos, final long firstSequence,
            final String... messages) {
        packet(writer, epochNanos, 26_400, firstSequence, messages);
    }

    private static void packet(final PcapWriter writer, final long epochNanos, final int dstPort,
            final long firstSequence, final String... messages) {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[256]);
        final MoldUdp64PacketEncoder packet = new MoldUdp64PacketEncoder().wrap(buffer, 0, 256, "REC0000001",
                firstSequence);
        for (final String m : messages) {
            final UnsafeBuffer bytes = new UnsafeBuffer(ascii(m));
            packet.append(bytes, 0, bytes.capacity());
        }
        writer.write(epochNanos, 1, 1, 2, dstPort, buffer, 0, packet.length());
    }

    private static List<byte[]> republish(final Path file, final int maxMessagesPerPacket) throws IOException {
        final List<byte[]> read = new ArrayList<>();
        try (RecordedFeedMessages recording = RecordedFeedMessages.open(file)) {
            drain(recording, maxMessagesPerPacket, read);
        }
        return read;
    }

    /** Republishes everything into packets, decodes them back, checks their numbering from 1. */
    private static void drain(final RecordedFeedMessages recording, final int maxMessagesPerPacket,
            final List<byte[]> read) {
        final long[] next = {1};
        final MoldUdp64Decoder decoder = new MoldUdp64Decoder((sequence, buffer, offset, length) -> {
            assertEquals(next[0]++, sequence, "renumbered from 1 without a hole");
            final byte[] copy = new byte[length];
            buffer.getBytes(offset, copy);
            read.add(copy);
        });
        final MoldUdp64FeedEncoder encoder = new MoldUdp64FeedEncoder("FEED000001", 1_472, maxMessagesPerPacket,
                (buffer, offset, length, first, count) -> decoder.decode(buffer, offset, length));
        recording.startOfDay(encoder);
        while (recording.next(encoder, 100) > 0) {
            continue;
        }
        recording.endOfDay(encoder);
        encoder.flush();
    }

    private static List<byte[]> binaryFileMessages(final Path file) throws IOException {
        final List<byte[]> messages = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            final byte[] bytes = in.readAllBytes();
            for (int at = 0; at < bytes.length; ) {
                final int length = ((bytes[at] & 0xFF) << 8) | (bytes[at + 1] & 0xFF);
                final byte[] m = new byte[length];
                System.arraycopy(bytes, at + 2, m, 0, length);
                messages.add(m);
                at += 2 + length;
            }
        }
        return messages;
    }

    private static void assertMessages(final List<byte[]> expected, final List<byte[]> read) {
        assertEquals(expected.size(), read.size(), "messages");
        for (int i = 0; i < expected.size(); i++) {
            assertArrayEquals(expected.get(i), read.get(i), "message " + i);
        }
    }

    private static byte[] ascii(final String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
