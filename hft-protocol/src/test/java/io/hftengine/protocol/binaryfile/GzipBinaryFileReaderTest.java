package io.hftengine.protocol.binaryfile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hftengine.protocol.DecodeError;
import io.hftengine.protocol.DecodeErrorListener;
import io.hftengine.protocol.itch.ItchDecoder;
import io.hftengine.protocol.tools.ItchStatistics;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Gzipped BinaryFILEs, as NASDAQ publishes them: read straight from the {@code .gz}, whole and in
 * order at every window size; several gzip members; a download cut short; a corrupt trailer.
 */
class GzipBinaryFileReaderTest
{
    @TempDir
    Path dir;

    @Test
    void everyMessageComesBackWholeWhateverTheWindowSize() throws IOException
    {
        final List<byte[]> messages = randomMessages(600, 11);
        final byte[] plain = frames(messages);
        final Path file = write("random.gz", gzip(plain));
        for (final int window : new int[] {BinaryFileReader.MIN_WINDOW_SIZE, 70_001, BinaryFileReader.DEFAULT_WINDOW_SIZE})
        {
            try (BinaryFileReader reader = BinaryFileReader.open(file, window, DecodeErrorListener.NO_OP))
            {
                assertTrue(reader.isCompressed());
                assertEquals(0.0, reader.progress());
                assertMessages(messages, readAll(reader), "window " + window);
                assertEquals(1.0, reader.progress(), "every compressed byte taken");
                assertEquals(plain.length, reader.position(), "decompressed bytes consumed");
                assertEquals(Files.size(file), reader.fileSize());
                assertEquals(0, reader.errorCounters().total());
                if (window == BinaryFileReader.MIN_WINDOW_SIZE)
                {
                    assertTrue(reader.windowsMapped() > 10, "refills: " + reader.windowsMapped());
                }
            }
        }
    }

    @Test
    void concatenatedGzipMembersReadAsOneFile() throws IOException
    {
        final List<byte[]> first = randomMessages(50, 1);
        final List<byte[]> second = randomMessages(70, 2);
        final ByteArrayOutputStream both = new ByteArrayOutputStream();
        both.writeBytes(gzip(frames(first)));
        both.writeBytes(gzip(frames(second)));
        final List<byte[]> expected = new ArrayList<>(first);
        expected.addAll(second);
        try (BinaryFileReader reader = BinaryFileReader.open(write("members.gz", both.toByteArray())))
        {
            assertMessages(expected, readAll(reader), "two members");
        }
    }

    @Test
    void aDownloadCutShortEndsTheReadWithOneTruncationCounted() throws IOException
    {
        final List<byte[]> messages = randomMessages(2_000, 5);
        final byte[] compressed = gzip(frames(messages));
        final List<DecodeError> reported = new ArrayList<>();
        final Path file = write("cut.gz", Arrays.copyOf(compressed, compressed.length / 2));
        try (BinaryFileReader reader = BinaryFileReader.open(
            file, BinaryFileReader.MIN_WINDOW_SIZE, (error, buffer, offset, length) -> reported.add(error)))
        {
            final List<byte[]> read = readAll(reader);
            assertTrue(reader.isAtEnd());
            assertFalse(read.isEmpty());
            assertTrue(read.size() < messages.size(), read.size() + " of " + messages.size());
            assertMessages(messages.subList(0, read.size()), read, "the prefix before the cut");
            assertEquals(List.of(DecodeError.TRUNCATED_MESSAGE), reported);
        }
    }

    @Test
    void aFileCutInsideTheGzipHeaderIsATruncationNotACrash() throws IOException
    {
        final byte[] compressed = gzip(frames(randomMessages(10, 3)));
        try (BinaryFileReader reader = BinaryFileReader.open(write("header.gz", Arrays.copyOf(compressed, 5))))
        {
            assertTrue(reader.isCompressed());
            assertEquals(0, reader.readAll((b, o, l) -> { }));
            assertTrue(reader.isAtEnd());
            assertEquals(1, reader.errorCounters().count(DecodeError.TRUNCATED_MESSAGE));
        }
    }

    @Test
    void aCorruptTrailerIsAnErrorThatSaysHowFarTheReadGot() throws IOException
    {
        final byte[] compressed = gzip(frames(randomMessages(100, 9)));
        compressed[compressed.length - 8] ^= 0x5A; // the CRC-32 of the uncompressed data
        try (BinaryFileReader reader = BinaryFileReader.open(write("crc.gz", compressed)))
        {
            final IOException error = assertThrows(IOException.class, () -> reader.readAll((b, o, l) -> { }));
            assertTrue(error.getMessage().startsWith("corrupt gzip data after "), error.getMessage());
        }
    }

    @Test
    void theRitchSampleGzippedDecodesExactlyAsThePlainFile() throws IOException
    {
        final byte[] plain;
        try (InputStream in = GzipBinaryFileReaderTest.class.getResourceAsStream("/itch/ex20101224.TEST_ITCH_50"))
        {
            plain = in.readAllBytes();
        }
        final ItchStatistics fromPlain = statistics(write("ex20101224.TEST_ITCH_50", plain));
        final ItchStatistics fromGzip = statistics(write("ex20101224.TEST_ITCH_50.gz", gzip(plain)));
        assertEquals(12_012L, fromGzip.totalMessages());
        final StringBuilder plainReport = new StringBuilder();
        final StringBuilder gzipReport = new StringBuilder();
        fromPlain.appendReport(plainReport);
        fromGzip.appendReport(gzipReport);
        assertEquals(plainReport.toString(), gzipReport.toString());
    }

    private static ItchStatistics statistics(final Path file) throws IOException
    {
        final ItchStatistics statistics = new ItchStatistics();
        final ItchDecoder decoder = new ItchDecoder(statistics);
        try (BinaryFileReader reader = BinaryFileReader.open(file))
        {
            reader.readAll(decoder);
            assertEquals(0, reader.errorCounters().total());
        }
        assertEquals(0, decoder.errorCounters().total());
        return statistics;
    }

    private static List<byte[]> readAll(final BinaryFileReader reader) throws IOException
    {
        final List<byte[]> read = new ArrayList<>();
        reader.readAll((buffer, offset, length) ->
        {
            final byte[] copy = new byte[length];
            buffer.getBytes(offset, copy);
            read.add(copy);
        });
        return read;
    }

    private static void assertMessages(final List<byte[]> expected, final List<byte[]> read, final String what)
    {
        assertEquals(expected.size(), read.size(), what);
        for (int i = 0; i < expected.size(); i++)
        {
            assertArrayEquals(expected.get(i), read.get(i), what + ", message " + i);
        }
    }

    private Path write(final String name, final byte[] bytes) throws IOException
    {
        final Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static byte[] gzip(final byte[] plain) throws IOException
    {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out))
        {
            gz.write(plain);
        }
        return out.toByteArray();
    }

    private static byte[] frames(final List<byte[]> messages)
    {
        return BinaryFileReaderTest.frames(messages, new byte[0]);
    }

    private static List<byte[]> randomMessages(final int count, final long seed)
    {
        return BinaryFileReaderTest.randomMessages(count, seed);
    }
}
