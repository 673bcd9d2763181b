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
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A live session restarted during the day goes on with its journal instead of replacing it. */
class JournalContinueTest {
    @TempDir
    Path dir;

    private final JournalEntry entry = new JournalEntry();

    private void append(final JournalWriter writer, final long orderId, final String text) {
        final byte[] bytes = text.getBytes();
        writer.append(entry.set(JournalDescriptor.OUTBOUND, orderId * 10, orderId, 0, new UnsafeBuffer(bytes), 0,
            bytes.length));
    }

    private static List<String> texts(final Path file) {
        final List<String> out = new ArrayList<>();
        final JournalReader reader = new JournalReader();
        reader.read(file, (direction, t, id, seq, buffer, offset, length) -> {
            final byte[] payload = new byte[length];
            buffer.getBytes(offset, payload);
            out.add(id + ":" + new String(payload));
        });
        assertFalse(reader.truncatedTail());
        return out;
    }

    @Test
    void aClosedJournalIsContinuedAfterItsLastRecord() {
        final Path file = dir.resolve("day.journal");
        try (JournalWriter writer = new JournalWriter(file, 4096)) {
            for (int i = 1; i <= 100; i++) {
                append(writer, i, "morning-" + i);
            }
        }
        final JournalEnd end = JournalEnd.of(file);
        assertEquals(100, end.records());
        assertEquals(100, end.highestOrderId());
        try (JournalWriter writer = JournalWriter.append(file, 4096)) {
            assertEquals(100, writer.records());
            append(writer, 101, "afternoon-101");
            append(writer, 102, "afternoon-102");
        }
        final List<String> texts = texts(file);
        assertEquals(102, texts.size());
        assertEquals("1:morning-1", texts.get(0));
        assertEquals("100:morning-100", texts.get(99));
        assertEquals("102:afternoon-102", texts.get(101));
    }

    @Test
    void aCrashedJournalIsContinuedOverItsHalfWrittenRecord() throws Exception {
        final Path live = dir.resolve("live.journal");
        final JournalWriter crashed = new JournalWriter(live, 1 << 16);
        append(crashed, 1, "first");
        append(crashed, 2, "second");
        final long end = crashed.position();
        crashed.flush(); // never closed: the file stays pre-extended past the last record
        // What the disk holds when the process dies (its lock goes with it; this JVM's stays).
        final Path file = Files.copy(live, dir.resolve("crashed.journal"));
        // The record the writer died in: its body is on disk, its length (written last) is not.
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(end + JournalDescriptor.RECORD_HEADER_LENGTH - 8);
            for (int i = 0; i < 64; i++) {
                raf.write(0x41 + i % 20);
            }
        }
        try (JournalWriter writer = JournalWriter.append(file, 4096)) {
            assertEquals(2, writer.records());
            assertEquals(end, writer.position());
            append(writer, 3, "x"); // short: the next length slot lies inside the old garbage
            append(writer, 4, "after");
        }
        assertEquals(List.of("1:first", "2:second", "3:x", "4:after"), texts(file));
        crashed.close();
    }

    @Test
    void aMissingOrEmptyFileStartsAFreshJournal() throws Exception {
        final Path missing = dir.resolve("new.journal");
        try (JournalWriter writer = JournalWriter.append(missing, 4096)) {
            assertEquals(0, writer.records());
            append(writer, 7, "only");
        }
        assertEquals(List.of("7:only"), texts(missing));
        final Path empty = Files.createFile(dir.resolve("empty.journal"));
        try (JournalWriter writer = JournalWriter.append(empty, 4096)) {
            append(writer, 8, "one");
        }
        assertEquals(List.of("8:one"), texts(empty));
    }

    @Test
    void somethingElseOrACorruptJournalIsNotWrittenOver() throws Exception {
        final Path other = dir.resolve("notes.txt");
        Files.writeString(other, "not a journal, but precious ".repeat(10));
        assertThrows(IllegalArgumentException.class, () -> JournalWriter.append(other, 4096));
        assertEquals("not a journal, but precious ".repeat(10), Files.readString(other));

        final Path corrupt = dir.resolve("corrupt.journal");
        try (JournalWriter writer = new JournalWriter(corrupt, 4096)) {
            append(writer, 1, "a");
            append(writer, 2, "b");
        }
        try (RandomAccessFile raf = new RandomAccessFile(corrupt.toFile(), "rw")) {
            raf.seek(JournalDescriptor.FILE_HEADER_LENGTH + 40); // the second record's length
            raf.writeInt(0x7FFF_0000);
        }
        final long size = Files.size(corrupt);
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> JournalWriter.append(corrupt, 4096));
        assertTrue(e.getMessage().contains(corrupt.toString()), e.getMessage());
        assertEquals(size, Files.size(corrupt), "a corrupt journal is left as it was");
    }
}
