package io.hftengine.pipeline;

import io.hftengine.pipeline.gateway.GatewayCounter;
import io.hftengine.pipeline.gateway.SimulatedExchange;
import io.hftengine.pipeline.marketdata.MarketDataCounter;
import io.hftengine.pipeline.marketdata.UdpPacketSource;
import io.hftengine.pipeline.message.RejectReason;
import io.hftengine.pipeline.risk.RiskCounter;
import io.hftengine.pipeline.risk.RiskLimits;
import io.hftengine.pipeline.strategy.ImbalanceParams;
import io.hftengine.pipeline.strategy.ImbalanceStrategy;
import io.hftengine.protocol.moldudp64.MoldUdp64Header;
import io.hftengine.protocol.ouch.EnterOrderMessage;
import io.hftengine.protocol.ouch.ExecutedMessage;
import io.hftengine.types.Price;
import io.hftengine.types.SystemClock;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole pipeline on loopback, live mode, in each thread layout: a test feed sends MoldUDP64
 * packets over UDP (with a gap the request server fills, a duplicate, a garbage datagram and a
 * datagram from a foreign sender); a test exchange on UDP answers OUCH orders with the simulated
 * exchange's rules and over-fills the first order, which breaches the position limit and must
 * trip the kill switch, after which every new order is rejected.
 */
class LoopbackIntegrationTest {
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    private static final int SKIPPED = 10;
    private static final int DUPLICATED = 20;
    private static final int FOREIGN_DATAGRAMS = 3;

    /** UDP venue: OUCH in, OUCH replies back to the sender; over-fills the first order. */
    static final class TestExchange implements Runnable, AutoCloseable {
        final DatagramChannel channel;
        final SimulatedExchange rules = new SimulatedExchange(new SystemClock(), 100, 100_000, 4096);
        final AtomicBoolean running = new AtomicBoolean(true);
        final AtomicInteger orders = new AtomicInteger();
        final Thread thread = new Thread(this, "test-exchange");

        TestExchange() throws Exception {
            channel = DatagramChannel.open().bind(new InetSocketAddress(LOOPBACK, 0));
            thread.setDaemon(true);
            thread.start();
        }

        InetSocketAddress address() throws Exception {
            return (InetSocketAddress) channel.getLocalAddress();
        }

        @Override
        public void run() {
            final ByteBuffer in = ByteBuffer.allocate(2048);
            final UnsafeBuffer view = new UnsafeBuffer(in);
            final ByteBuffer out = ByteBuffer.allocate(2048);
            try {
                while (running.get()) {
                    in.clear();
                    final SocketAddress from = channel.receive(in);
                    final int length = in.position();
                    final boolean first = view.getByte(0) == EnterOrderMessage.MESSAGE_TYPE && orders.incrementAndGet() == 1;
                    rules.handle(view, 0, length, (buffer, offset, len) -> {
                        if (first && buffer.getByte(offset) == ExecutedMessage.MESSAGE_TYPE) {
                            // the venue over-fills our first order: 5,000 shares on an order of 200
                            final ExecutedMessage executed = new ExecutedMessage().wrap(buffer, offset);
                            final UnsafeBuffer over = new UnsafeBuffer(new byte[ExecutedMessage.LENGTH]);
                            new ExecutedMessage().wrapForEncode(over, 0).timestampNs(1)
                                .orderTokenNumber(executed.orderTokenNumber()).executedShares(5_000)
                                .executionPrice(executed.executionPrice()).liquidityFlag('R').matchNumber(999_999);
                            send(ByteBuffer.wrap(over.byteArray()), from);
                            return;
                        }
                        out.clear();
                        buffer.getBytes(offset, out, len);
                        out.flip();
                        send(out, from);
                    });
                }
            } catch (final java.nio.channels.ClosedChannelException ex) {
                // closed by close(): the thread ends
            } catch (final Exception ex) {
                if (running.get()) {
                    throw new IllegalStateException(ex);
                }
            }
        }

        private void send(final ByteBuffer bytes, final SocketAddress to) {
            try {
                channel.send(bytes, to);
            } catch (final java.io.IOException ex) {
                throw new java.io.UncheckedIOException(ex);
            }
        }

        @Override
        public void close() throws java.io.IOException {
            running.set(false);
            channel.close();
            joinQuietly(thread);
        }
    }

    /** Feed sender and MoldUDP64 request server, each its own socket. */
    static final class TestFeedServer implements AutoCloseable {
        final DatagramChannel feed;
        final DatagramChannel requestServer;
        final DatagramChannel foreign;
        final List<byte[]> packets;
        final InetSocketAddress target;
        final AtomicInteger requests = new AtomicInteger();
        final AtomicBoolean running = new AtomicBoolean(true);
        final Thread thread;

