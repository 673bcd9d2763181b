package io.hftengine.engine.feed;

import static io.hftengine.engine.feed.CaptureFiles.A_GROUP;
import static io.hftengine.engine.feed.CaptureFiles.A_SOURCE;
import static io.hftengine.engine.feed.CaptureFiles.B_GROUP;
import static io.hftengine.engine.feed.CaptureFiles.B_SOURCE;
import static io.hftengine.engine.feed.CaptureFiles.FEED_PORT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.hftengine.engine.feed.CaptureFiles.Frame;
import io.hftengine.engine.feed.CaptureFiles.Packet;
import io.hftengine.protocol.moldudp64.MoldUdp64Decoder;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code feed --in} with captures as real ones are: packets out of order, both lines of an A/B feed
 * each losing some, another MoldUDP64 session mixed in. Every message of the first session is
 * republished once, in sequence, with no made-up gap.
 */
class RecordedFeedMessagesCaptureTest {
    @TempDir
    static Path dir;
    static List<Packet> day;
    static List<byte[]> dayMessages;

    @BeforeAll
    static void synthesise() throws Exception {
        day = CaptureFiles.syntheticDay(dir, 8, 5, 3_000);
        dayMessages = messagesOf(day);
    }

    @Test
    void packetsOutOfOrderAreRepublishedOnceInSequenceWithNoGap() throws Exception {
        final List<Packet> reordered = new ArrayList<>(day);
        Collections.swap(reordered, 0, 1);     // even the first: the capture starts a packet late
        Collections.swap(reordered, 30, 31);
        Collections.swap(reordered, 60, 63);
        final Path file = write("reordered.pcap", oneLine(reordered));
        try (RecordedFeedMessages recording = RecordedFeedMessages.open(file)) {
            assertMessages(dayMessages, drain(recording));
            assertEquals(0, recording.recordedGapMessages(), "no gap: every hole is filled");
            assertEquals(0, recording.duplicatesSkipped());
            assertEquals(dayMessages.size(), recording.messagesRepublished());
        }
    }

    @Test
    void onlyTheFirstSessionOfACaptureIsRepublished() throws Exception {
        final List<Frame> frames = new ArrayList<>();
        for (final Packet p : day) {
            frames.add(CaptureFiles.onLine(p, A_SOURCE, A_GROUP));
            // another market's feed on the same port, a few sequence numbers ahead
            frames.add(CaptureFiles.onLine(p.renamed("OTHERFEED1", 5), B_SOURCE, B_GROUP));
        }
        final Path file = write("two-sessions.pcap", frames);
        try (RecordedFeedMessages recording = RecordedFeedMessages.open(file)) {
            assertMessages(dayMessages, drain(recording));
            assertEquals(day.size(), recording.otherSessionDatagrams());
            assertEquals("OTHERFEED1", recording.otherSession());
            assertEquals("HFTSIM0001", recording.session());
            assertEquals(0, recording.recordedGapMessages());
            assertEquals(0, recording.duplicatesSkipped());
        }
    }

    @Test
    void bothLinesEachLosingSomeAndBLaggingRepublishEachMessageOnce() throws Exception {
        // A loses every 7th packet, B every 5th but none A lost too (that one would be a real
        // hole), and B's copy comes three packets after A's.
        final List<Frame> frames = new ArrayList<>();
        for (int k = 0; k < day.size() + 3; k++) {
            if (k < day.size() && k % 7 != 6) {
                frames.add(CaptureFiles.onLine(day.get(k), A_SOURCE, A_GROUP));
            }
            final int b = k - 3;
            if (b >= 0 && (b % 5 != 4 || b % 7 == 6)) {
                frames.add(CaptureFiles.onLine(day.get(b), B_SOURCE, B_GROUP));
            }
        }
        final Path file = write("ab.pcap", frames);
        try (RecordedFeedMessages recording = RecordedFeedMessages.open(file)) {
            assertMessages(dayMessages, drain(recording));
            assertEquals(0, recording.recordedGapMessages());
            assertTrue(recording.duplicatesSkipped() > dayMessages.size() / 2, "B's copies skipped");
        }
    }

