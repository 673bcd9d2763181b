package io.hftengine.bench.protocol;

import io.hftengine.protocol.ouch.EnterOrderMessage;
import io.hftengine.protocol.ouch.OuchOutboundDecoder;
import io.hftengine.protocol.ouch.OuchOutboundListener;
import io.hftengine.protocol.ouch.ExecutedMessage;
import io.hftengine.protocol.soupbintcp.SoupBinTcpDescriptor;
import io.hftengine.protocol.soupbintcp.SoupBinTcpEncoder;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import org.agrona.concurrent.UnsafeBuffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The gateway's side of OUCH 4.2: encode an Enter Order inside a SoupBinTCP Unsequenced Data
 * packet, and decode an Executed message. Score in ns per message.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
// JMH forks run from the class path: the jar manifest's Add-Exports does not reach them, Agrona needs it.
@Fork(value = 1, jvmArgsAppend = "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED")
public class OuchEncodeBenchmark
{
    private final UnsafeBuffer out = new UnsafeBuffer(ByteBuffer.allocateDirect(128));
    private final UnsafeBuffer executed = new UnsafeBuffer(ByteBuffer.allocateDirect(64));
    private final EnterOrderMessage enter = new EnterOrderMessage();
    private final long[] sink = new long[1];
    private final OuchOutboundDecoder decoder = new OuchOutboundDecoder(new OuchOutboundListener()
    {
        @Override
        public void onExecuted(final ExecutedMessage message)
        {
            sink[0] += message.executedShares() + message.executionPrice() + message.matchNumber();
        }
    });
    private long token;

    /**
     * Prepares the Executed message to decode.
     */
    @Setup
    public void setUp()
    {
        new ExecutedMessage().wrapForEncode(executed, 0).timestampNs(1).orderTokenNumber(7).executedShares(100)
            .executionPrice(1_502_500).liquidityFlag('A').matchNumber(99);
    }

    /**
     * Writes a SoupBinTCP header and an Enter Order with a fresh numeric token.
     *
     * @return the packet length
     */
    @Benchmark
    public int encodeEnterOrder()
    {
        final int length = SoupBinTcpEncoder.unsequencedDataHeader(out, 0, EnterOrderMessage.LENGTH);
        enter.wrapForEncode(out, SoupBinTcpDescriptor.PAYLOAD_OFFSET)
            .orderTokenNumber(++token).side('B').shares(100).stock(0x4141504C20202020L).price(1_502_500)
            .timeInForce(0).firm(0x4753434F).display('Y').capacity('A').intermarketSweepEligibility('N')
            .minimumQuantity(0).crossType('N').customerType('R');
        return length;
    }

    /**
     * Decodes an Executed message and reads its fields.
     *
     * @return the running sum of fields read
     */
    @Benchmark
    public long decodeExecuted()
    {
        decoder.decode(executed, 0, ExecutedMessage.LENGTH);
        return sink[0];
    }
}
