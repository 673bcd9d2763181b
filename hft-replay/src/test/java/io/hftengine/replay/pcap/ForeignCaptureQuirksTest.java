package io.hftengine.replay.pcap;

import static io.hftengine.replay.pcap.QuirkDatagrams.T0;
import static io.hftengine.replay.pcap.QuirkDatagrams.datagram;
import static io.hftengine.replay.pcap.QuirkDatagrams.payload;
import static io.hftengine.replay.pcap.QuirkDatagrams.udp;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hftengine.replay.PcapReplaySource;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Captures written by other people's tools, as a review for real NASDAQ MoldUDP64 captures found
 * them read wrongly (each test failed before its fix, session 13): raw IP under the link type
 * values 12 and 14 that Wireshark reads as raw IP, VLAN tags a Linux cooked v2 capture keeps in
 * its payload, frames a capture device marked as received with a link-layer error, and a capture
 * that stops early without saying where.
 */
class ForeignCaptureQuirksTest {
    private static final ByteOrder LE = ByteOrder.LITTLE_ENDIAN;
    private static final ByteOrder BE = ByteOrder.BIG_ENDIAN;
    /** epb_flags: inbound, multicast reception, FCS length 4; no error bit. */
    private static final int FLAGS_INBOUND_MULTICAST = 1 | (3 << 2) | (4 << 5);
    /** epb_flags bit 24: the frame was received with a bad CRC. */
    private static final int FLAG_CRC_ERROR = 1 << 24;
    /** epb_flags bit 31: a symbol error on the wire. */
    private static final int FLAG_SYMBOL_ERROR = 1 << 31;
    @TempDir
    Path dir;

    private Path write(final String name, final byte[] content) throws IOException {
        final Path file = dir.resolve(name);
        Files.write(file, content);
        return file;
    }

    private static Map<String, Long> inputErrors(final PcapReader reader) {
        final Map<String, Long> errors = new LinkedHashMap<>();
        new PcapReplaySource(reader).inputErrors(errors::put);
        return errors;
    }

    /** An enhanced packet block whose options hold one epb_flags word. */
    private static byte[] enhancedPacketWithFlags(final ByteOrder order, final long timestamp, final byte[] frame,
        final int flags) {
        final ByteBuffer body = ByteBuffer.allocate(20 + ((frame.length + 3) & ~3) + 8 + 4).order(order);
        body.putInt(0).putInt((int) (timestamp >>> 32)).putInt((int) timestamp).putInt(frame.length)
            .putInt(frame.length).put(frame).position(20 + ((frame.length + 3) & ~3));
        body.putShort((short) 2).putShort((short) 4).putInt(flags).putInt(0); // epb_flags, opt_endofopt
        return Frames.block(order, PcapngDescriptor.ENHANCED_PACKET_BLOCK, body.array());
    }

    /**
     * 12 is DLT_RAW on most platforms and 14 on OpenBSD; older libpcap and other writers put these
     * values in files, and Wireshark reads both as raw IP. The reader counted every packet
     * UNSUPPORTED_LINK_TYPE: such a capture delivered nothing.
     */
    @Test
    void rawIpUnderTheLinkTypeValuesOfThePlatformDltRaw() throws IOException {
        for (final int linkType : new int[] {12, 14}) {
            try (PcapReader reader = PcapReader.open(write("raw" + linkType + ".pcap",
                Frames.classic(LE, false, linkType, new long[] {T0}, udp("RAW!"))))) {
                assertEquals(List.of(datagram(T0, "RAW!")), Datagram.readAll(reader),
                    linkType + ": " + reader.skipCounters());
            }
            try (PcapReader reader = PcapReader.open(write("raw" + linkType + ".pcapng", Frames.concat(
                Frames.sectionHeader(BE), Frames.interfaceDescription(BE, linkType, 9, 0),
                Frames.enhancedPacket(BE, 0, T0, udp("RAW!")))))) {
                assertEquals(List.of(datagram(T0, "RAW!")), Datagram.readAll(reader),
                    linkType + ": " + reader.skipCounters());
            }
        }
    }

