package io.hftengine.metrics.shm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A prepared file is invisible at its path until published, so a monitor never sees a live
 * writer whose counters are not labelled yet; one never published leaves nothing behind.
 */
class MetricsFilePublicationTest {
    @TempDir
    Path dir;

    @Test
    void aMonitorSeesThePreparedFileOnlyOncePublishedAndThenWithItsCounters() throws Exception {
        final Path path = dir.resolve("metrics.dat");
        try (MetricsFile file = MetricsFile.prepare(path, 4, List.of("A"));
             MetricsFileReader reader = new MetricsFileReader(path, 60_000)) {
            assertFalse(file.isPublished());
            assertEquals(WriterStatus.NO_FILE, reader.refresh());
            final int packets = file.counters().allocateCounter("md.packets.received");
            file.counters().set(packets, 7);
            assertEquals(WriterStatus.NO_FILE, reader.refresh());

            file.publish();

            assertTrue(file.isPublished());
            assertEquals(WriterStatus.LIVE, reader.refresh());
            assertEquals("md.packets.received", reader.counterLabel(packets));
            assertEquals(7, reader.counterValue(packets));
            assertThrows(IllegalStateException.class, file::publish);
        }
        assertTrue(Files.exists(path), "a published file stays for post-mortem reading");
    }

    @Test
    void aPreparedFileKeepsAStaleOneInPlaceUntilPublished() throws Exception {
        final Path path = dir.resolve("metrics.dat");
        MetricsFile.create(path, 1, List.of("OLD")).close();
        try (MetricsFile file = MetricsFile.prepare(path, 1, List.of("NEW"));
             MetricsFileReader reader = new MetricsFileReader(path, 60_000)) {
            reader.refresh();
            assertEquals("OLD", reader.stageName(0));
            file.publish();
            reader.refresh();
            assertEquals("NEW", reader.stageName(0));
        }
    }

    /**
     * The set-up between prepare and publish (a day's journal recovered, the books allocated) can
     * outlast a monitor's staleness limit: the heartbeat written at prepare must not make a
     * just-published engine read as unresponsive.
     */
    @Test
    void aFileJustPublishedAfterALongSetUpReadsLive() throws Exception {
        final Path path = dir.resolve("metrics.dat");
        try (MetricsFile file = MetricsFile.prepare(path, 1, List.of("A"));
             MetricsFileReader reader = new MetricsFileReader(path, 100)) {
            Thread.sleep(400); // the set-up, four times the reader's staleness limit
            file.publish();
            assertEquals(WriterStatus.LIVE, reader.refresh());
        }
    }

    @Test
    void closingAnUnpublishedFileLeavesNothingInTheDirectory() throws Exception {
        final Path path = dir.resolve("metrics.dat");
        MetricsFile.prepare(path, 1, List.of("A")).close();
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.map(p -> p.getFileName().toString()).toList());
        }
    }
}
