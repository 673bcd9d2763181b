package io.hftengine.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hftengine.engine.HftMain;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Numeric options that would make a command measure, publish or record nothing are usage errors
 * (exit code 2) found before anything is opened, never a run that reports nothing and exits 0,
 * and never a stack trace.
 */
class CommandOptionRangesTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "bench {0} {1}")
    @CsvSource({
        "--seconds, 0",
        "--seconds, -100",
        "--seconds, NaN",
        "--warmup, -1",
        "--warmup, NaN",
        "--rate, 0",
        "--rate, -5",
    })
    void benchRefusesATimeOrRateThatMeasuresNothing(final String option, final String value) {
        // Before the fix each of these ran a bench with an empty latency table and exit code 0.
        final Map<String, String> options = new LinkedHashMap<>(Map.of("--seconds", "1", "--warmup", "0", "--rate",
                "1000", "--symbols", "10", "--out", dir.toString()));
        options.put(option, value); // an option given twice would be refused for that alone
        final List<String> args = new ArrayList<>(List.of("bench", "--no-metrics-file"));
        options.forEach((name, v) -> args.addAll(List.of(name, v)));
        assertEquals(ExitCodes.USAGE, HftMain.execute(args.toArray(String[]::new)));
    }

    @Test
    void runChecksItsDurationBeforeItReadsTheConfig() {
        // Before the fix the missing config was all it complained of: a config error (3).
        assertEquals(ExitCodes.USAGE, HftMain.execute("run", "--config", dir.resolve("none").toString(), "--seconds",
                "0", "--no-metrics-file"));
        assertEquals(ExitCodes.USAGE, HftMain.execute("run", "--config", dir.resolve("none").toString(), "--warmup",
                "-1", "--no-metrics-file"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity"})
    void replayRefusesASpeedThatIsNotAFiniteFactor(final String speed) {
        // Before the fix NaN passed "speed < 0" and the missing input was the error reported (4).
        assertEquals(ExitCodes.USAGE, HftMain.execute("replay", "--in", dir.resolve("none.pcap").toString(),
                "--speed", speed, "--no-metrics-file"));
    }

    @ParameterizedTest(name = "feed --pcap {0} {1}")
    @CsvSource({
        "--rate, 0",
        "--rate, -1",
        "--messages, -5",
        "--messages, 0",
        "--symbols, 0",
    })
    void aSyntheticRecordingWithAnImpossibleSizeIsAUsageErrorAndWritesNothing(final String option,
            final String value) {
        // Before the fix --rate 0 died of an ArithmeticException (exit 1, stack trace), a negative
        // count wrote "-5 messages" and exited 0, and --symbols 0 left a header-only pcap behind.
        final Path out = dir.resolve("day.pcap");
        final String[] size = "--messages".equals(option) ? new String[] {option, value}
                : new String[] {"--messages", "10", option, value};
        final List<String> args = new ArrayList<>(List.of("feed", "--pcap", out.toString()));
        args.addAll(List.of(size));
        assertEquals(ExitCodes.USAGE, HftMain.execute(args.toArray(String[]::new)));
        assertFalse(Files.exists(out), "nothing written");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-3"})
    void aFeedThatWouldPublishForNoTimeIsAUsageError(final String seconds) {
        // Before the fix it sent the start and end of day only, and exited 0.
        assertEquals(ExitCodes.USAGE, HftMain.execute("feed", "--seconds", seconds, "--target", "127.0.0.1:9",
                "--request-port", "0"));
    }

    @Test
    void recordForNoTimeIsAUsageErrorAndWritesNothing() {
        final Path out = dir.resolve("capture.pcap");
        assertEquals(ExitCodes.USAGE, HftMain.execute("record", "--listen", "127.0.0.1:0", "--out", out.toString(),
                "--seconds", "0"));
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void anExchangeAskedToRunForNegativeTimeIsAUsageErrorNotAnEndlessRun() {
        // Before the fix -1 meant "until Ctrl-C", as 0 is documented to.
        assertEquals(ExitCodes.USAGE, assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> HftMain.execute("exchange", "--bind", "127.0.0.1:0", "--seconds", "-1")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "feed --request-port, 70000",
        "feed --request-port, -1",
        "feed --port, 65536",
        "inspect --port, 70000",
        "inspect --port, -2",
        "replay --port, 65536",
        "monitor --port, 65536",
    })
    void aPortOutsideZeroTo65535IsAUsageErrorNamingTheOption(final String commandAndOption, final String value)
            throws Exception {
        // Before the fix inspect and feed --in took such a port as a filter no datagram matches and
        // exited 4 after reading the whole file; feed --request-port and monitor --port said only
        // "port out of range:70000", not which option.
        final Path capture = dir.resolve("day.pcap");
        assertEquals(ExitCodes.OK, HftMain.execute("feed", "--pcap", capture.toString(), "--messages", "10"));
        final String command = commandAndOption.split(" ")[0];
        final String option = commandAndOption.split(" ")[1];
        final List<String> args = new ArrayList<>(List.of(command, option, value));
        switch (command) {
            case "feed" -> args.addAll(List.of("--in", capture.toString(), "--target", "127.0.0.1:9",
                    "--seconds", "1"));
            case "inspect" -> args.add(capture.toString());
            case "replay" -> args.addAll(List.of("--in", capture.toString()));
            default -> args.addAll(List.of("--file", dir.resolve("metrics.dat").toString(), "--iterations", "1"));
        }
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        final PrintStream savedErr = System.err;
        final PrintStream savedOut = System.out;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(err, true, StandardCharsets.UTF_8));
        final int status;
        try {
            status = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> HftMain.execute(args.toArray(String[]::new)));
        } finally {
            System.setErr(savedErr);
            System.setOut(savedOut);
        }
        final String printed = err.toString(StandardCharsets.UTF_8);
        assertEquals(ExitCodes.USAGE, status, printed);
        assertTrue(printed.contains(option + " must be a port, 0 to 65535, was " + value), printed);
    }
}
