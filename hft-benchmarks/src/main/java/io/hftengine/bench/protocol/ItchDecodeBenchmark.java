package io.hftengine.bench.protocol;

import io.hftengine.protocol.binaryfile.BinaryFileFrameDecoder;
import io.hftengine.protocol.itch.ItchDecoder;
import io.hftengine.protocol.itch.ItchListener;
import io.hftengine.protocol.itch.ItchMoldUdp64Listener;
import io.hftengine.protocol.moldudp64.MoldUdp64Decoder;
import io.hftengine.protocol.moldudp64.MoldUdp64Descriptor;
import io.hftengine.protocol.moldudp64.MoldUdp64PacketEncoder;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
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
 * ITCH 5.0 decode and dispatch of a realistic message mix held in memory (see
 * {@link ItchMessageMix}); one operation is one message, so the score is ns/message
 * (messages per second = 1e9 / score).
 *
 * <ul>
 *   <li>{@code binaryFileDecodeOnly}: framing + type/length checks + flyweight wrap, to a no-op
 *       listener (the decoder's own cost).</li>
 *   <li>{@code binaryFileDecodeLocate}: as above, the listener reading one header field (the
 *       stock locate) per message, so no part of the dispatch can be dead-code eliminated.</li>
 *   <li>{@code fusedDecodeOnly}, {@code fusedDecodeLocate}: the same two through
 *       {@code ItchDecoder.decodeBinaryFile}, framing and dispatch in one loop (no call per
 *       message whatever the JIT decided to inline).</li>
 *   <li>{@code binaryFileDecodeAndRead}: as above, and the listener reads every field a book
 *       needs.</li>
 *   <li>{@code moldUdp64DecodeAndRead}: the market data chain: MoldUDP64 packets of up to 1,472
 *       bytes, sequence check, ITCH dispatch, field reads.</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
// JMH forks run from the class path: the jar manifest's Add-Exports does not reach them, Agrona needs it.
@Fork(value = 1, jvmArgsAppend = "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED")
public class ItchDecodeBenchmark
{
    static final int MESSAGES = 65_536;

    private UnsafeBuffer file;
    private UnsafeBuffer packets;
    private int[] packetOffsets;
    private int[] packetLengths;

    private final SummingItchListener summing = new SummingItchListener();
    private final BinaryFileFrameDecoder framing = new BinaryFileFrameDecoder();
    private final ItchDecoder noOpDecoder = new ItchDecoder(new ItchListener()
    {
    });
    private final ItchDecoder summingDecoder = new ItchDecoder(summing);
    private final LocateSummingItchListener locates = new LocateSummingItchListener();
    private final ItchDecoder locateDecoder = new ItchDecoder(locates);
    private ItchMoldUdp64Listener bridge;
    private MoldUdp64Decoder moldDecoder;

    /**
     * Builds the message mix and packs it into MoldUDP64 packets.
     */
    @Setup(Level.Trial)
    public void setUp()
    {
        file = ItchMessageMix.binaryFile(MESSAGES, 42L);
        final UnsafeBuffer out = new UnsafeBuffer(ByteBuffer.allocateDirect(file.capacity() * 2).order(ByteOrder.BIG_ENDIAN));
        final int[] offsets = new int[MESSAGES];
        final int[] lengths = new int[MESSAGES];
        final MoldUdp64PacketEncoder encoder = new MoldUdp64PacketEncoder();
        final int[] state = new int[2]; // [packet count, write position]
        encoder.wrap(out, 0, MoldUdp64Descriptor.MAX_PACKET_LENGTH_ETHERNET, "BENCH", 1);
        final long[] sequence = {1};
        new BinaryFileFrameDecoder().decode(file, 0, file.capacity(), (buffer, offset, length) ->
        {
            if (!encoder.append(buffer, offset, length))
            {
                offsets[state[0]] = state[1];
                lengths[state[0]++] = encoder.length();
                state[1] += encoder.length();
                sequence[0] += encoder.messageCount();
                encoder.wrap(out, state[1], MoldUdp64Descriptor.MAX_PACKET_LENGTH_ETHERNET, "BENCH", sequence[0]);
                encoder.append(buffer, offset, length);
            }
        });
        offsets[state[0]] = state[1];
        lengths[state[0]++] = encoder.length();
        packets = out;
        packetOffsets = java.util.Arrays.copyOf(offsets, state[0]);
        packetLengths = java.util.Arrays.copyOf(lengths, state[0]);
        bridge = new ItchMoldUdp64Listener(summingDecoder);
        moldDecoder = new MoldUdp64Decoder(bridge);
    }

    /**
     * Framing and dispatch only.
     *
     * @return messages decoded so far (consumed by JMH)
     */
    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public long binaryFileDecodeOnly()
    {
        framing.decode(file, 0, file.capacity(), noOpDecoder);
        return noOpDecoder.messagesDecoded();
    }

    /**
     * Framing and dispatch, each listener method reading the message's stock locate: decode-only
     * work that the JIT cannot fold away (the no-op listener above lets it merge the dispatch).
     *
     * @return the running sum of stock locates
     */
    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public long binaryFileDecodeLocate()
    {
        framing.decode(file, 0, file.capacity(), locateDecoder);
        return locates.sum;
    }

    /**
     * Framing and dispatch in one loop ({@code ItchDecoder.decodeBinaryFile}), no-op listener.
     *
     * @return messages decoded so far (consumed by JMH)
     */
    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public long fusedDecodeOnly()
    {
        noOpDecoder.decodeBinaryFile(file, 0, file.capacity());
        return noOpDecoder.messagesDecoded();
    }

    /**
     * Framing and dispatch in one loop, each listener method reading the stock locate.
     *
     * @return the running sum of stock locates
     */
    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public long fusedDecodeLocate()
    {
        locateDecoder.decodeBinaryFile(file, 0, file.capacity());
        return locates.sum;
    }

    /**
     * Framing, dispatch and the field reads of a book.
     *
     * @return the running sum of fields read
     */
    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public long binaryFileDecodeAndRead()
    {
        framing.decode(file, 0, file.capacity(), summingDecoder);
        return summing.sum;
    }

    /**
     * MoldUDP64 packet to ITCH listener: the market data stage's chain.
     *
     * @return the running sum of fields read
     */
    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public long moldUdp64DecodeAndRead()
    {
        // Replaying the same packets: rewind the bridge so they count as new, not duplicates.
        bridge.expectSequenceNumber(1);
        final int[] offsets = packetOffsets;
        final int[] lengths = packetLengths;
        for (int i = 0; i < offsets.length; i++)
        {
            moldDecoder.decode(packets, offsets[i], lengths[i]);
        }
        return summing.sum;
    }
}
