package io.hftengine.pipeline.journal;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The writer keeps a long position and maps windows anywhere in the file, so a day's journal may
 * pass 2 GiB (about 15 million replies and orders), and a crashed writer leaves it pre-extended a
 * window past its last record. Continuing it read the whole file in one mapping, refused any file
 * over 2 GiB as "not a journal", and so a restarted engine could not start for the rest of the day.
 */
class JournalContinueLargeFileTest {
    @TempDir
    Path dir;

    @Test
    void aCrashedJournalPreExtendedPastTwoGibIsContinued() throws Exception {
        final Path live = dir.resolve("live.journal");
        final JournalEntry entry = new JournalEntry();
        final byte[] payload = "order".getBytes();
        final JournalWriter crashed = new JournalWriter(live, 4096);
        for (int id = 1; id <= 3; id++) {
            crashed.append(entry.set(JournalDescriptor.OUTBOUND, id, id, 0, new UnsafeBuffer(payload), 0, payload.length));
        }
        final long end = crashed.position();
        crashed.flush(); // never closed
        // What the disk holds when the process dies (its lock goes with it; this JVM's stays).
        final Path file = Files.copy(live, dir.resolve("big.journal"));
        // Where the crashed writer's last window reached: zeros past 2 GiB (sparse, no disk used).
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength((1L << 31) + 4096);
        }
        final JournalEnd found = JournalEnd.of(file);
        assertEquals(new JournalEnd(end, 3, 3, 0, "", 1), found);
        try (JournalWriter writer = JournalWriter.append(file, 4096)) {
            assertEquals(3, writer.records());
            writer.append(entry.set(JournalDescriptor.OUTBOUND, 4, 4, 0, new UnsafeBuffer(payload), 0, payload.length));
        }
        final List<Long> ids = new ArrayList<>();
        new JournalReader().read(file, (direction, t, id, seq, buffer, offset, length) -> ids.add(id));
        assertEquals(List.of(1L, 2L, 3L, 4L), ids);
        crashed.close(); // only now: it would truncate the file after its own last record
        Files.delete(file);
    }
}
