package io.hftengine.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.hftengine.engine.HftMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code run} that fails after its pipeline is built but before it starts (here: its latency
 * log cannot be opened, a directory standing at its path) closes what it opened: the feed
 * port is free again and no metrics file is left behind (the file is published only once the
 * pipeline's counters are labelled; an unpublished one is deleted). Before, the pipeline was left
 * open, its feed port bound, and a metrics file no counter was ever allocated in stayed in place.
 */
class FailedStartLeavesNoMetricsFileTest {
    private static final int FEED_PORT = 27416;

    @TempDir
    Path dir;

    @Test
    void aReportDirectoryThatCannotBeMadeLeavesNoSocketAndNoMetricsFile() throws Exception {
        RunFixtures.writeConfig(dir, RunFixtures.loopbackNetwork(FEED_PORT, 0, "mode = \"simulated\""));
        final Path metrics = dir.resolve("metrics");
        Files.createDirectories(metrics);
        final Path report = dir.resolve("report");
        Files.createDirectories(report.resolve("run-latency.hlog")); // the latency log cannot be opened

        final int exit = HftMain.execute("run", "--config", dir.toString(), "--prime", "0", "--seconds", "1",
                "--warmup", "0", "--out", report.toString(),
                "--metrics-file", metrics.resolve("metrics.dat").toString());

        assertNotEquals(0, exit, "the latency log is a directory");
        try (Stream<Path> left = Files.list(metrics)) {
            assertEquals(List.of(), left.map(p -> p.getFileName().toString()).toList());
        }
        try (DatagramChannel feedPort = DatagramChannel.open()) {
            feedPort.bind(new InetSocketAddress("127.0.0.1", FEED_PORT)); // throws if still bound
        }
    }
}
