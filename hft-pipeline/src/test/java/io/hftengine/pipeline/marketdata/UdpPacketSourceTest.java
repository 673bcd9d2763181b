package io.hftengine.pipeline.marketdata;

import io.hftengine.pipeline.Counters;
import io.hftengine.pipeline.NetworkConfig;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.MembershipKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The live feed socket on loopback: datagrams from the configured source are handed over byte for
 * byte, datagrams from any other sender are dropped and counted into the stage's counters; and the
 * multicast path, a source-specific join of a 239.x group on the loopback interface, really
 * receives (skipped, saying why, where the kernel does not deliver multicast on loopback).
 */
class UdpPacketSourceTest {
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    private static final long WAIT_MS = 2_000;

    private final Counters<MarketDataCounter> counters = new Counters<>("marketData", MarketDataCounter.class);
    private final List<byte[]> received = new ArrayList<>();
    private final PacketHandler collect = (buffer, offset, length) -> {
        final byte[] copy = new byte[length];
        buffer.getBytes(offset, copy);
        received.add(copy);
    };

    @Test
    void foreignDatagramsAreDroppedAndCountedInTheStageCounters() throws Exception {
        try (DatagramChannel feed = DatagramChannel.open().bind(new InetSocketAddress(LOOPBACK, 0));
             DatagramChannel foreign = DatagramChannel.open().bind(new InetSocketAddress(LOOPBACK, 0))) {
            final NetworkConfig config = NetworkConfig.builder().feed(LOOPBACK, 0)
                .feedSource((InetSocketAddress) feed.getLocalAddress()).build();
            try (UdpPacketSource source = new UdpPacketSource(config)) {
                source.countInto(counters);
                final InetSocketAddress target = new InetSocketAddress(LOOPBACK, source.localPort());
                feed.send(ByteBuffer.wrap(new byte[] {1, 2, 3}), target);
                for (int i = 0; i < 3; i++) {
                    foreign.send(ByteBuffer.wrap(new byte[] {9, 9}), target);
                }
                feed.send(ByteBuffer.wrap(new byte[] {4, 5}), target);
                pollDatagrams(source, 5);
                assertEquals(2, received.size());
                assertArrayEquals(new byte[] {1, 2, 3}, received.get(0));
                assertArrayEquals(new byte[] {4, 5}, received.get(1));
                assertEquals(3, counters.get(MarketDataCounter.FOREIGN_SOURCE), "counted where dropped");
                assertEquals(3, source.foreignDatagrams());
            }
        }
    }

    @Test
    void joinsAMulticastGroupOnTheLoopbackInterface() throws Exception {
        final NetworkInterface lo = NetworkInterface.getByInetAddress(LOOPBACK);
        Assumptions.assumeTrue(lo != null, "no loopback network interface");
        final InetAddress group = InetAddress.getByName("239.255.27.31");
        Assumptions.assumeTrue(multicastWorksOn(lo, group),
            "this kernel/container does not deliver multicast on " + lo.getName()
                + " (no route for 239.0.0.0/8 or multicast filtered): the multicast join cannot be tested here");
        try (DatagramChannel feed = multicastSender(lo);
             DatagramChannel foreign = multicastSender(lo)) {
            final NetworkConfig config = NetworkConfig.builder().feed(group, 0).feedInterface(lo.getName())
                .feedSource((InetSocketAddress) feed.getLocalAddress()).build();
            try (UdpPacketSource source = new UdpPacketSource(config)) {
                source.countInto(counters);
                final InetSocketAddress target = new InetSocketAddress(group, source.localPort());
                for (byte i = 1; i <= 3; i++) {
                    feed.send(ByteBuffer.wrap(new byte[] {i, i, i}), target);
                }
                // same host, other port: passes the kernel's source filter, refused by the port check
                foreign.send(ByteBuffer.wrap(new byte[] {9}), target);
                pollDatagrams(source, 4);
                assertEquals(3, received.size(), "every datagram sent to the group arrives");
                for (byte i = 1; i <= 3; i++) {
                    assertArrayEquals(new byte[] {i, i, i}, received.get(i - 1));
                }
                assertEquals(1, counters.get(MarketDataCounter.FOREIGN_SOURCE));
            }
        }
    }

