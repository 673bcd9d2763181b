package io.hftengine.protocol.itch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hftengine.protocol.DecodeError;
import io.hftengine.protocol.binaryfile.BinaryFileFrameDecoder;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

/**
 * Bad input reaches the caller as a specific, counted error, and the next message still decodes.
 */
class ItchDecoderErrorsTest
{
    private final CapturingItchListener listener = new CapturingItchListener();
    private final List<DecodeError> reported = new ArrayList<>();
    private final ItchDecoder decoder = new ItchDecoder(listener, (error, buffer, offset, length) -> reported.add(error));
    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[64]);

    @Test
    void unknownTypeIsCountedAndSkipped()
    {
        buffer.putByte(0, (byte)'Z');
        assertFalse(decoder.decode(buffer, 0, 20));
        assertEquals(1, decoder.errorCounters().count(DecodeError.UNKNOWN_MESSAGE_TYPE));
        assertEquals(List.of(DecodeError.UNKNOWN_MESSAGE_TYPE), reported);
        assertEquals(0, listener.calls);
        assertNextMessageStillDecodes();
    }

    @Test
    void lengthShorterOrLongerThanTheTypeIsALengthMismatch()
    {
        new OrderDeleteMessage().wrapForEncode(buffer, 0).orderReferenceNumber(7);
        assertFalse(decoder.decode(buffer, 0, OrderDeleteMessage.LENGTH - 1));
        assertFalse(decoder.decode(buffer, 0, OrderDeleteMessage.LENGTH + 1));
        assertEquals(2, decoder.errorCounters().count(DecodeError.LENGTH_MISMATCH));
        assertEquals(0, listener.calls);
        assertTrue(decoder.decode(buffer, 0, OrderDeleteMessage.LENGTH));
        assertEquals(7, ((OrderDeleteMessage)listener.last).orderReferenceNumber());
    }

    @Test
    void emptyMessageIsCounted()
    {
        assertFalse(decoder.decode(buffer, 5, 0));
        assertEquals(1, decoder.errorCounters().count(DecodeError.EMPTY_MESSAGE));
    }

    @Test
    void regionPastTheEndOfTheBufferIsTruncatedNotAnException()
    {
        new AddOrderMessage().wrapForEncode(buffer, 40);
        assertFalse(decoder.decode(buffer, 40, AddOrderMessage.LENGTH));
        assertFalse(decoder.decode(buffer, -1, 10));
        assertFalse(decoder.decode(buffer, 0, -3));
        assertEquals(3, decoder.errorCounters().count(DecodeError.TRUNCATED_MESSAGE));
        assertEquals(3, decoder.errorCounters().total());
        assertEquals(0, decoder.messagesDecoded());
    }

    @Property(tries = 500)
    void randomBytesNeverThrowAndEveryMessageIsDecodedOrCounted(
        @ForAll @Size(max = 300) final byte[] bytes, @ForAll @IntRange(min = 0, max = 3) final int prefixZeros)
    {
        final UnsafeBuffer random = new UnsafeBuffer(new byte[bytes.length + prefixZeros]);
        random.putBytes(prefixZeros, bytes);
        final CapturingItchListener sink = new CapturingItchListener();
        final ItchDecoder fuzzed = new ItchDecoder(sink);
        final int[] frames = {0};
        final BinaryFileFrameDecoder framing = new BinaryFileFrameDecoder();
        framing.decode(random, 0, random.capacity(), (b, o, l) ->
        {
            frames[0]++;
            fuzzed.decode(b, o, l);
        });
        assertEquals(frames[0], fuzzed.messagesDecoded() + fuzzed.errorCounters().total());
        assertEquals(sink.calls, fuzzed.messagesDecoded());
    }

    private void assertNextMessageStillDecodes()
    {
        new SystemEventMessage().wrapForEncode(buffer, 20).eventCode('Q');
        assertTrue(decoder.decode(buffer, 20, SystemEventMessage.LENGTH));
        assertEquals('Q', ((SystemEventMessage)listener.last).eventCode());
    }
}
