package io.hftengine.bench.protocol;

import com.paritytrading.juncture.nasdaq.itch50.ITCH50Parser;
import io.hftengine.protocol.binaryfile.BinaryFileFrameDecoder;
import io.hftengine.protocol.itch.ItchDecoder;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import org.agrona.concurrent.UnsafeBuffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Our ITCH 5.0 decoder against a peer in the same run: Parity's juncture ({@code ITCH50Parser},
 * Apache 2.0), the Java ITCH parser trading engineers meet first. Both decode the same in-memory
 * BinaryFILE ({@link ItchMessageMix}, a NASDAQ day's mix) and hand each message to a listener
 * that reads the fields a book needs and folds them into one sum; set-up checks that the two sums
 * agree, so both did the same work on the same messages. One operation is one message.
 *
 * <p>The designs differ and the figures say so: juncture copies every field of a message into a
 * reused object before the listener runs (timestamps, tracking number and stock included); our
 * flyweight reads a field only when the listener asks. Framing for juncture is the obvious loop
 * over the 2-byte lengths, positioning one {@code ByteBuffer} per message, as nassau's BinaryFILE
 * reader does.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
// JMH forks run from the class path: the jar manifest's Add-Exports does not reach them, Agrona needs it.
@Fork(value = 1, jvmArgsAppend = "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED")
public class ItchPeerDecodeBenchmark
{
    private UnsafeBuffer file;
    private ByteBuffer fileBytes;

    private final SummingItchListener ourSums = new SummingItchListener();
    private final ItchDecoder ours = new ItchDecoder(ourSums);
    private final BinaryFileFrameDecoder framing = new BinaryFileFrameDecoder();
    private final SummingJunctureListener theirSums = new SummingJunctureListener();
    private final ITCH50Parser theirs = new ITCH50Parser(theirSums);

    /**
     * Builds the message mix and checks that both decoders read the same fields from it.
     *
     * @throws IOException never: juncture's parser declares it
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException
    {
        file = ItchMessageMix.binaryFile(ItchDecodeBenchmark.MESSAGES, 42L);
        final byte[] bytes = new byte[file.capacity()];
        file.getBytes(0, bytes);
        fileBytes = ByteBuffer.wrap(bytes);
        ourSums.sum = 0;
        theirSums.sum = 0;
        ours.decodeBinaryFile(file, 0, file.capacity());
        junctureBinaryFile();
        if (ourSums.sum != theirSums.sum)
        {
            throw new IllegalStateException("the decoders disagree on the mix: ours summed " + ourSums.sum
                + ", juncture " + theirSums.sum);
        }
    }

    /**
     * Ours: framing and dispatch in one loop, the listener reading a book's fields.
     *
     * @return the running sum of fields read
     */
    @Benchmark
    @OperationsPerInvocation(ItchDecodeBenchmark.MESSAGES)
    public long ours()
    {
        ours.decodeBinaryFile(file, 0, file.capacity());
        return ourSums.sum;
    }

    /**
     * Ours through the generic framing decoder (a call per message unless the JIT inlines it).
     *
     * @return the running sum of fields read
     */
    @Benchmark
    @OperationsPerInvocation(ItchDecodeBenchmark.MESSAGES)
    public long oursGenericFraming()
    {
        framing.decode(file, 0, file.capacity(), ours);
        return ourSums.sum;
    }

    /**
     * Juncture: the same messages, the same fields summed.
     *
     * @return the running sum of fields read
     * @throws IOException never: juncture's parser declares it
     */
    @Benchmark
    @OperationsPerInvocation(ItchDecodeBenchmark.MESSAGES)
    public long juncture() throws IOException
    {
        junctureBinaryFile();
        return theirSums.sum;
    }

    private void junctureBinaryFile() throws IOException
    {
        final ByteBuffer buffer = fileBytes;
        final int end = buffer.capacity();
        int offset = 0;
        while (offset + 2 <= end)
        {
            final int length = buffer.getShort(offset) & 0xFFFF;
            final int start = offset + 2;
            buffer.limit(start + length).position(start);
            theirs.message(buffer);
            buffer.limit(end);
            offset = start + length;
        }
    }
}
