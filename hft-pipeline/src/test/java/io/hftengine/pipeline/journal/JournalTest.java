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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JournalTest {
    @TempDir
    Path dir;

    @Test
    void journalIsCreatedOwnerOnly() throws Exception {
        final Path file = dir.resolve("owner-only.journal");
        final JournalWriter writer = new JournalWriter(file, 4096);
        try {
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(file)));
        } finally {
            writer.close();
        }
    }

    private static List<String> readAll(final Path file, final JournalReader reader) {
        final List<String> out = new ArrayList<>();
        reader.read(file, (direction, t, id, pkt, buffer, offset, length) -> {
            final byte[] payload = new byte[length];
            buffer.getBytes(offset, payload);
            out.add((char) direction + " " + t + " " + id + " " + pkt + " " + new String(payload));
        });
        return out;
    }

    @Test
    void recordsRoundTripAcrossWindowsAndTheFileIsTruncatedOnClose() throws Exception {
        final Path file = dir.resolve("j.journal");
        final List<String> expected = new ArrayList<>();
        final JournalEntry entry = new JournalEntry();
        try (JournalWriter writer = new JournalWriter(file, 4096)) {
            for (int i = 0; i < 500; i++) {
                final String text = "message-" + i + "-" + "x".repeat(i % 40);
                final byte[] bytes = text.getBytes();
                final byte direction = i % 2 == 0 ? JournalDescriptor.OUTBOUND : JournalDescriptor.INBOUND;
                writer.append(entry.set(direction, 1_000L + i, i, i / 3, new UnsafeBuffer(bytes), 0, bytes.length));
                expected.add((char) direction + " " + (1_000L + i) + " " + i + " " + i / 3 + " " + text);
            }
            assertEquals(500, writer.records());
        }
        final JournalReader reader = new JournalReader();
        assertEquals(expected, readAll(file, reader));
        assertFalse(reader.truncatedTail());
        assertEquals(Files.size(file) % 8, 0);
    }

    @Test
    void aTornTailIsReportedNotFatal() throws Exception {
        final Path file = dir.resolve("torn.journal");
        final JournalEntry entry = new JournalEntry();
        try (JournalWriter writer = new JournalWriter(file, 4096)) {
            for (int i = 0; i < 3; i++) {
                writer.append(entry.set(JournalDescriptor.OUTBOUND, i, i, 0, new UnsafeBuffer(new byte[20]), 0, 20));
            }
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(raf.length() - 10);
        }
        final JournalReader reader = new JournalReader();
        assertEquals(2, readAll(file, reader).size());
        assertEquals(true, reader.truncatedTail());
    }

    @Test
    void notAJournalIsAClearError() throws Exception {
        final Path file = dir.resolve("bad");
        Files.write(file, new byte[100]);
        assertThrows(IllegalArgumentException.class, () -> new JournalReader().read(file, (a, b, c, d, e, f, g) -> { }));
    }
}
