package io.hftengine.engine.run;

import static io.hftengine.engine.run.RunFixtures.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import io.hftengine.engine.HftMain;
import io.hftengine.engine.exchange.SoupBinTcpExchangeSimulator;
import io.hftengine.engine.feed.FeedOptions;
import io.hftengine.engine.feed.FeedSimulator;
import io.hftengine.types.SystemClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hft run} with {@code gateway.mode = "soupbintcp"} against the exchange simulator's
 * SoupBinTCP mode, with the feed simulator feeding it; the simulator drops the connection in the
 * middle of the run and the gateway logs in again by itself and keeps trading.
 */
class RunOverSoupBinTcpTest {
    private static final int EXCHANGE_PORT = 27410;
    private static final int FEED_PORT = 27411;
    private static final int REQUEST_PORT = 27412;

    @TempDir
    Path dir;

    @Test
    void runTradesOverSoupBinTcpAndSurvivesADroppedSession() throws Exception {
        RunFixtures.writeConfig(dir, RunFixtures.loopbackNetwork(FEED_PORT, REQUEST_PORT, RunFixtures.soupVenue(EXCHANGE_PORT)));
        final Path json = dir.resolve("run.json");
        try (SoupBinTcpExchangeSimulator exchange = new SoupBinTcpExchangeSimulator(
                new InetSocketAddress("127.0.0.1", EXCHANGE_PORT), new SystemClock(), 50, 1_000_000, "HFT", "secret",
                "HFTEXCH001", SoupBinTcpExchangeSimulator.DEFAULT_STORE);
             FeedSimulator feed = new FeedSimulator(new FeedOptions(50, 7, 20_000, 100_000, 4_000_000_000L,
                     "HFTSIM0001", new InetSocketAddress("127.0.0.1", FEED_PORT), new InetSocketAddress("127.0.0.1", 0),
                     new InetSocketAddress("127.0.0.1", REQUEST_PORT), 32, 0, 0, 1_000, 1_000))) {
            final Thread exchangeThread = new Thread(exchange, "soup-exchange");
            exchangeThread.setDaemon(true);
            exchangeThread.start();
            // The engine logs in while it is built, next to binding the feed port: the feed starts
            // after that, and the connection is dropped a second and a half into the feed.
            final Thread feedThread = new Thread(() -> {
                try {
                    while (exchange.logins() == 0) {
                        Thread.sleep(10);
                    }
                    Thread.sleep(300);
                    final Thread fault = new Thread(() -> {
                        try {
                            Thread.sleep(1_500);
                            exchange.dropConnections();
                        } catch (final InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }, "drop");
                    fault.setDaemon(true);
                    fault.start();
                    feed.run();
                } catch (final InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "feed");
            feedThread.setDaemon(true);
            feedThread.start();
            // Primed for a second (the shipped config says 10): the primer trades its own simulators on
            // loopback, before the login here; none of its orders may reach this venue.
            final int exit = HftMain.execute("run", "--config", dir.toString(), "--prime", "1", "--seconds", "4",
                    "--warmup", "0",
                    "--json", json.toString(), "--out", dir.resolve("report").toString(), "--no-metrics-file");
            assertEquals(0, exit);
            feed.stop();
            final String text = Files.readString(json);
            assertTrue(number(text, "pre_open_primer_orders") > 0, "the primer traded: " + text);
            assertTrue(number(text, "gateway_orders_sent") > 0, "orders over SoupBinTCP: " + text);
            assertTrue(number(text, "venue_accepted") > 0, text);
            assertEquals(1, number(text, "gateway_session_disconnects"), text);
            assertEquals(1, number(text, "gateway_session_reconnects"), text);
            assertEquals(0, number(text, "gateway_replies_lost"), text);
            assertEquals(2, exchange.logins());
            assertTrue(exchange.orders() <= number(text, "gateway_orders_sent") + number(text, "gateway_cancels_sent"),
                    "the venue never sees more than was sent (nothing is re-sent): " + exchange.orders());
        }
    }
}
