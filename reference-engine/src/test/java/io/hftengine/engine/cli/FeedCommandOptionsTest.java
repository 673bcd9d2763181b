package io.hftengine.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.hftengine.engine.HftMain;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Conflicting feed options are refused before anything is read or written. */
class FeedCommandOptionsTest {
    @TempDir
    Path dir;

    @Test
    void aRecordingCannotAlsoBeWrittenAsASyntheticPcap() {
        final Path out = dir.resolve("out.pcap");
        // Before the fix the --pcap branch ran first, wrote a synthetic day and ignored --in.
        assertEquals(ExitCodes.USAGE, HftMain.execute("feed", "--in", dir.resolve("day.itch").toString(), "--pcap",
                out.toString(), "--messages", "10"));
        assertFalse(Files.exists(out), "nothing written");
    }
}
