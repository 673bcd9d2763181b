package io.hftengine.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hftengine.engine.config.EngineConfigLoader;
import io.hftengine.engine.config.TomlFile;
import io.hftengine.orderbook.BookAnomaly;
import io.hftengine.orderbook.OrderBook;
import io.hftengine.pipeline.marketdata.MarketDataCounter;
import io.hftengine.protocol.itch.ItchDecoder;
import io.hftengine.protocol.moldudp64.MoldUdp64Decoder;
import io.hftengine.protocol.ouch.OuchInboundDecoder;
import io.hftengine.protocol.ouch.OuchOutboundDecoder;
import io.hftengine.protocol.soupbintcp.SoupBinTcpDecoder;
import io.hftengine.replay.pcap.CaptureEnd;
import io.hftengine.replay.pcap.PcapReader;
import io.hftengine.replay.pcap.SkipReason;
import io.hftengine.types.Side;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

/**
 * Proves the committed seeds are what they claim to be: valid inputs that reach the deep paths
 * (dispatch, delivery, a successful load), not bytes every target rejects at the first check. A
 * corpus of rejected seeds would make the regression run pass while exercising almost nothing.
 */
class SeedCorpusTest
{
    @Test
    void everyItchSeedIsDispatched() throws Exception
    {
        final List<byte[]> seeds = seeds("ItchDecoderFuzzTest", "oneMessage");
        final FieldReadingItchListener listener = new FieldReadingItchListener();
        final ItchDecoder decoder = new ItchDecoder(listener);
        for (final byte[] seed : seeds)
        {
            listener.frame(0, seed.length);
            assertTrue(decoder.decode(new UnsafeBuffer(seed), 0, seed.length), "type " + (char)seed[0]);
        }
        assertEquals(23, seeds.size(), "one seed per ITCH 5.0 message type");
    }

    @Test
    void everyOuchSeedIsDispatched() throws Exception
    {
        final FieldReadingOuchInboundListener in = new FieldReadingOuchInboundListener();
        final OuchInboundDecoder inbound = new OuchInboundDecoder(in);
        for (final byte[] seed : seeds("OuchDecoderFuzzTest", "inboundMessage"))
        {
            in.frame(0, seed.length);
            assertTrue(inbound.decode(new UnsafeBuffer(seed), 0, seed.length), "type " + (char)seed[0]);
        }
        final FieldReadingOuchOutboundListener out = new FieldReadingOuchOutboundListener();
        final OuchOutboundDecoder outbound = new OuchOutboundDecoder(out);
        for (final byte[] seed : seeds("OuchDecoderFuzzTest", "outboundMessage"))
        {
            out.frame(0, seed.length);
            assertTrue(outbound.decode(new UnsafeBuffer(seed), 0, seed.length), "type " + (char)seed[0]);
        }
        assertEquals(3, inbound.messagesDecoded());
        assertEquals(6, outbound.messagesDecoded());
    }

    @Test
    void moldUdp64SeedsDecodeCleanly() throws Exception
    {
        final long[] messages = {0};
        final MoldUdp64Decoder decoder = new MoldUdp64Decoder((s, b, o, l) -> messages[0]++);
        for (final byte[] seed : seeds("MoldUdp64DecoderFuzzTest", "downstreamPacket"))
        {
            decoder.decode(new UnsafeBuffer(seed), 0, seed.length);
        }
        assertEquals(12, messages[0], "1 + 3 + 8 messages, then a heartbeat and an end of session");
        assertEquals(0, decoder.errorCounters().total(), decoder.errorCounters().toString());
    }

    @Test
    void soupBinTcpSeedHasEveryPacketType() throws Exception
    {
        final byte[] seed = seeds("SoupBinTcpFuzzTest", "decodeStream").get(0);
        final RecordingSoupBinTcpListener listener = new RecordingSoupBinTcpListener();
        final SoupBinTcpDecoder decoder = new SoupBinTcpDecoder(listener);
        assertEquals(seed.length, decoder.decode(new UnsafeBuffer(seed), 0, seed.length));
        assertEquals(0, decoder.errorCounters().total(), decoder.errorCounters().toString());
        assertEquals("+AHJLORSUZ", listener.events().stream().map(e -> e.substring(0, 1)).distinct().sorted()
            .collect(Collectors.joining()), "every packet type seen once sorted");
    }

    @Test
    void captureSeedsDeliverPackets() throws Exception
    {
        assertCapture("writer-moldudp64", CaptureEnd.COMPLETE, 5);
        assertCapture("writer-unwritten-tail", CaptureEnd.UNWRITTEN_TAIL, 5);
        assertCapture("writer-truncated", CaptureEnd.TRUNCATED, 4);
        assertCapture("big-endian-micros-raw-ip", CaptureEnd.COMPLETE, 1);
        final PcapReader pcapng = assertCapture("pcapng", CaptureEnd.COMPLETE, 2);
        assertEquals(1, pcapng.skipCounters().count(SkipReason.UNSUPPORTED_BLOCK), "the simple packet block");
    }

