package io.hftengine.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hftengine.engine.config.EngineConfig;
import io.hftengine.engine.config.EngineConfigLoader;
import io.hftengine.engine.report.RunSummary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pre-open priming's promises that the end-to-end tests do not reach. */
class PreOpenPrimingTest {
    @TempDir
    Path dir;

    @Test
    void aLateJoiningConfigStillPrimesBecauseThePrimersFeedStartsAtOne() throws Exception {
        for (final String name : new String[] {"engine.toml", "network.toml", "risk_limits.toml"}) {
            Files.copy(Path.of("..", "config", name), dir.resolve(name));
        }
        final Path engine = dir.resolve("engine.toml");
        Files.writeString(engine, Files.readString(engine).replace("first_sequence = 1 ", "first_sequence = 500000000 "));
        final EngineConfig config = EngineConfigLoader.load(dir).withPrimeSeconds(1);
        assertEquals(500_000_000L, config.pipeline().build().firstSequence(), "the test's premise");
        final RunSummary summary = session(config, new ByteArrayOutputStream()).run();
        assertTrue(summary.counters.get("pre_open_primer_orders") > 0, "the primer traded: " + summary.counters);
        assertEquals(500_000_000L, config.pipeline().build().firstSequence(), "the live settings are left as they were");
    }

    @Test
    void aStopDuringPrimingStartsNoLivePipeline() throws Exception {
        final ByteArrayOutputStream text = new ByteArrayOutputStream();
        final EngineSession session = session(EngineConfigLoader.defaults().withPrimeSeconds(30), text);
        final AtomicReference<RunSummary> result = new AtomicReference<>();
        final Thread runner = new Thread(() -> {
            try {
                result.set(session.run());
            } catch (final Exception e) {
                throw new IllegalStateException(e);
            }
        });
        final long start = System.nanoTime();
        runner.start();
        Thread.sleep(1_500);
        session.requestStop();
        runner.join(15_000);
        assertTrue((System.nanoTime() - start) / 1e9 < 15, "priming ends when asked to stop");
        final String report = text.toString(StandardCharsets.UTF_8);
        assertTrue(report.contains("stopped during pre-open priming"), report);
        assertEquals(0, result.get().messages, "no live message was received");
    }

    @Test
    void aFeedPortInUseStopsRunBeforePrimingNotAfterIt() throws Exception {
        // No SO_REUSEADDR here, so the feed's bind must fail.
        try (DatagramChannel taken = DatagramChannel.open(StandardProtocolFamily.INET)
                .bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            final int port = ((InetSocketAddress) taken.getLocalAddress()).getPort();
            for (final String name : new String[] {"engine.toml", "network.toml", "risk_limits.toml"}) {
                Files.copy(Path.of("..", "config", name), dir.resolve(name));
            }
            final Path network = dir.resolve("network.toml");
            Files.writeString(network, Files.readString(network).replace("port = 26400", "port = " + port));
            final EngineConfig config = EngineConfigLoader.load(dir).withPrimeSeconds(60);
            final ByteArrayOutputStream text = new ByteArrayOutputStream();
            final long start = System.nanoTime();
            final IOException error = assertThrows(IOException.class,
                () -> session(SessionOptions.Kind.RUN, config, text).run());
            assertTrue((System.nanoTime() - start) / 1e9 < 10, "reported before the 60 s of priming");
            assertTrue(error.getMessage().startsWith("network.toml [feed] (address, port, interface): feed 127.0.0.1:"
                + port + ": cannot bind 127.0.0.1:" + port + ": "), error.getMessage());
            assertFalse(text.toString(StandardCharsets.UTF_8).contains("priming"), "priming never started: " + text);
        }
    }

    private EngineSession session(final EngineConfig config, final ByteArrayOutputStream text) {
        return session(SessionOptions.Kind.BENCH, config, text);
    }

    private EngineSession session(final SessionOptions.Kind kind, final EngineConfig config,
            final ByteArrayOutputStream text) {
        return new EngineSession(new SessionOptions(kind, config, "1", 0, 1, null, null, null, 0,
                20_000, 50, 1, false, null), new PrintStream(text, true, StandardCharsets.UTF_8));
    }
}
