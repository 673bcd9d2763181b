package io.hftengine.bench.pipeline;

import io.hftengine.pipeline.message.ExecType;
import io.hftengine.pipeline.message.ExecutionReport;
import io.hftengine.pipeline.message.RejectReason;
import io.hftengine.pipeline.risk.KillSwitch;
import io.hftengine.pipeline.risk.ReferencePrices;
import io.hftengine.pipeline.risk.RiskEngine;
import io.hftengine.pipeline.risk.RiskLimits;
import io.hftengine.types.Price;
import io.hftengine.types.Side;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Pre-trade risk: every check of an approved order (the longest path: all ten checks pass, the
 * order is recorded open) and, separately, the release of that order by a fill, so the book stays
 * at steady state. Target: the check under 50 ns.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED")
public class RiskCheckBenchmark {
    private static final long PX = 100 * Price.ONE;

    /** Fills risk remembers (limits.recent_fills): the history a fill is recorded in. */
    @Param({"65536"})
    int recentFills;

    private RiskEngine risk;
    private long orderId;
    private long nowNs = 1_000_000_000_000L;
    private int symbol;
    private final ExecutionReport fill = new ExecutionReport();

    @Setup
    public void setUp() {
        final ReferencePrices refs = new ReferencePrices(64);
        for (int s = 1; s < 64; s++) {
            refs.set(s, PX);
        }
        risk = new RiskEngine(RiskLimits.builder().maxSymbols(64).maxOrderQuantity(1_000)
            .maxOrderNotional(1_000_000 * Price.ONE).maxSymbolPosition(1_000_000).maxTotalPosition(10_000_000)
            .orderRate(1_000_000_000, 1_000_000).priceBandBps(500).maxOpenOrders(1024).recentFills(recentFills).build(), refs, new KillSwitch());
    }

    /**
     * All checks pass and the order is recorded open; then a venue fill closes it, through the
     * same call the risk stage makes for a fill report (remembered among the recent fills).
     */
    @Benchmark
    public long checkApproveThenFill() {
        nowNs += 1_000;
        symbol = symbol == 63 ? 1 : symbol + 1;
        final long id = ++orderId;
        final RejectReason reason = risk.checkNew(id, symbol, (id & 1) == 0 ? Side.BUY : Side.SELL, PX + (id & 7), 100,
            nowNs);
        fill.set(ExecType.FILLED, id, 0, null, nowNs).fill(100, PX, id);
        return reason.ordinal() + (risk.onExecution(fill) ? 1 : 0);
    }

    /** Only the check: the order stays open until 512 are open, then all are filled at once. */
    @Benchmark
    public int checkOnly() {
        nowNs += 1_000;
        symbol = symbol == 63 ? 1 : symbol + 1;
        final long id = ++orderId;
        final int r = risk.checkNew(id, symbol, (id & 1) == 0 ? Side.BUY : Side.SELL, PX, 1, nowNs).ordinal();
        if (risk.book().openOrders() >= 512) {
            for (long o = id - 511; o <= id; o++) {
                risk.book().fill(o, 1, PX, 0);
            }
        }
        return r;
    }
}
