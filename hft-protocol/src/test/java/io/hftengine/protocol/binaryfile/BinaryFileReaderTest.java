package io.hftengine.protocol.binaryfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hftengine.protocol.DecodeError;
import io.hftengine.protocol.DecodeErrorListener;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Windowed reading: frames straddling windows, big frames, bad framing, files with no frames.
 */
class BinaryFileReaderTest
{
    @TempDir
    Path dir;

    private Path write(final String name, final byte[] bytes) throws IOException
    {
        final Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    /** The messages framed as a BinaryFILE, then {@code tail} as it is. */
    static byte[] frames(final List<byte[]> messages, final byte[] tail)
    {
        int size = tail.length;
        for (final byte[] m : messages)
        {
            size += 2 + m.length;
        }
        final ByteBuffer out = ByteBuffer.allocate(size);
        for (final byte[] m : messages)
        {
            out.putShort((short)m.length).put(m);
        }
        return out.put(tail).array();
    }

    /** Random messages, mostly ITCH-sized, a few near the 65,535-byte limit. */
    static List<byte[]> randomMessages(final int count, final long seed)
    {
        final SplittableRandom random = new SplittableRandom(seed);
        final List<byte[]> messages = new ArrayList<>();
        for (int i = 0; i < count; i++)
        {
            // Mostly ITCH-sized, with a few near the 65,535-byte limit so they must straddle windows.
            final int length = i % 97 == 5 ? 65_000 + random.nextInt(536) : 1 + random.nextInt(60);
            final byte[] m = new byte[length];
            for (int j = 0; j < length; j++)
            {
                m[j] = (byte)random.nextInt(256);
            }
            messages.add(m);
        }
        return messages;
    }

    @Test
    void everyMessageComesBackWholeWhateverTheWindowSize() throws IOException
    {
        final List<byte[]> messages = randomMessages(600, 7);
        final Path file = write("random.bin", frames(messages, new byte[0]));
        for (final int window : new int[] {BinaryFileReader.MIN_WINDOW_SIZE, 70_001, 200_000, BinaryFileReader.DEFAULT_WINDOW_SIZE})
        {
            final List<byte[]> read = new ArrayList<>();
            try (BinaryFileReader reader = BinaryFileReader.open(file, window, DecodeErrorListener.NO_OP))
            {
                reader.readAll((buffer, offset, length) ->
                {
                    final byte[] copy = new byte[length];
                    buffer.getBytes(offset, copy);
                    read.add(copy);
                });
                assertEquals(Files.size(file), reader.position());
                assertEquals(0, reader.errorCounters().total());
                if (window == BinaryFileReader.MIN_WINDOW_SIZE)
                {
                    assertTrue(reader.windowsMapped() > 10, "windows: " + reader.windowsMapped());
                }
            }
            assertEquals(messages.size(), read.size(), "window " + window);
            for (int i = 0; i < messages.size(); i++)
            {
                assertTrue(java.util.Arrays.equals(messages.get(i), read.get(i)), "message " + i + " window " + window);
            }
        }
    }

    @Test
    void truncatedLastFrameIsCountedAndEndsTheRead() throws IOException
    {
        final byte[] bytes = frames(List.of(new byte[] {'A'}, new byte[] {'B', 'C'}), new byte[] {0, 9, 'D', 'E'});
        final List<DecodeError> reported = new ArrayList<>();
        try (BinaryFileReader reader = BinaryFileReader.open(
            write("truncated.bin", bytes), BinaryFileReader.MIN_WINDOW_SIZE, (e, b, o, l) -> reported.add(e)))
        {
            assertEquals(2, reader.readAll((b, o, l) -> { }));
            assertTrue(reader.isAtEnd());
            assertEquals(0, reader.poll((b, o, l) -> { }, 10));
            assertEquals(List.of(DecodeError.TRUNCATED_MESSAGE), reported);
            assertEquals(bytes.length, reader.position());
        }
    }

    @Test
    void zeroLengthFramesAreCountedAndSkipped() throws IOException
    {
        final byte[] bytes = {0, 0, 0, 1, 'A', 0, 0, 0, 1, 'B', 0};
        try (BinaryFileReader reader = BinaryFileReader.open(write("zeros.bin", bytes)))
        {
            final StringBuilder seen = new StringBuilder();
            reader.readAll((b, o, l) -> seen.append((char)b.getByte(o)));
            assertEquals("AB", seen.toString());
            assertEquals(2, reader.errorCounters().count(DecodeError.EMPTY_MESSAGE));
            assertEquals(1, reader.errorCounters().count(DecodeError.TRUNCATED_MESSAGE));
        }
    }

    @Test
    void pollStopsAtTheLimitAndResumes() throws IOException
    {
        final Path file = write("ten.bin", frames(randomMessages(10, 3).subList(0, 5), new byte[0]));
        try (BinaryFileReader reader = BinaryFileReader.open(file))
        {
            assertEquals(2, reader.poll((b, o, l) -> { }, 2));
            assertEquals(3, reader.poll((b, o, l) -> { }, 100));
            assertEquals(0, reader.poll((b, o, l) -> { }, 100));
            assertEquals(5, reader.messagesRead());
        }
    }

    @Test
    void emptyFileIsAtEndAndTooSmallWindowIsRefused() throws IOException
    {
        final Path empty = write("empty.bin", new byte[0]);
        try (BinaryFileReader reader = BinaryFileReader.open(empty))
        {
            assertTrue(reader.isAtEnd());
            assertEquals(0, reader.readAll((b, o, l) -> { }));
        }
        assertThrows(IllegalArgumentException.class,
            () -> BinaryFileReader.open(empty, BinaryFileReader.MIN_WINDOW_SIZE - 1, DecodeErrorListener.NO_OP));
    }
}
