package io.hftengine.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.util.concurrent.atomic.AtomicInteger;

import io.hftengine.pipeline.gateway.GatewayCounter;
import io.hftengine.pipeline.gateway.SimulatedExchange;
import io.hftengine.pipeline.marketdata.UdpPacketSource;
import io.hftengine.pipeline.risk.RiskCounter;
import io.hftengine.pipeline.risk.RiskLimits;
import io.hftengine.pipeline.strategy.ImbalanceParams;
import io.hftengine.pipeline.strategy.ImbalanceStrategy;
import io.hftengine.types.Price;
import io.hftengine.types.SystemClock;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

/**
 * Closing the pipeline right after its last orders left: the venue's replies to them are still on
 * the wire. Before, close stopped the threads as soon as the rings were empty, the replies were
 * never read, and the run's report missed the last fills (positions off by them) while the venue,
 * and the journal of a later run, had them.
 */
class CloseWaitsForTheVenueTest {
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    /** The venue answers each order this long after it came: a venue a few milliseconds away. */
    private static final long REPLY_DELAY_MS = 15;

    @Test
    void repliesInFlightAtCloseAreTakenBeforeTheThreadsStop() throws Exception {
        final ScenarioFeed scenario = new ScenarioFeed(7, 400, -1, -1);
        try (DelayedExchange exchange = new DelayedExchange();
             DatagramChannel feed = DatagramChannel.open().bind(new InetSocketAddress(LOOPBACK, 0))) {
            final int port;
            try (UdpPacketSource probe = new UdpPacketSource(NetworkConfig.builder().feed(LOOPBACK, 0).build())) {
                port = probe.localPort();
            }
            final NetworkConfig network = NetworkConfig.builder().feed(LOOPBACK, port)
                .feedSource((InetSocketAddress) feed.getLocalAddress())
                .gateway(GatewayMode.UDP, exchange.address()).build();
            final UdpPacketSource source = new UdpPacketSource(network);
            final Pipeline pipeline = PipelineBuilder.create()
                .config(PipelineConfig.builder().mode(RunMode.LIVE).layout(1, true, false)
                    .rings(1024, 256, 256, 1024, 1024, 4096).sequencing(1, 1024, 1500, 10_000_000_000L)
                    .bookOrderCapacity(1 << 14).build())
                .network(network)
                .riskLimits(RiskLimits.builder().maxSymbols(8).maxOrderQuantity(500).maxSymbolPosition(100_000)
                    .maxTotalPosition(250_000).orderRate(10_000, 100).priceBandBps(100).maxOpenOrders(64).build())
                .strategy(new ImbalanceStrategy(ImbalanceParams.builder().maxSymbols(8).depth(5)
                    .thresholdBps(1_000).orderQuantity(200).maxPosition(100_000).maxSpread(Price.ONE)
                    .cooldownNs(0).orderTimeoutNs(10_000_000_000L).build()))
                .packetSource(source, source).build();
            pipeline.start();
            final InetSocketAddress target = new InetSocketAddress(LOOPBACK, port);
            for (final byte[] packet : scenario.packets) {
                feed.send(ByteBuffer.wrap(packet), target);
            }
            final long deadline = System.currentTimeMillis() + 10_000;
            while (pipeline.gateway().counters().get(GatewayCounter.ORDERS_SENT) == 0
                && System.currentTimeMillis() < deadline) {
                Thread.sleep(1);
            }
            assertTrue(pipeline.awaitQuiescent(5_000));
            pipeline.close(); // the replies to the last orders are still REPLY_DELAY_MS away
            final String json = pipeline.countersJson();
            final long sent = pipeline.gateway().counters().get(GatewayCounter.ORDERS_SENT);
            assertTrue(sent > 0, json);
            Thread.sleep(REPLY_DELAY_MS * 4); // whatever the venue still sends is now too late
            assertEquals(exchange.repliesSent.get(), pipeline.gateway().counters().get(GatewayCounter.REPLIES),
                "every reply the venue sent before the close ended was taken: " + json);
            assertEquals(exchange.rules.ordersReceived(), pipeline.gateway().counters().get(GatewayCounter.FILLS),
                "each order's fill reached risk: " + json);
            assertEquals(pipeline.gateway().counters().get(GatewayCounter.FILLS),
                pipeline.risk().engine().counters().get(RiskCounter.FILLS), json);
        }
    }

    /** A UDP venue (the simulated exchange's rules) that answers each order after a delay. */
    private static final class DelayedExchange implements AutoCloseable {
        final DatagramChannel channel;
        final SimulatedExchange rules = new SimulatedExchange(new SystemClock(), 100, 100_000, 4096);
        final AtomicInteger repliesSent = new AtomicInteger();
        private final Thread thread;
        private volatile boolean running = true;

        DelayedExchange() throws Exception {
            channel = DatagramChannel.open().bind(new InetSocketAddress(LOOPBACK, 0));
            thread = new Thread(this::run, "delayed-exchange");
            thread.setDaemon(true);
            thread.start();
        }

        InetSocketAddress address() throws Exception {
            return (InetSocketAddress) channel.getLocalAddress();
        }

        private void run() {
            final ByteBuffer in = ByteBuffer.allocate(2048);
            final UnsafeBuffer view = new UnsafeBuffer(in);
            try {
                while (running) {
                    in.clear();
                    final SocketAddress from = channel.receive(in);
                    Thread.sleep(REPLY_DELAY_MS);
                    rules.handle(view, 0, in.position(), (buffer, offset, length) -> {
                        final ByteBuffer out = ByteBuffer.allocate(length);
                        buffer.getBytes(offset, out, length);
                        out.flip();
                        try {
                            channel.send(out, from);
                            repliesSent.incrementAndGet();
                        } catch (final java.io.IOException ex) {
                            throw new java.io.UncheckedIOException(ex);
                        }
                    });
                }
            } catch (final ClosedChannelException | InterruptedException ex) {
                // closed: the thread ends
            } catch (final Exception ex) {
                if (running) {
                    throw new IllegalStateException(ex);
                }
            }
        }

        @Override
        public void close() throws java.io.IOException {
            running = false;
            channel.close();
            try {
                thread.join(2_000);
            } catch (final InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
