package io.hftengine.fuzz;

import io.hftengine.protocol.itch.AddOrderMessage;
import io.hftengine.protocol.itch.AddOrderMpidMessage;
import io.hftengine.protocol.itch.BrokenTradeMessage;
import io.hftengine.protocol.itch.CrossTradeMessage;
import io.hftengine.protocol.itch.DirectListingPriceDiscoveryMessage;
import io.hftengine.protocol.itch.IpoQuotingPeriodUpdateMessage;
import io.hftengine.protocol.itch.LuldAuctionCollarMessage;
import io.hftengine.protocol.itch.MarketParticipantPositionMessage;
import io.hftengine.protocol.itch.MwcbDeclineLevelMessage;
import io.hftengine.protocol.itch.MwcbStatusMessage;
import io.hftengine.protocol.itch.NoiiMessage;
import io.hftengine.protocol.itch.OperationalHaltMessage;
import io.hftengine.protocol.itch.OrderCancelMessage;
import io.hftengine.protocol.itch.OrderDeleteMessage;
import io.hftengine.protocol.itch.OrderExecutedMessage;
import io.hftengine.protocol.itch.OrderExecutedWithPriceMessage;
import io.hftengine.protocol.itch.OrderReplaceMessage;
import io.hftengine.protocol.itch.RegShoRestrictionMessage;
import io.hftengine.protocol.itch.RetailInterestMessage;
import io.hftengine.protocol.itch.StockDirectoryMessage;
import io.hftengine.protocol.itch.StockTradingActionMessage;
import io.hftengine.protocol.itch.SystemEventMessage;
import io.hftengine.protocol.itch.TradeMessage;
import io.hftengine.protocol.moldudp64.MoldUdp64Header;
import io.hftengine.protocol.moldudp64.MoldUdp64PacketEncoder;
import io.hftengine.protocol.ouch.AcceptedMessage;
import io.hftengine.protocol.ouch.CancelOrderMessage;
import io.hftengine.protocol.ouch.CanceledMessage;
import io.hftengine.protocol.ouch.EnterOrderMessage;
import io.hftengine.protocol.ouch.ExecutedMessage;
import io.hftengine.protocol.ouch.OuchSystemEventMessage;
import io.hftengine.protocol.ouch.RejectedMessage;
import io.hftengine.protocol.ouch.ReplaceOrderMessage;
import io.hftengine.protocol.ouch.ReplacedMessage;
import io.hftengine.protocol.soupbintcp.SoupBinTcpDescriptor;
import io.hftengine.protocol.soupbintcp.SoupBinTcpEncoder;
import io.hftengine.replay.pcap.PcapWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Writes the committed seed corpus (not a test): valid messages from the project's own encoders,
 * the first kilobytes of the ITCH 5.0 sample, pcap files from {@link PcapWriter} plus hand-built
 * pcapng and big-endian pcap, the repository's config files, and the structured inputs of the
 * market data stage and order book targets ({@link StructuredSeeds}). Run once from the repository
 * root, then commit what it wrote:
 *
 * <pre>
 * ./mvnw -B -q -pl hft-fuzz test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp hft-fuzz/target/test-classes:$(cat hft-fuzz/target/cp.txt) io.hftengine.fuzz.SeedCorpusWriter \
 *     /work/shared/data/itch/ex20101224.TEST_ITCH_50 hft-fuzz/src/test/resources config
 * </pre>
 */
