package io.hftengine.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.hftengine.engine.HftMain;
import io.hftengine.engine.feed.FeedOptions;
import io.hftengine.engine.feed.FeedSimulator;
import io.hftengine.pipeline.journal.JournalDescriptor;
import io.hftengine.pipeline.journal.JournalReader;
import io.hftengine.pipeline.journal.JournalEntry;
import io.hftengine.pipeline.journal.JournalWriter;
import io.hftengine.pipeline.gateway.OuchOrderEncoder;
import io.hftengine.pipeline.message.Order;
import io.hftengine.types.Price;
import io.hftengine.types.Side;
import io.hftengine.types.Symbol;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hft run} restarted during the day with the same journal: the morning's drop copy is
 * kept (it was truncated), the afternoon's records follow it, and the afternoon's order ids
 * start after the morning's (OUCH order tokens are unique for the day: a venue ignores an Enter
 * Order that repeats one; they started at 1 again). A corrupt journal stops {@code run} before
 * it trades, naming the file.
 */
class RestartedRunContinuesTheJournalTest {
    private static final int FEED_PORT = 27431;
    private static final int REQUEST_PORT = 27432;

    @TempDir
    Path dir;

    @Test
    void theSecondRunKeepsTheFirstRunsRecordsAndNumbersItsOrdersAfterThem() throws Exception {
        final Path journal = dir.resolve("day.journal");
        writeConfig(journal);
        runOnce(1);
        final List<Long> morning = outboundOrderIds(journal);
        assertTrue(morning.size() > 0, "the first run sent orders");
        final long morningHighest = morning.stream().mapToLong(Long::longValue).max().orElseThrow();
        final long morningRecords = records(journal);

        runOnce(2);
        final List<Long> day = outboundOrderIds(journal);
        assertEquals(morning, day.subList(0, morning.size()), "the first run's records, kept as they were");
        final List<Long> afternoon = day.subList(morning.size(), day.size());
        assertTrue(afternoon.size() > 0, "the second run sent orders");
        assertTrue(afternoon.get(0) > morningHighest + 16_384,
            "order ids must skip the first run's and a journal ring's worth more (orders a crash left unjournaled):"
                + " first of the second run " + afternoon.get(0) + ", first run up to " + morningHighest);
        assertTrue(records(journal) > morningRecords);
    }

    @Test
    void aCorruptJournalStopsRunBeforeItTrades() throws Exception {
        final Path journal = dir.resolve("corrupt.journal");
        final byte[] bytes = new byte[200];
        bytes[0] = 'H'; // not the journal's magic
        Files.write(journal, bytes);
        writeConfig(journal);
        final int exit = HftMain.execute("run", "--config", dir.toString(), "--prime", "0", "--seconds", "1",
            "--warmup", "0", "--no-metrics-file");
        assertTrue(exit != 0, "run over a corrupt journal exited " + exit);
        assertEquals(200, Files.size(journal), "the corrupt journal is left as it was");
    }

    /**
     * Over UDP a venue has no session name to refuse yesterday's journal by: recovered as
     * today's, its positions and working orders were taken as today's. A journal that starts on
     * another New York day stops run before it trades.
     */
    @Test
    void anotherDaysJournalIsNotRecoveredAsTodays() throws Exception {
        final Path journal = dir.resolve("yesterday.journal");
        final long yesterday = System.currentTimeMillis() * 1_000_000L - 36L * 3_600_000_000_000L;
        try (JournalWriter writer = new JournalWriter(journal, 1 << 16)) {
            final UnsafeBuffer order = new UnsafeBuffer(new byte[64]);
            final int length = new OuchOrderEncoder(99_999, 0).encodeEnter(
                new Order().set(7, 1, Side.BUY, 10 * Price.ONE, 100, 0), Symbol.pack("ALC"), order, 0);
            writer.append(new JournalEntry().set(JournalDescriptor.OUTBOUND, yesterday, 7, 0, order, 0, length)
                .locate(1));
        }
        final long size = Files.size(journal);
        writeConfig(journal, RunFixtures.udpVenue(FEED_PORT + 100));
        final int exit = HftMain.execute("run", "--config", dir.toString(), "--prime", "0", "--seconds", "1",
            "--warmup", "0", "--no-metrics-file");
        assertTrue(exit != 0, "run over yesterday's journal exited " + exit);
        assertEquals(size, Files.size(journal), "the journal is left as it was");
    }

    private void writeConfig(final Path journal) throws Exception {
        writeConfig(journal, "mode = \"simulated\"");
    }

    private void writeConfig(final Path journal, final String... gateway) throws Exception {
        RunFixtures.writeConfigWithJournal(dir, journal, RunFixtures.loopbackNetwork(FEED_PORT, REQUEST_PORT, gateway));
    }

    private void runOnce(final int seed) throws Exception {
        try (FeedSimulator feed = new FeedSimulator(new FeedOptions(50, seed, 20_000, 100_000, 4_000_000_000L,
                "HFTSIM0001", new InetSocketAddress("127.0.0.1", FEED_PORT), new InetSocketAddress("127.0.0.1", 0),
                new InetSocketAddress("127.0.0.1", REQUEST_PORT), 32, 0, 0, 1_000, 1_000))) {
            final Thread feedThread = new Thread(() -> {
                try {
                    Thread.sleep(300); // after the engine has bound the feed port
                    feed.run();
                } catch (final InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "feed");
            feedThread.setDaemon(true);
            feedThread.start();
            final int exit = HftMain.execute("run", "--config", dir.toString(), "--prime", "0", "--seconds", "2",
                "--warmup", "0", "--out", dir.resolve("report-" + seed).toString(), "--no-metrics-file");
            feed.stop();
            feedThread.join(5_000);
            assertEquals(0, exit);
        }
    }

    private static List<Long> outboundOrderIds(final Path journal) {
        final List<Long> ids = new ArrayList<>();
        new JournalReader().read(journal, (direction, t, id, seq, buffer, offset, length) -> {
            if (direction == JournalDescriptor.OUTBOUND && buffer.getByte(offset) == 'O') {
                ids.add(id);
            }
        });
        return ids;
    }

    private static long records(final Path journal) {
        return new JournalReader().read(journal, (direction, t, id, seq, buffer, offset, length) -> { });
    }
}
