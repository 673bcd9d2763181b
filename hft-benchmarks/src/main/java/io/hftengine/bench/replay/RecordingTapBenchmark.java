package io.hftengine.bench.replay;

import io.hftengine.replay.RecordingTap;
import io.hftengine.replay.pcap.PcapWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.agrona.concurrent.UnsafeBuffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What live recording costs the market data thread: {@code offer} copies one datagram into the
 * tap's ring (the hot-path cost), while a second thread {@code drain}s the ring into a mapped pcap
 * file. The recording restarts every {@code maxFileMb}. Offers that find the ring full are dropped
 * and counted by the tap, never waited for.
 */
@State(Scope.Group)
// JMH forks do not read the jar manifest's Add-Exports; Agrona needs it in the fork.
@Fork(value = 1, jvmArgsAppend = "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED")
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RecordingTapBenchmark {
    @Param("96")
    public int payloadBytes;

    @Param("256")
    public int maxFileMb;

    private RecordingTap tap;
    private UnsafeBuffer payload;
    private Path dir;
    private Path file;
    private PcapWriter writer;
    private long timeNs = 1_700_000_000_000_000_000L;

    @Setup(Level.Trial)
    public void open() throws IOException {
        tap = new RecordingTap(1 << 22);
        payload = new UnsafeBuffer(new byte[payloadBytes]);
        dir = Files.createTempDirectory("tap-bench");
        file = dir.resolve("live.pcap");
        writer = PcapWriter.create(file);
    }

    @Benchmark
    @Group("tap")
    @GroupThreads(1)
    public boolean offer() {
        timeNs += 1_000;
        return tap.offer(timeNs, 0x0A000001, 4000, 0xE9363601, 26400, payload, 0, payloadBytes);
    }

    @Benchmark
    @Group("tap")
    @GroupThreads(1)
    public int drain() throws IOException {
        if (writer.position() > (long) maxFileMb << 20) {
            writer.close();
            writer = PcapWriter.create(file);
        }
        return tap.drainTo(writer, 256);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        writer.close();
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
        System.out.println("\n[tap] datagrams dropped because the ring was full: " + tap.dropped());
    }
}