    /**
     * The two lines of an A/B feed on one UDP port (NASDAQ's are: two groups, one port), a socket
     * a line, both bound to that port: each datagram is read once, by its own line's socket. (A
     * Linux socket bound to the wildcard address can hear every group any socket on the host
     * joined, IP_MULTICAST_ALL; the JDK turns that off for its multicast channels, and this test
     * holds it to that.)
     */
    @Test
    void twoLinesOnOnePortAreEachReadOnceByTheirOwnSocket() throws Exception {
        final NetworkInterface lo = NetworkInterface.getByInetAddress(LOOPBACK);
        Assumptions.assumeTrue(lo != null, "no loopback network interface");
        final InetAddress lineA = InetAddress.getByName("239.255.27.41");
        final InetAddress lineB = InetAddress.getByName("239.255.27.42");
        Assumptions.assumeTrue(multicastWorksOn(lo, lineA), "no multicast on " + lo.getName() + " here");
        final int port;
        try (DatagramChannel probe = DatagramChannel.open(StandardProtocolFamily.INET)) {
            port = ((InetSocketAddress) probe.bind(new InetSocketAddress(0)).getLocalAddress()).getPort();
        }
        try (DatagramChannel sender = multicastSender(lo)) {
            final NetworkConfig config = NetworkConfig.builder().feed(lineA, port).feedInterface(lo.getName())
                .lineB(lineB, port, null, 1_000_000L).build();
            try (ArbitratedPacketSource source = new ArbitratedPacketSource(new UdpPacketSource(config),
                     new UdpPacketSource(config.lineB()))) {
                source.countInto(counters);
                sender.send(ByteBuffer.wrap(new byte[] {1}), new InetSocketAddress(lineA, port));
                sender.send(ByteBuffer.wrap(new byte[] {2}), new InetSocketAddress(lineB, port));
                final long deadline = System.currentTimeMillis() + 2_000;
                while (received.size() < 2 && System.currentTimeMillis() < deadline) {
                    source.poll(collect);
                }
                Thread.sleep(100); // time for a second copy, if any, to arrive
                while (source.poll(collect) > 0) {
                    Thread.onSpinWait();
                }
                assertEquals(2, received.size(), "each line's datagram exactly once");
                assertEquals(1, counters.get(MarketDataCounter.LINE_A_DATAGRAMS));
                assertEquals(1, counters.get(MarketDataCounter.LINE_B_DATAGRAMS));
            }
        }
    }

    @Test
    void aPortInUseIsReportedWithTheAddressAndTheKernelsReason() throws Exception {
        // No SO_REUSEADDR on this socket, so the feed's bind must fail.
        try (DatagramChannel taken = DatagramChannel.open(StandardProtocolFamily.INET)
                .bind(new InetSocketAddress(LOOPBACK, 0))) {
            final int port = ((InetSocketAddress) taken.getLocalAddress()).getPort();
            final NetworkConfig config = NetworkConfig.builder().feed(LOOPBACK, port).build();
            final UncheckedIOException error = assertThrows(UncheckedIOException.class, () -> new UdpPacketSource(config));
            assertEquals("feed 127.0.0.1:" + port + ": cannot bind 127.0.0.1:" + port + ": "
                + error.getCause().getMessage(), error.getMessage());
            assertTrue(error.getCause().getMessage().toLowerCase(java.util.Locale.ROOT).contains("in use"),
                error.getCause().getMessage());
        }
    }