public final class SeedCorpusWriter
{
    private static final int[][] ITCH_TYPES = {
        {SystemEventMessage.MESSAGE_TYPE, SystemEventMessage.LENGTH},
        {StockDirectoryMessage.MESSAGE_TYPE, StockDirectoryMessage.LENGTH},
        {StockTradingActionMessage.MESSAGE_TYPE, StockTradingActionMessage.LENGTH},
        {RegShoRestrictionMessage.MESSAGE_TYPE, RegShoRestrictionMessage.LENGTH},
        {MarketParticipantPositionMessage.MESSAGE_TYPE, MarketParticipantPositionMessage.LENGTH},
        {MwcbDeclineLevelMessage.MESSAGE_TYPE, MwcbDeclineLevelMessage.LENGTH},
        {MwcbStatusMessage.MESSAGE_TYPE, MwcbStatusMessage.LENGTH},
        {IpoQuotingPeriodUpdateMessage.MESSAGE_TYPE, IpoQuotingPeriodUpdateMessage.LENGTH},
        {LuldAuctionCollarMessage.MESSAGE_TYPE, LuldAuctionCollarMessage.LENGTH},
        {OperationalHaltMessage.MESSAGE_TYPE, OperationalHaltMessage.LENGTH},
        {AddOrderMessage.MESSAGE_TYPE, AddOrderMessage.LENGTH},
        {AddOrderMpidMessage.MESSAGE_TYPE, AddOrderMpidMessage.LENGTH},
        {OrderExecutedMessage.MESSAGE_TYPE, OrderExecutedMessage.LENGTH},
        {OrderExecutedWithPriceMessage.MESSAGE_TYPE, OrderExecutedWithPriceMessage.LENGTH},
        {OrderCancelMessage.MESSAGE_TYPE, OrderCancelMessage.LENGTH},
        {OrderDeleteMessage.MESSAGE_TYPE, OrderDeleteMessage.LENGTH},
        {OrderReplaceMessage.MESSAGE_TYPE, OrderReplaceMessage.LENGTH},
        {TradeMessage.MESSAGE_TYPE, TradeMessage.LENGTH},
        {CrossTradeMessage.MESSAGE_TYPE, CrossTradeMessage.LENGTH},
        {BrokenTradeMessage.MESSAGE_TYPE, BrokenTradeMessage.LENGTH},
        {NoiiMessage.MESSAGE_TYPE, NoiiMessage.LENGTH},
        {RetailInterestMessage.MESSAGE_TYPE, RetailInterestMessage.LENGTH},
        {DirectListingPriceDiscoveryMessage.MESSAGE_TYPE, DirectListingPriceDiscoveryMessage.LENGTH},
    };

    private final Path root;

    private SeedCorpusWriter(final Path root)
    {
        this.root = root;
    }

    /**
     * Writes the corpus.
     *
     * @param args the ITCH sample file, the test resources directory, the config directory
     * @throws IOException if a file cannot be read or written
     */
    public static void main(final String[] args) throws IOException
    {
        final byte[] sample = Files.readAllBytes(Path.of(args[0]));
        final SeedCorpusWriter out = new SeedCorpusWriter(Path.of(args[1]).resolve("io/hftengine/fuzz"));
        final Map<Character, byte[]> itch = itchMessages(sample);
        final List<byte[]> firstFrames = frames(sample, 40);

        for (final Map.Entry<Character, byte[]> e : itch.entrySet())
        {
            out.seed("ItchDecoderFuzzTest", "oneMessage", "itch-" + typeName(e.getKey()), e.getValue());
        }
        out.seed("ItchDecoderFuzzTest", "binaryFileStream", "sample-first-4k", Arrays.copyOf(sample, 4096));
        out.seed("ItchDecoderFuzzTest", "binaryFileStream", "every-type", binaryFile(new ArrayList<>(itch.values())));

        final List<byte[]> packets = moldPackets(firstFrames);
        for (int i = 0; i < packets.size(); i++)
        {
            out.seed("MoldUdp64DecoderFuzzTest", "downstreamPacket", "packet-" + i, packets.get(i));
        }
        out.seed("MoldUdp64DecoderFuzzTest", "requestPacket", "request", request());

        final Map<String, byte[]> inbound = ouchInbound();
        final Map<String, byte[]> outbound = ouchOutbound();
        for (final Map.Entry<String, byte[]> e : inbound.entrySet())
        {
            out.seed("OuchDecoderFuzzTest", "inboundMessage", e.getKey(), e.getValue());
        }
        for (final Map.Entry<String, byte[]> e : outbound.entrySet())
        {
            out.seed("OuchDecoderFuzzTest", "outboundMessage", e.getKey(), e.getValue());
        }

        final byte[] soup = soupStream(firstFrames.subList(0, 6), new ArrayList<>(inbound.values()));
        out.seed("SoupBinTcpFuzzTest", "decodeStream", "session", soup);
        out.seed("SoupBinTcpFuzzTest", "receiverPieces", "session-pieces-7-1-300",
            concat(soup, new byte[] {0, 0, 0, 7, 0, 0, 0, 1, 0, 0, 1, 44, 3}));

        out.seed("BinaryFileReaderFuzzTest", "mappedFile", "sample-first-2k", Arrays.copyOf(sample, 2048));
        out.seed("BinaryFileReaderFuzzTest", "mappedFile", "sample-cut-frame-near-window-end",
            concat(Arrays.copyOf(sample, 301), new byte[] {0, 0, 1, 0x20, 0, 0, 0, 7, 1}));

        final byte[] pcap = pcap(packets);
        out.seed("PcapReaderFuzzTest", "captureFile", "writer-moldudp64", pcap);
        out.seed("PcapReaderFuzzTest", "captureFile", "writer-unwritten-tail", concat(pcap, new byte[32]));
        out.seed("PcapReaderFuzzTest", "captureFile", "writer-truncated", Arrays.copyOf(pcap, pcap.length - 5));
        out.seed("PcapReaderFuzzTest", "captureFile", "big-endian-micros-raw-ip", bigEndianRawIp(packets.get(0)));
        out.seed("PcapReaderFuzzTest", "captureFile", "pcapng", pcapng(packets.get(1), packets.get(2)));

        for (final Map.Entry<String, byte[]> e : StructuredSeeds.marketData(firstFrames).entrySet())
        {
            out.seed("MarketDataStageFuzzTest", "datagrams", e.getKey(), e.getValue());
        }
        for (final Map.Entry<String, byte[]> e : StructuredSeeds.orderBook().entrySet())
        {
            out.seed("OrderBookFuzzTest", "operations", e.getKey(), e.getValue());
        }

        final Path config = Path.of(args[2]);
        out.seed("EngineConfigLoaderFuzzTest", "engineFile", "engine.toml", Files.readAllBytes(config.resolve("engine.toml")));
        out.seed("EngineConfigLoaderFuzzTest", "networkFile", "network.toml", Files.readAllBytes(config.resolve("network.toml")));
        out.seed("EngineConfigLoaderFuzzTest", "riskFile", "risk_limits.toml", Files.readAllBytes(config.resolve("risk_limits.toml")));
    }

