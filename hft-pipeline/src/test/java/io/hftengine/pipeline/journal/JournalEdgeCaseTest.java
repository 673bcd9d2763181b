package io.hftengine.pipeline.journal;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class JournalEdgeCaseTest {
    @TempDir
    Path dir;

    /** A valid header followed by the given int at offset 64, zero-padded to 4096 bytes. */
    private Path journalWithFirstLength(final String name, final int headerLength, final int firstLength)
        throws Exception {
        final ByteBuffer bytes = ByteBuffer.allocate(4096).order(ByteOrder.LITTLE_ENDIAN);
        bytes.putLong(0, JournalDescriptor.MAGIC);
        bytes.putInt(JournalDescriptor.VERSION_OFFSET, JournalDescriptor.VERSION);
        bytes.putInt(JournalDescriptor.HEADER_LENGTH_OFFSET, headerLength);
        bytes.putInt(JournalDescriptor.FILE_HEADER_LENGTH, firstLength);
        final Path file = dir.resolve(name);
        Files.write(file, bytes.array());
        return file;
    }

    /** Reader must end cleanly (or say "not a journal" with IllegalArgumentException), never another exception. */
    private static long readOrClearError(final Path file, final JournalReader reader, final AtomicInteger calls) {
        try {
            return reader.read(file, (d, t, id, seq, buffer, offset, length) -> {
                calls.incrementAndGet();
                if (length > 0) {
                    buffer.getByte(offset + length - 1); // touch the last payload byte (bounds-checked)
                }
            });
        } catch (final IllegalArgumentException clear) {
            return -1;
        } catch (final RuntimeException other) {
            fail("unclear exception escaped the reader: " + other, other);
            return -2;
        }
    }

    @Test
    void hugeRecordLengthOverflowsTheBoundsCheckAndEscapesAsAnException() throws Exception {
        // at (64) + length overflows int, so "at + length > size" is false and the record is accepted
        final Path file = journalWithFirstLength("overflow.journal", 64, Integer.MAX_VALUE - 7);
        final JournalReader reader = new JournalReader();
        final AtomicInteger calls = new AtomicInteger();
        final long count = readOrClearError(file, reader, calls);
        assertEquals(0, calls.get(), "a record that runs past the file must not be delivered");
        assertEquals(0, count);
        assertTrue(reader.truncatedTail());
    }

    @Test
    void hugeRecordLengthWithANoOpHandlerStillEscapesOnTheNextStep() throws Exception {
        final Path file = journalWithFirstLength("overflow2.journal", 64, Integer.MAX_VALUE - 7);
        final JournalReader reader = new JournalReader();
        try {
            final long count = reader.read(file, (d, t, id, seq, buffer, offset, length) -> { });
            assertEquals(0, count);
            assertTrue(reader.truncatedTail());
        } catch (final RuntimeException ex) {
            fail("exception escaped the reader on a corrupt length: " + ex, ex);
        }
    }

    @Test
    void corruptHeaderLengthIsAClearErrorOrCleanEnd() throws Exception {
        for (final int headerLength : new int[] {-8, Integer.MAX_VALUE - 2}) {
            final Path file = journalWithFirstLength("hdr" + headerLength + ".journal", headerLength, 0);
            readOrClearError(file, new JournalReader(), new AtomicInteger());
        }
    }

    @Test
    void recordLengthLargerThanAnyRecordTheWriterCanProduceIsFlaggedNotDelivered() throws Exception {
        // The writer never writes more than 32 + 96 = 128 bytes a record; 1000 is corrupt.
        final Path file = journalWithFirstLength("big.journal", 64, 1000);
        final JournalReader reader = new JournalReader();
        final AtomicInteger calls = new AtomicInteger();
        readOrClearError(file, reader, calls);
        assertEquals(0, calls.get(), "a 968-byte 'OUCH payload' of garbage was delivered as a record");
        assertTrue(reader.truncatedTail(), "corruption should be reported");
    }

    @Test
    void tornRecordFollowedByZerosEndsCleanly() throws Exception {
        final Path file = dir.resolve("crash.journal");
        final JournalEntry entry = new JournalEntry();
        final JournalWriter writer = new JournalWriter(file, 4096);
        for (int i = 0; i < 5; i++) {
            writer.append(entry.set(JournalDescriptor.OUTBOUND, i, i, 0, new UnsafeBuffer(new byte[49]), 0, 49));
        }
        writer.flush();
        // simulate a crash: the body of a sixth record is written but its length is not (zeros)
        try (FileChannel ch = FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
            final ByteBuffer body = ByteBuffer.allocate(40);
            Arrays.fill(body.array(), (byte) 0x55);
            ch.write(body, writer.position() + 4);
        }
        final JournalReader reader = new JournalReader();
        final AtomicInteger calls = new AtomicInteger();
        assertEquals(5, readOrClearError(file, reader, calls));
        assertFalse(reader.truncatedTail());
        writer.close();
    }

    @Test
    void aPayloadTooLongForARecordIsRefusedNotCut() {
        final JournalEntry entry = new JournalEntry();
        final UnsafeBuffer message = new UnsafeBuffer(new byte[JournalDescriptor.MAX_PAYLOAD + 1]);
        entry.set(JournalDescriptor.OUTBOUND, 1, 2, 3, message, 0, 10);
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> entry.set(JournalDescriptor.INBOUND, 4, 5, 6, message, 0, JournalDescriptor.MAX_PAYLOAD + 1));
        assertTrue(e.getMessage().contains(String.valueOf(JournalDescriptor.MAX_PAYLOAD + 1)), e.getMessage());
        assertThrows(IllegalArgumentException.class,
            () -> entry.set(JournalDescriptor.INBOUND, 4, 5, 6, message, 0, -1));
        assertEquals(10, entry.length(), "a refused set leaves the entry as it was");
        assertEquals(2, entry.orderId());
    }

    @Test
    void everyPayloadLengthRoundTripsExactlyAcrossManyRemaps() throws Exception {
        final Path file = dir.resolve("lengths.journal");
        final JournalEntry entry = new JournalEntry();
        final List<byte[]> expected = new ArrayList<>();
        try (JournalWriter writer = new JournalWriter(file, 4096)) {
            for (int round = 0; round < 20; round++) {
                for (int len = 0; len <= JournalDescriptor.MAX_PAYLOAD; len++) {
                    final byte[] p = new byte[len];
                    for (int i = 0; i < len; i++) {
                        p[i] = (byte) (len * 31 + i + round);
                    }
                    writer.append(entry.set(JournalDescriptor.INBOUND, round, len, round, new UnsafeBuffer(p), 0, len));
                    expected.add(p);
                }
            }
        }
        final List<byte[]> actual = new ArrayList<>();
        final JournalReader reader = new JournalReader();
        reader.read(file, (d, t, id, seq, buffer, offset, length) -> {
            final byte[] p = new byte[length];
            buffer.getBytes(offset, p);
            actual.add(p);
        });
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertArrayEquals(expected.get(i), actual.get(i), "record " + i);
        }
        assertFalse(reader.truncatedTail());
    }

    @Test
    void aFailedRemapLeavesNoDanglingWindow() throws Exception {
        final Path file = dir.resolve("nogrow.journal");
        final JournalWriter writer = new JournalWriter(file, 4096);
        final JournalEntry entry = new JournalEntry();
        final UnsafeBuffer payload = new UnsafeBuffer(new byte[66]);
        // the file cannot grow any more: simulate with the channel closed under the writer
        final Field channelField = JournalWriter.class.getDeclaredField("channel");
        channelField.setAccessible(true);
        final Field windowField = JournalWriter.class.getDeclaredField("window");
        windowField.setAccessible(true);
        ((FileChannel) channelField.get(writer)).close();
        final UnsafeBuffer window = (UnsafeBuffer) windowField.get(writer);
        final long oldAddress = window.addressOffset();
        final UncheckedIOException error = assertThrows(UncheckedIOException.class, () -> {
            for (int i = 0; i < 1000; i++) {
                writer.append(entry.set(JournalDescriptor.INBOUND, i, i, 0, payload, 0, 66));
            }
        });
        assertTrue(error.getMessage().contains("cannot extend or map journal " + file), error.getMessage());
        // Before session 8 the old window was unmapped before the new map failed, and the writer
        // still pointed at it: the journal thread's next append (the AgentRunner keeps calling
        // doWork after the error) would write into unmapped memory, a SIGSEGV that kills the whole
        // engine. Now the new window is mapped first: the old one is still there, still the
        // journal's first window (its header readable), and the next append fails as clearly.
        assertTrue(window.capacity() > 0 && window.addressOffset() == oldAddress, "the old window is kept");
        assertTrue(window.getLong(0, java.nio.ByteOrder.LITTLE_ENDIAN) == JournalDescriptor.MAGIC,
            "the old window is still mapped: its header reads back");
        final UncheckedIOException again = assertThrows(UncheckedIOException.class,
            () -> writer.append(entry.set(JournalDescriptor.INBOUND, 0, 0, 0, payload, 0, 66)));
        assertTrue(again.getMessage().contains("cannot extend or map journal " + file), again.getMessage());
    }

    /**
     * Two engines pointed at one journal interleaved their records and the day could not be
     * recovered from it: a journal being written is refused to a second writer, and to a start-up
     * that asks before it opens anything.
     */
    @Test
    void aJournalBeingWrittenIsRefusedToASecondWriter() throws Exception {
        final Path journal = dir.resolve("shared.journal");
        try (JournalWriter first = new JournalWriter(journal, 1 << 16)) {
            first.flush();
            final IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> JournalWriter.append(journal, 1 << 16));
            assertTrue(e.getMessage().contains("another engine") && e.getMessage().contains(journal.toString()),
                e.getMessage());
            assertThrows(IllegalStateException.class, () -> JournalWriter.requireNotInUse(journal));
        }
        JournalWriter.requireNotInUse(journal); // free once the first writer closed
        JournalWriter.append(journal, 1 << 16).close();
    }
}
