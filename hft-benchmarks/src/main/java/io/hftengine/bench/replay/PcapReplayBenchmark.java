package io.hftengine.bench.replay;

import io.hftengine.replay.pcap.CaptureEnd;
import io.hftengine.replay.pcap.PacketHandler;
import io.hftengine.replay.pcap.PcapReader;
import io.hftengine.replay.pcap.PcapWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Memory-mapped playback of a synthetic recording of {@code fileSizeMb} (use 3072 or more to
 * cross the 2 GiB mapping limit), created in a temp dir and deleted afterwards. One operation is
 * one {@code poll} of up to 1024 records; the aux counters report packets/s and bytes/s read from
 * the map. The file is re-opened when it ends (amortised over the whole file).
 */
@State(Scope.Benchmark)
// JMH forks do not read the jar manifest's Add-Exports; Agrona needs it in the fork.
@Fork(value = 1, jvmArgsAppend = "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED")
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PcapReplayBenchmark {
    @Param("256")
    public int fileSizeMb;

    @Param("96")
    public int payloadBytes;

    private Path dir;
    private Path file;
    private PcapReader reader;
    private long lastPosition;
    private final Sink sink = new Sink();

    /** Totals reported per second by JMH. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Rates {
        /** Datagrams delivered. */
        public long packets;
        /** File bytes consumed (headers included), the rate at which the map is read. */
        public long bytes;
    }

    /** Touches every payload's first and last byte so the read is not optimised away. */
    static final class Sink implements PacketHandler {
        long checksum;
        long packets;

        @Override
        public void onPacket(final long epochNanos, final DirectBuffer buffer, final int offset, final int length,
            final int srcIp, final int srcPort, final int dstIp, final int dstPort) {
            checksum += epochNanos + buffer.getByte(offset) + buffer.getByte(offset + length - 1) + dstPort;
            packets++;
        }
    }

    @Setup(Level.Trial)
    public void createRecording() throws IOException {
        dir = Files.createTempDirectory("pcap-replay-bench");
        file = dir.resolve("synthetic.pcap");
        final long targetBytes = (long) fileSizeMb << 20;
        final UnsafeBuffer payload = new UnsafeBuffer(new byte[payloadBytes]);
        try (PcapWriter writer = PcapWriter.create(file)) {
            for (long i = 0; writer.position() < targetBytes; i++) {
                payload.putLong(0, i);
                payload.putByte(payloadBytes - 1, (byte) i);
                writer.write(1_700_000_000_000_000_000L + i * 1_000L, 0x0A000001, 4000, 0xE9363601, 26400,
                    payload, 0, payloadBytes);
            }
        }
        reader = PcapReader.open(file);
    }

    @Benchmark
    public long replay(final Rates rates) throws IOException {
        final long packetsBefore = sink.packets;
        if (reader.poll(sink, 1024) == 0) {
            if (reader.end() != CaptureEnd.COMPLETE) {
                throw new IllegalStateException("synthetic recording must end cleanly: " + reader.end());
            }
            reader.close();
            reader = PcapReader.open(file);
            lastPosition = 0;
        }
        rates.packets += sink.packets - packetsBefore;
        rates.bytes += reader.position() - lastPosition;
        lastPosition = reader.position();
        return sink.checksum;
    }

    @TearDown(Level.Trial)
    public void deleteRecording() throws IOException {
        reader.close();
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
    }
}
