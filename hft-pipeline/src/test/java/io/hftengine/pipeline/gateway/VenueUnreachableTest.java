package io.hftengine.pipeline.gateway;

import io.hftengine.metrics.NanoTicker;
import io.hftengine.pipeline.MutableClock;
import io.hftengine.pipeline.PipeRing;
import io.hftengine.pipeline.SymbolDirectory;
import io.hftengine.pipeline.message.DecisionType;
import io.hftengine.pipeline.message.ExecutionReport;
import io.hftengine.pipeline.message.RejectReason;
import io.hftengine.pipeline.message.RiskDecision;
import io.hftengine.pipeline.risk.KillSwitch;
import io.hftengine.pipeline.risk.ReferencePrices;
import io.hftengine.pipeline.risk.RiskEngine;
import io.hftengine.pipeline.risk.RiskLimits;
import io.hftengine.types.Price;
import io.hftengine.types.Side;
import io.hftengine.types.Symbol;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fault: the venue's UDP port has nobody listening, so the kernel answers with ICMP port
 * unreachable, which a connected {@link DatagramChannel} reports as a
 * {@code PortUnreachableException} on a later send or receive. The gateway does not crash; a send
 * that fails is counted ({@code SEND_FAILURES}) and reported REJECTED ('F') to risk, which frees
 * its open-order slot; orders flow again once the venue listens.
 *
 * <p>What UDP cannot tell: an order the kernel accepted gets no reply and no error of its own (the
 * ICMP error is reported once, on whichever call comes next, and the gateway's receive poll
 * usually takes it). Such an order is counted as sent and stays open in risk, the same known gap
 * as an order handed to a SoupBinTCP socket just before the link broke; the test pins that down.
 */
class VenueUnreachableTest {
    private static final long PX = 10 * Price.ONE;

    private final MutableClock clock = new MutableClock(1_700_000_000_000_000_000L);
    private final PipeRing<RiskDecision> decisions = new PipeRing<>("d", 64, RiskDecision::new);
    private final PipeRing<ExecutionReport> reports = new PipeRing<>("r", 256, ExecutionReport::new);
    private final List<String> seen = new ArrayList<>();
    private RiskEngine risk;
    private GatewayStage gateway;
    private Venue venue;

    /** The venue once it listens again: the simulated exchange behind a non-blocking UDP socket. */
    private final class Venue implements AutoCloseable {
        final DatagramChannel channel = DatagramChannel.open();
        final SimulatedExchange exchange = new SimulatedExchange(clock, 0, 1_000, 64);
        final ByteBuffer in = ByteBuffer.allocate(2048);
        final ByteBuffer out = ByteBuffer.allocate(2048);

        Venue(final InetSocketAddress at) throws java.io.IOException {
            channel.bind(at);
            channel.configureBlocking(false);
        }

        void serve() throws java.io.IOException {
            SocketAddress from;
            while ((from = channel.receive(in.clear())) != null) {
                final SocketAddress to = from;
                exchange.handle(new UnsafeBuffer(in.array(), 0, in.position()), 0, in.position(),
                    (buffer, offset, length) -> {
                        out.clear();
                        buffer.getBytes(offset, out, length);
                        out.flip();
                        try {
                            channel.send(out, to);
                        } catch (final java.io.IOException ex) {
                            throw new java.io.UncheckedIOException(ex);
                        }
                    });
            }
        }

        @Override
        public void close() throws java.io.IOException {
            channel.close();
        }
    }

    private void enter(final long id) {
        assertEquals(RejectReason.NONE, risk.checkNew(id, 1, Side.BUY, PX, 100, clock.epochNanos()),
            "order " + id + " passes risk");
        final long seq = decisions.tryClaim();
        final RiskDecision d = decisions.event(seq);
        d.clearStamps();
        d.type(DecisionType.ENTER).order().set(id, 1, Side.BUY, PX, 100, clock.epochNanos());
        decisions.publish(seq);
    }

    private void work() throws java.io.IOException {
        if (venue != null) {
            venue.serve();
        }
        gateway.doWork();
        reports.poll((report, s, end) -> {
            risk.onExecution(report);
            seen.add(report.type() + " " + report.orderId() + (report.venueReason() != 0
                ? " " + (char) report.venueReason() : ""));
        }, 256);
    }

