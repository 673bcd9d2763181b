package io.hftengine.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

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
        assertTrue(io.hftengine.engine.run.CaptureFiles.isCapture(pcap));
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
}
