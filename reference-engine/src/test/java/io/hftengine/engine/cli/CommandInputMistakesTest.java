package io.hftengine.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.hftengine.engine.HftMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mistakes a new user makes on the command line, each found by walking a fresh clone through the
 * README: the answer is an exit code that means it and a message that names the culprit, never a
 * stack trace, a "null", an empty report with exit 0, or a file destroyed.
 */
class CommandInputMistakesTest {
    @TempDir
    Path dir;

    private String stderr;

    private int execute(final String... args) {
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final PrintStream savedErr = System.err;
        final PrintStream savedOut = System.out;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            return HftMain.execute(args);
        } finally {
            System.setErr(savedErr);
            System.setOut(savedOut);
            stderr = err.toString(StandardCharsets.UTF_8) + out.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void aReplayOfAFileThatHoldsNoMarketDataIsAnInputError() throws Exception {
        final Path text = dir.resolve("notes.txt");
        Files.writeString(text, "this is not market data at all, just text\n".repeat(20));
        assertEquals(ExitCodes.INPUT, execute("replay", "--in", text.toString(), "--layout", "1",
                "--out", dir.resolve("report").toString(), "--no-metrics-file"), stderr);
        assertTrue(stderr.contains("held no MoldUDP64/ITCH message"), stderr);
    }

    /**
     * {@code run --out FILE} primed for engine.prime_seconds (10 s by default) and then said only
     * "I/O error: FILE: exists, and is not a directory", naming no option.
     */
    @Test
    void runWithAnOutThatIsAFileSaysSoBeforePriming() throws Exception {
        final Path config = dir.resolve("config");
        Files.createDirectories(config);
        for (final String file : new String[] {"engine.toml", "network.toml", "risk_limits.toml"}) {
            // The shipped config on ports of this test's range: nothing may open, but if it did
            // it must not take another test's port.
            Files.writeString(config.resolve(file), Files.readString(Path.of("..", "config", file))
                    .replace("26400", "47940").replace("26401", "47941").replace("26500", "47942"));
        }
        final Path file = dir.resolve("report");
        Files.writeString(file, "not a directory");
        assertEquals(ExitCodes.INPUT, execute("run", "--config", config.toString(), "--out", file.toString(),
                "--prime", "1", "--seconds", "1", "--warmup", "0", "--no-metrics-file"), stderr);
        assertTrue(stderr.contains("--out: cannot make the directory " + file + ": exists, and is not a directory"),
                stderr);
        assertTrue(!stderr.contains("pre-open priming"), "checked before priming: " + stderr);
        assertEquals("not a directory", Files.readString(file), "the file is left alone");
    }

    @Test
    void recordRefusesToOverwriteARecording() throws Exception {
        final Path existing = dir.resolve("day.pcap");
        Files.write(existing, new byte[4096]);
        assertEquals(ExitCodes.USAGE, execute("record", "--out", existing.toString(), "--seconds", "1",
                "--listen", "127.0.0.1:0"), stderr);
        assertTrue(stderr.contains("--overwrite"), stderr);
        assertEquals(4096, Files.size(existing), "the recording is untouched");
    }

    @Test
    void recordOnABusyPortNamesItAndLeavesTheFileAlone() throws Exception {
        final Path existing = dir.resolve("day.pcap");
        Files.write(existing, new byte[4096]);
        try (DatagramChannel taken = DatagramChannel.open(StandardProtocolFamily.INET)
                .bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            final int port = ((InetSocketAddress) taken.getLocalAddress()).getPort();
            assertEquals(ExitCodes.INPUT, execute("record", "--out", existing.toString(), "--overwrite",
                    "--seconds", "1", "--listen", "127.0.0.1:" + port), stderr);
            assertTrue(stderr.contains("cannot bind 127.0.0.1:" + port), stderr);
        }
        assertEquals(4096, Files.size(existing), "a port in use must not cost the file its contents");
    }

    @Test
    void anUnknownHostIsAUsageErrorNamingTheOption() {
        for (final String[] args : new String[][] {
            {"feed", "--target", "no-such-host.invalid:26400", "--seconds", "1"},
            {"feed", "--mirror", "no-such-host.invalid:1", "--seconds", "1"},
            {"record", "--listen", "no-such-host.invalid:1", "--out", dir.resolve("x.pcap").toString()},
            {"exchange", "--bind", "no-such-host.invalid:1", "--seconds", "1"},
        }) {
            assertEquals(ExitCodes.USAGE, execute(args), String.join(" ", args) + ": " + stderr);
            assertTrue(stderr.contains("unknown host \"no-such-host.invalid\""), stderr);
            assertTrue(!stderr.contains("Exception") && !stderr.contains(": null"), stderr);
        }
        assertTrue(!Files.exists(dir.resolve("x.pcap")), "nothing written");
    }
}
