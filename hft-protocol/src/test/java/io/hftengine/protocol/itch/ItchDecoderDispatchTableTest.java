package io.hftengine.protocol.itch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hftengine.protocol.DecodeError;
import io.hftengine.protocol.binaryfile.BinaryFileFrameDecoder;
import java.nio.ByteOrder;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
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
    void fusedBinaryFilePathDispatchesEveryTypeLikeDecode()
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[256 * 64]);
        int position = 0;
        for (int b = 0; b < 256; b++)
        {
            final int known = ItchDecoder.messageLength((byte)b);
            final int length = 0 == known ? 20 : known;
            buffer.putShort(position, (short)length, ByteOrder.BIG_ENDIAN);
            buffer.putByte(position + 2, (byte)b);
            position += 2 + length;
        }
        buffer.putShort(position, (short)0, ByteOrder.BIG_ENDIAN); // one empty frame
        position += 2;
        buffer.putShort(position, (short)30, ByteOrder.BIG_ENDIAN); // and a frame cut short
        final CapturingItchListener listener = new CapturingItchListener();
        final ItchDecoder decoder = new ItchDecoder(listener);

        assertEquals(position, decoder.decodeBinaryFile(buffer, 0, position + 10));
        assertEquals(KNOWN_TYPES, listener.calls);
        assertEquals(KNOWN_TYPES, decoder.messagesDecoded());
        assertEquals(256 - KNOWN_TYPES, decoder.errorCounters().count(DecodeError.UNKNOWN_MESSAGE_TYPE));
        assertEquals(1, decoder.errorCounters().count(DecodeError.EMPTY_MESSAGE));
        assertThrows(IllegalArgumentException.class, () -> decoder.decodeBinaryFile(buffer, 1, buffer.capacity()));
    }

    @Property(tries = 500)
    void fusedBinaryFilePathMatchesFramingPlusDecodeOnAnyBytes(@ForAll @Size(max = 400) final byte[] bytes)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(bytes);
        final CapturingItchListener viaFraming = new CapturingItchListener();
        final ItchDecoder framed = new ItchDecoder(viaFraming);
        final BinaryFileFrameDecoder framing = new BinaryFileFrameDecoder();
        final int consumedByFraming = framing.decode(buffer, 0, bytes.length, framed);

        final CapturingItchListener viaFused = new CapturingItchListener();
        final ItchDecoder fused = new ItchDecoder(viaFused);
        assertEquals(consumedByFraming, fused.decodeBinaryFile(buffer, 0, bytes.length));
        assertEquals(framed.messagesDecoded(), fused.messagesDecoded());
        assertEquals(viaFraming.calls, viaFused.calls);
        assertEquals(viaFraming.lastMethod, viaFused.lastMethod);
        for (final DecodeError error : DecodeError.values())
        {
            final long expected = framed.errorCounters().count(error) + framing.errorCounters().count(error);
            assertEquals(expected, fused.errorCounters().count(error), error.name());
        }
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
