package io.hftengine.replay.pcap;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Damaged captures end in a counted, reported state: never an exception from the decoders. */
class PcapReaderRobustnessPropertyTest {

    private static byte[] classicCapture() {
        final byte[] udp = Frames.ipv4Udp(0x0A000001, 1, 0xE0000001, 2, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        final byte[] frame = Frames.ethernet(0x0800, udp, 0x8100);
        return Frames.classic(ByteOrder.LITTLE_ENDIAN, true, 1, new long[] {1, 2, 3, 4}, frame, frame, udp, frame);
    }

    private static byte[] pcapngCapture() {
        final ByteOrder order = ByteOrder.BIG_ENDIAN;
        final byte[] udp = Frames.ipv4Udp(0x0A000001, 1, 0xE0000001, 2, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        return Frames.concat(Frames.sectionHeader(order), Frames.interfaceDescription(order, 1, 9, 5),
            Frames.enhancedPacket(order, 0, 10, Frames.ethernet(0x0800, udp)),
            Frames.interfaceDescription(order, 113, 0x80 | 40, 0),
            Frames.enhancedPacket(order, 1, 20, Frames.linuxSll(0x0800, udp)),
            Frames.enhancedPacket(order, 0, 30, Frames.ethernet(0x0800, udp, 0x88A8, 0x8100)));
    }

    @Property(tries = 500)
    void corruptedBytesNeverEscapeAsExceptions(
        @ForAll final boolean pcapng,
        @ForAll @Size(min = 1, max = 12) final List<@IntRange(min = 4, max = 10_000) Integer> positions,
        @ForAll @Size(min = 12, max = 12) final List<Byte> values,
        @ForAll @IntRange(min = 0, max = 100) final int cutPercent) throws IOException {
        final byte[] capture = pcapng ? pcapngCapture() : classicCapture();
        for (int i = 0; i < positions.size(); i++) {
            capture[positions.get(i) % capture.length] = values.get(i);
        }
        final int length = Math.max(4, capture.length * cutPercent / 100);
        final Path file = Files.createTempFile("damaged", ".cap");
        try {
            Files.write(file, java.util.Arrays.copyOf(capture, length));
            final PcapReader reader;
            try {
                reader = PcapReader.open(file, 4096);
            } catch (final IOException headerDamaged) {
                return; // a damaged file header is a clear error at open, which is fine
            }
            try (reader) {
                reader.readAll((t, b, o, l, si, sp, di, dp) -> assertTrue(o >= 0 && l >= 0 && o + l <= b.capacity()));
                assertNotEquals(CaptureEnd.NOT_REACHED, reader.end());
                assertTrue(reader.position() <= reader.fileLength());
            }
        } finally {
            Files.delete(file);
        }
    }
}
