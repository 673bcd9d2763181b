package io.hftengine.bench.replay;

import io.hftengine.replay.pcap.PcapWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.agrona.concurrent.UnsafeBuffer;
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
 * Cost of recording one datagram on the recorder thread: headers built, payload copied into the
 * mapped window, no system call except when a window is full. The recording restarts (truncated)
 * every {@code maxFileMb} so the benchmark does not fill the disk; that cost is amortised.
 */
@State(Scope.Thread)
// JMH forks do not read the jar manifest's Add-Exports; Agrona needs it in the fork.
@Fork(value = 1, jvmArgsAppend = "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED")
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PcapWriterBenchmark {
    @Param({"64", "1024"})
    public int payloadBytes;

    @Param("256")
    public int maxFileMb;

    private Path dir;
    private Path file;
    private PcapWriter writer;
    private UnsafeBuffer payload;
    private long timeNs = 1_700_000_000_000_000_000L;

    @Setup(Level.Trial)
    public void open() throws IOException {
        dir = Files.createTempDirectory("pcap-writer-bench");
        file = dir.resolve("recording.pcap");
        writer = PcapWriter.create(file);
        payload = new UnsafeBuffer(new byte[payloadBytes]);
    }

    @Benchmark
    public long write() throws IOException {
        if (writer.position() > (long) maxFileMb << 20) {
            writer.close();
            writer = PcapWriter.create(file);
        }
        timeNs += 1_000;
        writer.write(timeNs, 0x0A000001, 4000, 0xE9363601, 26400, payload, 0, payloadBytes);
        return writer.position();
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        writer.close();
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
    }
}