    private void seed(final String testClass, final String method, final String name, final byte[] bytes) throws IOException
    {
        final Path dir = root.resolve(testClass + "Inputs").resolve(method);
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), bytes);
    }

    private static String typeName(final char type)
    {
        return Character.isUpperCase(type) ? String.valueOf(type) : "lower-" + type;
    }

    /** The first message of each type in the sample; types the sample lacks, as the encoders write them. */
    private static Map<Character, byte[]> itchMessages(final byte[] sample)
    {
        final Map<Character, byte[]> messages = new LinkedHashMap<>();
        for (final byte[] frame : frames(sample, Integer.MAX_VALUE))
        {
            messages.putIfAbsent((char)frame[0], frame);
        }
        for (final int[] type : ITCH_TYPES)
        {
            final byte[] encoded = new byte[type[1]];
            encoded[0] = (byte)type[0];
            messages.putIfAbsent((char)type[0], encoded);
        }
        return messages;
    }

    private static List<byte[]> frames(final byte[] file, final int max)
    {
        final List<byte[]> frames = new ArrayList<>();
        int position = 0;
        while (position + 2 <= file.length && frames.size() < max)
        {
            final int length = ((file[position] & 0xFF) << 8) | (file[position + 1] & 0xFF);
            frames.add(Arrays.copyOfRange(file, position + 2, position + 2 + length));
            position += 2 + length;
        }
        return frames;
    }

    private static byte[] binaryFile(final List<byte[]> messages)
    {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (final byte[] m : messages)
        {
            out.write(m.length >>> 8);
            out.write(m.length);
            out.writeBytes(m);
        }
        return out.toByteArray();
    }

    private static List<byte[]> moldPackets(final List<byte[]> messages)
    {
        final List<byte[]> packets = new ArrayList<>();
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[1500]);
        final MoldUdp64PacketEncoder encoder = new MoldUdp64PacketEncoder();
        long sequence = 1;
        int next = 0;
        for (final int count : new int[] {1, 3, 8})
        {
            encoder.wrap(buffer, 0, 1400, "SESSION001", sequence);
            for (int i = 0; i < count; i++, next++)
            {
                encoder.append(new UnsafeBuffer(messages.get(next)), 0, messages.get(next).length);
            }
            sequence += count;
            packets.add(Arrays.copyOf(buffer.byteArray(), encoder.length()));
        }
        encoder.wrap(buffer, 0, 1400, "SESSION001", sequence);
        packets.add(Arrays.copyOf(buffer.byteArray(), encoder.length()));
        encoder.wrap(buffer, 0, 1400, "SESSION001", sequence).endOfSession();
        packets.add(Arrays.copyOf(buffer.byteArray(), encoder.length()));
        return packets;
    }

    private static byte[] request()
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[20]);
        new MoldUdp64Header().wrapForEncode(buffer, 0).session("SESSION001").sequenceNumber(42).messageCount(10);
        return buffer.byteArray();
    }

    private static Map<String, byte[]> ouchInbound()
    {
        final Map<String, byte[]> messages = new LinkedHashMap<>();
        UnsafeBuffer b = new UnsafeBuffer(new byte[EnterOrderMessage.LENGTH]);
        new EnterOrderMessage().wrapForEncode(b, 0).orderToken("TOKEN00000001").side('B').shares(100).price(1_012_500);
        messages.put("enter-order", b.byteArray());
        b = new UnsafeBuffer(new byte[ReplaceOrderMessage.LENGTH]);
        new ReplaceOrderMessage().wrapForEncode(b, 0).shares(200).price(1_013_000);
        messages.put("replace-order", b.byteArray());
        b = new UnsafeBuffer(new byte[CancelOrderMessage.LENGTH]);
        new CancelOrderMessage().wrapForEncode(b, 0).orderToken("TOKEN00000001").shares(0);
        messages.put("cancel-order", b.byteArray());
        return messages;
    }

    private static Map<String, byte[]> ouchOutbound()
    {
        final Map<String, byte[]> messages = new LinkedHashMap<>();
        UnsafeBuffer b = new UnsafeBuffer(new byte[OuchSystemEventMessage.LENGTH]);
        new OuchSystemEventMessage().wrapForEncode(b, 0);
        messages.put("system-event", b.byteArray());
        b = new UnsafeBuffer(new byte[AcceptedMessage.LENGTH]);
        new AcceptedMessage().wrapForEncode(b, 0);
        messages.put("accepted", b.byteArray());
        b = new UnsafeBuffer(new byte[ReplacedMessage.LENGTH]);
        new ReplacedMessage().wrapForEncode(b, 0);
        messages.put("replaced", b.byteArray());
        b = new UnsafeBuffer(new byte[CanceledMessage.LENGTH]);
        new CanceledMessage().wrapForEncode(b, 0);
        messages.put("canceled", b.byteArray());
        b = new UnsafeBuffer(new byte[ExecutedMessage.LENGTH]);
        new ExecutedMessage().wrapForEncode(b, 0);
        messages.put("executed", b.byteArray());
        b = new UnsafeBuffer(new byte[RejectedMessage.LENGTH]);
        new RejectedMessage().wrapForEncode(b, 0);
        messages.put("rejected", b.byteArray());
        return messages;
    }

    private static byte[] soupStream(final List<byte[]> itch, final List<byte[]> ouch)
    {
        final UnsafeBuffer b = new UnsafeBuffer(new byte[4096]);
        int p = 0;
        p += SoupBinTcpEncoder.loginRequest(b, p, "HFT", "secret", "", 1);
        p += SoupBinTcpEncoder.loginAccepted(b, p, "SESSION001", 1);
        for (final byte[] m : itch)
        {
            b.putBytes(p + 3, m);
            p += SoupBinTcpEncoder.sequencedDataHeader(b, p, m.length);
        }
        p += SoupBinTcpEncoder.emptyPacket(b, p, SoupBinTcpDescriptor.SERVER_HEARTBEAT);
        for (final byte[] m : ouch)
        {
            b.putBytes(p + 3, m);
            p += SoupBinTcpEncoder.unsequencedDataHeader(b, p, m.length);
        }
        p += SoupBinTcpEncoder.emptyPacket(b, p, SoupBinTcpDescriptor.CLIENT_HEARTBEAT);
        b.putShort(p, (short)6, ByteOrder.BIG_ENDIAN);
        b.putByte(p + 2, SoupBinTcpDescriptor.DEBUG);
        b.putStringWithoutLengthAscii(p + 3, "hello");
        p += 8;
        p += SoupBinTcpEncoder.loginRejected(b, p, 'A');
        p += SoupBinTcpEncoder.emptyPacket(b, p, SoupBinTcpDescriptor.LOGOUT_REQUEST);
        p += SoupBinTcpEncoder.emptyPacket(b, p, SoupBinTcpDescriptor.END_OF_SESSION);
        return Arrays.copyOf(b.byteArray(), p);
    }

    private static byte[] pcap(final List<byte[]> datagrams) throws IOException
    {
        final Path file = Files.createTempFile("seed", ".pcap");
        try (PcapWriter writer = PcapWriter.create(file, 1 << 16))
        {
            long time = 1_293_148_800_000_000_000L;
            for (final byte[] d : datagrams)
            {
                writer.write(time, 0x0A000001, 26_400, 0xE9363601, 26_400, new UnsafeBuffer(d), 0, d.length);
                time += 1_234_567;
            }
        }
        final byte[] bytes = Files.readAllBytes(file);
        Files.delete(file);
        return bytes;
    }

    /** A big-endian microsecond pcap with link type raw IPv4: one record. */
    private static byte[] bigEndianRawIp(final byte[] payload)
    {
        final byte[] ip = ipv4Udp(payload);
        final ByteBuffer b = ByteBuffer.allocate(24 + 16 + ip.length).order(ByteOrder.BIG_ENDIAN);
        b.putInt(0xA1B2C3D4).putShort((short)2).putShort((short)4).putInt(0).putInt(0).putInt(65_535).putInt(101);
        b.putInt(1_293_148_800).putInt(123_456).putInt(ip.length).putInt(ip.length).put(ip);
        return b.array();
    }

    /** A little-endian pcapng: section, Ethernet interface with if_tsresol=9, two enhanced packets, a simple packet. */
    private static byte[] pcapng(final byte[] first, final byte[] second)
    {
        final ByteBuffer b = ByteBuffer.allocate(4096).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0x0A0D0D0A).putInt(28).putInt(0x1A2B3C4D).putShort((short)1).putShort((short)0).putLong(-1L).putInt(28);
        b.putInt(1).putInt(28).putShort((short)1).putShort((short)0).putInt(0)
            .putShort((short)9).putShort((short)1).put((byte)9).put(new byte[3]).putInt(28);
        for (final byte[] payload : new byte[][] {first, second})
        {
            final byte[] frame = ethernet(ipv4Udp(payload));
            final int padded = (frame.length + 3) & ~3;
            final int length = 32 + padded;
            b.putInt(6).putInt(length).putInt(0).putInt(0x0012_3456).putInt(0x789A_BCDE)
                .putInt(frame.length).putInt(frame.length).put(frame).put(new byte[padded - frame.length]).putInt(length);
        }
        b.putInt(3).putInt(16).putInt(0).putInt(16);
        return Arrays.copyOf(b.array(), b.position());
    }

    private static byte[] ethernet(final byte[] ip)
    {
        final ByteBuffer b = ByteBuffer.allocate(14 + ip.length);
        b.put(new byte[] {1, 0, 0x5e, 0x36, 0x36, 1, 2, 0, 10, 0, 0, 1}).putShort((short)0x0800).put(ip);
        return b.array();
    }

    private static byte[] ipv4Udp(final byte[] payload)
    {
        final ByteBuffer b = ByteBuffer.allocate(28 + payload.length);
        b.put((byte)0x45).put((byte)0).putShort((short)(28 + payload.length)).putShort((short)0).putShort((short)0)
            .put((byte)64).put((byte)17).putShort((short)0).putInt(0x0A000001).putInt(0xE9363601);
        b.putShort((short)26_400).putShort((short)26_400).putShort((short)(8 + payload.length)).putShort((short)0).put(payload);
        return b.array();
    }

    private static byte[] concat(final byte[] a, final byte[] b)
    {
        final byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
