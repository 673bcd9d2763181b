package io.hftengine.pipeline.journal;

import io.hftengine.pipeline.PipeRing;
import io.hftengine.spsc.EventHandler;
import org.agrona.concurrent.Agent;

/**
 * The drop-copy thread: drains the gateway's journal ring in batches of up to 256 records into a
 * {@link JournalWriter}. It always runs on its own thread, never fused with a pipeline stage, so
 * a slow disk can only fill its ring (the gateway then drops and counts, never blocks).
 * {@link #onClose()} drains what is left and closes the file.
 */
public final class JournalStage implements Agent {
    private static final int BATCH = 256;

    private final PipeRing<JournalEntry> entries;
    private final JournalWriter writer;
    private final EventHandler<JournalEntry> append;

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

    @Override
    public int doWork() {
        return entries.poll(append, BATCH);
    }

    /** Drains every published entry (shutdown, tests). */
    public void drain() {
        while (entries.poll(append, BATCH) > 0) {
            Thread.onSpinWait();
        }
    }

    @Override
    public void onClose() {
        drain();
        writer.close();
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
