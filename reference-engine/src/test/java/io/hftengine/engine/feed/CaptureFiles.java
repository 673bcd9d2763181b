package io.hftengine.engine.feed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.hftengine.protocol.moldudp64.MoldUdp64Descriptor;
import io.hftengine.replay.pcap.PcapReader;

/**
 * Captures as real exchange captures are, for tests: built byte by byte (Ethernet with VLAN tags,
 * IPv4, UDP, TCP, ARP, fragments; classic pcap in micro- or nanoseconds, pcapng with several
 * interfaces) around the MoldUDP64 packets of a synthetic day.
 */
public final class CaptureFiles {
    /** The A line's source address and port, and its multicast group. */
    public static final int A_SOURCE = 0x0A000001;
    /** The B line's source address. */
    public static final int B_SOURCE = 0x0A000002;
    /** The A line's multicast group. */
    public static final int A_GROUP = 0xE9360C65;
    /** The B line's multicast group. */
    public static final int B_GROUP = 0xE9360D65;
    /** The feed's UDP port, on both lines. */
    public static final int FEED_PORT = 26_477;

    private CaptureFiles() {
    }

    /** One recorded datagram: its time and MoldUDP64 payload. */
    public record Packet(long epochNanos, byte[] payload) {
        /** @return its MoldUDP64 sequence number */
        public long sequence() {
            return ByteBuffer.wrap(payload).order(ByteOrder.BIG_ENDIAN).getLong(MoldUdp64Descriptor.SESSION_LENGTH);
        }

        /** @return its message count */
        public int count() {
            return ByteBuffer.wrap(payload).order(ByteOrder.BIG_ENDIAN)
                    .getShort(MoldUdp64Descriptor.MESSAGE_COUNT_OFFSET) & 0xFFFF;
        }

        /**
         * Returns the packet with another session name and its sequence moved by {@code offset}.
         *
         * @param session ten ASCII characters
         * @param offset added to the sequence number
         * @return the copy
         */
        public Packet renamed(final String session, final long offset) {
            final byte[] copy = payload.clone();
            System.arraycopy(session.getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, copy, 0, 10);
            ByteBuffer.wrap(copy).order(ByteOrder.BIG_ENDIAN).putLong(10, sequence() + offset);
            return new Packet(epochNanos, copy);
        }

        /** @return the packet at another time */
        public Packet at(final long nanos) {
            return new Packet(nanos, payload);
        }
    }

    /** One captured frame: its time, the pcapng interface it came in on, and its bytes. */
    public record Frame(long epochNanos, int interfaceId, byte[] bytes) {
    }

    /**
     * The MoldUDP64 packets of a synthetic day (session HFTSIM0001, sequenced from 1).
     *
     * @param dir      a scratch directory
     * @param symbols  symbols
     * @param seed     seed
     * @param messages messages after the start of day
     * @return the packets in sequence order
     * @throws IOException when the scratch file cannot be written
     */
    public static List<Packet> syntheticDay(final Path dir, final int symbols, final long seed, final long messages)
            throws IOException {
        final Path pcap = Files.createTempFile(dir, "day", ".pcap");
        SyntheticRecording.write(pcap, symbols, seed, messages, 100_000);
        final List<Packet> packets = new ArrayList<>();
        try (PcapReader reader = PcapReader.open(pcap)) {
            reader.readAll((time, buffer, offset, length, srcIp, srcPort, dstIp, dstPort) -> {
                final byte[] payload = new byte[length];
                buffer.getBytes(offset, payload);
                packets.add(new Packet(time, payload));
            });
        }
        Files.delete(pcap);
        return packets;
    }

    /**
     * The messages of every packet after the first {@code skip}, as a BinaryFILE (2-byte length +
     * message each): a partial day.
     *
     * @param packets the day
     * @param from    first packet to include
     * @param to      one past the last
     * @return the file's bytes
     */
    public static byte[] binaryFile(final List<Packet> packets, final int from, final int to) {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (final Packet p : packets.subList(from, to)) {
            out.write(p.payload, MoldUdp64Descriptor.HEADER_LENGTH, p.payload.length - MoldUdp64Descriptor.HEADER_LENGTH);
        }
        return out.toByteArray();
    }

