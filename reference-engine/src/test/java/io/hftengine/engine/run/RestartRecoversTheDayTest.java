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
 * {@code hft run} over SoupBinTCP, stopped and started again during the day against the same
 * venue: the second run rebuilds the first run's positions and open orders from the journal and
 * logs in for the replies after the last one journaled. Before, it logged in from reply 1: the
 * venue replayed the morning, whose fills were orphans to the new risk stage (kill switch).
 */
class RestartRecoversTheDayTest {
    private static final int EXCHANGE_PORT = 27441;
    private static final int FEED_PORT = 27442;
    private static final int REQUEST_PORT = 27443;

    @TempDir
    Path dir;

    @Test
    void theAfternoonRunHoldsTheMorningsPositionsAndAsksOnlyForNewReplies() throws Exception {
        writeConfig();
        try (SoupBinTcpExchangeSimulator exchange = new SoupBinTcpExchangeSimulator(
                new InetSocketAddress("127.0.0.1", EXCHANGE_PORT), new SystemClock(), 50, 1_000_000, "HFT", "secret",
                "HFTEXCH001", SoupBinTcpExchangeSimulator.DEFAULT_STORE)) {
            final Thread exchangeThread = new Thread(exchange, "soup-exchange");
            exchangeThread.setDaemon(true);
            exchangeThread.start();

            final String morning = runOnce(exchange, 1);
            assertTrue(number(morning, "fills") > 0, "the morning traded: " + morning);
            final long morningReplies = exchange.replies();

            final String afternoon = runOnce(exchange, 2);
            assertEquals(number(morning, "gateway_orders_sent"), number(afternoon, "recovered_orders"), afternoon);
            assertEquals(number(morning, "fills"), number(afternoon, "recovered_fills"), afternoon);
            assertTrue(number(afternoon, "recovered_symbols_with_position") > 0, afternoon);
            // Replies the venue sent as the morning run stopped, which it never read, come again.
            final long resumedAfter = number(afternoon, "venue_replies_resumed_after");
            assertTrue(resumedAfter > 0 && resumedAfter <= morningReplies,
                "resumed after reply " + resumedAfter + " of the morning's " + morningReplies);
            assertEquals(0, number(afternoon, "orphan_fills"), afternoon);
            assertEquals(0, number(afternoon, "duplicate_fills"), "nothing of the morning replayed: " + afternoon);
            assertEquals(0, number(afternoon, "kill_switch_tripped"), afternoon);
            assertEquals(0, number(afternoon, "gateway_replies_lost"), afternoon);
            assertTrue(number(afternoon, "gateway_orders_sent") > 0, "the afternoon trades: " + afternoon);
        }
    }

    /**
     * The restart as it happens in a real day: the feed does not restart with the engine. The
     * afternoon run recovers the morning's orders from the journal, catches up with the running
     * feed through its request server (the morning, and what was published while the engine was
     * down) and trades again. Before the sequencer followed wide gaps through the request server,
     * the live packets overran the hold area, the books stayed stale and the afternoon traded
     * nothing.
     */
    @Test
    void aRestartAgainstTheRunningFeedRecoversCatchesUpAndTrades() throws Exception {
        writeConfig();
        try (SoupBinTcpExchangeSimulator exchange = new SoupBinTcpExchangeSimulator(
                new InetSocketAddress("127.0.0.1", EXCHANGE_PORT), new SystemClock(), 50, 1_000_000, "HFT", "secret",
                "HFTEXCH002", SoupBinTcpExchangeSimulator.DEFAULT_STORE);
             FeedSimulator feed = new FeedSimulator(new FeedOptions(50, 7, 50_000, 10_000_000, 60_000_000_000L,
                "HFTSIM0003", new InetSocketAddress("127.0.0.1", FEED_PORT), new InetSocketAddress("127.0.0.1", 0),
                new InetSocketAddress("127.0.0.1", REQUEST_PORT), 32, 0, 0, 1_000, 1_000))) {
            final Thread exchangeThread = new Thread(exchange, "soup-exchange");
            exchangeThread.setDaemon(true);
            exchangeThread.start();
            final Thread feedThread = new Thread(feed, "feed");
            feedThread.setDaemon(true);
            feedThread.start();

            final String morning = runAgainst(1);
            assertTrue(number(morning, "fills") > 0, "the morning traded: " + morning);
            final long publishedAtRestart = feed.messages();
            final String afternoon = runAgainst(2);
            feed.stop();
            feedThread.join(5_000);
            assertEquals(number(morning, "gateway_orders_sent"), number(afternoon, "recovered_orders"), afternoon);
            assertEquals(0, number(afternoon, "gaps_unrecovered"), "caught up through the request server: " + afternoon);
            assertTrue(number(afternoon, "messages") >= publishedAtRestart,
                "the books hold every message of the day up to the restart (" + publishedAtRestart + "): " + afternoon);
            assertEquals(0, number(afternoon, "orphan_fills"), afternoon);
            assertEquals(0, number(afternoon, "kill_switch_tripped"), afternoon);
            assertTrue(number(afternoon, "gateway_orders_sent") > 0, "the afternoon trades: " + afternoon);
        }
    }

    private String runAgainst(final int run) throws Exception {
        final Path json = dir.resolve("running-feed-" + run + ".json");
        final int exit = HftMain.execute("run", "--config", dir.toString(), "--prime", "0", "--seconds", "3",
            "--warmup", "0", "--json", json.toString(), "--out", dir.resolve("running-report-" + run).toString(),
            "--no-metrics-file");
        assertEquals(0, exit);
        return Files.readString(json);
    }

    /** The shipped config with a journal, the feed and request server here, the venue over SoupBinTCP. */
    private void writeConfig() throws java.io.IOException {
        RunFixtures.writeConfigWithJournal(dir, dir.resolve("day.journal"),
            RunFixtures.loopbackNetwork(FEED_PORT, REQUEST_PORT, RunFixtures.soupVenue(EXCHANGE_PORT)));
    }

    /** One run of the engine over a fresh feed session (the feed simulator's day restarts too). */
    private String runOnce(final SoupBinTcpExchangeSimulator exchange, final int run) throws Exception {
        final long loginsBefore = exchange.logins();
        try (FeedSimulator feed = new FeedSimulator(new FeedOptions(50, 7, 20_000, 100_000, 4_000_000_000L,
                "HFTSIM0001", new InetSocketAddress("127.0.0.1", FEED_PORT), new InetSocketAddress("127.0.0.1", 0),
                new InetSocketAddress("127.0.0.1", REQUEST_PORT), 32, 0, 0, 1_000, 1_000))) {
            final Thread feedThread = new Thread(() -> {
                try {
                    while (exchange.logins() == loginsBefore) {
                        Thread.sleep(10); // the engine logs in while it is built, next to binding the feed port
                    }
                    Thread.sleep(300);
                    feed.run();
                } catch (final InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "feed");
            feedThread.setDaemon(true);
            feedThread.start();
            final Path json = dir.resolve("run-" + run + ".json");
            final int exit = HftMain.execute("run", "--config", dir.toString(), "--prime", "0", "--seconds", "3",
                "--warmup", "0", "--json", json.toString(), "--out", dir.resolve("report-" + run).toString(),
                "--no-metrics-file");
            feed.stop();
            feedThread.join(5_000);
            assertEquals(0, exit);
            return Files.readString(json);
        }
    }
}
