package io.hftengine.replay.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real tshark reads our recordings (MoldUDP64 decoded with the same sequence numbers and
 * message counts we wrote), and we read what tshark writes (pcapng, microsecond and nanosecond pcap).
 */
class TsharkInteropTest {
    private static final int PORT = 26_400;
    @TempDir
    Path dir;

    @BeforeAll
    static void requireTshark() {
        Assumptions.assumeTrue(Tshark.isInstalled(),
            "tshark is not installed: skipping (apt-get install -y tshark to run these tests)");
    }

    @Test
    void tsharkDecodesOurMoldUdp64SequenceNumbersAndCounts() throws Exception {
        final Path file = dir.resolve("mold.pcap");
        final List<String> expected = new ArrayList<>();
        final UnsafeBuffer packet = new UnsafeBuffer(new byte[1400]);
        long sequence = 1;
        try (PcapWriter writer = PcapWriter.create(file)) {
            for (int i = 0; i < 50; i++) {
                final int count = i % 5;
                final int length = writeMoldPacket(packet, sequence, count);
                writer.write(1_700_000_000_000_000_000L + i * 1_000_123L, 0xC0A80001, 30000 + i, 0xE9363601, PORT, packet, 0, length);
                expected.add(sequence + "\t" + count + "\t192.168.0.1\t233.54.54.1\t" + (30000 + i));
                sequence += count;
            }
        }
        final List<String> lines = Tshark.run(file, "-d", "udp.port==" + PORT + ",moldudp64", "-T", "fields",
            "-e", "moldudp64.sequence", "-e", "moldudp64.count", "-e", "ip.src", "-e", "ip.dst", "-e", "udp.srcport");
        assertEquals(expected, lines);
        final List<String> times = Tshark.run(file, "-T", "fields", "-e", "frame.time_epoch");
        assertEquals("1700000000.001000123", times.get(1), "nanosecond timestamps must survive");
    }

    @Test
    void weReadWhatTsharkWritesInEveryFormat() throws Exception {
        final Path ours = dir.resolve("ours.pcap");
        final List<Datagram> written = new ArrayList<>();
        try (PcapWriter writer = PcapWriter.create(ours)) {
            for (int i = 0; i < 40; i++) {
                final byte[] payload = ("datagram " + i).getBytes(StandardCharsets.US_ASCII);
                final Datagram datagram = new Datagram(1_700_000_000_000_000_000L + i * 1_234_567L, 0x0A000001 + i, 1000 + i, 0xE0000001, PORT, payload);
                datagram.writeTo(writer);
                written.add(datagram);
            }
        }
        assertEquals(written, readBack(convert(ours, "pcapng", "converted.pcapng"), CaptureFormat.PCAPNG));
        assertEquals(written, readBack(convert(ours, "nsecpcap", "converted-ns.pcap"), CaptureFormat.PCAP_NANOS));
        final List<Datagram> micros = new ArrayList<>();
        for (final Datagram d : written) {
            micros.add(new Datagram(d.epochNanos() / 1000 * 1000, d.srcIp(), d.srcPort(), d.dstIp(), d.dstPort(), d.payload()));
        }
        assertEquals(micros, readBack(convert(ours, "pcap", "converted-us.pcap"), CaptureFormat.PCAP_MICROS));
    }

    private Path convert(final Path input, final String format, final String name) throws Exception {
        final Path output = dir.resolve(name);
        Tshark.exec(Tshark.command("-r", input.toString(), "-F", format, "-w", output.toString()));
        return output;
    }

    private static List<Datagram> readBack(final Path file, final CaptureFormat format) throws Exception {
        try (PcapReader reader = PcapReader.open(file)) {
            assertEquals(format, reader.format());
            final List<Datagram> read = Datagram.readAll(reader);
            assertEquals(CaptureEnd.COMPLETE, reader.end());
            assertEquals(0, reader.skipCounters().total(), reader.skipCounters().toString());
            return read;
        }
    }

    /** MoldUDP64: session (10), sequence (8), count (2), then count x (length (2), message). */
    private static int writeMoldPacket(final UnsafeBuffer packet, final long sequence, final int count) {
        packet.putBytes(0, "SESSION001".getBytes(StandardCharsets.US_ASCII));
        packet.putLong(10, sequence, ByteOrder.BIG_ENDIAN);
        packet.putShort(18, (short) count, ByteOrder.BIG_ENDIAN);
        int offset = 20;
        for (int m = 0; m < count; m++) {
            final int length = 12 + m;
            packet.putShort(offset, (short) length, ByteOrder.BIG_ENDIAN);
            for (int b = 0; b < length; b++) {
                packet.putByte(offset + 2 + b, (byte) ('A' + b));
            }
            offset += 2 + length;
        }
        return offset;
    }
}
