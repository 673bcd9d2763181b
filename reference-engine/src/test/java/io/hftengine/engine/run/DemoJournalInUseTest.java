package io.hftengine.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import io.hftengine.engine.HftMain;
import io.hftengine.pipeline.journal.JournalDescriptor;
import io.hftengine.pipeline.journal.JournalEnd;
import io.hftengine.pipeline.journal.JournalEntry;
import io.hftengine.pipeline.journal.JournalWriter;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second demo with the same {@code --out} as one still running: it is refused and the first
 * one's journal is left alone. Before, the second demo unlinked {@code demo-journal.bin} before
 * its journal lock was asked for, and the first demo went on writing a file no longer there.
 */
class DemoJournalInUseTest {
    @TempDir
    Path dir;

    @Test
    void aJournalAnotherDemoIsWritingIsNotDeleted() {
        final Path journal = dir.resolve("demo-journal.bin");
        try (JournalWriter running = new JournalWriter(journal, 1 << 16)) {
            running.append(new JournalEntry().set(JournalDescriptor.OUTBOUND, 1, 1, 0, new UnsafeBuffer(new byte[8]), 0, 8));
            running.flush();
            final int exit = HftMain.execute("demo", "--prime", "0", "--seconds", "1", "--warmup", "0",
                "--out", dir.toString(), "--no-metrics-file");
            assertEquals(4, exit, "refused before anything opens, as run refuses a journal in use");
            assertEquals(1, JournalEnd.of(journal).records(), "the running demo's journal is still there");
        }
    }
}
