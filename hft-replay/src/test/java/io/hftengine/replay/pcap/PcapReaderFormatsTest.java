package io.hftengine.replay.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Classic pcap in both byte orders and resolutions, pcapng, link types, VLANs and skips. */
class PcapReaderFormatsTest {
    private static final byte[] PAYLOAD = "ITCH".getBytes(StandardCharsets.US_ASCII);
    private static final long T0 = 1_700_000_000_123_456_000L;
    private static final Datagram EXPECTED = new Datagram(T0, 0x0A000001, 1234, 0xE9363601, 26400, PAYLOAD);
    @TempDir
    Path dir;

    private static byte[] udp() {
        return Frames.ipv4Udp(0x0A000001, 1234, 0xE9363601, 26400, PAYLOAD);
    }

    private PcapReader open(final byte[] content) throws IOException {
        final Path file = Files.createTempFile(dir, "capture", ".bin");
        Files.write(file, content);
        return PcapReader.open(file);
    }

    @ParameterizedTest
    @CsvSource({"LITTLE_ENDIAN,true", "LITTLE_ENDIAN,false", "BIG_ENDIAN,true", "BIG_ENDIAN,false"})
    void classicInEitherByteOrderAndResolution(final String orderName, final boolean nanos) throws IOException {
        final ByteOrder order = orderName.equals("BIG_ENDIAN") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        final byte[] frame = Frames.ethernet(0x0800, udp());
        try (PcapReader reader = open(Frames.classic(order, nanos, 1, new long[] {T0, T0 + 1000}, frame, frame))) {
            assertEquals(nanos ? CaptureFormat.PCAP_NANOS : CaptureFormat.PCAP_MICROS, reader.format());
            final Datagram second = new Datagram(T0 + 1000, 0x0A000001, 1234, 0xE9363601, 26400, PAYLOAD);
            assertEquals(List.of(EXPECTED, second), Datagram.readAll(reader));
            assertEquals(CaptureEnd.COMPLETE, reader.end());
        }
    }

    @Test
    void vlanTagsRawIpAndLinuxCookedCapturesAreDecoded() throws IOException {
        final long[] one = {T0};
        for (final byte[] file : List.of(
            Frames.classic(ByteOrder.LITTLE_ENDIAN, true, 1, one, Frames.ethernet(0x0800, udp(), 0x8100)),
            Frames.classic(ByteOrder.LITTLE_ENDIAN, true, 1, one, Frames.ethernet(0x0800, udp(), 0x88A8, 0x8100)),
            Frames.classic(ByteOrder.LITTLE_ENDIAN, true, 101, one, udp()),
            Frames.classic(ByteOrder.LITTLE_ENDIAN, true, 113, one, Frames.linuxSll(0x0800, udp())),
            Frames.classic(ByteOrder.LITTLE_ENDIAN, true, 276, one, Frames.linuxSll2(0x0800, udp())),
            Frames.classic(ByteOrder.BIG_ENDIAN, false, 0, one, Frames.loopback(ByteOrder.LITTLE_ENDIAN, 2, udp())),
            Frames.classic(ByteOrder.LITTLE_ENDIAN, false, 0, one, Frames.loopback(ByteOrder.BIG_ENDIAN, 2, udp())),
            Frames.classic(ByteOrder.LITTLE_ENDIAN, true, 108, one, Frames.loopback(ByteOrder.BIG_ENDIAN, 2, udp())),
            Frames.classic(ByteOrder.LITTLE_ENDIAN, true, 228, one, udp()))) {
            try (PcapReader reader = open(file)) {
                assertEquals(List.of(EXPECTED), Datagram.readAll(reader));
                assertEquals(0, reader.skipCounters().total());
            }
        }
    }

