package io.hftengine.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.hftengine.protocol.DecodeError;
import io.hftengine.protocol.soupbintcp.SoupBinTcpDecoder;
import io.hftengine.protocol.soupbintcp.SoupBinTcpReceiver;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Fuzzes SoupBinTCP: {@link SoupBinTcpDecoder} over a whole stream, and
 * {@link SoupBinTcpReceiver} over the same stream cut into pieces as partial TCP reads would cut
 * it. The framing must agree with an independent walk of the length prefixes, every packet must
 * be dispatched or counted, and the pieces must decode to exactly what the whole did.
 */
class SoupBinTcpFuzzTest
{
    private static final int PREFIX = 9;

    /**
     * The whole input is stream bytes, flush with the end of the buffer.
     *
     * @param input stream bytes
     */
    @FuzzTest(maxDuration = "60s")
    void decodeStream(final byte[] input)
    {
        final UnsafeBuffer buffer = FuzzBuffers.atEnd(input, PREFIX);
        final RecordingSoupBinTcpListener listener = new RecordingSoupBinTcpListener();
        final SoupBinTcpDecoder decoder = new SoupBinTcpDecoder(listener);
        final ReferenceFraming expected = ReferenceFraming.of(input, 0, input.length);

        final int consumed = decoder.decode(buffer, PREFIX, input.length);

        assertEquals(expected.consumed(), consumed, "bytes consumed");
        final long empties = decoder.errorCounters().count(DecodeError.EMPTY_MESSAGE);
        assertEquals(expected.empties(), empties, "empty packets");
        assertEquals(expected.frames(), decoder.packetsDecoded() + decoder.errorCounters().total() - empties,
            "every packet dispatched or counted");
        assertEquals(decoder.packetsDecoded(), listener.events().size(), "one callback per packet dispatched");
    }

    /**
     * The stream is fed to a {@link SoupBinTcpReceiver} in pieces whose sizes the fuzzer picks.
     *
     * @param data piece sizes (taken from the end) and the stream (the rest)
     */
    @FuzzTest(maxDuration = "60s")
    void receiverPieces(final FuzzedDataProvider data)
    {
        final int[] pieces = new int[data.consumeInt(1, 6)];
        for (int i = 0; i < pieces.length; i++)
        {
            pieces[i] = data.consumeInt(0, 70_000);
        }
        final byte[] stream = data.consumeRemainingAsBytes();

        final RecordingSoupBinTcpListener whole = new RecordingSoupBinTcpListener();
        final SoupBinTcpDecoder wholeDecoder = new SoupBinTcpDecoder(whole);
        final int consumed = wholeDecoder.decode(new UnsafeBuffer(stream), 0, stream.length);

        final RecordingSoupBinTcpListener cut = new RecordingSoupBinTcpListener();
        final SoupBinTcpReceiver receiver = new SoupBinTcpReceiver(new SoupBinTcpDecoder(cut));
        int position = 0;
        for (int i = 0; position < stream.length; i++)
        {
            final int n = Math.min(pieces[i % pieces.length], stream.length - position);
            final byte[] piece = new byte[n];
            System.arraycopy(stream, position, piece, 0, n);
            receiver.onBytes(new UnsafeBuffer(piece), 0, n);
            position += n;
            if (n == 0 && i >= pieces.length)
            {
                pieces[i % pieces.length] = 1;
            }
        }

        assertEquals(whole.events(), cut.events(), "pieces decode as the whole stream");
        assertEquals(wholeDecoder.errorCounters().toString(), receiver.decoder().errorCounters().toString(), "errors");
        assertEquals(stream.length - consumed, receiver.pendingBytes(), "bytes held for an incomplete packet");
    }
}
