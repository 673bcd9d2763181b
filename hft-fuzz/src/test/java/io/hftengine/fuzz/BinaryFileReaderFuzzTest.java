package io.hftengine.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.hftengine.protocol.DecodeError;
import io.hftengine.protocol.binaryfile.BinaryFileReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.agrona.DirectBuffer;

/**
 * Fuzzes {@link BinaryFileReader}, the memory-mapped BinaryFILE reader, against an independent
 * in-memory walk of the same bytes. The fuzzed bytes can be placed just before the end of the
 * first mapped window, so frames straddle a remap; the reader is polled in batches of a fuzzed
 * size. It must deliver exactly the frames of the walk, count empty frames, and count a cut-off
 * last frame as {@link DecodeError#TRUNCATED_MESSAGE}. The same bytes gzipped must read the same
 * (NASDAQ's {@code .gz} files); gzipped and then cut or damaged, they must end in a counted
 * truncation or an {@code IOException} that says the gzip data is corrupt, nothing else.
 */
class BinaryFileReaderFuzzTest
{
    private static final Path FILE = ScratchFile.create("binaryfile-fuzz");

    /**
     * Reads {@code [filler frame][fuzzed bytes]} through the smallest window the reader allows.
     *
     * @param data where the fuzzed bytes start relative to the window's end, the batch size, the bytes
     * @throws IOException if the scratch file cannot be mapped (not a finding: the file is ours)
     */
    @FuzzTest(maxDuration = "60s")
    void mappedFile(final FuzzedDataProvider data) throws IOException
    {
        final boolean nearWindowEnd = data.consumeBoolean();
        final int beforeWindowEnd = data.consumeInt(0, 700);
        final int batch = data.consumeInt(1, 50);
        final byte[] tail = data.consumeRemainingAsBytes();
        final byte[] filler = nearWindowEnd ? fillerFrame(BinaryFileReader.MIN_WINDOW_SIZE - beforeWindowEnd) : new byte[0];
        ScratchFile.write(FILE, filler, tail);
        final byte[] file = concat(filler, tail);
        if (isGzip(file))
        {
            return; // read as a gzip stream: gzippedFile's business
        }
        final ReferenceFraming expected = ReferenceFraming.of(file, 0, file.length);

        final List<byte[]> messages = new ArrayList<>();
        try (BinaryFileReader reader = BinaryFileReader.open(FILE, BinaryFileReader.MIN_WINDOW_SIZE, (e, b, o, l) -> { }))
        {
            int polls = 0;
            while (!reader.isAtEnd())
            {
                reader.poll((buffer, offset, length) -> messages.add(copy(buffer, offset, length)), batch);
                if (++polls > file.length + 2)
                {
                    throw new AssertionError("reader never reaches the end");
                }
            }
            assertEquals(expected.frames(), messages.size(), "frames delivered");
            assertEquals(expected.frames(), reader.messagesRead(), "messagesRead()");
            for (int i = 0; i < messages.size(); i++)
            {
                final int offset = expected.offset(i);
                assertTrue(Arrays.equals(file, offset, offset + expected.length(i), messages.get(i), 0, messages.get(i).length),
                    "frame " + i + " bytes");
            }
            assertEquals(expected.empties(), reader.errorCounters().count(DecodeError.EMPTY_MESSAGE), "empty frames");
            final boolean cutShort = expected.consumed() < file.length;
            assertEquals(cutShort ? 1 : 0, reader.errorCounters().count(DecodeError.TRUNCATED_MESSAGE), "cut-off last frame");
            assertEquals(expected.empties() + (cutShort ? 1 : 0), reader.errorCounters().total(), "no other error");
            assertEquals(0, reader.poll((b, o, l) -> messages.add(null), 1), "nothing after the end");
            assertEquals(file.length, reader.position(), "position at the end");
        }
    }

