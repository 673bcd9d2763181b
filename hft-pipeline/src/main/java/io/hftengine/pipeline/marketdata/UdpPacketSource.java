package io.hftengine.pipeline.marketdata;

import io.hftengine.pipeline.Counters;
import io.hftengine.pipeline.NetworkConfig;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.Objects;

/**
 * Live feed: a non-blocking UDP channel, unicast or multicast, receiving into one direct buffer.
 *
 * <p>Multicast groups are joined on the configured interface, source-specific when a feed
 * source is configured. Datagrams from any sender other than the feed source or the request
 * server are dropped and counted as {@link MarketDataCounter#FOREIGN_SOURCE} in the polling
 * stage's counters ({@link #countInto}; until then in counters of its own), so the drop is in the
 * run summary. Also sends the sequencer's
 * retransmission requests to the request server from the same socket, so the unicast answers
 * come back to it. The JDK caches the sender address object while it does not change, so a
 * steady feed receives without allocating. Market data thread only, except the counter.
 */
public final class UdpPacketSource implements PacketSource, RetransmitRequester {
    private final DatagramChannel channel;
    private final InetSocketAddress feedSource;
    private final InetSocketAddress requestServer;
    private final ByteBuffer receive = ByteBuffer.allocateDirect(65_536);
    private final UnsafeBuffer view = new UnsafeBuffer(receive);
    private final ByteBuffer send = ByteBuffer.allocateDirect(64);
    /** Replaced once before polling starts; incremented by the polling thread only (single writer). */
    private Counters<MarketDataCounter> counters = new Counters<>("marketData", MarketDataCounter.class);

    /**
     * Opens and binds the channel.
     *
     * @param config feed address, port, interface, source and request server
     * @throws UncheckedIOException when the socket cannot be opened, bound or joined; the message
     *     says which step failed, for which address, and why (the cause's own message)
     */
    public UdpPacketSource(final NetworkConfig config) {
        this.feedSource = config.feedSource();
        this.requestServer = config.requestServer();
        final boolean multicast = config.feedGroup().isMulticastAddress();
        final String feed = "feed " + config.feedGroup().getHostAddress() + ":" + config.feedPort();
        final DatagramChannel opened = open(feed);
        try {
            // Shared only for a multicast group, where every listener gets every datagram. On a
            // unicast port the kernel hands each datagram to one of the sockets bound to it: a
            // second engine on the same port would silently take part of the feed, so its bind
            // must fail instead ("address in use", named by the message below).
            opened.setOption(StandardSocketOptions.SO_REUSEADDR, multicast);
            opened.setOption(StandardSocketOptions.SO_RCVBUF, config.receiveBufferBytes());
            bind(opened, multicast ? new InetSocketAddress(config.feedPort())
                : new InetSocketAddress(config.feedGroup(), config.feedPort()), feed);
            if (multicast) {
                join(opened, config, feed);
            }
            opened.configureBlocking(false);
        } catch (final IOException ex) {
            closeQuietly(opened);
            throw new UncheckedIOException(feed + ": cannot set up the socket: " + reason(ex), ex);
        } catch (final UncheckedIOException ex) {
            closeQuietly(opened);
            throw ex;
        }
        channel = opened;
    }

    private static DatagramChannel open(final String feed) {
        try {
            return DatagramChannel.open(StandardProtocolFamily.INET);
        } catch (final IOException ex) {
            throw new UncheckedIOException(feed + ": cannot open a UDP socket: " + reason(ex), ex);
        }
    }

    private static void bind(final DatagramChannel channel, final InetSocketAddress local, final String feed) {
        try {
            channel.bind(local);
        } catch (final IOException ex) {
            throw new UncheckedIOException(feed + ": cannot bind " + local.getAddress().getHostAddress() + ":"
                + local.getPort() + ": " + reason(ex), ex);
        }
    }

