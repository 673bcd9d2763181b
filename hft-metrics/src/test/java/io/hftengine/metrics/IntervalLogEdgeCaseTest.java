package io.hftengine.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.HdrHistogram.HistogramLogProcessor;
import org.HdrHistogram.HistogramLogWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What HdrHistogram's own tools make of the .hlog files we write. */
class IntervalLogEdgeCaseTest {
    private static final Pattern TOTAL = Pattern.compile("Total count\\s*=\\s*(\\d+)");

    /**
     * BUG: a tracker's first interval starts when the tracker is built; a log opened later (the
     * usual order: pipeline, then hlog) gets that interval with a negative start, and
     * HistogramLogProcessor, which reads from offset 0, silently skips it with all its samples.
     */
    @Test
    void histogramLogProcessorCountsAnIntervalThatBeganBeforeTheLog(@TempDir final Path dir) throws Exception {
        final LatencyTracker tracker = LatencyTracker.forStages("A");
        Thread.sleep(50); // building the rest of the engine
        final Path file = dir.resolve("run.hlog");
        final HistogramLogWriter log = IntervalLogs.open(file, System.currentTimeMillis());
        for (int i = 1; i <= 100; i++) {
            tracker.recordNanos(0, i * 1_000L);
        }
        tracker.sampleIntervals();
        tracker.writeIntervals(log);
        tracker.recordNanos(0, 5_000L);
        tracker.sampleIntervals();
        tracker.writeIntervals(log);
        log.close();

        assertEquals(101, processedCount(file, dir.resolve("out")), Files.readString(file));
    }

    /** Coverage: a log whose start precedes the tracker keeps every interval where it was. */
    @Test
    void histogramLogProcessorCountsEveryIntervalOfALogOpenedFirst(@TempDir final Path dir) throws Exception {
        final Path file = dir.resolve("run.hlog");
        final HistogramLogWriter log = IntervalLogs.open(file, System.currentTimeMillis() - 1_000);
        final LatencyTracker tracker = LatencyTracker.forStages("A", "B");
        for (int i = 1; i <= 10; i++) {
            tracker.recordNanos(0, i);
            tracker.recordNanos(1, i);
            tracker.sampleIntervals();
            tracker.writeIntervals(log);
        }
        log.close();
        final String text = Files.readString(file);
        assertEquals(10, processedCount(file, dir.resolve("out")), text);
        // Relative start times: the first interval begins about a second into the log.
        assertTrue(text.contains("Tag=A,1."), text);
    }

    /**
     * A write with no interval finished since the last one writes nothing: before, one before the
     * first sample logged an empty interval per stage, and a second write of the same interval
     * logged it again, its samples counted twice by HistogramLogProcessor (a library user's trial).
     */
    @Test
    void aWriteWithNoNewIntervalWritesNothing(@TempDir final Path dir) throws Exception {
        final Path file = dir.resolve("run.hlog");
        final HistogramLogWriter log = IntervalLogs.open(file, System.currentTimeMillis());
        final LatencyTracker tracker = LatencyTracker.forStages("A");
        for (int i = 1; i <= 30; i++) {
            tracker.recordNanos(0, i * 1_000L);
        }
        tracker.writeIntervals(log); // before any sample
        tracker.sampleIntervals();
        tracker.writeIntervals(log);
        tracker.writeIntervals(log); // the same interval again
        log.close();
        final String text = Files.readString(file);
        assertEquals(1, text.lines().filter(line -> line.startsWith("Tag=A,")).count(), text);
        assertEquals(30, processedCount(file, dir.resolve("out")), text);
    }

    private static long processedCount(final Path hlog, final Path outBase) throws Exception {
        final HistogramLogProcessor processor = new HistogramLogProcessor(new String[] {
            "-i", hlog.toString(), "-o", outBase.toString(), "-tag", "A"});
        processor.run();
        final String hgrm = Files.readString(Path.of(outBase + ".hgrm"));
        final Matcher m = TOTAL.matcher(hgrm);
        assertTrue(m.find(), hgrm);
        return Long.parseLong(m.group(1));
    }
}