    private void runUntil(final BooleanSupplier done, final String what) throws Exception {
        final long deadline = System.currentTimeMillis() + 5_000;
        while (!done.getAsBoolean()) {
            work();
            Thread.sleep(1);
            assertTrue(System.currentTimeMillis() < deadline, what + ": " + seen);
        }
    }

    private long count(final GatewayCounter c) {
        return gateway.counters().get(c);
    }

    private long rejectedF() {
        return seen.stream().filter(s -> s.startsWith("REJECTED") && s.endsWith(" F")).count();
    }

    @Test
    void aVenueNobodyListensOnCostsNoCrashFailedSendsAreRejectedAndOrdersFlowWhenItComesBack() throws Exception {
        final RiskLimits limits = RiskLimits.builder().maxSymbols(16).maxOrderQuantity(1_000)
            .maxOrderNotional(1_000_000 * Price.ONE).maxSymbolPosition(1_000_000).maxTotalPosition(1_000_000)
            .orderRate(1_000_000, 1_000).priceBandBps(500).maxOpenOrders(200).build();
        final ReferencePrices refs = new ReferencePrices(16);
        refs.set(1, PX);
        final KillSwitch kill = new KillSwitch();
        risk = new RiskEngine(limits, refs, kill);
        final SymbolDirectory symbols = new SymbolDirectory();
        symbols.put(1, Symbol.pack("ALC"));
        final InetSocketAddress address;
        try (DatagramChannel probe = DatagramChannel.open()) {
            probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            address = (InetSocketAddress) probe.getLocalAddress();
        }
        final UdpOrderTransport udp = new UdpOrderTransport(address);
        gateway = new GatewayStage(decisions, reports, null, udp, new OuchOrderEncoder(99_999, 0), symbols, clock,
            NanoTicker.INSTANCE, null, kill);
        long id = 0;
        // one order per duty cycle, with time for the ICMP error to come back each time
        for (int i = 0; i < 10; i++) {
            enter(++id);
            work();
            Thread.sleep(2);
            work();
        }
        // two orders per duty cycle until a send meets the error the first one caused
        for (int burst = 0; burst < 50 && count(GatewayCounter.SEND_FAILURES) == 0; burst++) {
            enter(++id);
            enter(++id);
            work();
            Thread.sleep(2);
            work();
        }
        final long down = id;
        final long sent = count(GatewayCounter.ORDERS_SENT);
        final long failed = count(GatewayCounter.SEND_FAILURES);
        assertTrue(failed > 0, "a send after the ICMP error fails: " + seen);
        assertTrue(udp.venueUnreachable() >= failed, "every ICMP error counted, also those a read swallowed: "
            + udp.venueUnreachable());
        assertEquals(down, sent + failed, "every order either handed to the kernel or failed");
        assertEquals(failed, rejectedF(), "each failed send reported rejected ('F')");
        assertEquals(failed, seen.size(), "no other report: " + seen);
        assertEquals(sent, risk.book().openOrders(), "failed sends freed their slots; orders sent into the void"
            + " stay open (no reply, the known gap)");
        assertFalse(kill.isTripped());
        assertEquals(0, count(GatewayCounter.REPLIES));

        // the venue comes back on the same port
        try (Venue back = new Venue(address)) {
            venue = back;
            for (int i = 0; i < 3; i++) {
                work(); // any ICMP error still pending is taken by the receive poll
            }
            final long failedBefore = count(GatewayCounter.SEND_FAILURES);
            final long openBefore = risk.book().openOrders();
            final List<String> expected = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                enter(++id);
                expected.add("ACCEPTED " + id);
            }
            runUntil(() -> seen.containsAll(expected), "orders accepted once the venue listens");
            assertEquals(failedBefore, count(GatewayCounter.SEND_FAILURES), "no failure once the venue listens");
            assertEquals(5, back.exchange.ordersReceived());
            assertEquals(openBefore + 5, risk.book().openOrders(), "the five rest at the venue");
            assertEquals(5, count(GatewayCounter.ACCEPTED));
            assertFalse(kill.isTripped());
        } finally {
            venue = null;
            gateway.onClose();
        }
    }
}