    private void join(final DatagramChannel channel, final NetworkConfig config, final String feed) throws IOException {
        final NetworkInterface nif = config.feedInterface() == null
            ? NetworkInterface.getByInetAddress(java.net.InetAddress.getLoopbackAddress())
            : NetworkInterface.getByName(config.feedInterface());
        if (nif == null) {
            final String message = feed + ": no network interface named '" + config.feedInterface()
                + "' to join the group on (this host has: " + interfaceNames() + ")";
            throw new UncheckedIOException(message, new IOException(message));
        }
        try {
            channel.setOption(StandardSocketOptions.IP_MULTICAST_IF, nif);
            if (feedSource != null) {
                channel.join(config.feedGroup(), nif, feedSource.getAddress());
            } else {
                channel.join(config.feedGroup(), nif);
            }
        } catch (final IOException ex) {
            throw new UncheckedIOException(feed + ": cannot join the group on interface " + nif.getName()
                + (feedSource == null ? "" : " for source " + feedSource.getAddress().getHostAddress()) + ": "
                + reason(ex), ex);
        }
    }

    private static String interfaceNames() {
        try {
            return NetworkInterface.networkInterfaces().map(NetworkInterface::getName).sorted()
                .collect(java.util.stream.Collectors.joining(", "));
        } catch (final IOException ex) {
            return "unknown: " + reason(ex);
        }
    }

    /** The cause as a person reads it: its message, or its type when it has none. */
    private static String reason(final Exception ex) {
        return ex.getMessage() != null ? ex.getMessage() : ex.getClass().getSimpleName();
    }

    private static void closeQuietly(final DatagramChannel channel) {
        try {
            channel.close();
        } catch (final IOException ignored) {
            // already failing: the first error is the one to report
        }
    }

    @Override
    public int poll(final PacketHandler handler) {
        receive.clear();
        final SocketAddress from;
        try {
            from = channel.receive(receive);
        } catch (final IOException ex) {
            return 0;
        }
        if (from == null) {
            return 0;
        }
        if (feedSource != null && !fromFeedSource((InetSocketAddress) from) && !from.equals(requestServer)) {
            counters.increment(MarketDataCounter.FOREIGN_SOURCE);
            return 1;
        }
        handler.onPacket(view, 0, receive.position());
        return 1;
    }

    /** The configured source; port 0 (a host named in network.toml) accepts any port of that host. */
    private boolean fromFeedSource(final InetSocketAddress from) {
        return feedSource.getAddress().equals(from.getAddress())
            && (feedSource.getPort() == 0 || feedSource.getPort() == from.getPort());
    }

    @Override
    public boolean request(final DirectBuffer buffer, final int offset, final int length) {
        if (requestServer == null || length > send.capacity()) {
            return false;
        }
        send.clear();
        buffer.getBytes(offset, send, length);
        send.flip();
        try {
            return channel.send(send, requestServer) == length;
        } catch (final IOException ex) {
            return false;
        }
    }

    /**
     * Returns the local port (useful when bound to port 0).
     *
     * @return the local port (useful when bound to port 0)
     */
    public int localPort() {
        try {
            return ((InetSocketAddress) channel.getLocalAddress()).getPort();
        } catch (final IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * Counts foreign datagrams into the polling stage's counters from now on. Set before polling
     * starts (the stage does it when it is built).
     *
     * @param stageCounters the market data stage's counters
     */
    @Override
    public void countInto(final Counters<MarketDataCounter> stageCounters) {
        this.counters = Objects.requireNonNull(stageCounters, "stageCounters");
    }

    /**
     * Returns datagrams dropped because they came from an unexpected sender (any thread).
     *
     * @return the {@link MarketDataCounter#FOREIGN_SOURCE} count of the counters this source counts into
     */
    public long foreignDatagrams() {
        return counters.get(MarketDataCounter.FOREIGN_SOURCE);
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (final IOException ignored) {
            // closing: nothing left to do with the channel
        }
    }
}