    @Test
    void everythingButUnfragmentedIpv4UdpIsSkippedAndCounted() throws IOException {
        final byte[] tcp = udp().clone();
        tcp[9] = 6;
        final byte[] fragment = udp().clone();
        fragment[6] = 0x20; // more fragments
        final byte[] laterFragment = udp().clone();
        laterFragment[7] = 0x10; // fragment offset
        final byte[] snapped = java.util.Arrays.copyOf(Frames.ethernet(0x0800, udp()), 14 + 28 + 2);
        final byte[] badUdpLength = udp().clone();
        badUdpLength[25] = 4;
        final byte[][] frames = {
            Frames.ethernet(0x0806, new byte[28]),
            Frames.ethernet(0x86DD, new byte[48]),
            Frames.ethernet(0x0800, tcp),
            Frames.ethernet(0x0800, fragment),
            Frames.ethernet(0x0800, laterFragment),
            snapped,
            Frames.ethernet(0x0800, badUdpLength),
            new byte[5],
            Frames.ethernet(0x0800, udp(), 0x8100),
        };
        final long[] times = new long[frames.length];
        java.util.Arrays.fill(times, T0);
        try (PcapReader reader = open(Frames.classic(ByteOrder.BIG_ENDIAN, true, 1, times, frames))) {
            assertEquals(List.of(EXPECTED), Datagram.readAll(reader));
            final SkipCounters skips = reader.skipCounters();
            assertEquals(2, skips.count(SkipReason.NOT_IPV4));
            assertEquals(1, skips.count(SkipReason.NOT_UDP));
            assertEquals(2, skips.count(SkipReason.IP_FRAGMENT));
            assertEquals(2, skips.count(SkipReason.TRUNCATED_FRAME));
            assertEquals(1, skips.count(SkipReason.MALFORMED_FRAME));
            assertEquals(8, skips.total());
        }
        try (PcapReader reader = open(Frames.classic(ByteOrder.LITTLE_ENDIAN, true, 105, new long[] {T0}, udp()))) {
            assertEquals(List.of(), Datagram.readAll(reader));
            assertEquals(1, reader.skipCounters().count(SkipReason.UNSUPPORTED_LINK_TYPE));
        }
        // IPv6 behind the other link headers (macOS AF_INET6 = 30), and headers cut short.
        final long[] three = {T0, T0, T0};
        for (final byte[] file : List.of(
            Frames.classic(ByteOrder.LITTLE_ENDIAN, true, 276, three, Frames.linuxSll2(0x86DD, new byte[48]),
                new byte[19], Frames.linuxSll2(0x0800, udp())),
            Frames.classic(ByteOrder.LITTLE_ENDIAN, true, 0, three, Frames.loopback(ByteOrder.LITTLE_ENDIAN, 30,
                new byte[48]), new byte[3], Frames.loopback(ByteOrder.LITTLE_ENDIAN, 2, udp())))) {
            try (PcapReader reader = open(file)) {
                assertEquals(List.of(EXPECTED), Datagram.readAll(reader));
                assertEquals(1, reader.skipCounters().count(SkipReason.NOT_IPV4));
                assertEquals(1, reader.skipCounters().count(SkipReason.TRUNCATED_FRAME));
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"LITTLE_ENDIAN", "BIG_ENDIAN"})
    void pcapngWithInterfacesOfDifferentResolutions(final String orderName) throws IOException {
        final ByteOrder order = orderName.equals("BIG_ENDIAN") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        final ByteOrder other = order == ByteOrder.BIG_ENDIAN ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        final byte[] frame = Frames.ethernet(0x0800, udp(), 0x8100);
        final long seconds = T0 / 1_000_000_000L;
        final long fractionNs = T0 % 1_000_000_000L;
        final byte[] file = Frames.concat(
            Frames.sectionHeader(order),
            Frames.interfaceDescription(order, 1, -1, 0),                 // microseconds by default
            Frames.interfaceDescription(order, 1, 9, 0),                  // nanoseconds
            Frames.interfaceDescription(order, 1, 0x80 | 20, 0),          // 2^-20 seconds
            Frames.interfaceDescription(order, 101, 9, 100),              // raw IP, +100 s offset
            Frames.enhancedPacket(order, 0, T0 / 1000, frame),
            Frames.enhancedPacket(order, 1, T0, frame),
            Frames.enhancedPacket(order, 2, (seconds << 20) | (fractionNs << 20) / 1_000_000_000L, frame),
            Frames.enhancedPacket(order, 3, T0 - 100_000_000_000L, udp()),
            Frames.block(order, 4, new byte[8]),                           // name resolution: ignored
            Frames.block(order, PcapngDescriptor.SIMPLE_PACKET_BLOCK, new byte[8]),
            Frames.enhancedPacket(order, 7, T0, frame),                   // unknown interface
            Frames.sectionHeader(other),                                  // a new section, the other byte order
            Frames.enhancedPacket(other, 0, T0, frame),                   // interfaces were reset by it
            Frames.interfaceDescription(other, 1, 9, 0),
            Frames.enhancedPacket(other, 0, T0, frame));
        try (PcapReader reader = open(file)) {
            assertEquals(CaptureFormat.PCAPNG, reader.format());
            final List<Datagram> read = Datagram.readAll(reader);
            assertEquals(5, read.size(), read.toString());
            assertEquals(EXPECTED, read.get(0));
            assertEquals(EXPECTED, read.get(1));
            final long error = T0 - read.get(2).epochNanos();
            assertTrue(error >= 0 && error < 954, "2^-20 s units truncate by less than one unit: " + error);
            assertEquals(EXPECTED, read.get(3));
            assertEquals(EXPECTED, read.get(4));
            assertEquals(1, reader.skipCounters().count(SkipReason.UNSUPPORTED_BLOCK));
            assertEquals(2, reader.skipCounters().count(SkipReason.MALFORMED_BLOCK));
            assertEquals(CaptureEnd.COMPLETE, reader.end());
        }
    }

    @Test
    void notACaptureIsAClearError() throws IOException {
        final IOException notPcap = assertThrows(IOException.class, () -> open("hello, world, not pcap".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("not a pcap or pcapng file: magic 0x6c6c6568", notPcap.getMessage());
        assertThrows(IOException.class, () -> open(new byte[3]));
        assertThrows(IOException.class, () -> open(new byte[] {(byte) 0xD4, (byte) 0xC3, (byte) 0xB2, (byte) 0xA1, 2, 0}));
    }

    @Test
    void impossibleRecordLengthEndsReadingAsCorrupt() throws IOException {
        final byte[] file = Frames.classic(ByteOrder.LITTLE_ENDIAN, true, 1, new long[] {T0, T0},
            Frames.ethernet(0x0800, udp()), Frames.ethernet(0x0800, udp()));
        final int secondRecord = 24 + 16 + 14 + 32;
        file[secondRecord + 11] = 0x7F; // incl_len of the second record: ~2 GB
        try (PcapReader reader = open(file)) {
            assertEquals(List.of(EXPECTED), Datagram.readAll(reader));
            assertEquals(CaptureEnd.CORRUPT, reader.end());
            assertEquals(1, reader.skipCounters().count(SkipReason.CORRUPT_RECORD));
        }
    }
}
