package io.hftengine.replay.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.agrona.DirectBuffer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer when its file cannot grow (disk full, quota, file size limit). */
class PcapWriterEdgeCaseTest {
    private static final Path BASH = Path.of("/bin/bash");
    @TempDir
    Path dir;

    @Test
    void aFileThatCannotGrowFailsTheWriteThatNeedsItAndTheWriterStaysUsable() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(BASH), "needs bash for ulimit -f");
        final Path file = dir.resolve("limited.pcap");
        final List<String> command = new ArrayList<>(List.of(BASH.toString(), "-c", "ulimit -f 64 && exec \"$0\" \"$@\""));
        command.addAll(ChildJvm.command(FileSizeLimitedWriterMain.class, file.toString()));
        final Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        final String output;
        try {
            assertTrue(child.waitFor(60, TimeUnit.SECONDS), "child JVM hung");
            output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            child.destroyForcibly();
        }
        // 64 KiB hold the global header and 64 windows' worth of 1000-byte records; the window
        // after them cannot be mapped, but the 58-byte record fits in the one already mapped.
        assertEquals(List.of("full after 64", "small ok", "force ok", "closed"), output.lines().toList(), output);
        assertEquals(0, child.exitValue(), output);

        final List<Long> times = new ArrayList<>();
        try (PcapReader reader = PcapReader.open(file)) {
            reader.readAll((long t, DirectBuffer b, int o, int l, int si, int sp, int di, int dp) -> times.add(t));
            assertEquals(CaptureEnd.COMPLETE, reader.end());
            assertEquals(0, reader.skipCounters().total(), reader.skipCounters().toString());
        }
        assertEquals(65, times.size(), "every record whose write returned is in the file");
        for (int i = 0; i < 64; i++) {
            assertEquals(1_700_000_000_000_000_000L + i, times.get(i));
        }
        assertEquals(1_800_000_000_000_000_000L, times.get(64));
    }

}
