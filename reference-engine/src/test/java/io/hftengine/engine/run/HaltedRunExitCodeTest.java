package io.hftengine.engine.run;

import static io.hftengine.engine.run.RunFixtures.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.hftengine.engine.HftMain;
import io.hftengine.engine.exchange.SoupBinTcpExchangeSimulator;
import io.hftengine.pipeline.journal.JournalDescriptor;
import io.hftengine.pipeline.journal.JournalEntry;
import io.hftengine.pipeline.journal.JournalWriter;
import io.hftengine.protocol.ouch.ExecutedMessage;
import io.hftengine.types.SystemClock;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that completes with trading halted exits 5 ({@code ExitCodes.HALTED}), not 0: a script
 * or supervisor must not take a day the kill switch stopped, or the venue's session ended, for a
 * clean one. A clean run still exits 0.
 */
class HaltedRunExitCodeTest {
    private static final int FEED_PORT = 47320;
    private static final int REQUEST_PORT = 47321;
    private static final int VENUE_PORT = 47322;

    @TempDir
    Path dir;

    @Test
    void aCleanRunExitsZero() throws Exception {
        final Path config = Files.createDirectories(dir.resolve("clean"));
        RunFixtures.writeConfigWithJournal(config, config.resolve("day.journal"), network("mode = \"udp\""));
        final Path json = config.resolve("run.json");
        assertEquals(0, run(config, json));
        assertEquals(0, number(Files.readString(json), "kill_switch_tripped"));
    }

    /**
     * Today's journal holds a fill for an order it never entered (an orphan): recovered, it trips
     * the kill switch again, and the run trades nothing all day.
     */
    @Test
    void aRunWhoseKillSwitchTrippedExitsHalted() throws Exception {
        final Path config = Files.createDirectories(dir.resolve("tripped"));
        final Path journal = config.resolve("day.journal");
        try (JournalWriter writer = new JournalWriter(journal, 1 << 16)) {
            final UnsafeBuffer reply = new UnsafeBuffer(new byte[64]);
            final int length = new ExecutedMessage().wrapForEncode(reply, 0).orderTokenNumber(7).executedShares(100)
                    .executionPrice(100_000).liquidityFlag('A').matchNumber(1).messageLength();
            writer.append(new JournalEntry().set(JournalDescriptor.INBOUND, System.currentTimeMillis() * 1_000_000L, 7,
                    0, reply, 0, length));
        }
        RunFixtures.writeConfigWithJournal(config, journal, network("mode = \"udp\""));
        final Path json = config.resolve("run.json");
        assertEquals(5, run(config, json));
        assertEquals(1, number(Files.readString(json), "kill_switch_tripped"));
    }

    /** The venue rejects the login: the session ends at once and no order can go out. */
    @Test
    void aRunWhoseVenueRejectedTheLoginExitsHalted() throws Exception {
        final Path config = Files.createDirectories(dir.resolve("rejected"));
        RunFixtures.writeConfigWithJournal(config, config.resolve("day.journal"), network("mode = \"soupbintcp\"",
                "username = \"HFT\"", "password = \"wrong\""));
        try (SoupBinTcpExchangeSimulator venue = new SoupBinTcpExchangeSimulator(
                new InetSocketAddress("127.0.0.1", VENUE_PORT), new SystemClock(), 50, 1_000_000, "HFT", "secret",
                "HFTEXCH001", SoupBinTcpExchangeSimulator.DEFAULT_STORE)) {
            final Thread venueThread = new Thread(venue, "soup-exchange");
            venueThread.setDaemon(true);
            venueThread.start();
            final Path json = config.resolve("run.json");
            final ByteArrayOutputStream console = new ByteArrayOutputStream();
            final PrintStream stdout = System.out;
            final int exit;
            System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
            final long startNs = System.nanoTime();
            try {
                // Asked for a minute: the run stops itself once the venue has ended the session.
                exit = run(config, json, 60);
            } finally {
                System.setOut(stdout);
            }
            final long seconds = (System.nanoTime() - startNs) / 1_000_000_000L;
            final String summary = Files.readString(json);
            assertEquals(5, exit, summary);
            assertTrue(seconds < 30, "ran " + seconds + " s after its venue session had ended");
            // The console said so too (it never did, the transport being closed by then), when it
            // happened (a run without --seconds said nothing until SIGTERM) and again at the end.
            final String text = console.toString(StandardCharsets.UTF_8);
            assertTrue(text.matches("(?s).*run: WARNING: the venue session ended [0-9.]+ s after the start, orders are"
                    + " refused after it: the venue rejected the login.*"), text);
            assertTrue(text.matches("(?s).*run: WARNING: the venue session ended [0-9.]+ s after the start \\(see"
                    + " above\\), orders are refused after it: the venue rejected the login.*"), text);
            assertTrue(text.contains("run: stopping: the venue ended the session, no order can reach it"), text);
            assertEquals(1, number(summary, "venue_session_ended"), summary);
            assertEquals(1, number(summary, "gateway_login_rejects"), summary);
        }
    }

    private static String[] network(final String... gateway) {
        final String[] venue = java.util.Arrays.copyOf(gateway, gateway.length + 1);
        venue[gateway.length] = "address = \"127.0.0.1:" + VENUE_PORT + "\"";
        return RunFixtures.loopbackNetwork(FEED_PORT, REQUEST_PORT, venue);
    }

    private static int run(final Path config, final Path json) {
        return run(config, json, 1);
    }

    private static int run(final Path config, final Path json, final int seconds) {
        return HftMain.execute("run", "--config", config.toString(), "--prime", "0", "--seconds",
                Integer.toString(seconds), "--warmup", "0", "--json", json.toString(), "--out",
                config.resolve("report").toString(), "--no-metrics-file");
    }
}
