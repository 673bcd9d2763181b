package io.hftengine.pipeline.risk;

import io.hftengine.pipeline.message.ExecType;
import io.hftengine.pipeline.message.ExecutionReport;
import io.hftengine.pipeline.message.RejectReason;
import io.hftengine.types.Price;
import io.hftengine.types.Side;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A million random signals (10 tries x 100,000) through risk, with random fills, cancels and a
 * kill switch set at a random point: every approved order is checked against an independent
 * model of positions and open orders, never against the engine's own bookkeeping.
 */
class RiskPropertyTest {
    private static final int SYMBOLS = 8;
    private static final long MAX_QTY = 500;
    private static final long MAX_NOTIONAL = 30_000 * Price.ONE;
    private static final long MAX_SYMBOL = 1_000;
    private static final long MAX_TOTAL = 3_000;
    private static final long RATE = 1_000;
    private static final long BURST = 20;
    private static final long BAND_BPS = 300;
    private static final int MAX_OPEN = 16;

    private static final class ModelOrder {
        final int symbol;
        final Side side;
        long leaves;

        ModelOrder(final int symbol, final Side side, final long leaves) {
            this.symbol = symbol;
            this.side = side;
            this.leaves = leaves;
        }
    }

    @Property(tries = 10)
    void noApprovedOrderEverBreaksALimit(@ForAll final long seed) {
        final SplittableRandom rnd = new SplittableRandom(seed);
        final ReferencePrices refs = new ReferencePrices(SYMBOLS + 1);
        final long[] reference = new long[SYMBOLS + 1];
        for (int s = 1; s <= SYMBOLS; s++) {
            reference[s] = (10 + rnd.nextInt(200)) * Price.ONE + rnd.nextInt(10_000) * 10_000L;
            refs.set(s, reference[s]);
        }
        final KillSwitch kill = new KillSwitch();
        final RiskEngine risk = new RiskEngine(RiskLimits.builder().maxSymbols(SYMBOLS + 1).maxOrderQuantity(MAX_QTY)
            .maxOrderNotional(MAX_NOTIONAL).maxSymbolPosition(MAX_SYMBOL).maxTotalPosition(MAX_TOTAL)
            .orderRate(RATE, BURST).priceBandBps(BAND_BPS).maxOpenOrders(MAX_OPEN).build(), refs, kill);

        final long[] position = new long[SYMBOLS + 1];
        final Map<Long, ModelOrder> open = new HashMap<>();
        final List<Long> openIds = new ArrayList<>();
        final ArrayDeque<Long> approvalTimes = new ArrayDeque<>();
        final ExecutionReport report = new ExecutionReport();
        final int killAt = 50_000 + rnd.nextInt(50_000);
        long now = 1_000_000_000_000L;
        long id = 0;
        long maxId = 0;
        int approved = 0;

        for (int i = 0; i < 100_000; i++) {
            now += rnd.nextInt(3_000_000);
            if (i == killAt) {
                kill.trip("property test");
            }
            final int action = rnd.nextInt(10);
            if (action < 2 && !openIds.isEmpty()) {
                // a venue fill or cancel of a random open order
                final long orderId = openIds.get(rnd.nextInt(openIds.size()));
                final ModelOrder o = open.get(orderId);
                final boolean fill = action == 0;
                final long qty = 1 + rnd.nextLong(o.leaves);
                report.set(fill ? ExecType.FILLED : ExecType.CANCELLED, orderId, 0, null, now).fill(qty, 0, 0);
                risk.onExecution(report);
                if (fill) {
                    position[o.symbol] += o.side.sign() * qty;
                }
                o.leaves -= qty;
                if (o.leaves == 0) {
                    open.remove(orderId);
                    openIds.remove(orderId);
                }
                continue;
            }
            // ids mostly increase, sometimes repeat or go back
            id = rnd.nextInt(20) == 0 ? Math.max(1, id - rnd.nextInt(5)) : id + 1;
            final int symbol = rnd.nextInt(25) == 0 ? rnd.nextInt(SYMBOLS + 3) - 1 : 1 + rnd.nextInt(SYMBOLS);
            final Side side = rnd.nextBoolean() ? Side.BUY : Side.SELL;
            final long ref = symbol >= 1 && symbol <= SYMBOLS ? reference[symbol] : 100 * Price.ONE;
            final long price = ref + (long) ((rnd.nextDouble() - 0.5) * 0.1 * ref);
            final long qty = rnd.nextInt(30) == 0 ? rnd.nextLong(2_000) - 100 : rnd.nextLong(MAX_QTY + 50);
            final RejectReason reason = risk.checkNew(id, symbol, side, price, qty, now);
            if (reason != RejectReason.NONE) {
                continue;
            }
            approved++;
            // the checks, against the model only
            assertTrue(i < killAt, "approved after the kill switch");
            assertTrue(id > maxId, "id not strictly increasing");
            maxId = id;
            assertTrue(symbol >= 1 && symbol <= SYMBOLS);
            assertTrue(qty >= 1 && qty <= MAX_QTY, "quantity " + qty);
            assertTrue(Math.multiplyHigh(price, qty) == 0 && price * qty <= MAX_NOTIONAL, "notional");
            assertTrue(Math.abs(price - reference[symbol]) * 10_000 <= reference[symbol] * BAND_BPS, "band");
            open.put(id, new ModelOrder(symbol, side, qty));
            openIds.add(id);
            assertTrue(open.size() <= MAX_OPEN, "open orders " + open.size());
            long total = 0;
            for (int s = 1; s <= SYMBOLS; s++) {
                long buys = 0;
                long sells = 0;
                for (final ModelOrder o : open.values()) {
                    if (o.symbol == s) {
                        if (o.side == Side.BUY) {
                            buys += o.leaves;
                        } else {
                            sells += o.leaves;
                        }
                    }
                }
                final long worst = Math.max(Math.abs(position[s] + buys), Math.abs(position[s] - sells));
                if (s == symbol) {
                    assertTrue(worst <= MAX_SYMBOL, "symbol worst case " + worst);
                }
                total += worst;
            }
            assertTrue(total <= MAX_TOTAL, "total worst case " + total);
            approvalTimes.addLast(now);
            while (approvalTimes.peekFirst() < now - 1_000_000_000L) {
                approvalTimes.pollFirst();
            }
            assertTrue(approvalTimes.size() <= BURST + RATE + 1, "rate " + approvalTimes.size());
        }
        assertTrue(approved > 100, "the test must approve orders to mean anything: " + approved);
        assertEquals(risk.counters().get(RiskCounter.APPROVED_ORDERS), approved);
        assertTrue(risk.rejects().get(RejectReason.KILL_SWITCH) > 0);
    }
}
