package io.hftengine.pipeline.journal;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;

import io.hftengine.pipeline.GatewayMode;
import io.hftengine.pipeline.NetworkConfig;
import io.hftengine.pipeline.PipelineBuilder;
import io.hftengine.pipeline.PipelineConfig;
import io.hftengine.pipeline.RunMode;
import io.hftengine.pipeline.marketdata.UdpPacketSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pipeline whose journal another engine is writing is refused before it opens anything. Before,
 * the feed socket and the venue transport (over SoupBinTCP, a login) were opened first and left
 * open when the journal was refused: the feed port stayed bound by the refused engine.
 */
class RefusedJournalOpensNothingTest {
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    @TempDir
    Path dir;

    @Test
    void theFeedPortIsFreeAfterTheRefusal() throws Exception {
        final Path journal = dir.resolve("day.journal");
        final int port;
        try (UdpPacketSource probe = new UdpPacketSource(NetworkConfig.builder().feed(LOOPBACK, 0).build())) {
            port = probe.localPort();
        }
        final NetworkConfig network = NetworkConfig.builder().feed(LOOPBACK, port)
            .gateway(GatewayMode.UDP, new InetSocketAddress(LOOPBACK, 9)).build();
        final JournalWriter other = new JournalWriter(journal, 1 << 16);
        try {
            assertThrows(IllegalStateException.class, () -> PipelineBuilder.create()
                .config(PipelineConfig.builder().mode(RunMode.LIVE).journal(journal, 1 << 16).build())
                .network(network).build());
        } finally {
            other.close();
        }
        // Binds only if the refused build left no socket on the feed port.
        new UdpPacketSource(network).close();
    }
}
