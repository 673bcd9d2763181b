package io.hftengine.metrics;

import java.io.FileNotFoundException;
import java.nio.file.Path;

import org.HdrHistogram.HistogramLogWriter;

/**
 * Opens HdrHistogram interval logs ({@code .hlog}) for {@link LatencyTracker#writeIntervals}.
 * Slow path: file I/O, for a reporting thread.
 *
 * <p>The histograms hold nanoseconds. HdrHistogram's {@code HistogramLogProcessor} divides by
 * 10^6 unless told otherwise, so it prints milliseconds (a 300 ns stage reads "0.000"): give it
 * {@code -outputValueUnitRatio 1000} for microseconds or {@code 1} for nanoseconds.
 */
public final class IntervalLogs {
    private IntervalLogs() {
    }

    /**
     * Creates (or truncates) an {@code .hlog} file and writes its header: format version, start
     * time, base time and column legend, as {@code HistogramLogProcessor} expects.
     *
     * @param file        the file to write; its parent directory must exist
     * @param startEpochMs the run's start, epoch milliseconds; interval times are relative to it
     * @return an open writer; the caller closes it
     * @throws FileNotFoundException if the file cannot be created
     */
    public static HistogramLogWriter open(final Path file, final long startEpochMs) throws FileNotFoundException {
        final HistogramLogWriter writer = new HistogramLogWriter(file.toFile());
        writer.outputLogFormatVersion();
        writer.outputStartTime(startEpochMs);
        writer.setBaseTime(startEpochMs);
        writer.outputBaseTime(startEpochMs);
        writer.outputLegend();
        return writer;
    }
}
