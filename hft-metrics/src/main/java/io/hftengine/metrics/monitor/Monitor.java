package io.hftengine.metrics.monitor;

import java.nio.file.Path;

import io.hftengine.metrics.shm.MetricsFileReader;
import io.hftengine.metrics.shm.WriterStatus;

/**
 * One monitor refresh: re-checks the metrics file, then renders the terminal table and the
 * Prometheus exposition. The latest exposition is published through a volatile field so the HTTP
 * server's thread never touches the (single-threaded) reader.
 */
final class Monitor implements AutoCloseable {
    private final MetricsFileReader reader;
    private final TerminalTable table = new TerminalTable();
    private volatile String exposition = "";
    private WriterStatus status = WriterStatus.NO_FILE;

    Monitor(final Path file, final long staleAfterMs) {
        this.reader = new MetricsFileReader(file, staleAfterMs);
    }

    /** Refreshes and returns the terminal table text. */
    String step() {
        status = reader.refresh();
        // Read after the refresh: mapping a file for the first time can take longer than a heartbeat.
        final long nowEpochMs = System.currentTimeMillis();
        exposition = PrometheusExposition.render(reader, status, nowEpochMs);
        return table.render(reader, status, nowEpochMs);
    }

    String exposition() {
        return exposition;
    }

    WriterStatus status() {
        return status;
    }

    MetricsFileReader reader() {
        return reader;
    }

    @Override
    public void close() {
        reader.close();
    }
}
