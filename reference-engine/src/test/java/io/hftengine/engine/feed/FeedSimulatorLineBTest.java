package io.hftengine.engine.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.channels.DatagramChannel;

import io.hftengine.pipeline.Counters;
import io.hftengine.pipeline.NetworkConfig;
import io.hftengine.pipeline.marketdata.ArbitratedPacketSource;
import io.hftengine.pipeline.marketdata.MarketDataCounter;
import io.hftengine.pipeline.marketdata.MoldUdp64Sequencer;
import io.hftengine.pipeline.marketdata.UdpPacketSource;
import io.hftengine.types.SystemClock;
import org.junit.jupiter.api.Test;

/**
 * The feed simulator as an exchange's A/B feed, read by the engine's own A/B arbitration (the
 * market data stage's {@link ArbitratedPacketSource} into its {@link MoldUdp64Sequencer}, over
 * loopback, on ephemeral ports): with line A dropping every 7th packet and line B every 5th, every
 * message arrives once, in order, and only the packets both lines dropped (every 35th) are asked
 * of the retransmission server.
 */
class FeedSimulatorLineBTest {
    private static final String SESSION = "ABFEED0001";

    @Test
    void eachLineFillsTheOthersDropsAndOnlyWhatBothDroppedIsRequested() throws Exception {
        final InetAddress loopback = InetAddress.getLoopbackAddress();
        // The engine's lines as it opens them from network.toml [feed] and [feed_b], each on an
        // ephemeral port; requests go to a port the feed then serves on.
        final InetSocketAddress requestServer = new InetSocketAddress(loopback, freePort());
        final NetworkConfig network = NetworkConfig.builder().feed(loopback, 0).requestServer(requestServer)
                .lineB(loopback, 0, null, 5_000_000L).build();
        final Counters<MarketDataCounter> counters = new Counters<>("md", MarketDataCounter.class);
        final long[] applied = {0};
        final long[] givenUp = {0};
        final StringBuilder asked = new StringBuilder();
        try (ArbitratedPacketSource lines = new ArbitratedPacketSource(new UdpPacketSource(network),
                new UdpPacketSource(network.lineB()));
             FeedSimulator feed = new FeedSimulator(new FeedOptions(10, 7, 20_000, 6_000, 20_000_000_000L, SESSION,
                     new InetSocketAddress(loopback, lines.localPort(true)), new InetSocketAddress(loopback, 0),
                     requestServer, 8, 7, 0, 10_000, 1_000))) {
            feed.lineB(new InetSocketAddress(loopback, lines.localPort(false)), 5);
            lines.countInto(counters);
            final MoldUdp64Sequencer sequencer = new MoldUdp64Sequencer((buffer, offset, length) -> applied[0]++,
                    counters, (buffer, offset, length) -> {
                        asked.append(' ').append(buffer.getLong(offset + 10, java.nio.ByteOrder.BIG_ENDIAN)).append('+')
                                .append(buffer.getShort(offset + 18, java.nio.ByteOrder.BIG_ENDIAN));
                        return lines.request(buffer, offset, length);
                    }, new SystemClock(), () -> givenUp[0]++, 1, 4_096, 1_500, 5_000_000_000L);
            sequencer.requestDelayNs(network.lineBRequestDelayNs());
            final Thread thread = new Thread(feed, "feed");
            thread.start();
            final long deadline = System.nanoTime() + 30_000_000_000L;
            while (thread.isAlive() && System.nanoTime() < deadline
                    && !(counters.get(MarketDataCounter.END_OF_SESSION) > 0 && !sequencer.gapOpen()
                            && sequencer.expectedSequence() == feed.messages() + 1)) {
                if (lines.poll(sequencer::onPacket) == 0) {
                    sequencer.checkTimeout();
                    Thread.onSpinWait();
                }
            }
            feed.stop();
            thread.join(15_000);
            final String summary = "A dropped " + feed.packetsDropped() + ", B " + feed.lineBPacketsDropped()
                    + ", both " + feed.packetsDroppedOnBothLines() + " of " + feed.packets() + " packets; gaps "
                    + counters.get(MarketDataCounter.GAPS) + ", requests "
                    + counters.get(MarketDataCounter.RETRANSMIT_REQUESTS) + ", resent " + feed.retransmittedMessages() + "; asked for" + asked;
            assertEquals(0, givenUp[0], "no gap given up: " + summary);
            assertEquals(feed.messages() + 1, sequencer.expectedSequence(), "every message, in order: " + summary);
            assertEquals(feed.messages(), applied[0], "each message applied once: " + summary);
            assertTrue(feed.packetsDropped() > 50 && feed.lineBPacketsDropped() > 50, summary);
            assertEquals(feed.packets() / 35, feed.packetsDroppedOnBothLines(), "every 35th on both: " + summary);
            assertTrue(counters.get(MarketDataCounter.LINE_B_DATAGRAMS) > feed.packets() / 2, "B read: " + summary);
            // Each line's own drops the other filled: what is asked for is what both dropped, not
            // line A's drops. (Not exactly: when a gap's answer fills it, the sequencer asks at once
            // for a hole behind it, without waiting for line B, which may be a packet behind.)
            final long requests = counters.get(MarketDataCounter.RETRANSMIT_REQUESTS);
            assertTrue(requests <= 2 * feed.packetsDroppedOnBothLines()
                    && requests < feed.packetsDropped() / 3, summary);
            assertTrue(feed.retransmittedMessages() <= 2 * 8 * feed.packetsDroppedOnBothLines(), summary);
        }
    }

    /** A port free a moment ago, for the request server the engine's config must name up front. */
    private static int freePort() throws java.io.IOException {
        try (DatagramChannel probe = DatagramChannel.open(StandardProtocolFamily.INET)) {
            probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return ((InetSocketAddress) probe.getLocalAddress()).getPort();
        }
    }
}
