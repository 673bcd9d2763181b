package io.hftengine.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.hftengine.protocol.DecodeErrorCounters;
import io.hftengine.protocol.ouch.OuchInboundDecoder;
import io.hftengine.protocol.ouch.OuchOutboundDecoder;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Fuzzes the two OUCH 4.2 decoders: every input is either dispatched, with every field of the
 * message read inside its frame, or counted as exactly one error; lying framings are counted,
 * never followed.
 */
class OuchDecoderFuzzTest
{
    private static final int PREFIX = 3;

    /**
     * The whole input is one client-to-venue message (Enter, Replace, Cancel).
     *
     * @param input one message as SoupBinTCP would hand it over
     */
    @FuzzTest(maxDuration = "60s")
    void inboundMessage(final byte[] input)
    {
        final UnsafeBuffer buffer = FuzzBuffers.atEnd(input, PREFIX);
        final FieldReadingOuchInboundListener listener = new FieldReadingOuchInboundListener();
        final OuchInboundDecoder decoder = new OuchInboundDecoder(listener);
        listener.frame(PREFIX, PREFIX + input.length);

        final boolean dispatched = decoder.decode(buffer, PREFIX, input.length);

        assertEquals(dispatched ? 1 : 0, listener.delivered(), "dispatched vs listener calls");
        assertEquals(1, decoder.messagesDecoded() + decoder.errorCounters().total(), "accounted for");
        assertFalse(decoder.decode(buffer, PREFIX, input.length + 1), "length past the buffer");
        assertFalse(decoder.decode(buffer, -1, input.length), "negative offset");
        assertFalse(decoder.decode(buffer, Integer.MAX_VALUE, Integer.MAX_VALUE), "overflowing region");
        assertLyingFramingsCounted(decoder.errorCounters(), dispatched);
    }

    /**
     * The whole input is one venue-to-client message (System Event, Accepted, Replaced, Canceled,
     * Executed, Rejected).
     *
     * @param input one message as SoupBinTCP would hand it over
     */
    @FuzzTest(maxDuration = "60s")
    void outboundMessage(final byte[] input)
    {
        final UnsafeBuffer buffer = FuzzBuffers.atEnd(input, PREFIX);
        final FieldReadingOuchOutboundListener listener = new FieldReadingOuchOutboundListener();
        final OuchOutboundDecoder decoder = new OuchOutboundDecoder(listener);
        listener.frame(PREFIX, PREFIX + input.length);

        final boolean dispatched = decoder.decode(buffer, PREFIX, input.length);

        assertEquals(dispatched ? 1 : 0, listener.delivered(), "dispatched vs listener calls");
        assertEquals(1, decoder.messagesDecoded() + decoder.errorCounters().total(), "accounted for");
        assertFalse(decoder.decode(buffer, PREFIX, input.length + 1), "length past the buffer");
        assertFalse(decoder.decode(buffer, -1, input.length), "negative offset");
        assertFalse(decoder.decode(buffer, Integer.MAX_VALUE, Integer.MAX_VALUE), "overflowing region");
        assertLyingFramingsCounted(decoder.errorCounters(), dispatched);
    }

    private static void assertLyingFramingsCounted(final DecodeErrorCounters errors, final boolean dispatched)
    {
        assertEquals((dispatched ? 0 : 1) + 3, errors.total(), "each lying framing counted once");
    }
}
