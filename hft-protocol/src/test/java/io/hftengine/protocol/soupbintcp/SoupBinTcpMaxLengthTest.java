package io.hftengine.protocol.soupbintcp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

/**
 * The largest packets SoupBinTCP 3.00 allows (length field 0xFFFF: a 65,534-byte payload) next to
 * the smallest, cut by reads at the worst places: inside the length field, right after it, one
 * byte before the end, and across two whole packets.
 */
class SoupBinTcpMaxLengthTest
{
    private static final int MAX_PAYLOAD = 0xFFFE;

    @Test
    void largestPacketsSplitAnywhereArriveWholeAndInOrder()
    {
        final UnsafeBuffer stream = new UnsafeBuffer(new byte[3 * SoupBinTcpDescriptor.MAX_PACKET_SIZE + 16]);
        int length = 0;
        length += SoupBinTcpEncoder.sequencedDataHeader(stream, length, MAX_PAYLOAD);
        stream.setMemory(SoupBinTcpDescriptor.PAYLOAD_OFFSET, MAX_PAYLOAD, (byte)'a');
        length += SoupBinTcpEncoder.emptyPacket(stream, length, SoupBinTcpDescriptor.SERVER_HEARTBEAT);
        final int second = length;
        length += SoupBinTcpEncoder.sequencedDataHeader(stream, length, MAX_PAYLOAD);
        stream.setMemory(second + SoupBinTcpDescriptor.PAYLOAD_OFFSET, MAX_PAYLOAD, (byte)'b');
        length += SoupBinTcpEncoder.sequencedDataHeader(stream, length, 0);

        for (final int[] cuts : new int[][] {
            {1}, {2}, {3}, {SoupBinTcpDescriptor.MAX_PACKET_SIZE - 1}, {SoupBinTcpDescriptor.MAX_PACKET_SIZE + 1},
            {1, 1, SoupBinTcpDescriptor.MAX_PACKET_SIZE}, {length - 1}, {length}})
        {
            final List<String> events = new ArrayList<>();
            final SoupBinTcpReceiver receiver = new SoupBinTcpReceiver(new SoupBinTcpDecoder(new SoupBinTcpListener()
            {
                @Override
                public void onSequencedData(final DirectBuffer buffer, final int offset, final int len)
                {
                    events.add(len + (len > 0 ? String.valueOf((char)buffer.getByte(offset)) + (char)buffer.getByte(offset + len - 1) : ""));
                }

                @Override
                public void onServerHeartbeat()
                {
                    events.add("H");
                }
            }));
            int position = 0;
            int i = 0;
            while (position < length)
            {
                final int n = Math.min(cuts[i++ % cuts.length], length - position);
                receiver.onBytes(stream, position, n);
                position += n;
            }
            assertEquals(List.of(MAX_PAYLOAD + "aa", "H", MAX_PAYLOAD + "bb", "0"), events, java.util.Arrays.toString(cuts));
            assertEquals(0, receiver.pendingBytes());
            assertEquals(0, receiver.decoder().errorCounters().total());
        }
    }
}
