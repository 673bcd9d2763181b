package io.hftengine.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hftengine.engine.cli.ExitCodes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a person reads when a command fails on I/O: the step that failed and the system's reason. */
class HftMainErrorsTest {
    @Test
    void causesAreAppendedOnceEach() {
        final IOException root = new BindException("Address already in use");
        assertEquals("exchange: cannot bind 127.0.0.1:1: Address already in use",
            HftMain.withCauses(new UncheckedIOException("exchange: cannot bind 127.0.0.1:1", root)));
        assertEquals("feed: cannot bind: Address already in use",
            HftMain.withCauses(new UncheckedIOException("feed: cannot bind: Address already in use", root)),
            "a message that already carries its cause's is left alone");
        assertEquals("cannot read /x.pcap: no such file or directory",
            HftMain.withCauses(new IOException("cannot read /x.pcap", new java.nio.file.NoSuchFileException("/x.pcap"))));
        assertEquals("/no/dir/x.pcap: no such file or directory",
            HftMain.withCauses(new java.nio.file.NoSuchFileException("/no/dir/x.pcap")));
        assertEquals("cannot write /x: permission denied",
            HftMain.withCauses(new IOException("cannot write /x", new java.nio.file.AccessDeniedException("/x"))));
        assertEquals("/etc/passwd: exists, and is not a directory",
            HftMain.withCauses(new java.nio.file.FileAlreadyExistsException("/etc/passwd")), "--out naming a file");
        assertEquals("/tmp/day: Is a directory",
            HftMain.withCauses(new java.nio.file.FileSystemException("/tmp/day", null, "Is a directory")),
            "record --out DIR --overwrite said the reason twice");
        assertEquals("/tmp/f/m.dat: Not a directory",
            HftMain.withCauses(new java.nio.file.FileSystemException("/tmp/f/m.dat", null, "Not a directory")),
            "--metrics-file under a file said the reason twice");
        final IOException bare = new java.io.EOFException();
        bare.initCause(root);
        assertEquals("EOFException: Address already in use", HftMain.withCauses(bare), "no message: its type");
        assertEquals("outer: middle: Address already in use",
            HftMain.withCauses(new IOException("outer", new IOException("middle", root))));
    }

    @Test
    void aMissingOrDirectoryRecordingIsNamedWithWhatIsWrong(@TempDir final Path dir) {
        final Path missing = dir.resolve("missing.pcap");
        assertEquals("I/O error: cannot read " + missing + ": no such file",
            failing(ExitCodes.INPUT, "replay", "--in", missing.toString()));
        assertEquals("I/O error: cannot read " + dir + ": a directory, not a recording or BinaryFILE",
            failing(ExitCodes.INPUT, "replay", "--in", dir.toString()));
        assertEquals("inspect: cannot read " + missing + ": no such file",
            failing(ExitCodes.INPUT, "inspect", missing.toString()));
        assertEquals("inspect: cannot read " + dir + ": a directory, not a recording or BinaryFILE",
            failing(ExitCodes.INPUT, "inspect", dir.toString()));
    }

    /**
     * {@code hft monitor --kill-switch} with no metrics file returns its status through
     * {@code execute} (the monitor's own main exits the JVM: called from here, it ended this test
     * JVM), as the input exit code, not the monitor's 2, which means a bad command line here.
     */
    @Test
    void aKillSwitchRequestWithoutAMetricsFileReturnsTheInputExitCode(@TempDir final Path dir) {
        final Path missing = dir.resolve("no-metrics.dat");
        final PrintStream savedOut = System.out;
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final int exit;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            exit = HftMain.execute("monitor", "--file", missing.toString(), "--port", "-1", "--kill-switch", "7");
        } finally {
            System.setOut(savedOut);
        }
        assertEquals(ExitCodes.INPUT, exit);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("no metrics file at " + missing), out.toString());
    }

    /** Runs a command that must fail with {@code code}; returns its last line of standard error. */
    private static String failing(final int code, final String... args) {
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        final PrintStream saved = System.err;
        final int exit;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            exit = HftMain.execute(args);
        } finally {
            System.setErr(saved);
        }
        final String[] lines = err.toString(StandardCharsets.UTF_8).strip().split("\\R");
        assertEquals(code, exit, String.join("\n", lines));
        return lines[lines.length - 1];
    }

    @Test
    void anExchangePortInUseSaysSoWithTheInputExitCode() throws Exception {
        // No SO_REUSEADDR here, so the simulator's bind must fail.
        try (DatagramChannel taken = DatagramChannel.open(StandardProtocolFamily.INET)
                .bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            final int port = ((InetSocketAddress) taken.getLocalAddress()).getPort();
            final String text = failing(ExitCodes.INPUT, "exchange", "--bind", "127.0.0.1:" + port, "--seconds", "1");
            assertTrue(text.contains("cannot bind") && text.toLowerCase(java.util.Locale.ROOT).contains("in use"), text);
        }
    }
}
