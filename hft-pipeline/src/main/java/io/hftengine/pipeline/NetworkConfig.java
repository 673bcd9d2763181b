package io.hftengine.pipeline;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Objects;

/**
 * Where the feed comes from and where orders go; immutable, build with {@link #builder()}.
 *
 * <p>Feed: datagrams arrive on {@code feedPort}; when {@code feedGroup} is a multicast address
 * the channel joins it on {@code feedInterface} (by interface name, e.g. {@code "lo"} or
 * {@code "eth0"}), source-specific when {@code feedSource} is set; a unicast {@code feedGroup}
 * is the local address to bind. Only datagrams from {@code feedSource} (any, when unset) and from
 * {@code requestServer} (the MoldUDP64 retransmission server, which answers by unicast) are
 * accepted. Gateway: {@link GatewayMode} and the venue address (unused for
 * {@link GatewayMode#SIMULATED}); SoupBinTCP login fields.
 */
public final class NetworkConfig {
    /** Default wait of a gap for the other line before a retransmission request: 1 ms. */
    public static final long DEFAULT_LINE_B_REQUEST_DELAY_NS = 1_000_000L;
    private final InetAddress feedGroup;
    private final int feedPort;
    private final String feedInterface;
    private final InetSocketAddress feedSource;
    private final InetSocketAddress requestServer;
    private final GatewayMode gatewayMode;
    private final InetSocketAddress gatewayAddress;
    private final String soupUsername;
    private final String soupPassword;
    private final int receiveBufferBytes;
    private final InetAddress lineBGroup;
    private final int lineBPort;
    private final InetSocketAddress lineBSource;
    private final long lineBRequestDelayNs;

    private NetworkConfig(final Builder b) {
        feedGroup = b.feedGroup;
        feedPort = b.feedPort;
        feedInterface = b.feedInterface;
        feedSource = b.feedSource;
        requestServer = b.requestServer;
        gatewayMode = b.gatewayMode;
        gatewayAddress = b.gatewayAddress;
        soupUsername = b.soupUsername;
        soupPassword = b.soupPassword;
        receiveBufferBytes = b.receiveBufferBytes;
        lineBGroup = b.lineBGroup;
        lineBPort = b.lineBPort;
        lineBSource = b.lineBSource;
        lineBRequestDelayNs = b.lineBRequestDelayNs;
    }

    /**
     * Tells whether the feed comes on two lines (A and B, the same packets twice, as exchanges
     * publish it for redundancy), to be arbitrated: each message taken from whichever line brings
     * it first.
     *
     * @return true when a B line is configured
     */
    public boolean hasLineB() {
        return lineBGroup != null;
    }

    /**
     * Returns the B line as a feed of its own: its group, port and source, this feed's interface
     * and receive buffer, and no request server (retransmission requests go out on the A line).
     *
     * @return the B line's settings
     * @throws IllegalStateException when no B line is configured
     */
    public NetworkConfig lineB() {
        if (lineBGroup == null) {
            throw new IllegalStateException("no B line configured");
        }
        return builder().feed(lineBGroup, lineBPort).feedInterface(feedInterface).feedSource(lineBSource)
            .receiveBufferBytes(receiveBufferBytes).build();
    }

    /**
     * Returns how long a gap waits for the other line before it is asked of the request server.
     *
     * @return nanoseconds; 0 without a B line
     */
    public long lineBRequestDelayNs() {
        return lineBGroup == null ? 0 : lineBRequestDelayNs;
    }

    /**
     * Returns a builder (feed on 127.0.0.1, simulated gateway).
     *
     * @return a builder (feed on 127.0.0.1, simulated gateway)
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns multicast group to join, or unicast address to bind.
     *
     * @return multicast group to join, or unicast address to bind
     */
    public InetAddress feedGroup() {
        return feedGroup;
    }

    /**
     * Returns UDP port of the feed.
     *
     * @return UDP port of the feed
     */
    public int feedPort() {
        return feedPort;
    }

    /**
     * Returns the interface name for the multicast join, or {@code null} for the loopback
     * interface (a feed and engine on one host; a real feed needs its NIC named).
     *
     * @return the interface name, or {@code null} for loopback
     */
    public String feedInterface() {
        return feedInterface;
    }

    /**
     * Returns the only accepted feed sender, or {@code null} for any.
     *
     * @return the only accepted feed sender, or {@code null} for any
     */
    public InetSocketAddress feedSource() {
        return feedSource;
    }

    /**
     * Returns MoldUDP64 request server, or {@code null} for none (gaps then time out).
     *
     * @return MoldUDP64 request server, or {@code null} for none (gaps then time out)
     */
    public InetSocketAddress requestServer() {
        return requestServer;
    }

    /**
     * Returns how orders leave.
     *
     * @return how orders leave
     */
    public GatewayMode gatewayMode() {
        return gatewayMode;
    }

    /**
     * Returns venue address for UDP or SoupBinTCP.
     *
     * @return venue address for UDP or SoupBinTCP
     */
    public InetSocketAddress gatewayAddress() {
        return gatewayAddress;
    }

    /**
     * Returns SoupBinTCP username (up to 6 characters).
     *
     * @return SoupBinTCP username (up to 6 characters)
     */
    public String soupUsername() {
        return soupUsername;
    }

    /**
     * Returns SoupBinTCP password (up to 10 characters).
     *
     * @return SoupBinTCP password (up to 10 characters)
     */
    public String soupPassword() {
        return soupPassword;
    }

