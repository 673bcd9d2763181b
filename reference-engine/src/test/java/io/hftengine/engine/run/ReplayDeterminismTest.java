package io.hftengine.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import io.hftengine.engine.config.EngineConfig;
import io.hftengine.engine.config.EngineConfigLoader;
import io.hftengine.engine.feed.SyntheticRecording;
import io.hftengine.engine.report.RunSummary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The replay issue's promise, through the whole engine: the same recording gives the same order
 * stream (order_digest) in layouts 1, 2 and 4 and on a second run, at any speed.
 */
class ReplayDeterminismTest {
    @TempDir
    static Path dir;

    static Path recording;

    @BeforeAll
    static void record() throws Exception {
        recording = dir.resolve("day.pcap");
        SyntheticRecording.write(recording, 100, 7, 60_000, 200_000);
    }

    private static RunSummary replay(final String layout, final double speed) throws Exception {
        return replay(recording, layout, speed);
    }

    private static RunSummary replay(final Path input, final String layout, final double speed) throws Exception {
        final EngineConfig config = EngineConfigLoader.defaults();
        final var pipeline = config.pipeline().build();
        config.pipeline().layout(pipeline.threads(), true, false); // 4 threads on 2 CPUs: oversubscribe
        final SessionOptions options = new SessionOptions(SessionOptions.Kind.REPLAY, config, layout, 0, 0, null,
                null, input, speed, 0, 0, 0, false, null);
        final ByteArrayOutputStream text = new ByteArrayOutputStream();
        return new EngineSession(options, new PrintStream(text, true, "UTF-8")).run();
    }

    @Test
    void everyLayoutAndRunGivesTheSameOrders() throws Exception {
        final RunSummary first = replay("1", 0);
        assertTrue(first.ordersApproved > 50, "the strategy should trade the recording: " + first.toJson());
        assertTrue(first.fills > 10, "the simulated exchange should fill: " + first.toJson());
        assertEquals(64, first.orderDigest.length());
        final Set<String> digests = new HashSet<>();
        for (final String layout : new String[] {"1", "2", "4", "1"}) {
            final RunSummary run = replay(layout, 0);
            digests.add(run.orderDigest);
            assertEquals(first.ordersApproved, run.ordersApproved, "approved orders with layout " + layout);
            assertEquals(first.fills, run.fills, "fills with layout " + layout);
            assertEquals(first.messagesProcessed, run.messagesProcessed, "messages with layout " + layout);
        }
        assertEquals(Set.of(first.orderDigest), digests, "order_digest must not depend on the layout");
    }

    /**
     * At a ten-thousandth of the recorded pace the recording lasts most of an hour: a stop must end
     * it at once (the market data stage never waits inside its duty cycle for a datagram to be
     * due), and the report must say it covers only part of the recording.
     */
    @Test
    void aSlowPacedReplayStopsPromptlyOnRequestAndSaysItIsIncomplete() throws Exception {
        final EngineConfig config = EngineConfigLoader.defaults();
        final SessionOptions options = new SessionOptions(SessionOptions.Kind.REPLAY, config, "2", 0, 0, null,
                null, recording, 0.0001, 0, 0, 0, false, null);
        final ByteArrayOutputStream text = new ByteArrayOutputStream();
        final EngineSession session = new EngineSession(options, new PrintStream(text, true, "UTF-8"));
        final Thread stopper = new Thread(() -> {
            try {
                Thread.sleep(1_500);
            } catch (final InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            session.requestStop();
        });
        stopper.start();
        final long start = System.nanoTime();
        final RunSummary summary = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(60), session::run, "a stop during a paced silence must not hang");
        stopper.join();
        assertTrue(System.nanoTime() - start < 30_000_000_000L, "stopped promptly");
        assertEquals(1L, summary.counters.get("replay_incomplete"), summary.toJson());
        assertTrue(text.toString("UTF-8").contains("stopped before the end of the recording"), text.toString("UTF-8"));
    }

