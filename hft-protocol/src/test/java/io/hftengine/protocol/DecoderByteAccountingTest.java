package io.hftengine.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hftengine.protocol.itch.ItchDecoder;
import io.hftengine.protocol.itch.ItchListener;
import io.hftengine.protocol.itch.ItchMessage;
import io.hftengine.protocol.moldudp64.MoldUdp64Decoder;
import io.hftengine.protocol.moldudp64.MoldUdp64Descriptor;
import io.hftengine.protocol.moldudp64.MoldUdp64Listener;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.nio.ByteOrder;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * On streams built to hit every branch (known and unknown types, lengths one short, one long, zero,
 * a cut last frame, MoldUDP64 counts above and below what the datagram holds) and on raw garbage,
 * every byte is accounted for: dispatched as a message, reported with its bad frame, or handed back
 * as the unconsumed start of an incomplete frame; never read twice, never read outside the region.
 */
class DecoderByteAccountingTest
{
    private static final String TYPES = "SRHYLVWKJhAFECXDUPQBINO";

    /** One BinaryFILE frame: a type byte and a length relative to that type's own. */
    record Frame(byte type, int lengthDelta, boolean empty)
    {
        int length()
        {
            if (empty)
            {
                return 0;
            }
            final int known = ItchDecoder.messageLength(type);
            return Math.max(1, (0 == known ? 20 : known) + lengthDelta);
        }
    }

    @Provide
    Arbitrary<Frame> frames()
    {
        final Arbitrary<Byte> types = Arbitraries.oneOf(
            Arbitraries.of(TYPES.chars().mapToObj(c -> (byte)c).toArray(Byte[]::new)),
            Arbitraries.bytes());
        return Combinators.combine(types, Arbitraries.of(-1, 0, 0, 0, 1, 7), Arbitraries.of(false, false, false, false, true))
            .as(Frame::new);
    }

    @Property(tries = 400)
    void everyByteOfABinaryFileRegionIsDecodedReportedOrLeftForMore(
        @ForAll @Size(max = 40) final List<@net.jqwik.api.From("frames") Frame> frames,
        @ForAll @IntRange(min = 0, max = 60) final int cut)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[frames.size() * 80 + 8]);
        int length = 0;
        for (final Frame frame : frames)
        {
            buffer.putShort(length, (short)frame.length(), ByteOrder.BIG_ENDIAN);
            if (frame.length() > 0)
            {
                buffer.putByte(length + 2, frame.type());
            }
            length += 2 + frame.length();
        }
        final int region = Math.max(0, length - cut);
        final long[] bytes = new long[2];
        final ItchDecoder decoder = new ItchDecoder(dispatchedBytes(bytes), (error, b, offset, len) ->
        {
            assertTrue(offset >= 0 && len >= 0 && offset + len <= region, "reported outside the region");
            bytes[1] += 2 + len;
        });
        final int consumed = decoder.decodeBinaryFile(buffer, 0, region);
        assertEquals(consumed, bytes[0] + bytes[1], "consumed bytes = dispatched frames + reported frames");
        final int left = region - consumed;
        assertTrue(left < 2 || left < 2 + (buffer.getShort(consumed, ByteOrder.BIG_ENDIAN) & 0xFFFF),
            "only an incomplete frame may be left");
    }

    @Property(tries = 400)
    void garbageIsAccountedForByteByByteToo(@ForAll @Size(max = 600) final byte[] garbage)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(garbage);
        final long[] bytes = new long[2];
        final ItchDecoder decoder = new ItchDecoder(dispatchedBytes(bytes), (error, b, offset, len) -> bytes[1] += 2 + len);
        final int consumed = decoder.decodeBinaryFile(buffer, 0, garbage.length);
        assertEquals(consumed, bytes[0] + bytes[1]);
    }

    @Property(tries = 400)
    void everyByteOfAMoldUdp64DatagramIsAMessageOrReported(
        @ForAll @Size(max = 30) final List<@IntRange(min = 0, max = 60) Integer> messageLengths,
        @ForAll @IntRange(min = 0, max = 40) final int countDelta,
        @ForAll @IntRange(min = 0, max = 30) final int cut)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[MoldUdp64Descriptor.HEADER_LENGTH + messageLengths.size() * 62]);
        int length = MoldUdp64Descriptor.HEADER_LENGTH;
        for (final int messageLength : messageLengths)
        {
            buffer.putShort(length, (short)messageLength, ByteOrder.BIG_ENDIAN);
            length += 2 + messageLength;
        }
        // A count from well below to well above the blocks present; 0 and 0xFFFF are heartbeat and end.
        final int count = Math.max(1, Math.min(0xFFFE, messageLengths.size() + countDelta - 20));
        buffer.putShort(MoldUdp64Descriptor.MESSAGE_COUNT_OFFSET, (short)count, ByteOrder.BIG_ENDIAN);
        final int datagram = Math.max(MoldUdp64Descriptor.HEADER_LENGTH, length - cut);
        final long[] bytes = new long[1];
        final int[] overruns = new int[1];
        final MoldUdp64Decoder decoder = new MoldUdp64Decoder(
            (MoldUdp64Listener)(sequence, b, offset, len) ->
            {
                assertTrue(offset + len <= datagram, "message outside the datagram");
                bytes[0] += 2 + len;
            },
            (error, b, offset, len) ->
            {
                if (error == DecodeError.TRAILING_BYTES)
                {
                    bytes[0] += len;
                }
                else
                {
                    assertEquals(DecodeError.COUNT_OVERRUN, error);
                    overruns[0]++;
                }
            });
        final int delivered = decoder.decode(buffer, 0, datagram);
        assertTrue(delivered <= count);
        if (0 == overruns[0])
        {
            assertEquals(count, delivered);
            assertEquals(datagram - MoldUdp64Descriptor.HEADER_LENGTH, bytes[0], "blocks + trailing bytes = payload");
        }
        else
        {
            assertEquals(1, overruns[0]);
            assertTrue(delivered < count);
        }
    }

    /** A listener that adds each dispatched message's frame (prefix + message) to {@code bytes[0]}. */
    private static ItchListener dispatchedBytes(final long[] bytes)
    {
        final InvocationHandler handler = (proxy, method, args) ->
        {
            if (null != args && 1 == args.length && args[0] instanceof ItchMessage)
            {
                bytes[0] += 2 + ((ItchMessage)args[0]).messageLength();
            }
            return null;
        };
        return (ItchListener)Proxy.newProxyInstance(
            ItchListener.class.getClassLoader(), new Class<?>[] {ItchListener.class}, handler);
    }
}