    /**
     * Two engines on one unicast feed port: with SO_REUSEADDR on both, Linux let the second bind
     * and then delivered each datagram to one of the two, so each engine silently missed part of
     * the feed (a concurrent run took a demo's whole feed). The second must fail to start instead.
     */
    @Test
    void aSecondEngineOnTheSameUnicastPortFailsInsteadOfSharingTheFeed() throws Exception {
        final int port;
        try (DatagramChannel probe = DatagramChannel.open(StandardProtocolFamily.INET)
                .bind(new InetSocketAddress(LOOPBACK, 0))) {
            port = ((InetSocketAddress) probe.getLocalAddress()).getPort();
        }
        final NetworkConfig config = NetworkConfig.builder().feed(LOOPBACK, port).build();
        final UdpPacketSource first = new UdpPacketSource(config);
        try {
            final UncheckedIOException error = assertThrows(UncheckedIOException.class, () -> new UdpPacketSource(config));
            assertTrue(error.getMessage().startsWith("feed 127.0.0.1:" + port + ": cannot bind"), error.getMessage());
        } finally {
            first.close();
        }
    }

    @Test
    void anUnknownInterfaceIsNamedWithTheOnesThisHostHas() throws Exception {
        final NetworkConfig config = NetworkConfig.builder().feed(InetAddress.getByName("239.255.27.32"), 0)
            .feedInterface("nosuch0").build();
        final UncheckedIOException error = assertThrows(UncheckedIOException.class, () -> new UdpPacketSource(config));
        assertTrue(error.getMessage().startsWith("feed 239.255.27.32:0: no network interface named 'nosuch0' to join"
            + " the group on (this host has: "), error.getMessage());
        final NetworkInterface lo = NetworkInterface.getByInetAddress(LOOPBACK);
        if (lo != null) {
            assertTrue(error.getMessage().contains(lo.getName()), error.getMessage());
        }
    }

    /** Polls until {@code datagrams} have been taken (handed over or dropped), or fails. */
    private void pollDatagrams(final UdpPacketSource source, final int datagrams) throws InterruptedException {
        final long deadline = System.currentTimeMillis() + WAIT_MS;
        int taken = 0;
        while (taken < datagrams) {
            assertTrue(System.currentTimeMillis() < deadline, "only " + taken + " of " + datagrams + " datagrams"
                + " arrived; handed over: " + received.size());
            final int got = source.poll(collect);
            if (got == 0) {
                Thread.sleep(1);
            }
            taken += got;
        }
        Thread.sleep(20);
        assertEquals(0, source.poll(collect), "no more datagrams than sent");
    }

    private static DatagramChannel multicastSender(final NetworkInterface lo) throws IOException {
        final DatagramChannel channel = DatagramChannel.open(StandardProtocolFamily.INET);
        channel.setOption(StandardSocketOptions.IP_MULTICAST_IF, lo);
        channel.setOption(StandardSocketOptions.IP_MULTICAST_LOOP, true);
        return channel.bind(new InetSocketAddress(LOOPBACK, 0));
    }

    /** The probe: a plain socket joins the group on the interface and must see one datagram sent to it. */
    private static boolean multicastWorksOn(final NetworkInterface lo, final InetAddress group) {
        try (DatagramChannel receiver = DatagramChannel.open(StandardProtocolFamily.INET);
             DatagramChannel sender = multicastSender(lo)) {
            receiver.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            receiver.bind(new InetSocketAddress(0));
            final MembershipKey key = receiver.join(group, lo);
            receiver.configureBlocking(false);
            final byte[] probe = {'p', 'r', 'o', 'b', 'e'};
            sender.send(ByteBuffer.wrap(probe),
                new InetSocketAddress(group, ((InetSocketAddress) receiver.getLocalAddress()).getPort()));
            final ByteBuffer in = ByteBuffer.allocate(16);
            final long deadline = System.currentTimeMillis() + 500;
            while (System.currentTimeMillis() < deadline) {
                if (receiver.receive(in) != null) {
                    key.drop();
                    return Arrays.equals(probe, Arrays.copyOf(in.array(), in.position()));
                }
                Thread.sleep(1);
            }
            return false;
        } catch (final IOException ex) {
            return false;
        } catch (final InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
