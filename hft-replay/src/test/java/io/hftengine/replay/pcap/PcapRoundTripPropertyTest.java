package io.hftengine.replay.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Whatever is written is read back identical, whatever the window size. */
class PcapRoundTripPropertyTest {

    @Property(tries = 60)
    void writtenDatagramsReadBackIdentical(
        @ForAll("datagrams") @Size(max = 200) final List<Datagram> datagrams,
        @ForAll @IntRange(min = 4096, max = 20_000) final int writeWindow,
        @ForAll @IntRange(min = 4096, max = 20_000) final int readWindow) throws IOException {
        final Path file = Files.createTempFile("roundtrip", ".pcap");
        try {
            try (PcapWriter writer = PcapWriter.create(file, writeWindow)) {
                datagrams.forEach(d -> d.writeTo(writer));
                assertEquals(datagrams.size(), writer.recordsWritten());
            }
            try (PcapReader reader = PcapReader.open(file, readWindow)) {
                assertEquals(CaptureFormat.PCAP_NANOS, reader.format());
                assertEquals(datagrams, Datagram.readAll(reader));
                assertEquals(CaptureEnd.COMPLETE, reader.end());
                assertEquals(0, reader.skipCounters().total(), reader.skipCounters().toString());
                assertEquals(Files.size(file), reader.position());
            }
        } finally {
            Files.delete(file);
        }
    }

    @Provide
    Arbitrary<List<Datagram>> datagrams() {
        final Arbitrary<Long> times = Arbitraries.longs().between(0, 0xFFFF_FFFFL * 1_000_000_000L + 999_999_999L);
        final Arbitrary<Integer> ips = Arbitraries.integers();
        final Arbitrary<Integer> ports = Arbitraries.integers().between(0, 65535);
        final Arbitrary<byte[]> small = Arbitraries.bytes().array(byte[].class).ofMaxSize(1500);
        final Arbitrary<byte[]> large = Arbitraries.bytes().array(byte[].class)
            .ofMinSize(8000).ofMaxSize(FrameDescriptor.MAX_UDP_PAYLOAD);
        // One datagram in twenty is larger than the smallest windows, so remapping is exercised.
        final Arbitrary<byte[]> payloads = Arbitraries.integers().between(0, 19).flatMap(i -> i == 0 ? large : small);
        return Combinators.combine(times, ips, ports, ips, ports, payloads).as(Datagram::new).list();
    }
}
