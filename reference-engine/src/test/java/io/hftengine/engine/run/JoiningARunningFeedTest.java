package io.hftengine.engine.run;

import static io.hftengine.engine.run.RunFixtures.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import io.hftengine.engine.HftMain;
import io.hftengine.engine.feed.FeedOptions;
import io.hftengine.engine.feed.FeedSimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hft run} started while the feed has been running for a while, as after a restart during
 * the day: the books need the session from sequence 1, which only the request server has, while
 * the live packets run far ahead. Before, the live packets filled the hold area within
 * milliseconds, the gap was given up and the books stayed stale for the whole run: it traded
 * nothing. Now the engine follows the request server through the morning, joins the live feed and
 * trades on books that hold every order of the day.
 */
class JoiningARunningFeedTest {
    private static final int FEED_PORT = 27444;
    private static final int REQUEST_PORT = 27445;
    /** Messages the feed is ahead when the engine starts: a few seconds of it. */
    private static final long MORNING = 200_000;

    @TempDir
    Path dir;

    @Test
    void aLateStartCatchesUpThroughTheRequestServerAndTrades() throws Exception {
        Files.copy(Path.of("..", "config", "risk_limits.toml"), dir.resolve("risk_limits.toml"));
        // A hold area of 64 packets (the shipped 8,192 holds seconds of this feed): the live
        // packets outrun it within milliseconds, as a busy real feed outruns 8,192.
        final String engine = Files.readString(Path.of("..", "config", "engine.toml"));
        // A gap timeout of 5 s: a loaded test machine may starve the in-process request server.
        final String smallHold = engine.replaceFirst("(?m)^held_packets = \\d+", "held_packets = 64")
            .replaceFirst("(?m)^gap_timeout_ms = \\d+", "gap_timeout_ms = 5000");
        assertTrue(!smallHold.equals(engine), "the shipped engine.toml has a held_packets line");
        Files.writeString(dir.resolve("engine.toml"), smallHold);
        RunFixtures.writeNetwork(dir, RunFixtures.loopbackNetwork(FEED_PORT, REQUEST_PORT, "mode = \"simulated\""));
        try (FeedSimulator feed = new FeedSimulator(new FeedOptions(50, 11, 100_000, 10_000_000, 30_000_000_000L,
                "HFTSIM0002", new InetSocketAddress("127.0.0.1", FEED_PORT), new InetSocketAddress("127.0.0.1", 0),
                new InetSocketAddress("127.0.0.1", REQUEST_PORT), 32, 0, 0, 1_000, 1_000))) {
            final Thread feedThread = new Thread(feed, "feed");
            feedThread.setDaemon(true);
            feedThread.start();
            while (feed.messages() < MORNING) {
                Thread.sleep(10);
            }
            final long aheadAtStart = feed.messages();
            final Path json = dir.resolve("run.json");
            final int exit = HftMain.execute("run", "--config", dir.toString(), "--prime", "0", "--seconds", "4",
                "--warmup", "0", "--json", json.toString(), "--out", dir.resolve("report").toString(),
                "--no-metrics-file");
            feed.stop();
            feedThread.join(5_000);
            assertEquals(0, exit);
            final String summary = Files.readString(json);
            assertEquals(0, number(summary, "gaps_unrecovered"), "the morning came from the request server: " + summary);
            assertTrue(number(summary, "packets_left_to_request") > 0,
                "the live packets outran the hold area (the case under test): " + summary);
            assertTrue(number(summary, "messages") >= aheadAtStart,
                "every message of the morning applied (" + aheadAtStart + " published before the start): " + summary);
            assertTrue(number(summary, "gateway_orders_sent") > 0, "it trades once caught up: " + summary);
            assertTrue(number(summary, "feed_behind_at_end") <= 1_024, "following the live feed at the end: " + summary);
            assertTrue(number(summary, "feed_fell_behind") >= 1, summary);
            assertEquals(number(summary, "feed_fell_behind"), number(summary, "feed_caught_up"),
                "caught up at the end (the console said when): " + summary);
        }
    }
}
