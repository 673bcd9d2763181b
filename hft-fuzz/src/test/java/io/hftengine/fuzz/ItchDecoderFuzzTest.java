package io.hftengine.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.hftengine.protocol.DecodeError;
import io.hftengine.protocol.binaryfile.BinaryFileFrameDecoder;
import io.hftengine.protocol.itch.ItchDecoder;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Fuzzes {@link ItchDecoder}: every input is either dispatched (and every field of the message
 * read, inside the frame) or counted as exactly one {@link DecodeError}; nothing throws, nothing is
 * read outside the bytes given.
 */
class ItchDecoderFuzzTest
{
    private static final int PREFIX = 7;

    /**
     * The whole input is one message, flush with the end of the buffer. Also offers the decoder
     * framings that lie (too long, negative, past the end) which it must count, not follow.
     *
     * @param input one message as the framing would hand it over
     */
    @FuzzTest(maxDuration = "60s")
    void oneMessage(final byte[] input)
    {
        final UnsafeBuffer buffer = FuzzBuffers.atEnd(input, PREFIX);
        final FieldReadingItchListener listener = new FieldReadingItchListener();
        final ItchDecoder decoder = new ItchDecoder(listener);
        listener.frame(PREFIX, PREFIX + input.length);

        final boolean dispatched = decoder.decode(buffer, PREFIX, input.length);

        assertEquals(dispatched ? 1 : 0, listener.delivered(), "dispatched vs listener calls");
        assertEquals(1, decoder.messagesDecoded() + decoder.errorCounters().total(), "every message accounted for");
        if (input.length == 0)
        {
            assertEquals(1, decoder.errorCounters().count(DecodeError.EMPTY_MESSAGE));
        }

        final long before = decoder.errorCounters().total();
        assertFalse(decoder.decode(buffer, PREFIX, input.length + 1), "length past the buffer");
        assertFalse(decoder.decode(buffer, -1, input.length), "negative offset");
        assertFalse(decoder.decode(buffer, PREFIX, -1), "negative length");
        assertFalse(decoder.decode(buffer, buffer.capacity() + 1, 0), "offset past the buffer");
        assertFalse(decoder.decode(buffer, Integer.MAX_VALUE, Integer.MAX_VALUE), "overflowing region");
        assertEquals(before + 5, decoder.errorCounters().total(), "each lying framing counted once");
        assertEquals(dispatched ? 1 : 0, listener.delivered(), "lying framings delivered nothing");
    }

    /**
     * The input is a BinaryFILE stream (2-byte length + message, as the NASDAQ daily files) cut by
     * {@link BinaryFileFrameDecoder} and decoded by {@link ItchDecoder}. The framing must agree
     * with an independent walk of the length prefixes, and every frame must end up either
     * dispatched or counted.
     *
     * @param input stream bytes
     */
    @FuzzTest(maxDuration = "60s")
    void binaryFileStream(final byte[] input)
    {
        final UnsafeBuffer buffer = FuzzBuffers.atEnd(input, PREFIX);
        final FieldReadingItchListener listener = new FieldReadingItchListener();
        final ItchDecoder decoder = new ItchDecoder(listener);
        final BinaryFileFrameDecoder framer = new BinaryFileFrameDecoder();
        final ReferenceFraming expected = ReferenceFraming.of(input, 0, input.length);
        final int[] frames = {0};

        final int consumed = framer.decode(buffer, PREFIX, input.length, (b, offset, length) ->
        {
            final int index = frames[0]++;
            if (index >= expected.frames())
            {
                throw new AssertionError("more frames than the prefixes allow: " + (index + 1));
            }
            assertEquals(PREFIX + expected.offset(index), offset, "frame offset");
            assertEquals(expected.length(index), length, "frame length");
            listener.frame(offset, offset + length);
            decoder.decode(b, offset, length);
        });

        assertEquals(expected.consumed(), consumed, "bytes consumed");
        assertEquals(expected.frames(), frames[0], "frames delivered");
        assertEquals(expected.empties(), framer.errorCounters().count(DecodeError.EMPTY_MESSAGE), "empty frames");
        assertEquals(frames[0], decoder.messagesDecoded() + decoder.errorCounters().total(), "frames accounted for");
        assertEquals(decoder.messagesDecoded(), listener.delivered(), "decoded vs delivered");
    }
}