    /**
     * An IPv4/UDP packet (no link header).
     *
     * @return the packet
     */
    public static byte[] ipv4Udp(final int srcIp, final int srcPort, final int dstIp, final int dstPort,
            final byte[] payload) {
        final byte[] udp = ByteBuffer.allocate(8 + payload.length).order(ByteOrder.BIG_ENDIAN)
                .putShort((short) srcPort).putShort((short) dstPort).putShort((short) (8 + payload.length))
                .putShort((short) 0).put(payload).array();
        return ipv4(17, srcIp, dstIp, 0x4000, udp);
    }

    /**
     * An IPv4 packet of any protocol.
     *
     * @param protocol 17 UDP, 6 TCP, 2 IGMP
     * @param fragment the flags and fragment offset field
     * @param body     what follows the 20-byte header
     * @return the packet
     */
    public static byte[] ipv4(final int protocol, final int srcIp, final int dstIp, final int fragment,
            final byte[] body) {
        return ByteBuffer.allocate(20 + body.length).order(ByteOrder.BIG_ENDIAN).put((byte) 0x45).put((byte) 0)
                .putShort((short) (20 + body.length)).putShort((short) 7).putShort((short) fragment).put((byte) 64)
                .put((byte) protocol).putShort((short) 0).putInt(srcIp).putInt(dstIp).put(body).array();
    }

    /**
     * The two IPv4 fragments of a UDP datagram, split 8-byte aligned after {@code firstBytes} of
     * the UDP header and payload.
     *
     * @return both fragments, first one first
     */
    public static byte[][] fragments(final int srcIp, final int srcPort, final int dstIp, final int dstPort,
            final byte[] payload, final int firstBytes) {
        final byte[] whole = ipv4Udp(srcIp, srcPort, dstIp, dstPort, payload);
        final byte[] udp = Arrays.copyOfRange(whole, 20, whole.length);
        final int split = firstBytes & ~7;
        return new byte[][] {
            ipv4(17, srcIp, dstIp, 0x2000, Arrays.copyOfRange(udp, 0, split)),
            ipv4(17, srcIp, dstIp, split / 8, Arrays.copyOfRange(udp, split, udp.length)),
        };
    }

    /** @return a TCP segment with the given payload (ports, no options) */
    public static byte[] ipv4Tcp(final int srcIp, final int srcPort, final int dstIp, final int dstPort,
            final byte[] payload) {
        final byte[] tcp = ByteBuffer.allocate(20 + payload.length).order(ByteOrder.BIG_ENDIAN)
                .putShort((short) srcPort).putShort((short) dstPort).putInt(1).putInt(0).put((byte) 0x50)
                .put((byte) 0x18).putShort((short) 8192).putInt(0).put(payload).array();
        return ipv4(6, srcIp, dstIp, 0x4000, tcp);
    }

    /**
     * An Ethernet frame.
     *
     * @param etherType 0x0800 IPv4, 0x0806 ARP
     * @param body      the frame's payload
     * @param vlanIds   802.1Q tags, outermost first
     * @return the frame
     */
    public static byte[] ethernet(final int etherType, final byte[] body, final int... vlanIds) {
        final ByteBuffer frame = ByteBuffer.allocate(14 + 4 * vlanIds.length + body.length).order(ByteOrder.BIG_ENDIAN);
        frame.put(new byte[] {1, 0, 0x5E, 0x36, 0x0C, 0x65, 0, 0x1B, 0x21, 1, 2, 3});
        for (final int id : vlanIds) {
            frame.putShort((short) 0x8100).putShort((short) id);
        }
        return frame.putShort((short) etherType).put(body).array();
    }

