package io.hftengine.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import io.hftengine.engine.feed.RecordedFiles;
import io.hftengine.engine.run.TestBinaryFiles;
import io.hftengine.protocol.tools.InspectBinaryFile;
import picocli.CommandLine;

import io.hftengine.engine.feed.SyntheticRecording;
import io.hftengine.protocol.tools.ItchStatistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectCommandTest {
    @TempDir
    Path dir;

    @Test
    void pcapOfMoldUdp64IsCountedMessageByMessage() throws Exception {
        final Path pcap = dir.resolve("day.pcap");
        SyntheticRecording.write(pcap, 10, 3, 5_000, 100_000);
        assertTrue(io.hftengine.engine.feed.RecordedFiles.isCapture(pcap));
        final ByteArrayOutputStream text = new ByteArrayOutputStream();
        final ItchStatistics stats = InspectCommand.inspectCapture(pcap, 26_400, new PrintStream(text, true, "UTF-8"));
        // start of day: 2 system events + (directory + trading action) per symbol + 1; end: 3
        assertEquals(5_000 + 2 + 20 + 1 + 3, stats.totalMessages());
        assertEquals(10, stats.messageCount('R'));
        final String report = text.toString(StandardCharsets.UTF_8);
        assertTrue(report.contains("gaps 0 (0 messages missing)"), report);
        assertTrue(report.contains("ended COMPLETE"), report);
    }

    @Test
    void otherPortsAreLeftOut() throws Exception {
        final Path pcap = dir.resolve("day.pcap");
        SyntheticRecording.write(pcap, 5, 3, 1_000, 100_000);
        final ItchStatistics stats = InspectCommand.inspectCapture(pcap, 9, new PrintStream(new ByteArrayOutputStream(),
                true, "UTF-8"));
        assertEquals(0, stats.totalMessages());
    }

    @Test
    void aGzippedBinaryFileIsReadAsNasdaqPublishesIt() throws Exception {
        final Path plain = TestBinaryFiles.write(dir.resolve("day.itch"), 20, 5, 3_000);
        final Path gz = TestBinaryFiles.gzip(plain, dir.resolve("01302019.NASDAQ_ITCH50.gz"));
        assertFalse(RecordedFiles.isCapture(gz));
        final ByteArrayOutputStream plainReport = new ByteArrayOutputStream();
        final ByteArrayOutputStream gzipReport = new ByteArrayOutputStream();
        final ItchStatistics fromPlain = InspectBinaryFile.inspect(plain, new PrintStream(plainReport, true, "UTF-8"));
        final ItchStatistics fromGzip = InspectBinaryFile.inspect(gz, new PrintStream(gzipReport, true, "UTF-8"));
        assertEquals(3_000 + 2 + 40 + 1 + 3, fromGzip.totalMessages());
        assertEquals(fromPlain.totalMessages(), fromGzip.totalMessages());
        assertEquals(fromPlain.messageCount('A'), fromGzip.messageCount('A'));
        assertTrue(gzipReport.toString(StandardCharsets.UTF_8).contains(", gzip: " + Files.size(plain)
                + " bytes decompressed)"), gzipReport.toString(StandardCharsets.UTF_8));
        assertEquals(ExitCodes.OK, new CommandLine(new InspectCommand()).execute(gz.toString()));
    }

    @Test
    void aGzippedCaptureIsReadAsThePlainOne() throws Exception {
        final Path pcap = dir.resolve("day.pcap");
        SyntheticRecording.write(pcap, 5, 3, 1_000, 100_000);
        final Path gz = TestBinaryFiles.gzip(pcap, dir.resolve("day.pcap.gz"));
        assertTrue(RecordedFiles.isCapture(gz));
        final PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, "UTF-8");
        assertEquals(InspectCommand.inspectCapture(pcap, 0, quiet).totalMessages(),
                InspectCommand.inspectCapture(gz, 0, quiet).totalMessages());
        assertEquals(ExitCodes.OK, new CommandLine(new InspectCommand()).execute(gz.toString()));
    }

    @Test
    void aGzipCutBeforeItsFirstBytesIsAnInputErrorNotACrash() throws Exception {
        final Path pcap = dir.resolve("day.pcap");
        SyntheticRecording.write(pcap, 5, 3, 1_000, 100_000);
        final byte[] gz = Files.readAllBytes(TestBinaryFiles.gzip(pcap, dir.resolve("day.pcap.gz")));
        final Path cut = dir.resolve("cut.gz");
        Files.write(cut, java.util.Arrays.copyOf(gz, 12));
        assertFalse(RecordedFiles.isCapture(cut), "too little inflates to tell: read as a BinaryFILE, cut short");
        assertEquals(ExitCodes.INPUT, new CommandLine(new InspectCommand()).execute(cut.toString()));
    }

    @Test
    void aFileThatDecodesToNothingIsAnInputErrorNotAnEmptyReport() throws Exception {
        final Path garbage = dir.resolve("garbage.bin");
        Files.write(garbage, "this is not market data at all, just text\n".getBytes(StandardCharsets.US_ASCII));
        assertEquals(ExitCodes.INPUT, new CommandLine(new InspectCommand()).execute(garbage.toString()));
    }

    @Test
    void nasdaqFileNamesGiveTheTradingDay() {
        assertEquals(Optional.of(LocalDate.of(2019, 1, 30)),
                RecordedFiles.tradingDayFromName(Path.of("/data/01302019.NASDAQ_ITCH50.gz")));
        assertEquals(Optional.of(LocalDate.of(2020, 12, 30)),
                RecordedFiles.tradingDayFromName(Path.of("12302020.NASDAQ_ITCH50")));
        assertEquals(Optional.empty(), RecordedFiles.tradingDayFromName(Path.of("13302019.NASDAQ_ITCH50")));
        assertEquals(Optional.empty(), RecordedFiles.tradingDayFromName(Path.of("ex20101224.TEST_ITCH_50")));
        assertEquals(Optional.empty(), RecordedFiles.tradingDayFromName(Path.of("10201030.NASDAQ_ITCH50")));
    }

}