    @Test
    void configSeedsLoad() throws Exception
    {
        final String engine = seed("EngineConfigLoaderFuzzTest", "engineFile", "engine.toml");
        final String network = seed("EngineConfigLoaderFuzzTest", "networkFile", "network.toml");
        final String risk = seed("EngineConfigLoaderFuzzTest", "riskFile", "risk_limits.toml");
        assertNotNull(EngineConfigLoader.load(TomlFile.parse("engine.toml", engine),
            TomlFile.parse("network.toml", network), TomlFile.parse("risk_limits.toml", risk)));
    }

    @Test
    void marketDataSeedsBuildBooksThroughGapsAndGarbage() throws Exception
    {
        final MarketDataStageFuzzTest.Run session = runStage("book-gap-fill-garbage");
        assertEquals(12, session.count(MarketDataCounter.MESSAGES), "4 + 2 held + 2 filling + 4");
        assertEquals(1, session.count(MarketDataCounter.PACKETS_HELD));
        assertEquals(1, session.count(MarketDataCounter.GAPS_FILLED));
        assertEquals(1, session.count(MarketDataCounter.DUPLICATE_PACKETS));
        assertEquals(1, session.count(MarketDataCounter.HEARTBEATS));
        assertEquals(2, session.count(MarketDataCounter.MALFORMED_PACKETS), "garbage, a count overrunning the packet");
        assertEquals(1, session.count(MarketDataCounter.UNRECOVERABLE_GAPS), "the overrun's messages, given up");
        assertEquals(1, session.book().anomalyCount(BookAnomaly.OVER_EXECUTION));
        assertEquals(0, session.count(MarketDataCounter.DECODE_ERRORS));
        assertTrue(session.count(MarketDataCounter.EVENTS) >= 8, "book and trade events");
        assertTrue(runStage("conflating-2-event-ring").count(MarketDataCounter.EVENTS_CONFLATED) > 0, "conflated");
        final MarketDataStageFuzzTest.Run sample = runStage("sample-frames");
        assertEquals(40, sample.count(MarketDataCounter.MESSAGES));
        assertEquals(0, sample.count(MarketDataCounter.DECODE_ERRORS));
    }

    @Test
    void orderBookSeedFillsTradesAndEmpties() throws Exception
    {
        final byte[] seed = Files.readAllBytes(dir("OrderBookFuzzTest", "operations").resolve("fill-trade-empty"));
        final OrderBook book = OrderBookFuzzTest.run(FuzzChoices.replay(seed));
        assertEquals(1, book.anomalyCount(BookAnomaly.ORDER_CAPACITY_EXCEEDED), "the ninth add");
        assertEquals(1, book.anomalyCount(BookAnomaly.OVER_CANCEL));
        assertEquals(2, book.totalAnomalies());
        assertEquals(4, book.symbolCount());
        assertEquals(7, book.liveOrders(), "8 added, 1 cancelled, 1 replaced, the replacement deleted, 1 more");
        assertEquals(3, book.orderShares(8), "4 less the 1 executed");
        assertEquals(1, book.levelCount(3, Side.SELL));
    }

    private static MarketDataStageFuzzTest.Run runStage(final String name) throws Exception
    {
        final byte[] seed = Files.readAllBytes(dir("MarketDataStageFuzzTest", "datagrams").resolve(name));
        return MarketDataStageFuzzTest.run(FuzzChoices.replay(seed));
    }

    private static PcapReader assertCapture(final String seed, final CaptureEnd end, final int packets) throws Exception
    {
        try (PcapReader reader = PcapReader.open(dir("PcapReaderFuzzTest", "captureFile").resolve(seed)))
        {
            assertEquals(packets, reader.readAll((t, b, o, l, si, sp, di, dp) -> { }), seed);
            assertEquals(end, reader.end(), seed);
            return reader;
        }
    }

    private static String seed(final String testClass, final String method, final String name) throws Exception
    {
        return Files.readString(dir(testClass, method).resolve(name), StandardCharsets.UTF_8);
    }

    private static List<byte[]> seeds(final String testClass, final String method) throws Exception
    {
        try (Stream<Path> files = Files.list(dir(testClass, method)))
        {
            return files.sorted().map(SeedCorpusTest::bytes).collect(Collectors.toList());
        }
    }

    private static Path dir(final String testClass, final String method) throws URISyntaxException
    {
        return Path.of(SeedCorpusTest.class.getResource(testClass + "Inputs/" + method).toURI());
    }

    private static byte[] bytes(final Path file)
    {
        try
        {
            return Files.readAllBytes(file);
        }
        catch (final IOException ex)
        {
            throw new java.io.UncheckedIOException(ex);
        }
    }
}
