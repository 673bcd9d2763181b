package io.hftengine.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hftengine.protocol.binaryfile.BinaryFileReader;
import io.hftengine.protocol.moldudp64.MoldUdp64Descriptor;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.BusySpinIdleStrategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A BinaryFILE plays through the same Playback as a capture, as MoldUDP64 packets. */
class BinaryFileReplaySourceTest {
    private static final long MIDNIGHT = 1_700_006_400_000_000_000L;
    @TempDir
    Path dir;

    /** An ITCH system event message: 'S', locate, tracking, 48-bit timestamp, event code. */
    private static byte[] systemEvent(final long sinceMidnightNs, final char code) {
        return ByteBuffer.allocate(12).order(ByteOrder.BIG_ENDIAN).put((byte) 'S').putShort((short) 0).putShort((short) 7)
            .putShort((short) (sinceMidnightNs >>> 32)).putInt((int) sinceMidnightNs).put((byte) code).array();
    }

    @Test
    void itchMessagesBecomeMoldUdp64PacketsAtTheirItchTime() throws Exception {
        final long[] times = {34_200_000_000_000L, 34_200_000_000_500L, 57_600_123_456_789L};
        final ByteArrayOutputStream file = new ByteArrayOutputStream();
        for (int i = 0; i < times.length; i++) {
            final byte[] message = systemEvent(times[i], (char) ('O' + i));
            file.write(0);
            file.write(message.length);
            file.writeBytes(message);
            if (i == 0) {
                file.writeBytes(new byte[] {0, 3, 'X', 'Y', 'Z'}); // too short to carry a timestamp
            }
        }
        final Path path = dir.resolve("day.itch");
        Files.write(path, file.toByteArray());

        final VirtualClock clock = new VirtualClock(0);
        final List<long[]> seen = new ArrayList<>();
        final Playback playback = new Playback(clock, new Pacer(PlaybackSpeed.AS_FAST_AS_POSSIBLE, System::nanoTime,
            new BusySpinIdleStrategy()), (long t, DirectBuffer b, int o, int l, int si, int sp, int di, int dp) -> {
                assertEquals(t, clock.epochNanos(), "the clock shows the message's time when it is delivered");
                assertEquals(MoldUdp64Descriptor.HEADER_LENGTH + 2 + 12, l);
                assertEquals(1, b.getShort(o + MoldUdp64Descriptor.MESSAGE_COUNT_OFFSET, ByteOrder.BIG_ENDIAN));
                assertEquals(12, b.getShort(o + MoldUdp64Descriptor.HEADER_LENGTH, ByteOrder.BIG_ENDIAN));
                assertEquals('S', b.getByte(o + MoldUdp64Descriptor.HEADER_LENGTH + 2));
                assertEquals(26400, dp);
                seen.add(new long[] {t, b.getLong(o + MoldUdp64Descriptor.SEQUENCE_NUMBER_OFFSET, ByteOrder.BIG_ENDIAN),
                    b.getByte(o + l - 1)});
            });
        try (BinaryFileReplaySource source = new BinaryFileReplaySource(BinaryFileReader.open(path), MIDNIGHT, "ITCH000001", 1,
            0x0A000001, 4000, 0xE9363601, 26400)) {
            assertEquals(4, playback.playAll(source));
            assertTrue(source.isExhausted());
            assertEquals(1, source.messagesWithoutTimestamp());
        }
        assertEquals(3, seen.size());
        for (int i = 0; i < times.length; i++) {
            assertEquals(MIDNIGHT + times[i], seen.get(i)[0]);
            assertEquals(i + 1, seen.get(i)[1], "consecutive MoldUDP64 sequence numbers");
            assertEquals('O' + i, seen.get(i)[2]);
        }
    }
}
