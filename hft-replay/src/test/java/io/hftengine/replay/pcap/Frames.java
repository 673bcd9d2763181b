package io.hftengine.replay.pcap;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Builds frames and capture files byte by byte, independently of the writer, for reader tests. */
final class Frames {
    private Frames() {
    }

    /** An IPv4/UDP packet (no link header) with the given payload. */
    static byte[] ipv4Udp(final int srcIp, final int srcPort, final int dstIp, final int dstPort, final byte[] payload) {
        final ByteBuffer ip = ByteBuffer.allocate(28 + payload.length).order(ByteOrder.BIG_ENDIAN);
        ip.put((byte) 0x45).put((byte) 0).putShort((short) (28 + payload.length)).putShort((short) 1)
            .putShort((short) 0x4000).put((byte) 64).put((byte) 17).putShort((short) 0).putInt(srcIp).putInt(dstIp);
        ip.putShort((short) srcPort).putShort((short) dstPort).putShort((short) (8 + payload.length)).putShort((short) 0);
        ip.put(payload);
        return ip.array();
    }

    /** An Ethernet frame with the given VLAN tags (each 0x8100 or 0x88A8) and EtherType. */
    static byte[] ethernet(final int etherType, final byte[] body, final int... vlanTpids) {
        final ByteBuffer frame = ByteBuffer.allocate(14 + 4 * vlanTpids.length + body.length).order(ByteOrder.BIG_ENDIAN);
        frame.put(new byte[] {1, 0, 0x5E, 0, 0, 1, 2, 0, 0, 0, 0, 2});
        for (final int tpid : vlanTpids) {
            frame.putShort((short) tpid).putShort((short) 100);
        }
        frame.putShort((short) etherType).put(body);
        return frame.array();
    }

    /** A Linux cooked-capture (SLL) frame. */
    static byte[] linuxSll(final int protocol, final byte[] body) {
        final ByteBuffer frame = ByteBuffer.allocate(16 + body.length).order(ByteOrder.BIG_ENDIAN);
        frame.putShort((short) 0).putShort((short) 1).putShort((short) 6).put(new byte[8]).putShort((short) protocol).put(body);
        return frame.array();
    }

    /** A Linux cooked-capture v2 (SLL2) frame: protocol first, 20-byte header. */
    static byte[] linuxSll2(final int protocol, final byte[] body) {
        final ByteBuffer frame = ByteBuffer.allocate(20 + body.length).order(ByteOrder.BIG_ENDIAN);
        frame.putShort((short) protocol).putShort((short) 0).putInt(3).putShort((short) 1).put((byte) 0)
            .put((byte) 6).put(new byte[8]).put(body);
        return frame.array();
    }

    /** A BSD loopback frame: the address family as 4 bytes in the given order. */
    static byte[] loopback(final ByteOrder order, final int family, final byte[] body) {
        return ByteBuffer.allocate(4 + body.length).order(order).putInt(family).put(body).array();
    }

    /** Classic pcap in the given byte order and resolution. */
    static byte[] classic(final ByteOrder order, final boolean nanos, final int linkType, final long[] times, final byte[]... frames) {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final ByteBuffer header = ByteBuffer.allocate(24).order(order);
        header.putInt(nanos ? PcapDescriptor.MAGIC_NANOS : PcapDescriptor.MAGIC_MICROS).putShort((short) 2).putShort((short) 4)
            .putInt(0).putInt(0).putInt(65535).putInt(linkType);
        out.writeBytes(header.array());
        for (int i = 0; i < frames.length; i++) {
            final long divisor = nanos ? 1 : 1000;
            final ByteBuffer record = ByteBuffer.allocate(16).order(order);
            record.putInt((int) (times[i] / 1_000_000_000L)).putInt((int) (times[i] % 1_000_000_000L / divisor))
                .putInt(frames[i].length).putInt(frames[i].length);
            out.writeBytes(record.array());
            out.writeBytes(frames[i]);
        }
        return out.toByteArray();
    }

    /** A pcapng block with the given body (padded to 4). */
    static byte[] block(final ByteOrder order, final int type, final byte[] body) {
        final int padded = (body.length + 3) & ~3;
        final ByteBuffer block = ByteBuffer.allocate(12 + padded).order(order);
        block.putInt(type).putInt(12 + padded).put(body).position(8 + padded);
        block.putInt(12 + padded);
        return block.array();
    }

    static byte[] sectionHeader(final ByteOrder order) {
        return block(order, PcapngDescriptor.SECTION_HEADER_BLOCK,
            ByteBuffer.allocate(16).order(order).putInt(PcapngDescriptor.BYTE_ORDER_MAGIC).putShort((short) 1)
                .putShort((short) 0).putLong(-1).array());
    }

    /** An interface description; tsresol < 0 means no option (microseconds). */
    static byte[] interfaceDescription(final ByteOrder order, final int linkType, final int tsresol, final long tsoffset) {
        final ByteBuffer body = ByteBuffer.allocate(8 + 8 + 12 + 4).order(order);
        body.putShort((short) linkType).putShort((short) 0).putInt(65535);
        if (tsresol >= 0) {
            body.putShort((short) PcapngDescriptor.OPTION_IF_TSRESOL).putShort((short) 1).put((byte) tsresol).put(new byte[3]);
        }
        if (tsoffset != 0) {
            body.putShort((short) PcapngDescriptor.OPTION_IF_TSOFFSET).putShort((short) 8).putLong(tsoffset);
        }
        body.putInt(0);
        return block(order, PcapngDescriptor.INTERFACE_DESCRIPTION_BLOCK, java.util.Arrays.copyOf(body.array(), body.position()));
    }

    static byte[] enhancedPacket(final ByteOrder order, final int interfaceId, final long timestamp, final byte[] frame) {
        final ByteBuffer body = ByteBuffer.allocate(20 + ((frame.length + 3) & ~3)).order(order);
        body.putInt(interfaceId).putInt((int) (timestamp >>> 32)).putInt((int) timestamp).putInt(frame.length)
            .putInt(frame.length).put(frame);
        return block(order, PcapngDescriptor.ENHANCED_PACKET_BLOCK, body.array());
    }

    static byte[] concat(final byte[]... parts) {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (final byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
