package io.hftengine.metrics.shm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsFileTest {
    @TempDir
    Path dir;

    @Test
    void countersStagesAndSnapshotsRoundTripInProcess() throws Exception {
        final Path path = dir.resolve("m/metrics.dat");
        try (MetricsFile file = MetricsFile.create(path, 4, List.of("MARKET_DATA", "RISK"));
             MetricsFileReader reader = new MetricsFileReader(path, 60_000)) {
            final int packets = file.counters().allocateCounter("md.packets");
            final int depth = file.counters().allocateGauge("queue.depth");
            file.counters().increment(packets);
            file.counters().add(packets, 41);
            file.counters().set(depth, -3);
            final Histogram h = new Histogram(3);
            for (int i = 1; i <= 1000; i++) {
                h.recordValue(i);
            }
            file.snapshots().publish(1, h, 7, 5, 1234L);

            assertEquals(WriterStatus.LIVE, reader.refresh());
            assertEquals(ProcessHandle.current().pid(), reader.writerPid());
            assertEquals("md.packets", reader.counterLabel(packets));
            assertEquals(42, reader.counterValue(packets));
            assertEquals(MetricsFileDescriptor.TYPE_GAUGE, reader.counterType(depth));
            assertEquals(-3, reader.counterValue(depth));
            assertFalse(reader.isAllocated(2));
            assertEquals("RISK", reader.stageName(1));
            final StageSnapshot s = new StageSnapshot();
            assertTrue(reader.readSnapshot(1, s));
            assertEquals(1234L, s.timeEpochMs());
            assertEquals(1000, s.count());
            assertEquals(h.getValueAtPercentile(50), s.p50());
            assertEquals(h.getValueAtPercentile(99.99), s.p9999());
            assertEquals(h.getMaxValue(), s.max());
            assertEquals(7, s.clampedCount());
            assertEquals(5, s.negativeCount());
            assertEquals(500_500, s.sumNs(), 1_000);
        }
    }

    @Test
    void fileIsOwnerOnly() throws Exception {
        final Path path = dir.resolve("metrics.dat");
        try (MetricsFile file = MetricsFile.create(path, 1, List.of("A"))) {
            assertEquals(path.toAbsolutePath(), file.path());
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(path)));
        }
    }

    @Test
    void controlRegionCarriesKillSwitchAndProfileRequestsBothWays() throws Exception {
        final Path path = dir.resolve("metrics.dat");
        try (MetricsFile file = MetricsFile.create(path, 1, List.of("A"));
             MetricsFileReader reader = new MetricsFileReader(path, 60_000)) {
            reader.refresh();
            assertFalse(file.control().killSwitchRequested());
            reader.control().requestKillSwitch(17, 99L);
            assertTrue(file.control().killSwitchRequested());
            assertEquals(17, file.control().killSwitchReason());
            assertEquals(99L, file.control().killSwitchRequestedAtMs());
            reader.control().clearKillSwitch();
            assertFalse(file.control().killSwitchRequested());

            assertFalse(file.control().profileRequestPending());
            assertEquals(1, reader.control().requestProfile());
            assertEquals(2, reader.control().requestProfile());
            assertTrue(file.control().profileRequestPending());
            file.control().acknowledgeProfile(file.control().profileRequestSequence());
            assertFalse(reader.control().profileRequestPending());
        }
    }

    @Test
    void readerWaitsForMissingOrForeignFilesAndFlagsSilentWriter() throws Exception {
        final Path path = dir.resolve("metrics.dat");
        try (MetricsFileReader reader = new MetricsFileReader(path, 0)) {
            assertEquals(WriterStatus.NO_FILE, reader.refresh());
            Files.write(path, new byte[10]);
            assertEquals(WriterStatus.NOT_READY, reader.refresh());
            Files.write(path, new byte[4096]);
            assertEquals(WriterStatus.NOT_READY, reader.refresh());
            try (MetricsFile file = MetricsFile.create(path, 2, List.of("A"))) {
                file.heartbeat(System.currentTimeMillis() - 10_000);
                // This process is alive but its heartbeat is old: unresponsive, not stale.
                assertEquals(WriterStatus.UNRESPONSIVE, reader.refresh());
                assertEquals(1, reader.mapCount());
            }
        }
    }

    @Test
    void badInputIsRejectedClearly() throws Exception {
        final Path path = dir.resolve("metrics.dat");
        assertThrows(IllegalArgumentException.class, () -> MetricsFile.create(path, 0, List.of("A")));
        assertThrows(IllegalArgumentException.class, () -> MetricsFile.create(path, 1, List.of("bad name")));
        try (MetricsFile file = MetricsFile.create(path, 1, List.of("A"))) {
            file.counters().allocateCounter("one");
            assertThrows(IllegalStateException.class, () -> file.counters().allocateCounter("two"));
            assertThrows(IllegalArgumentException.class, () -> file.counters().allocateGauge("white space"));
            assertThrows(IndexOutOfBoundsException.class, () -> file.counters().increment(1));
            assertThrows(IndexOutOfBoundsException.class, () -> file.snapshots().publish(1, new Histogram(2), 0, 0, 0));
        }
    }
}
