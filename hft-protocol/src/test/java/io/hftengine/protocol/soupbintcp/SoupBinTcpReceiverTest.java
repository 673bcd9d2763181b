package io.hftengine.protocol.soupbintcp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * However a stream is cut into reads, the receiver delivers the same packets in the same order.
 */
class SoupBinTcpReceiverTest
{
    @Property(tries = 300)
    void anySplitOfTheStreamDeliversTheSamePackets(
        @ForAll @Size(min = 1, max = 30) final List<@Size(max = 200) byte[]> payloads,
        @ForAll @Size(min = 1, max = 20) final List<@IntRange(min = 1, max = 97) Integer> chunkSizes)
    {
        final UnsafeBuffer stream = new UnsafeBuffer(new byte[payloads.size() * 210]);
        final List<String> expected = new ArrayList<>();
        int length = 0;
        for (final byte[] payload : payloads)
        {
            final int header = length;
            length += SoupBinTcpEncoder.sequencedDataHeader(stream, header, payload.length);
            stream.putBytes(header + SoupBinTcpDescriptor.PAYLOAD_OFFSET, payload);
            expected.add(java.util.Arrays.toString(payload));
            if (expected.size() % 3 == 0)
            {
                length += SoupBinTcpEncoder.emptyPacket(stream, length, SoupBinTcpDescriptor.SERVER_HEARTBEAT);
                expected.add("H");
            }
        }
        final List<String> actual = new ArrayList<>();
        final SoupBinTcpReceiver receiver = new SoupBinTcpReceiver(new SoupBinTcpDecoder(new SoupBinTcpListener()
        {
            @Override
            public void onSequencedData(final DirectBuffer buffer, final int offset, final int len)
            {
                final byte[] copy = new byte[len];
                buffer.getBytes(offset, copy);
                actual.add(java.util.Arrays.toString(copy));
            }

            @Override
            public void onServerHeartbeat()
            {
                actual.add("H");
            }
        }));
        int position = 0;
        int chunk = 0;
        while (position < length)
        {
            final int n = Math.min(chunkSizes.get(chunk++ % chunkSizes.size()), length - position);
            receiver.onBytes(stream, position, n);
            position += n;
        }
        assertEquals(expected, actual);
        assertEquals(0, receiver.pendingBytes());
        assertEquals(0, receiver.decoder().errorCounters().total());
    }

    @Property(tries = 50)
    void readingFromAChannelDeliversTheSamePackets(@ForAll @Size(min = 1, max = 50) final List<@Size(max = 300) byte[]> payloads)
        throws IOException
    {
        final UnsafeBuffer stream = new UnsafeBuffer(new byte[payloads.size() * 310]);
        int length = 0;
        for (final byte[] payload : payloads)
        {
            final int header = length;
            length += SoupBinTcpEncoder.unsequencedDataHeader(stream, header, payload.length);
            stream.putBytes(header + SoupBinTcpDescriptor.PAYLOAD_OFFSET, payload);
        }
        final byte[] bytes = new byte[length];
        stream.getBytes(0, bytes);
        final int[] count = {0};
        final SoupBinTcpReceiver receiver = new SoupBinTcpReceiver(new SoupBinTcpDecoder(new SoupBinTcpListener()
        {
            @Override
            public void onUnsequencedData(final DirectBuffer buffer, final int offset, final int len)
            {
                assertEquals(payloads.get(count[0]).length, len);
                count[0]++;
            }
        }));
        try (ReadableByteChannel channel = Channels.newChannel(new ByteArrayInputStream(bytes)))
        {
            while (receiver.read(channel) >= 0)
            {
                continue;
            }
        }
        assertEquals(payloads.size(), count[0]);
    }
}