    /**
     * A Linux cooked v2 capture ({@code tcpdump -i any} since libpcap 1.10) of a frame whose VLAN
     * tag the NIC did not strip: protocol 0x8100, and the tag (TCI, then the inner EtherType) opens
     * the payload after the 20-byte header; libpcap inserts no tag into SLL2, it is simply there.
     * The reader counted NOT_IPV4.
     */
    @Test
    void linuxCookedV2WithTheVlanTagInItsPayload() throws IOException {
        final byte[] tagged = Frames.linuxSll2(0x8100, Frames.concat(new byte[] {0, 100, 0x08, 0x00}, udp("TAG1")));
        final byte[] qinq = Frames.linuxSll2(0x88A8,
            Frames.concat(new byte[] {0, 10, (byte) 0x81, 0x00, 0, 100, 0x08, 0x00}, udp("TAG2")));
        final byte[] cutInTag = Frames.linuxSll2(0x8100, new byte[] {0, 100, 0x08});
        final byte[] tcpBehindTag = Frames.linuxSll2(0x8100, Frames.concat(new byte[] {0, 100, (byte) 0x86, (byte) 0xDD},
            new byte[40]));
        try (PcapReader reader = PcapReader.open(write("sll2-vlan.pcap", Frames.classic(LE, true, 276,
            new long[] {T0, T0 + 1, T0 + 2, T0 + 3}, tagged, qinq, cutInTag, tcpBehindTag)))) {
            assertEquals(List.of(datagram(T0, "TAG1"), datagram(T0 + 1, "TAG2")), Datagram.readAll(reader),
                reader.skipCounters().toString());
            assertEquals(1, reader.skipCounters().count(SkipReason.TRUNCATED_FRAME));
            assertEquals(1, reader.skipCounters().count(SkipReason.NOT_IPV4));
            assertEquals(2, reader.skipCounters().total());
        }
    }

    /**
     * A capture device or tap that keeps errored frames marks them in epb_flags (bits 16 to 31:
     * CRC, symbol, runt... errors). A receiver's NIC drops such a frame, so the live engine never
     * saw it; the reader decoded its (corrupt) payload as a good datagram. The direction and
     * reception-type bits, which dumpcap writes on every packet, change nothing.
     */
    @Test
    void framesMarkedWithALinkLayerErrorAreCountedNotDecoded() throws IOException {
        final byte[] frame = Frames.ethernet(0x0800, udp("ITCH"));
        final Path file = write("flags.pcapng", Frames.concat(Frames.sectionHeader(LE),
            Frames.interfaceDescription(LE, 1, 9, 0),
            enhancedPacketWithFlags(LE, T0, frame, FLAGS_INBOUND_MULTICAST),
            enhancedPacketWithFlags(LE, T0 + 1, frame, FLAGS_INBOUND_MULTICAST | FLAG_CRC_ERROR),
            enhancedPacketWithFlags(LE, T0 + 2, frame, FLAG_SYMBOL_ERROR),
            Frames.sectionHeader(BE), Frames.interfaceDescription(BE, 1, 9, 0),
            enhancedPacketWithFlags(BE, T0 + 3, frame, FLAG_CRC_ERROR),
            enhancedPacketWithFlags(BE, T0 + 4, frame, FLAGS_INBOUND_MULTICAST)));
        try (PcapReader reader = PcapReader.open(file)) {
            assertEquals(List.of(datagram(T0, "ITCH"), datagram(T0 + 4, "ITCH")), Datagram.readAll(reader));
            assertEquals(3, reader.skipCounters().count(SkipReason.LINK_LAYER_ERROR), reader.skipCounters().toString());
            assertEquals(3, reader.skipCounters().total());
            assertEquals(Map.of("capture_skipped_link_layer_error", 3L), inputErrors(reader));
        }
    }

