package io.hftengine.engine.run;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import io.hftengine.engine.feed.SyntheticRecording;
import io.hftengine.protocol.moldudp64.MoldUdp64Descriptor;
import io.hftengine.replay.pcap.PcapReader;

/** BinaryFILEs for tests, plain and gzipped, made from the synthetic feed. */
public final class TestBinaryFiles {
    private TestBinaryFiles() {
    }

    /**
     * Writes a synthetic day as a BinaryFILE: a MoldUDP64 message block is the same 2-byte length +
     * message framing, so the file is every packet of a synthetic recording less its header.
     *
     * @param file     the BinaryFILE to write
     * @param symbols  symbols of the synthetic feed
     * @param seed     its seed
     * @param messages messages after the start of day
     * @return the file
     * @throws IOException when a file cannot be written
     */
    public static Path write(final Path file, final int symbols, final long seed, final long messages)
            throws IOException {
        final Path pcap = Files.createTempFile(file.getParent(), "synthetic", ".pcap");
        SyntheticRecording.write(pcap, symbols, seed, messages, 1_000_000);
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PcapReader reader = PcapReader.open(pcap)) {
            reader.readAll((time, buffer, offset, length, srcIp, srcPort, dstIp, dstPort) -> {
                final byte[] block = new byte[length - MoldUdp64Descriptor.HEADER_LENGTH];
                buffer.getBytes(offset + MoldUdp64Descriptor.HEADER_LENGTH, block);
                bytes.writeBytes(block);
            });
        }
        Files.delete(pcap);
        Files.write(file, bytes.toByteArray());
        return file;
    }

    /**
     * Gzips a file, as NASDAQ publishes its daily files.
     *
     * @param from the file
     * @param to   where the {@code .gz} goes
     * @return {@code to}
     * @throws IOException when a file cannot be read or written
     */
    public static Path gzip(final Path from, final Path to) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(to))) {
            Files.copy(from, out);
        }
        return to;
    }
}
