package io.hftengine.pipeline.marketdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hftengine.pipeline.NetworkConfig;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import org.junit.jupiter.api.Test;

/**
 * A/B arbitration over real sockets: two unicast lines on loopback, each missing packets the
 * other has; every message is applied once, in order, with no retransmission request, and each
 * line's datagrams are counted.
 */
class ArbitratedPacketSourceTest extends SequencerTestBase {
    @Test
    void twoLinesEachMissingWhatTheOtherHasMakeOneWholeFeed() throws Exception {
        final InetAddress loopback = InetAddress.getLoopbackAddress();
        final NetworkConfig network = NetworkConfig.builder().feed(loopback, 0)
            .lineB(loopback, 0, null, 1_000_000L).build();
        try (ArbitratedPacketSource lines = new ArbitratedPacketSource(new UdpPacketSource(network),
                 new UdpPacketSource(network.lineB()));
             DatagramChannel sender = DatagramChannel.open()) {
            lines.countInto(counters);
            final MoldUdp64Sequencer s = sequencer(16, 1500);
            s.requestDelayNs(network.lineBRequestDelayNs());
            final InetSocketAddress lineA = new InetSocketAddress(loopback, localPort(lines, true));
            final InetSocketAddress lineB = new InetSocketAddress(loopback, localPort(lines, false));
            for (long seq = 1; seq <= 6; seq++) {
                if (seq != 3 && seq != 4) {
                    sender.send(ByteBuffer.wrap(packet(seq, 1)), lineA);
                }
                if (seq != 2 && seq != 6) {
                    sender.send(ByteBuffer.wrap(packet(seq, 1)), lineB);
                }
            }
            final long deadline = System.nanoTime() + 5_000_000_000L;
            int datagrams = 0;
            while (datagrams < 8 && System.nanoTime() < deadline) {
                datagrams += Math.max(0, lines.poll(s::onPacket));
            }
            assertEquals(8, datagrams);
            assertEquals(range(1, 6), applied, "every message once, in order");
            assertEquals(4, count(MarketDataCounter.LINE_A_DATAGRAMS));
            assertEquals(4, count(MarketDataCounter.LINE_B_DATAGRAMS));
            assertEquals(2, count(MarketDataCounter.DUPLICATE_PACKETS), "1 and 5 came on both lines");
            s.checkTimeout();
            assertTrue(requests.isEmpty(), "nothing was missing from both lines");
            assertFalse(s.gapOpen());
        }
    }

    /** The local port a line is bound to (each bound to an ephemeral one). */
    private static int localPort(final ArbitratedPacketSource lines, final boolean lineA) {
        return lines.localPort(lineA);
    }
}
