package io.hftengine.replay.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Captures as they are often kept, gzipped: read straight from the {@code .pcap.gz}, record for
 * record as the plain file; a record longer than the heap window; a stream cut short, even at a
 * record boundary, reported as truncated; corrupt compressed data an error that says so.
 */
class GzippedCaptureTest {
    @TempDir
    Path dir;

    @Test
    void aGzippedCaptureReadsAsThePlainOne() throws IOException {
        final Path plain = capture(3_000, 17);
        final Path gz = gzip(plain, Files.readAllBytes(plain));
        final List<Datagram> expected;
        try (PcapReader reader = PcapReader.open(plain)) {
            assertFalse(reader.isCompressed());
            expected = Datagram.readAll(reader);
            assertEquals(CaptureEnd.COMPLETE, reader.end());
        }
        try (PcapReader reader = PcapReader.open(gz)) {
            assertTrue(reader.isCompressed());
            assertEquals(CaptureFormat.PCAP_NANOS, reader.format());
            assertEquals(expected, Datagram.readAll(reader));
            assertEquals(CaptureEnd.COMPLETE, reader.end());
            assertEquals(Files.size(plain), reader.position(), "position counts decompressed bytes");
            assertEquals(1.0, reader.progress(), "every compressed byte taken");
        }
        assertEquals(3_000, expected.size());
    }

    @Test
    void aRecordLongerThanTheHeapWindowGrowsIt() throws IOException {
        final int length = InflatingFileWindow.INITIAL_BYTES + 12_345;
        final ByteBuffer pcap = ByteBuffer.allocate(24 + 16 + length).order(ByteOrder.LITTLE_ENDIAN);
        pcap.putInt(PcapDescriptor.MAGIC_MICROS).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0)
            .putInt(CaptureParser.MAX_CAPTURED_LENGTH).putInt(PcapDescriptor.LINKTYPE_ETHERNET);
        pcap.putInt(1).putInt(2).putInt(length).putInt(length); // an Ethernet frame of zeros: not IPv4
        final Path gz = gzip(dir.resolve("jumbo.pcap"), pcap.array());
        try (PcapReader reader = PcapReader.open(gz)) {
            assertTrue(Datagram.readAll(reader).isEmpty());
            assertEquals(CaptureEnd.COMPLETE, reader.end());
            assertEquals(1, reader.skipCounters().count(SkipReason.NOT_IPV4));
        }
    }

    @Test
    void aStreamCutShortIsTruncatedEvenBetweenRecords() throws IOException {
        final Path plain = capture(2_000, 5);
        final byte[] compressed = Files.readAllBytes(gzip(plain, Files.readAllBytes(plain)));
        final List<Datagram> all;
        try (PcapReader reader = PcapReader.open(plain)) {
            all = Datagram.readAll(reader);
        }
        for (final int cut : new int[] {compressed.length / 3, compressed.length - 9, compressed.length - 1}) {
            final Path file = dir.resolve("cut" + cut + ".pcap.gz");
            Files.write(file, Arrays.copyOf(compressed, cut));
            try (PcapReader reader = PcapReader.open(file)) {
                final List<Datagram> read = Datagram.readAll(reader);
                assertEquals(all.subList(0, read.size()), read, "the records before the cut, cut at " + cut);
                assertEquals(CaptureEnd.TRUNCATED, reader.end(), "cut at " + cut + " of " + compressed.length);
                assertEquals(1, reader.skipCounters().count(SkipReason.TRUNCATED_RECORD));
            }
        }
    }

    @Test
    void corruptCompressedDataIsAnErrorThatSaysSo() throws IOException {
        final Path plain = capture(500, 3);
        final byte[] compressed = Files.readAllBytes(gzip(plain, Files.readAllBytes(plain)));
        compressed[compressed.length - 8] ^= 0x11; // the CRC-32
        final Path file = dir.resolve("crc.pcap.gz");
        Files.write(file, compressed);
        // Small enough to inflate whole into the first window, so open() finds it.
        final IOException error = assertThrows(IOException.class, () -> PcapReader.open(file).close());
        assertTrue(error.getMessage().startsWith("corrupt gzip data after "), error.getMessage());
    }

    private Path capture(final int datagrams, final long seed) {
        final SplittableRandom random = new SplittableRandom(seed);
        final Path file = dir.resolve("capture" + seed + ".pcap");
        final List<Datagram> written = new ArrayList<>();
        for (int i = 0; i < datagrams; i++) {
            final byte[] payload = new byte[1 + random.nextInt(1_400)];
            for (int b = 0; b < payload.length; b++) {
                payload[b] = (byte) random.nextInt(256);
            }
            written.add(new Datagram(1_700_000_000_000_000_000L + i * 1_000L, 0x0A000001, 5000, 0xE9363601, 26400,
                payload));
        }
        try (PcapWriter writer = PcapWriter.create(file)) {
            for (final Datagram d : written) {
                d.writeTo(writer);
            }
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static Path gzip(final Path plain, final byte[] bytes) throws IOException {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        final Path file = plain.resolveSibling(plain.getFileName() + ".gz");
        Files.write(file, out.toByteArray());
        return file;
    }
}
