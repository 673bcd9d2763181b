package io.hftengine.bench.pipeline;

import io.hftengine.metrics.NanoTicker;
import io.hftengine.pipeline.PipeRing;
import io.hftengine.pipeline.SymbolDirectory;
import io.hftengine.pipeline.gateway.GatewayStage;
import io.hftengine.pipeline.gateway.OrderTransport;
import io.hftengine.pipeline.gateway.OuchOrderEncoder;
import io.hftengine.pipeline.gateway.ReplyHandler;
import io.hftengine.pipeline.message.DecisionType;
import io.hftengine.pipeline.message.ExecutionReport;
import io.hftengine.pipeline.message.RiskDecision;
import io.hftengine.pipeline.risk.KillSwitch;
import io.hftengine.spsc.EventHandler;
import io.hftengine.types.Price;
import io.hftengine.types.Side;
import io.hftengine.types.Symbol;
import org.agrona.DirectBuffer;
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

import java.util.concurrent.TimeUnit;

/**
 * The gateway stage alone: one approved decision from its ring serialised as an OUCH 4.2 Enter
 * Order into a transport that only counts bytes (no venue), with latency stamps recorded.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED")
public class GatewayStageBenchmark {
    private final PipeRing<RiskDecision> decisions = new PipeRing<>("d", 1024, RiskDecision::new);
    private final PipeRing<ExecutionReport> reports = new PipeRing<>("r", 1024, ExecutionReport::new);
    private final EventHandler<ExecutionReport> drop = (e, s, end) -> { };
    private final CountingTransport transport = new CountingTransport();
    private GatewayStage gateway;
    private long orderId;

    /** Counts bytes sent; no replies. */
    static final class CountingTransport implements OrderTransport {
        long bytes;

        @Override
        public boolean send(final DirectBuffer buffer, final int offset, final int length) {
            bytes += length + buffer.getByte(offset);
            return true;
        }

        @Override
        public int pollReplies(final ReplyHandler handler) {
            return 0;
        }

        @Override
        public void close() {
        }
    }

    @Setup
    public void setUp() {
        final SymbolDirectory symbols = new SymbolDirectory();
        symbols.put(1, Symbol.pack("BENCH"));
        gateway = new GatewayStage(decisions, reports, null, transport, new OuchOrderEncoder(99_999, 0), symbols,
            () -> 1_700_000_000_000_000_000L, NanoTicker.INSTANCE, null, new KillSwitch());
    }

    @Benchmark
    public long decisionToOuchBytes() {
        final long seq = decisions.tryClaim();
        final RiskDecision d = decisions.event(seq);
        d.type(DecisionType.ENTER).order().set(++orderId, 1, (orderId & 1) == 0 ? Side.BUY : Side.SELL,
            100 * Price.ONE, 100, 0);
        decisions.publish(seq);
        gateway.doWork();
        reports.poll(drop, 16);
        return transport.bytes;
    }
}