    @Test
    void aHoleNothingFillsIsCountedOnceAndThePacketsAfterItStillCome() throws Exception {
        final List<Packet> holed = new ArrayList<>(day);
        final long lost = holed.remove(40).count();
        Collections.swap(holed, 50, 51);
        final Path file = write("hole.pcap", oneLine(holed));
        final List<byte[]> expected = messagesOf(holed.stream().sorted((x, y) -> Long.compare(x.sequence(),
                y.sequence())).toList());
        try (RecordedFeedMessages recording = RecordedFeedMessages.open(file)) {
            assertMessages(expected, drain(recording));
            assertEquals(lost, recording.recordedGapMessages());
            assertEquals(1, recording.recordedGaps());
        }
    }

    @Test
    void atTheRecordedPaceAPacketHeldForAHoleAtTheEndIsStillRepublished() throws Exception {
        // The last packet comes before the one ahead of it, which never comes: at the end of the
        // recording the hole is given up and the held packet republished.
        final List<Packet> tail = new ArrayList<>(day.subList(0, 10));
        tail.remove(8);
        final Path file = write("tail.pcap", oneLine(tail));
        final long[] now = {0};
        try (RecordedFeedMessages recording = RecordedFeedMessages.open(file).atRecordedPace(1, () -> now[0])) {
            final List<byte[]> read = new ArrayList<>();
            final MoldUdp64FeedEncoder encoder = collecting(read);
            recording.next(encoder, 1_000);       // the first packet, due at once, starts the clock
            now[0] = 1_000_000_000_000L;         // then everything is due
            for (int turn = 0; turn < 1_000 && !recording.isExhausted(); turn++) {
                recording.next(encoder, 1_000);
            }
            encoder.flush();
            assertTrue(recording.isExhausted());
            assertMessages(messagesOf(tail), read);
            assertEquals(day.get(8).count(), recording.recordedGapMessages());
        }
    }

    private static List<Frame> oneLine(final List<Packet> packets) {
        final List<Frame> frames = new ArrayList<>();
        for (final Packet p : packets) {
            frames.add(CaptureFiles.onLine(p, A_SOURCE, A_GROUP));
        }
        return frames;
    }

    private static Path write(final String name, final List<Frame> frames) throws Exception {
        final Path file = dir.resolve(name);
        Files.write(file, CaptureFiles.classicPcap(true, frames));
        assertTrue(FEED_PORT > 0);
        return file;
    }

    private static List<byte[]> messagesOf(final List<Packet> packets) {
        final List<byte[]> messages = new ArrayList<>();
        final MoldUdp64Decoder decoder = new MoldUdp64Decoder((sequence, buffer, offset, length) -> {
            final byte[] copy = new byte[length];
            buffer.getBytes(offset, copy);
            messages.add(copy);
        });
        for (final Packet p : packets) {
            decoder.decode(new UnsafeBuffer(p.payload()), 0, p.payload().length);
        }
        return messages;
    }

    private static MoldUdp64FeedEncoder collecting(final List<byte[]> read) {
        final long[] next = {1};
        final MoldUdp64Decoder decoder = new MoldUdp64Decoder((sequence, buffer, offset, length) -> {
            assertEquals(next[0]++, sequence, "renumbered from 1 without a hole");
            final byte[] copy = new byte[length];
            buffer.getBytes(offset, copy);
            read.add(copy);
        });
        return new MoldUdp64FeedEncoder("FEED000001", 1_472, 32,
                (buffer, offset, length, first, count) -> decoder.decode(buffer, offset, length));
    }

    /** Republishes the whole recording as the feed does, at its rate. */
    private static List<byte[]> drain(final RecordedFeedMessages recording) {
        final List<byte[]> read = new ArrayList<>();
        final MoldUdp64FeedEncoder encoder = collecting(read);
        recording.startOfDay(encoder);
        for (int turn = 0; turn < 1_000_000 && !recording.isExhausted(); turn++) {
            recording.next(encoder, 100);
        }
        assertTrue(recording.isExhausted(), "the recording ends");
        recording.endOfDay(encoder);
        encoder.flush();
        return read;
    }

    private static void assertMessages(final List<byte[]> expected, final List<byte[]> read) {
        assertEquals(expected.size(), read.size(), "messages");
        for (int i = 0; i < expected.size(); i++) {
            assertArrayEquals(expected.get(i), read.get(i), "message " + i);
        }
    }
}