        TestFeedServer(final List<byte[]> packets, final InetSocketAddress target) throws Exception {
            this.packets = packets;
            this.target = target;
            feed = DatagramChannel.open().bind(new InetSocketAddress(LOOPBACK, 0));
            foreign = DatagramChannel.open().bind(new InetSocketAddress(LOOPBACK, 0));
            requestServer = DatagramChannel.open().bind(new InetSocketAddress(LOOPBACK, 0));
            thread = new Thread(this::serveRequests, "test-request-server");
            thread.setDaemon(true);
            thread.start();
        }

        InetSocketAddress feedAddress() throws Exception {
            return (InetSocketAddress) feed.getLocalAddress();
        }

        InetSocketAddress requestAddress() throws Exception {
            return (InetSocketAddress) requestServer.getLocalAddress();
        }

        void send(final int index) throws Exception {
            feed.send(ByteBuffer.wrap(packets.get(index)), target);
        }

        private void serveRequests() {
            final ByteBuffer in = ByteBuffer.allocate(64);
            final MoldUdp64Header header = new MoldUdp64Header();
            try {
                while (running.get()) {
                    in.clear();
                    final SocketAddress from = requestServer.receive(in);
                    requests.incrementAndGet();
                    header.wrap(new UnsafeBuffer(in.array()), 0);
                    final long first = header.sequenceNumber();
                    final long end = first + header.messageCount();
                    for (final byte[] packet : packets) {
                        final MoldUdp64Header h = new MoldUdp64Header().wrap(new UnsafeBuffer(packet), 0);
                        if (h.sequenceNumber() < end && h.sequenceNumber() + h.messageCount() > first) {
                            requestServer.send(ByteBuffer.wrap(packet), from);
                        }
                    }
                }
            } catch (final java.nio.channels.ClosedChannelException ex) {
                // closed by close(): the thread ends
            } catch (final Exception ex) {
                if (running.get()) {
                    throw new IllegalStateException(ex);
                }
            }
        }

        @Override
        public void close() throws java.io.IOException {
            running.set(false);
            requestServer.close();
            joinQuietly(thread);
            feed.close();
            foreign.close();
        }
    }

