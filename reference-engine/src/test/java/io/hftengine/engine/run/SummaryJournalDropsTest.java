package io.hftengine.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import io.hftengine.engine.config.EngineConfig;
import io.hftengine.engine.config.EngineConfigLoader;
import io.hftengine.engine.feed.SyntheticRecording;
import io.hftengine.engine.report.RunSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RELIABILITY.md promises the run summary counts the journal records the gateway dropped on a
 * full journal ring ({@code gateway_journal_drops}): a restart refuses such a journal, and the
 * summary is where the operator learns why.
 */
class SummaryJournalDropsTest {
    @TempDir
    Path dir;

    @Test
    void theSummaryCountsJournalRecordsDropped() throws Exception {
        final Path recording = dir.resolve("day.pcap");
        SyntheticRecording.write(recording, 20, 7, 20_000, 20_000);
        final EngineConfig config = EngineConfigLoader.defaults();
        final SessionOptions options = new SessionOptions(SessionOptions.Kind.REPLAY, config, "1", 0, 0, null,
                null, recording, 0, 0, 0, 0, false, null);
        final RunSummary summary = new EngineSession(options,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run();
        assertTrue(summary.counters.containsKey("gateway_journal_drops"), summary.toJson());
        assertEquals(0L, summary.counters.get("gateway_journal_drops"), "no journal, nothing dropped");
    }
}
