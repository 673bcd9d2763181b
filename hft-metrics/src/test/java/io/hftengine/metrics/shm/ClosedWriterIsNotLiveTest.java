package io.hftengine.metrics.shm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An engine that closes its metrics file (a clean stop) is no longer reported live. Its last
 * heartbeat stayed fresh for the monitor's stale threshold (3 s): in that time the monitor showed
 * the stopped engine LIVE, and {@code hft monitor --kill-switch} answered "kill switch requested"
 * with exit 0 for an engine that was gone, a request the next engine (a new file, the switch off)
 * never sees.
 */
class ClosedWriterIsNotLiveTest {
    @TempDir
    Path dir;

    @Test
    void aClosedFilesHeartbeatStopsAtOnce() throws Exception {
        final Path path = dir.resolve("metrics.dat");
        try (MetricsFileReader reader = new MetricsFileReader(path, 60_000)) {
            final MetricsFile file = MetricsFile.create(path, 4, List.of("A"));
            file.heartbeat(System.currentTimeMillis());
            assertEquals(WriterStatus.LIVE, reader.refresh());
            file.close();
            // The writer (this JVM) still runs, so its file reads as unresponsive, not stale; a
            // process that has exited reads as stale, and the kill switch is refused for it.
            assertNotEquals(WriterStatus.LIVE, reader.refresh(), "closed, yet reported live");
            assertEquals(WriterStatus.UNRESPONSIVE, reader.refresh());
        }
    }
}
