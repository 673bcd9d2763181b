package io.hftengine.protocol.moldudp64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hftengine.protocol.DecodeError;
import io.hftengine.protocol.itch.AddOrderMessage;
import io.hftengine.protocol.itch.ItchDecoder;
import io.hftengine.protocol.itch.ItchListener;
import io.hftengine.protocol.itch.ItchMoldUdp64Listener;
import io.hftengine.protocol.itch.OrderDeleteMessage;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Packets built by the encoder decode to the same messages; the ITCH bridge keeps sequence order.
 */
class MoldUdp64RoundTripTest
{
    @Property(tries = 300)
    void encodedPacketsDecodeToTheSameMessages(
        @ForAll @Size(max = 40) final List<@Size(max = 60) byte[]> messages,
        @ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) final long firstSequence,
        @ForAll @IntRange(min = 20, max = 1472) final int capacity)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[capacity + 8]);
        final MoldUdp64PacketEncoder encoder = new MoldUdp64PacketEncoder().wrap(buffer, 8, capacity, "S1", firstSequence);
        final List<String> expected = new ArrayList<>();
        for (final byte[] message : messages)
        {
            if (!encoder.append(new UnsafeBuffer(message), 0, message.length))
            {
                break;
            }
            expected.add((firstSequence + expected.size()) + ":" + java.util.Arrays.toString(message));
        }
        assertTrue(encoder.length() <= capacity);
        final List<String> actual = new ArrayList<>();
        final MoldUdp64Decoder decoder = new MoldUdp64Decoder(
            (sequence, b, o, l) ->
            {
                final byte[] copy = new byte[l];
                b.getBytes(o, copy);
                actual.add(sequence + ":" + java.util.Arrays.toString(copy));
            });
        assertEquals(expected.size(), decoder.decode(buffer, 8, encoder.length()));
        assertEquals(expected, actual);
        assertEquals(0, decoder.errorCounters().total());
    }

    @Property(tries = 200)
    void truncatingAPacketAnywhereNeverThrowsAndDeliversOnlyWholeMessages(
        @ForAll @IntRange(min = 0, max = 120) final int cut)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[256]);
        final MoldUdp64PacketEncoder encoder = new MoldUdp64PacketEncoder().wrap(buffer, 0, 256, "S1", 1);
        for (int i = 0; i < 5; i++)
        {
            new OrderDeleteMessage().wrapForEncode(buffer, encoder.claim(OrderDeleteMessage.LENGTH)).orderReferenceNumber(i);
        }
        final int length = Math.min(cut, encoder.length());
        final int[] delivered = {0};
        final MoldUdp64Decoder decoder = new MoldUdp64Decoder((s, b, o, l) -> delivered[0]++);
        final int count = decoder.decode(new UnsafeBuffer(buffer, 0, length), 0, length);
        assertEquals(delivered[0], count);
        final int expectedWhole = length < 20 ? 0 : Math.min(5, (length - 20) / (2 + OrderDeleteMessage.LENGTH));
        assertEquals(expectedWhole, count);
        final long errors = decoder.errorCounters().total();
        assertEquals(length == encoder.length() ? 0 : 1, errors);
        if (length < 20)
        {
            assertEquals(1, decoder.errorCounters().count(DecodeError.TRUNCATED_PACKET));
        }
    }

    @Property(tries = 100)
    void bridgeSkipsDuplicatesAndCountsGaps(@ForAll @IntRange(min = 1, max = 5) final int gap)
    {
        final List<Long> orders = new ArrayList<>();
        final ItchDecoder itch = new ItchDecoder(new ItchListener()
        {
            @Override
            public void onAddOrder(final AddOrderMessage message)
            {
                orders.add(message.orderReferenceNumber());
            }
        });
        final ItchMoldUdp64Listener bridge = new ItchMoldUdp64Listener(itch);
        final MoldUdp64Decoder mold = new MoldUdp64Decoder(bridge);
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[1024]);
        final MoldUdp64PacketEncoder encoder = new MoldUdp64PacketEncoder();

        packet(encoder, buffer, 1, 1, 2, 3);
        mold.decode(buffer, 0, encoder.length());
        mold.decode(buffer, 0, encoder.length());
        packet(encoder, buffer, 4 + gap, 4 + gap);
        mold.decode(buffer, 0, encoder.length());

        assertEquals(List.of(1L, 2L, 3L, 4L + gap), orders);
        assertEquals(3, bridge.duplicates());
        assertEquals(1, bridge.gaps());
        assertEquals(gap, bridge.messagesMissed());
        assertEquals(5 + gap, bridge.nextSequenceNumber());
    }

    private static void packet(final MoldUdp64PacketEncoder encoder, final UnsafeBuffer buffer, final long first, final long... refs)
    {
        encoder.wrap(buffer, 0, buffer.capacity(), "S1", first);
        for (final long ref : refs)
        {
            new AddOrderMessage().wrapForEncode(buffer, encoder.claim(AddOrderMessage.LENGTH)).orderReferenceNumber(ref).side('B');
        }
    }
}
