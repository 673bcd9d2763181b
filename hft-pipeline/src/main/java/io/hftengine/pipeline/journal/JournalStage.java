package io.hftengine.pipeline.journal;

import io.hftengine.pipeline.PipeRing;
import io.hftengine.spsc.EventHandler;
import org.agrona.concurrent.Agent;

/**
 * The drop-copy thread: drains the gateway's journal ring in batches of up to 256 records into a
 * {@link JournalWriter}. It always runs on its own thread, never fused with a pipeline stage, so
 * a slow disk can only fill its ring (the gateway then drops and counts, never blocks).
 * {@link #onClose()} drains what is left and closes the file.
 *
 * <p>After a failure (an I/O error, a full disk, a fault of the mapped file) the stage writes
 * nothing more: its duty cycle rethrows the first failure once, for the runner's error handler,
 * and then does no work, and {@link #onClose()} closes the writer without draining, so the
 * journal's lock is released all the same. A failure seen outside the duty cycle (one the runner
 * lets escape its thread) is told with {@link #failed(Throwable)}.
 */
public final class JournalStage implements Agent {
    private static final int BATCH = 256;

    private final PipeRing<JournalEntry> entries;
    private final JournalWriter writer;
    private final EventHandler<JournalEntry> append;
    /** The first failure; written and read on the journal thread, or after it ended (joined). */
    private Throwable failure;
    private boolean closed;

    /**
     * Creates the stage.
     *
     * @param entries gateway-to-journal ring (consumer)
     * @param writer the file; closed by {@link #onClose()}
     */
    public JournalStage(final PipeRing<JournalEntry> entries, final JournalWriter writer) {
        this.entries = entries;
        this.writer = writer;
        this.append = (entry, sequence, endOfBatch) -> writer.append(entry);
    }

    /**
     * Writes up to a batch of records; after a failure, nothing.
     *
     * @return records written
     */
    @Override
    public int doWork() {
        if (failure != null) {
            return 0;
        }
        try {
            return entries.poll(append, BATCH);
        } catch (final RuntimeException | Error ex) {
            failure = ex;
            throw ex;
        }
    }

    /** Drains every published entry (shutdown, tests); stops at a failure. */
    public void drain() {
        while (doWork() > 0) {
            Thread.onSpinWait();
        }
    }

    /**
     * Records a failure seen outside {@link #doWork()} (on the journal thread, or after it
     * ended): the stage writes nothing more. The first failure is kept.
     *
     * @param error what failed
     */
    public void failed(final Throwable error) {
        if (failure == null) {
            failure = error;
        }
    }

    /**
     * Returns the first failure, or {@code null}.
     *
     * @return the first failure, or {@code null}
     */
    public Throwable failure() {
        return failure;
    }

    /**
     * Drains what is left (unless the stage failed) and closes the writer, which releases the
     * journal's lock even when the drain failed. Idempotent: a pipeline whose journal thread
     * died before closing the stage closes it again.
     */
    @Override
    public void onClose() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            drain();
        } finally {
            writer.close();
        }
    }

    @Override
    public String roleName() {
        return "journal";
    }

    /**
     * Returns the writer.
     *
     * @return the writer
     */
    public JournalWriter writer() {
        return writer;
    }
}