    /**
     * Returns socket receive buffer requested, bytes.
     *
     * @return socket receive buffer requested, bytes
     */
    public int receiveBufferBytes() {
        return receiveBufferBytes;
    }

    @Override
    public String toString() {
        return "NetworkConfig{feed=" + feedGroup + ":" + feedPort + " if=" + feedInterface + " source=" + feedSource
            + " requestServer=" + requestServer + (lineBGroup == null ? "" : " lineB=" + lineBGroup + ":" + lineBPort
            + " source=" + lineBSource) + " gateway=" + gatewayMode + " " + gatewayAddress + "}";
    }

    /** Builds {@link NetworkConfig}; setters validate at once. */
    public static final class Builder {
        private InetAddress feedGroup = InetAddress.getLoopbackAddress();
        private int feedPort = 26_400;
        private String feedInterface;
        private InetSocketAddress feedSource;
        private InetSocketAddress requestServer;
        private GatewayMode gatewayMode = GatewayMode.SIMULATED;
        private InetSocketAddress gatewayAddress;
        private String soupUsername = "";
        private String soupPassword = "";
        private int receiveBufferBytes = 4 * 1024 * 1024;
        private InetAddress lineBGroup;
        private int lineBPort;
        private InetSocketAddress lineBSource;
        private long lineBRequestDelayNs = DEFAULT_LINE_B_REQUEST_DELAY_NS;

        private Builder() {
        }

        /**
         * Adds a B line: the same feed published a second time (another group or port, usually
         * another source), arbitrated with the A line message by message.
         *
         * @param group multicast group to join or unicast address to bind, {@code null} for none
         * @param port 0..65535
         * @param source the only accepted B line sender, or {@code null} for any
         * @param requestDelayNs how long a gap waits for the other line before a retransmission
         *     request goes out, 0..1 s
         * @return this
         * @throws IllegalArgumentException when the port or the delay is out of range
         */
        public Builder lineB(final InetAddress group, final int port, final InetSocketAddress source,
                             final long requestDelayNs) {
            if (requestDelayNs < 0 || requestDelayNs > 1_000_000_000L) {
                throw new IllegalArgumentException("lineBRequestDelayNs must be in [0, 10^9], was " + requestDelayNs);
            }
            lineBGroup = group;
            lineBPort = port(port, "lineBPort");
            lineBSource = source;
            lineBRequestDelayNs = requestDelayNs;
            return this;
        }

        /**
         * Sets the feed address and port.
         *
         * @param group multicast group to join or unicast address to bind
         * @param port 0..65535 (0 = any free port, for tests)
         * @return this
         * @throws IllegalArgumentException when the port is out of range
         */
        public Builder feed(final InetAddress group, final int port) {
            feedGroup = Objects.requireNonNull(group, "group");
            feedPort = port(port, "feedPort");
            return this;
        }

        /**
         * Sets the multicast interface.
         *
         * @param name interface name, or {@code null} for the loopback interface (a one-host
         *     test; a real multicast feed needs its NIC named, or the join hears nothing)
         * @return this
         */
        public Builder feedInterface(final String name) {
            feedInterface = name;
            return this;
        }

        /**
         * Sets the only accepted feed sender.
         *
         * @param source address, or {@code null} for any
         * @return this
         */
        public Builder feedSource(final InetSocketAddress source) {
            feedSource = source;
            return this;
        }

        /**
         * Sets the MoldUDP64 request server.
         *
         * @param server address, or {@code null} for none
         * @return this
         */
        public Builder requestServer(final InetSocketAddress server) {
            requestServer = server;
            return this;
        }

        /**
         * Sets the gateway.
         *
         * @param mode how orders leave
         * @param address venue address ({@code null} allowed only for {@link GatewayMode#SIMULATED})
         * @return this
         * @throws IllegalArgumentException when a socket mode has no address
         */
        public Builder gateway(final GatewayMode mode, final InetSocketAddress address) {
            if (mode != GatewayMode.SIMULATED && address == null) {
                throw new IllegalArgumentException("gateway mode " + mode + " needs an address");
            }
            gatewayMode = Objects.requireNonNull(mode, "mode");
            gatewayAddress = address;
            return this;
        }

        /**
         * Sets SoupBinTCP credentials.
         *
         * @param username up to 6 ASCII characters
         * @param password up to 10 ASCII characters
         * @return this
         * @throws IllegalArgumentException when too long
         */
        public Builder soupLogin(final String username, final String password) {
            if (username.length() > 6 || password.length() > 10) {
                throw new IllegalArgumentException("SoupBinTCP username is at most 6 and password at most 10 characters");
            }
            soupUsername = username;
            soupPassword = password;
            return this;
        }

        /**
         * Sets the socket receive buffer.
         *
         * @param bytes 64 KiB .. 1 GiB
         * @return this
         * @throws IllegalArgumentException when out of range
         */
        public Builder receiveBufferBytes(final int bytes) {
            if (bytes < 65_536 || bytes > 1 << 30) {
                throw new IllegalArgumentException("receiveBufferBytes must be in [65536, 2^30], was " + bytes);
            }
            receiveBufferBytes = bytes;
            return this;
        }

        /**
         * Returns the immutable config.
         *
         * @return the immutable config
         */
        public NetworkConfig build() {
            return new NetworkConfig(this);
        }

        private static int port(final int port, final String name) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException(name + " must be in [0, 65535], was " + port);
            }
            return port;
        }
    }
}
