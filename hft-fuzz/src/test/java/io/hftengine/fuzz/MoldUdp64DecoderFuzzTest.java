package io.hftengine.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.hftengine.protocol.DecodeError;
import io.hftengine.protocol.DecodeErrorCounters;
import io.hftengine.protocol.itch.ItchDecoder;
import io.hftengine.protocol.moldudp64.MoldUdp64Decoder;
import io.hftengine.protocol.moldudp64.MoldUdp64Header;
import io.hftengine.protocol.moldudp64.MoldUdp64Listener;
import java.util.ArrayList;
import java.util.List;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Fuzzes {@link MoldUdp64Decoder}: a datagram of any bytes yields exactly the messages, heartbeat
 * or end of session that an independent reading of the MoldUDP64 specification finds, and the
 * same error counts; every message is then decoded as ITCH inside its own bounds.
 */
class MoldUdp64DecoderFuzzTest
{
    private static final int PREFIX = 5;
    private static final int HEADER = 20;

    /**
     * The whole input is one downstream datagram, flush with the end of the buffer.
     *
     * @param input datagram bytes
     */
    @FuzzTest(maxDuration = "60s")
    void downstreamPacket(final byte[] input)
    {
        final UnsafeBuffer buffer = FuzzBuffers.atEnd(input, PREFIX);
        final FieldReadingItchListener itchListener = new FieldReadingItchListener();
        final ItchDecoder itch = new ItchDecoder(itchListener);
        final List<String> events = new ArrayList<>();
        final MoldUdp64Decoder[] self = new MoldUdp64Decoder[1];
        final MoldUdp64Decoder decoder = new MoldUdp64Decoder(new MoldUdp64Listener()
        {
            @Override
            public void onMessage(final long sequenceNumber, final DirectBuffer b, final int offset, final int length)
            {
                InRange.check("MoldUDP64 message", offset, length, PREFIX, PREFIX + input.length);
                self[0].header().appendSession(new StringBuilder());
                events.add("M " + sequenceNumber + " " + (offset - PREFIX) + " " + length);
                itchListener.frame(offset, offset + length);
                itch.decode(b, offset, length);
            }

            @Override
            public void onHeartbeat(final long nextSequenceNumber)
            {
                events.add("H " + nextSequenceNumber);
            }

            @Override
            public void onEndOfSession(final long nextSequenceNumber)
            {
                events.add("Z " + nextSequenceNumber);
            }
        });
        self[0] = decoder;

        final int delivered = decoder.decode(buffer, PREFIX, input.length);

        final DecodeErrorCounters expectedErrors = new DecodeErrorCounters();
        final List<String> expected = reference(input, expectedErrors);
        assertEquals(expected, events, "events");
        assertEquals(expectedErrors.toString(), decoder.errorCounters().toString(), "error counts");
        assertEquals(expected.stream().filter(e -> e.startsWith("M")).count(), delivered, "return value");
        assertEquals(delivered, itch.messagesDecoded() + itch.errorCounters().total(), "ITCH accounted for");
    }

    /**
     * The whole input is a retransmission request: well formed if and only if it is exactly 20
     * bytes, and then its fields read back from those bytes.
     *
     * @param input datagram bytes
     */
    @FuzzTest(maxDuration = "60s")
    void requestPacket(final byte[] input)
    {
        final UnsafeBuffer buffer = FuzzBuffers.atEnd(input, PREFIX);
        final MoldUdp64Decoder decoder = new MoldUdp64Decoder((s, b, o, l) ->
        {
            throw new AssertionError("a request delivers no message");
        });
        final MoldUdp64Header request = new MoldUdp64Header();

        final boolean ok = decoder.decodeRequest(buffer, PREFIX, input.length, request);

        assertEquals(input.length == HEADER, ok, "accepted iff exactly 20 bytes");
        assertEquals(ok ? 0 : 1, decoder.errorCounters().total(), "a bad request counted once");
        if (ok)
        {
            assertEquals(bigEndian(input, 10, 8), request.sequenceNumber(), "sequence number");
            assertEquals(bigEndian(input, 18, 2), request.messageCount(), "message count");
            request.appendSession(new StringBuilder());
        }
    }

    /** MoldUDP64 as its specification reads, with this project's error accounting. */
    private static List<String> reference(final byte[] p, final DecodeErrorCounters errors)
    {
        final List<String> events = new ArrayList<>();
        if (p.length < HEADER)
        {
            errors.increment(DecodeError.TRUNCATED_PACKET);
            return events;
        }
        final long sequence = bigEndian(p, 10, 8);
        final int count = (int)bigEndian(p, 18, 2);
        int position = HEADER;
        if (count == 0 || count == 0xFFFF)
        {
            events.add((count == 0 ? "H " : "Z ") + sequence);
        }
        else
        {
            for (int i = 0; i < count; i++)
            {
                if (position + 2 > p.length || position + 2 + (int)bigEndian(p, position, 2) > p.length)
                {
                    errors.increment(DecodeError.COUNT_OVERRUN);
                    return events;
                }
                final int length = (int)bigEndian(p, position, 2);
                events.add("M " + (sequence + i) + " " + (position + 2) + " " + length);
                position += 2 + length;
            }
        }
        if (position != p.length)
        {
            errors.increment(DecodeError.TRAILING_BYTES);
        }
        return events;
    }

    private static long bigEndian(final byte[] bytes, final int offset, final int size)
    {
        long value = 0;
        for (int i = 0; i < size; i++)
        {
            value = (value << 8) | (bytes[offset + i] & 0xFF);
        }
        return value;
    }
}
