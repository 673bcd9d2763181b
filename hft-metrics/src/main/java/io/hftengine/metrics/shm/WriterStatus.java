package io.hftengine.metrics.shm;

/** What a {@link MetricsFileReader} knows about the engine behind a metrics file. */
public enum WriterStatus {
    /** No file at the path yet: the engine has not started (the reader keeps waiting). */
    NO_FILE,
    /** A file exists but is not (yet) a complete metrics file of a layout this reader knows. */
    NOT_READY,
    /** The writer's heartbeat is recent. */
    LIVE,
    /** The writer process is alive but its heartbeat is older than the stale threshold. */
    UNRESPONSIVE,
    /** Heartbeat too old and the writer process (that pid with that start time) is gone. */
    STALE
}
