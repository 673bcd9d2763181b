package io.hftengine.engine.run;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.hftengine.pipeline.NetworkConfig;
import io.hftengine.pipeline.marketdata.UdpPacketSource;

/**
 * Opens the live feed's socket once and closes it again before pre-open priming, so that a port
 * already in use, a wrong interface or a group that cannot be joined stops {@code run} at once,
 * not after {@code engine.prime_seconds} of priming. The live socket itself is opened after
 * priming: opened before, the kernel would queue seconds of feed for the engine to wade through
 * at the open.
 */
final class FeedPreflight {
    private FeedPreflight() {
    }

    /**
     * Checks that the feed socket of {@code network} can be set up on this host.
     *
     * @param network the live network configuration, from {@code network.toml}
     * @throws IOException naming {@code network.toml [feed]}, the step that failed and why
     */
    static void check(final NetworkConfig network) throws IOException {
        try {
            new UdpPacketSource(network).close();
        } catch (final UncheckedIOException e) {
            throw new IOException("network.toml [feed] (address, port, interface): " + e.getMessage(), e);
        }
        if (network.hasLineB()) {
            try {
                new UdpPacketSource(network.lineB()).close();
            } catch (final UncheckedIOException e) {
                throw new IOException("network.toml [feed_b] (address, port, interface): " + e.getMessage(), e);
            }
        }
    }
}
