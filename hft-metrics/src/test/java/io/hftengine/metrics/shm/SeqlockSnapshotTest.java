package io.hftengine.metrics.shm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reader racing a publishing thread never sees a mix of two snapshots. */
class SeqlockSnapshotTest {
    @Test
    void readerNeverSeesATornSnapshot(@TempDir final Path dir) throws Exception {
        final Path path = dir.resolve("metrics.dat");
        final Histogram[] histograms = new Histogram[2];
        for (int k = 0; k < 2; k++) {
            // Tiny histograms make publishing fast, so writes overlap reads as often as possible.
            histograms[k] = new Histogram(4000, 1);
            // Snapshot k has every percentile equal to (k + 1) * 1000 and count k + 1.
            for (int i = 0; i <= k; i++) {
                histograms[k].recordValue((k + 1) * 1000L);
            }
        }
        try (MetricsFile file = MetricsFile.create(path, 1, List.of("A"));
             MetricsFileReader reader = new MetricsFileReader(path, 60_000)) {
            file.snapshots().publish(0, histograms[0], 0, 0, 0);
            reader.refresh();
            final AtomicBoolean stop = new AtomicBoolean();
            final Thread writer = new Thread(() -> {
                long n = 0;
                while (!stop.get()) {
                    final int k = (int) (n & 1);
                    file.snapshots().publish(0, histograms[k], k, 0, n++);
                }
            });
            writer.start();
            final StageSnapshot s = new StageSnapshot();
            int consistent = 0;
            final long end = System.nanoTime() + 1_000_000_000L;
            // The writer must stop before the file is unmapped, even when an assertion fails.
            try {
                while (System.nanoTime() < end) {
                    if (reader.readSnapshot(0, s)) {
                        final long k = s.count() - 1;
                        assertTrue(k == 0 || k == 1, "count " + s.count());
                        final long v = histograms[(int) k].getMaxValue();
                        assertEquals(v, s.p50());
                        assertEquals(v, s.p9999());
                        assertEquals(v, s.max());
                        assertEquals(k, s.clampedCount());
                        assertEquals(k, s.timeEpochMs() & 1);
                        consistent++;
                    }
                }
            } finally {
                stop.set(true);
                writer.join();
            }
            assertTrue(consistent > 100, "reads that succeeded: " + consistent);
        }
    }
}
