package io.hftengine.protocol.itch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hftengine.protocol.DecodeError;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

/**
 * The decoder's length table and its two dispatch switches agree: every type byte with a length
 * reaches the listener through the flyweight of exactly that type, and every other byte is an
 * unknown type. Guards the split of the switch (kept small for the JIT) against a type that is in
 * one place and missing from another.
 */
class ItchDecoderDispatchTableTest
{
    private static final int KNOWN_TYPES = 23;

    @Test
    void everyTypeByteIsDispatchedToItsOwnFlyweightOrCountedUnknown()
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[128]);
        final CapturingItchListener listener = new CapturingItchListener();
        final ItchDecoder decoder = new ItchDecoder(listener);
        int known = 0;
        for (int b = 0; b < 256; b++)
        {
            final byte type = (byte)b;
            buffer.putByte(7, type);
            final int length = ItchDecoder.messageLength(type);
            if (0 == length)
            {
                assertFalse(decoder.decode(buffer, 7, 20), "type " + b);
                continue;
            }
            known++;
            final int callsBefore = listener.calls;
            assertTrue(decoder.decode(buffer, 7, length), "type " + (char)b);
            assertEquals(callsBefore + 1, listener.calls);
            final ItchMessage message = (ItchMessage)listener.last;
            assertEquals((char)b, message.messageType());
            assertEquals(length, message.messageLength());
            assertEquals(7, message.offset());
            assertSame(buffer, message.buffer());
        }
        assertEquals(KNOWN_TYPES, known);
        assertEquals(KNOWN_TYPES, decoder.messagesDecoded());
        assertEquals(256 - KNOWN_TYPES, decoder.errorCounters().count(DecodeError.UNKNOWN_MESSAGE_TYPE));
        assertEquals(256 - KNOWN_TYPES, decoder.errorCounters().total());
    }

    @Test
    void knownTypeWithTheLengthOfAnotherTypeIsALengthMismatch()
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[64]);
        final ItchDecoder decoder = new ItchDecoder(new CapturingItchListener());
        buffer.putByte(0, AddOrderMessage.MESSAGE_TYPE);
        assertFalse(decoder.decode(buffer, 0, OrderDeleteMessage.LENGTH));
        assertEquals(1, decoder.errorCounters().count(DecodeError.LENGTH_MISMATCH));
    }

    @Test
    void rewrappingForDecodeFollowsTheNewBufferAndDropsWriteAccess()
    {
        final UnsafeBuffer first = new UnsafeBuffer(new byte[64]);
        final UnsafeBuffer second = new UnsafeBuffer(new byte[64]);
        final AddOrderMessage message = new AddOrderMessage();
        message.wrapForEncode(first, 0).price(11);
        new AddOrderMessage().wrapForEncode(second, 4).price(22);

        message.wrap(first, 0);
        assertEquals(11, message.price());
        assertThrows(IllegalStateException.class, () -> message.price(5));
        message.wrap(second, 4);
        assertSame(second, message.buffer());
        assertEquals(22, message.price());
        message.wrap(first, 0);
        assertEquals(11, message.price());
    }
}
