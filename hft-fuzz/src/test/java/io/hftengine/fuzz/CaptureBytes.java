package io.hftengine.fuzz;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Valid capture prefixes built by hand (classic little-endian nanosecond pcap, and pcapng with one
 * Ethernet interface), each followed by filler records that carry one UDP datagram of a chosen
 * size, for fuzz targets that append fuzzed records after them.
 */
final class CaptureBytes
{
    private static final int FRAME_HEADERS = 14 + 20 + 8;

    private CaptureBytes()
    {
    }

    /**
     * A classic pcap global header and {@code records} records.
     *
     * @param records filler records
     * @param payload UDP payload bytes in each
     * @return the file prefix
     */
    static byte[] pcapHead(final int records, final int payload)
    {
        final int frame = FRAME_HEADERS + payload;
        final ByteBuffer b = ByteBuffer.allocate(24 + records * (16 + frame)).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0xA1B23C4D).putShort((short)2).putShort((short)4).putInt(0).putInt(0).putInt(262_144).putInt(1);
        for (int i = 0; i < records; i++)
        {
            b.putInt(1_293_148_800 + i).putInt(i).putInt(frame).putInt(frame);
            udpFrame(b, payload, i);
        }
        return b.array();
    }

    /**
     * A pcapng section header, one Ethernet interface and {@code records} enhanced packet blocks.
     *
     * @param records filler blocks
     * @param payload UDP payload bytes in each
     * @return the file prefix
     */
    static byte[] pcapngHead(final int records, final int payload)
    {
        final int frame = FRAME_HEADERS + payload;
        final int padded = (frame + 3) & ~3;
        final ByteBuffer b = ByteBuffer.allocate(28 + 20 + records * (32 + padded)).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0x0A0D0D0A).putInt(28).putInt(0x1A2B3C4D).putShort((short)1).putShort((short)0).putLong(-1L).putInt(28);
        b.putInt(1).putInt(20).putShort((short)1).putShort((short)0).putInt(0).putInt(20);
        for (int i = 0; i < records; i++)
        {
            b.putInt(6).putInt(32 + padded).putInt(0).putInt(0).putInt(i).putInt(frame).putInt(frame);
            udpFrame(b, payload, i);
            b.put(new byte[padded - frame]).putInt(32 + padded);
        }
        return b.array();
    }

    private static void udpFrame(final ByteBuffer b, final int payload, final int sequence)
    {
        final ByteOrder order = b.order();
        b.order(ByteOrder.BIG_ENDIAN);
        b.put(new byte[] {1, 0, 0x5e, 0x36, 0x36, 1, 2, 0, 10, 0, 0, 1}).putShort((short)0x0800);
        b.put((byte)0x45).put((byte)0).putShort((short)(28 + payload)).putShort((short)sequence).putShort((short)0)
            .put((byte)64).put((byte)17).putShort((short)0).putInt(0x0A000001).putInt(0xE9363601);
        b.putShort((short)26_400).putShort((short)26_400).putShort((short)(8 + payload)).putShort((short)0);
        for (int i = 0; i < payload; i++)
        {
            b.put((byte)(sequence + i));
        }
        b.order(order);
    }
}