    private static void joinQuietly(final Thread thread) {
        try {
            thread.join(2_000);
        } catch (final InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(final BooleanSupplier condition, final String what, final Pipeline pipeline)
        throws InterruptedException {
        final long deadline = System.currentTimeMillis() + 20_000;
        while (!condition.getAsBoolean()) {
            assertTrue(System.currentTimeMillis() < deadline, "timed out waiting for " + what + ": "
                + pipeline.countersJson());
            Thread.sleep(2);
        }
    }

    @ParameterizedTest(name = "{0} thread(s)")
    @ValueSource(ints = {1, 2, 4})
    void feedToOrdersToFillsOnLoopback(final int threads) throws Exception {
        final ScenarioFeed scenario = new ScenarioFeed(7, 400, -1, -1);
        final List<byte[]> packets = scenario.packets;
        try (TestExchange exchange = new TestExchange()) {
            final NetworkConfig probe = NetworkConfig.builder().feed(LOOPBACK, 0).build();
            final UdpPacketSource[] holder = new UdpPacketSource[1];
            final TestFeedServer[] server = new TestFeedServer[1];
            // the feed server needs the pipeline's port and the source needs the server's: open a
            // probe source to learn a free port, then configure the real one on it
            final int port;
            try (UdpPacketSource tmp = new UdpPacketSource(probe)) {
                port = tmp.localPort();
            }
            server[0] = new TestFeedServer(packets, new InetSocketAddress(LOOPBACK, port));
            try (TestFeedServer feed = server[0]) {
                final NetworkConfig network = NetworkConfig.builder().feed(LOOPBACK, port)
                    .feedSource(feed.feedAddress()).requestServer(feed.requestAddress())
                    .gateway(GatewayMode.UDP, exchange.address()).build();
                holder[0] = new UdpPacketSource(network);
                final PipelineConfig config = PipelineConfig.builder().mode(RunMode.LIVE).layout(threads, true, false)
                    .rings(1024, 256, 256, 1024, 1024, 4096).sequencing(1, 1024, 1500, 10_000_000_000L)
                    .bookOrderCapacity(1 << 14).build();
                final Pipeline pipeline = PipelineBuilder.create().config(config).network(network)
                    .riskLimits(RiskLimits.builder().maxSymbols(8).maxOrderQuantity(500).maxSymbolPosition(1_000)
                        .maxTotalPosition(2_500).orderRate(10_000, 100).priceBandBps(100).maxOpenOrders(16).build())
                    .strategy(new ImbalanceStrategy(ImbalanceParams.builder().maxSymbols(8).depth(5)
                        .thresholdBps(1_000).orderQuantity(200).maxPosition(100_000).maxSpread(Price.ONE)
                        .cooldownNs(0).orderTimeoutNs(1_000_000_000L).build()))
                    .packetSource(holder[0], holder[0]).build();
                pipeline.start();
                try {
                    // phase 1: until the first order is over-filled and the kill switch trips
                    int next = 0;
                    while ((!pipeline.killSwitch().isTripped() || next <= DUPLICATED) && next < 200) {
                        if (next != SKIPPED) {
                            feed.send(next);
                        }
                        if (next == DUPLICATED) {
                            feed.send(next);
                            feed.feed.send(ByteBuffer.wrap(new byte[] {1, 2, 3}), feed.target);
                            for (int i = 0; i < FOREIGN_DATAGRAMS; i++) {
                                feed.foreign.send(ByteBuffer.wrap(packets.get(next)), feed.target);
                            }
                        }
                        next++;
                        Thread.sleep(1);
                    }
                    await(() -> pipeline.killSwitch().isTripped(), "the over-fill to trip the kill switch", pipeline);
                    assertTrue(pipeline.awaitQuiescent(5_000));
                    final long rejectsBefore = pipeline.risk().engine().rejects().get(RejectReason.KILL_SWITCH);
                    // phase 2: the rest of the feed; every new order must now be refused
                    final long sentAtTrip = pipeline.gateway().counters().get(GatewayCounter.ORDERS_SENT);
                    while (next < packets.size()) {
                        if (next != SKIPPED) {
                            feed.send(next);
                        }
                        next++;
                    }
                    final long expectedMessages = expectedMessages(packets);
                    await(() -> pipeline.marketData().counters().get(MarketDataCounter.MESSAGES) == expectedMessages,
                        "every message applied once", pipeline);
                    assertTrue(pipeline.awaitQuiescent(5_000));
                    Thread.sleep(50);
                    final String json = pipeline.countersJson();
                    final long killRejects = pipeline.risk().engine().rejects().get(RejectReason.KILL_SWITCH);
                    assertTrue(killRejects > rejectsBefore || killRejects > 0, "no order after the kill switch: " + json);
                    assertEquals(sentAtTrip, pipeline.gateway().counters().get(GatewayCounter.ORDERS_SENT),
                        "an order left after the kill switch: " + json);
                    assertEquals("risk: a fill, or a broken fill undone, took a position beyond its limit", pipeline.killSwitch().reason());
                    assertEquals(1, pipeline.risk().engine().counters().get(RiskCounter.OVERFILLS), json);
                    assertEquals(1, pipeline.marketData().counters().get(MarketDataCounter.GAPS), json);
                    assertEquals(1, pipeline.marketData().counters().get(MarketDataCounter.GAPS_FILLED), json);
                    assertTrue(feed.requests.get() >= 1);
                    assertTrue(pipeline.marketData().counters().get(MarketDataCounter.DUPLICATE_PACKETS) >= 1, json);
                    assertEquals(1, pipeline.marketData().counters().get(MarketDataCounter.MALFORMED_PACKETS), json);
                    // counted where it is dropped, into the stage's counters (foreign_source_packets)
                    assertEquals(FOREIGN_DATAGRAMS, pipeline.marketData().counters().get(MarketDataCounter.FOREIGN_SOURCE),
                        json);
                    assertEquals(FOREIGN_DATAGRAMS, holder[0].foreignDatagrams());
                    final long sent = pipeline.gateway().counters().get(GatewayCounter.ORDERS_SENT);
                    assertTrue(sent >= 1, json);
                    assertEquals(sent, exchange.rules.ordersReceived(), "the exchange saw every order");
                    assertEquals(sent, pipeline.gateway().counters().get(GatewayCounter.FILLS), json);
                    assertEquals(sent, pipeline.risk().engine().counters().get(RiskCounter.APPROVED_ORDERS), json);
                } finally {
                    pipeline.close();
                }
                assertEquals(null, pipeline.lastError());
                long position = 0;
                for (int s = 1; s <= 3; s++) {
                    position += Math.abs(pipeline.risk().engine().book().position(s));
                }
                assertTrue(position >= 5_000, "the over-fill is in the positions: " + position);
                assertEquals(0, pipeline.risk().engine().book().openOrders(), "all orders filled at once");
            }
        }
    }

    private static long expectedMessages(final List<byte[]> packets) {
        long total = 0;
        for (final byte[] p : packets) {
            total += new MoldUdp64Header().wrap(new UnsafeBuffer(p), 0).messageCount();
        }
        return total;
    }
}