    @Test
    void pacedReplayGivesTheSameOrdersAsFastReplay() throws Exception {
        final RunSummary fast = replay("2", 0);
        final RunSummary paced = replay("2", 50); // 50x the recorded pace: 0.3 s of market time
        assertEquals(fast.orderDigest, paced.orderDigest);
    }

    @Test
    void aGzippedBinaryFileReplaysExactlyAsThePlainOne() throws Exception {
        final Path plain = TestBinaryFiles.write(dir.resolve("day.itch"), 100, 7, 60_000);
        final Path gz = TestBinaryFiles.gzip(plain, dir.resolve("01302019.NASDAQ_ITCH50.gz"));
        final RunSummary fromPlain = replay(plain, "1", 0);
        final RunSummary fromGzip = replay(gz, "2", 0);
        assertTrue(fromPlain.ordersApproved > 50, "the strategy should trade the file: " + fromPlain.toJson());
        assertEquals(60_000 + 2 + 200 + 1 + 3, fromGzip.messagesProcessed);
        assertEquals(fromPlain.messagesProcessed, fromGzip.messagesProcessed);
        assertEquals(fromPlain.orderDigest, fromGzip.orderDigest);
        assertTrue(fromGzip.counters.keySet().stream().noneMatch(k -> k.startsWith("binaryfile_")),
                "nothing left out of an intact file: " + fromGzip.counters);

        final byte[] compressed = java.nio.file.Files.readAllBytes(gz);
        final Path cut = dir.resolve("01312019.NASDAQ_ITCH50.gz");
        java.nio.file.Files.write(cut, java.util.Arrays.copyOf(compressed, compressed.length / 2));
        final RunSummary fromCut = replay(cut, "1", 0);
        assertEquals(1L, fromCut.counters.get("binaryfile_truncated_message"), "a cut download is reported: "
                + fromCut.counters);
        assertTrue(fromCut.messagesProcessed < fromPlain.messagesProcessed);
    }

    /**
     * Messages received = processed + dropped by reason, where a message that fails to decode is
     * dropped, not processed: it was counted on both sides (received = sequenced + decode errors,
     * processed = every sequenced message), so each bad message inflated both by one.
     */
    @Test
    void aMessageThatFailsToDecodeIsReceivedOnceAndDroppedNotProcessed() throws Exception {
        final Path plain = TestBinaryFiles.write(dir.resolve("with-garbage.itch"), 20, 3, 2_000);
        final byte[] day = java.nio.file.Files.readAllBytes(plain);
        // Three messages no decoder knows at the end of the day: type '~', an ITCH header (locate,
        // tracking number, a 6-byte timestamp, so that they have a time and are played), 12 bytes.
        final byte[] one = {0, 12, '~', 0, 1, 0, 0, 0x7F, 0, 0, 0, 0, 0, 9};
        final byte[] garbage = new byte[one.length * 3];
        for (int i = 0; i < 3; i++) {
            System.arraycopy(one, 0, garbage, i * one.length, one.length);
        }
        final byte[] both = java.util.Arrays.copyOf(day, day.length + garbage.length);
        System.arraycopy(garbage, 0, both, day.length, garbage.length);
        java.nio.file.Files.write(plain, both);
        final RunSummary s = replay(plain, "1", 0);
        final long decodeErrors = s.dropped.get("decode_error");
        assertEquals(3, decodeErrors, s.toJson());
        assertEquals(s.messagesProcessed + s.droppedTotal(), s.messages, "received = processed + dropped: " + s.toJson());
        long inFile = 0;
        for (int at = 0; at < both.length; at += 2 + (((both[at] & 0xFF) << 8) | (both[at + 1] & 0xFF))) {
            inFile++;
        }
        assertEquals(inFile, s.messages, "each message of the file received once: " + s.toJson());
    }
}