    /** @return an ARP request, as an Ethernet frame */
    public static byte[] arp() {
        final byte[] body = ByteBuffer.allocate(28).order(ByteOrder.BIG_ENDIAN).putShort((short) 1)
                .putShort((short) 0x0800).put((byte) 6).put((byte) 4).putShort((short) 1).array();
        return ethernet(0x0806, body);
    }

    /**
     * A classic pcap file of Ethernet frames.
     *
     * @param nanos  nanosecond resolution, else microseconds
     * @param frames the records
     * @return the file's bytes
     */
    public static byte[] classicPcap(final boolean nanos, final List<Frame> frames) {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN).putInt(nanos ? 0xA1B23C4D : 0xA1B2C3D4)
                .putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(262_144).putInt(1).array());
        for (final Frame f : frames) {
            out.writeBytes(ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN)
                    .putInt((int) (f.epochNanos / 1_000_000_000L))
                    .putInt((int) (f.epochNanos % 1_000_000_000L / (nanos ? 1 : 1000)))
                    .putInt(f.bytes.length).putInt(f.bytes.length).array());
            out.writeBytes(f.bytes);
        }
        return out.toByteArray();
    }

    /**
     * A pcapng file: one section, {@code interfaces} Ethernet interfaces (odd ones in nanoseconds,
     * even ones in the default microseconds), enhanced packet blocks.
     *
     * @return the file's bytes
     */
    public static byte[] pcapng(final int interfaces, final List<Frame> frames) {
        final ByteOrder le = ByteOrder.LITTLE_ENDIAN;
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(block(0x0A0D0D0A, ByteBuffer.allocate(16).order(le).putInt(0x1A2B3C4D).putShort((short) 1)
                .putShort((short) 0).putLong(-1).array()));
        for (int i = 0; i < interfaces; i++) {
            final ByteBuffer idb = ByteBuffer.allocate(20).order(le).putShort((short) 1).putShort((short) 0)
                    .putInt(262_144);
            if (i % 2 == 1) {
                idb.putShort((short) 9).putShort((short) 1).put((byte) 9).put(new byte[3]);
            }
            idb.putInt(0);
            out.writeBytes(block(1, Arrays.copyOf(idb.array(), idb.position())));
        }
        for (final Frame f : frames) {
            final long units = f.interfaceId % 2 == 1 ? f.epochNanos : f.epochNanos / 1000;
            final ByteBuffer epb = ByteBuffer.allocate(20 + ((f.bytes.length + 3) & ~3)).order(le)
                    .putInt(f.interfaceId).putInt((int) (units >>> 32)).putInt((int) units)
                    .putInt(f.bytes.length).putInt(f.bytes.length).put(f.bytes);
            out.writeBytes(block(6, epb.array()));
        }
        return out.toByteArray();
    }

    private static byte[] block(final int type, final byte[] body) {
        final int padded = (body.length + 3) & ~3;
        final ByteBuffer b = ByteBuffer.allocate(12 + padded).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(type).putInt(12 + padded).put(body).position(8 + padded);
        return b.putInt(12 + padded).array();
    }

    /**
     * The frame of one feed packet on a line.
     *
     * @param p      the packet
     * @param source the line's source address
     * @param group  the line's group
     * @param vlan   VLAN ids, none for an untagged frame
     * @return the frame
     */
    public static Frame onLine(final Packet p, final int source, final int group, final int... vlan) {
        return new Frame(p.epochNanos, 0, ethernet(0x0800, ipv4Udp(source, 40_000, group, FEED_PORT, p.payload), vlan));
    }

    /**
     * The day as a capture of both lines: each packet on A, then the same on B 3 µs later.
     *
     * @param packets the day
     * @return the frames
     */
    public static List<Frame> bothLines(final List<Packet> packets) {
        final List<Frame> frames = new ArrayList<>();
        for (final Packet p : packets) {
            frames.add(onLine(p, A_SOURCE, A_GROUP));
            frames.add(onLine(p.at(p.epochNanos + 3_000), B_SOURCE, B_GROUP));
        }
        return frames;
    }
}