    /**
     * A capture that stops at damage or a cut counts one record, but the report said neither where
     * nor how much of the file was left unread: the offset was only in {@link PcapReader#position()},
     * which no report shows. The input errors now carry it.
     */
    @Test
    void aStopBeforeTheEndNamesItsFileOffset() throws IOException {
        final byte[] frame = Frames.ethernet(0x0800, udp("AAAA"));
        final int recordLength = 16 + frame.length;
        final byte[] capture = Frames.classic(LE, true, 1, new long[] {T0, T0 + 1, T0 + 2}, frame, frame, frame);
        final byte[] corrupt = capture.clone();
        corrupt[24 + recordLength + 11] = 0x7F; // incl_len of the second record: ~2 GB
        try (PcapReader reader = PcapReader.open(write("corrupt.pcap", corrupt))) {
            assertEquals(1, Datagram.readAll(reader).size());
            assertEquals(CaptureEnd.CORRUPT, reader.end());
            final Map<String, Long> errors = inputErrors(reader);
            assertEquals(Long.valueOf(24 + recordLength), errors.get("capture_skipped_from_byte"), errors.toString());
            assertEquals(Long.valueOf(1), errors.get("capture_skipped_corrupt_record"));
        }
        try (PcapReader reader = PcapReader.open(write("cut.pcap", Arrays.copyOf(capture, capture.length - 3)))) {
            assertEquals(2, Datagram.readAll(reader).size());
            assertEquals(CaptureEnd.TRUNCATED, reader.end());
            assertEquals(Long.valueOf(24 + 2 * recordLength), inputErrors(reader).get("capture_skipped_from_byte"));
        }
        try (PcapReader reader = PcapReader.open(write("whole.pcap", capture))) {
            Datagram.readAll(reader);
            assertEquals(Map.of(), inputErrors(reader), "a capture read to its end names no offset");
        }
    }

    /**
     * A capture taken in colocation through an Arista tap aggregator: the switch inserts its
     * timestamp header (EtherType 0xD28B, subtype 1, version 0x10: 64-bit, or 0x20: 48-bit) after
     * the source MAC, before any VLAN tag. Every frame was counted NOT_IPV4 (added after the
     * review, session 13).
     */
    @Test
    void anAristaTimestampHeaderBeforeTheEtherTypeIsSteppedOver() throws IOException {
        final byte[] macs = new byte[12];
        final byte[] sixtyFour = Frames.concat(macs, new byte[] {(byte) 0xD2, (byte) 0x8B, 0, 1, 0, 0x10,
            0, 0, 0, 1, 0, 0, 0, 2, 0x08, 0x00}, udp("TS64"));
        final byte[] fortyEightUtcTagged = Frames.concat(macs, new byte[] {(byte) 0xD2, (byte) 0x8B, 0, 1, 1, 0x20,
            0, 1, 0, 0, 0, 2, (byte) 0x81, 0x00, 0, 100, 0x08, 0x00}, udp("TS48"));
        final byte[] unknownVersion = Frames.concat(macs, new byte[] {(byte) 0xD2, (byte) 0x8B, 0, 1, 0, 0x30,
            0, 0, 0, 0, 0, 0, 0, 0, 0x08, 0x00}, udp("NOPE"));
        final byte[] cut = Frames.concat(macs, new byte[] {(byte) 0xD2, (byte) 0x8B, 0, 1, 0, 0x10, 0, 0});
        try (PcapReader reader = PcapReader.open(write("arista.pcap", Frames.classic(LE, true, 1,
            new long[] {T0, T0 + 1, T0 + 2, T0 + 3}, sixtyFour, fortyEightUtcTagged, unknownVersion, cut)))) {
            assertEquals(List.of(datagram(T0, "TS64"), datagram(T0 + 1, "TS48")), Datagram.readAll(reader),
                reader.skipCounters().toString());
            assertEquals(1, reader.skipCounters().count(SkipReason.NOT_IPV4));
            assertEquals(1, reader.skipCounters().count(SkipReason.TRUNCATED_FRAME));
        }
    }
}