    /**
     * Gzips the fuzzed bytes, then maybe cuts the compressed file short or flips one of its bytes,
     * and reads it in batches through the smallest window.
     *
     * @param data the damage (none, cut, flip), where, the batch size, the bytes
     * @throws IOException if the scratch file cannot be written (not a finding: the file is ours)
     */
    @FuzzTest(maxDuration = "60s")
    void gzippedFile(final FuzzedDataProvider data) throws IOException
    {
        final int damage = data.consumeInt(0, 2);
        final int at = data.consumeInt(0, Integer.MAX_VALUE);
        final int batch = data.consumeInt(1, 50);
        final byte[] plain = data.consumeRemainingAsBytes();
        final byte[] gz = gzip(plain);
        final byte[] damaged = damage == 1 ? Arrays.copyOf(gz, 2 + at % (gz.length - 1)) : gz.clone();
        if (damage == 2)
        {
            damaged[10 + at % (gz.length - 10)] ^= (byte)(1 + (at >>> 16) % 255); // past the magic and header
        }
        ScratchFile.write(FILE, damaged);
        final ReferenceFraming expected = ReferenceFraming.of(plain, 0, plain.length);
        final List<byte[]> messages = new ArrayList<>();
        try (BinaryFileReader reader = BinaryFileReader.open(FILE, BinaryFileReader.MIN_WINDOW_SIZE, (e, b, o, l) -> { }))
        {
            assertTrue(reader.isCompressed(), "the gzip magic was recognised");
            int polls = 0;
            try
            {
                while (!reader.isAtEnd())
                {
                    reader.poll((buffer, offset, length) -> messages.add(copy(buffer, offset, length)), batch);
                    // Each poll before the last delivers a frame; damaged data may inflate to more
                    // bytes than the plain file, so the bound is the frames, not the plain length.
                    if (++polls > messages.size() + 2)
                    {
                        throw new AssertionError("reader never reaches the end");
                    }
                }
            }
            catch (final IOException corrupt)
            {
                assertTrue(damage != 0, "intact gzip read as corrupt: " + corrupt);
                assertTrue(corrupt.getMessage().startsWith("corrupt gzip data after "), corrupt.getMessage());
                return;
            }
            if (damage == 0)
            {
                assertEquals(expected.frames(), messages.size(), "frames delivered");
                for (int i = 0; i < messages.size(); i++)
                {
                    final int offset = expected.offset(i);
                    assertTrue(Arrays.equals(plain, offset, offset + expected.length(i), messages.get(i), 0,
                        messages.get(i).length), "frame " + i + " bytes");
                }
                final boolean cutShort = expected.consumed() < plain.length;
                assertEquals(cutShort ? 1 : 0, reader.errorCounters().count(DecodeError.TRUNCATED_MESSAGE));
                assertEquals(plain.length, reader.position(), "position at the end");
            }
            else if (damage == 1 && damaged.length < gz.length)
            {
                assertTrue(messages.size() <= expected.frames(), "a cut file holds no frame the whole one lacks");
                assertEquals(1, reader.errorCounters().count(DecodeError.TRUNCATED_MESSAGE), "the cut is counted once");
            }
        }
    }

    private static boolean isGzip(final byte[] file)
    {
        return file.length >= 2 && (file[0] & 0xFF) == 0x1F && (file[1] & 0xFF) == 0x8B;
    }

    private static byte[] gzip(final byte[] plain) throws IOException
    {
        final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out))
        {
            gz.write(plain);
        }
        return out.toByteArray();
    }

    /** One valid frame of {@code frameLength} bytes in all, prefix included. */
    private static byte[] fillerFrame(final int frameLength)
    {
        final byte[] frame = new byte[frameLength];
        final int messageLength = frameLength - 2;
        frame[0] = (byte)(messageLength >>> 8);
        frame[1] = (byte)messageLength;
        Arrays.fill(frame, 2, frameLength, (byte)'F');
        return frame;
    }

    private static byte[] concat(final byte[] a, final byte[] b)
    {
        final byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static byte[] copy(final DirectBuffer buffer, final int offset, final int length)
    {
        InRange.check("BinaryFILE message", offset, length, 0, buffer.capacity());
        final byte[] bytes = new byte[length];
        buffer.getBytes(offset, bytes);
        return bytes;
    }
}
