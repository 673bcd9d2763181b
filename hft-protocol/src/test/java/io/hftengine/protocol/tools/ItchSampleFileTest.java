package io.hftengine.protocol.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hftengine.protocol.binaryfile.BinaryFileReader;
import io.hftengine.protocol.DecodeErrorListener;
import io.hftengine.protocol.internal.AsciiFields;
import io.hftengine.protocol.itch.ItchDecoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays the RITCH sample and checks every figure its README publishes.
 */
class ItchSampleFileTest
{
    @TempDir
    static Path dir;
    static Path sample;

    @BeforeAll
    static void copySample() throws IOException
    {
        sample = dir.resolve("ex20101224.TEST_ITCH_50");
        try (InputStream in = ItchSampleFileTest.class.getResourceAsStream("/itch/ex20101224.TEST_ITCH_50"))
        {
            Files.copy(in, sample, StandardCopyOption.REPLACE_EXISTING);
        }
        assertEquals(465_048L, Files.size(sample));
    }

    private static ItchStatistics replay(final int windowSize) throws IOException
    {
        final ItchStatistics statistics = new ItchStatistics();
        final ItchDecoder decoder = new ItchDecoder(statistics);
        try (BinaryFileReader reader = BinaryFileReader.open(sample, windowSize, DecodeErrorListener.NO_OP))
        {
            assertEquals(12_012L, reader.readAll(decoder));
            assertTrue(reader.isAtEnd());
            assertEquals(465_048L, reader.position());
            assertEquals(0, reader.errorCounters().total());
        }
        assertEquals(0, decoder.errorCounters().total(), decoder.errorCounters().toString());
        assertEquals(12_012L, decoder.messagesDecoded());
        return statistics;
    }

    @Test
    void countsByTypeMatchTheReadme() throws IOException
    {
        final ItchStatistics s = replay(BinaryFileReader.DEFAULT_WINDOW_SIZE);
        final String types = "SRHYLVWKJhAFECXDUPQBINO";
        final long[] expected = {6, 3, 3, 0, 0, 0, 0, 0, 0, 0, 4997, 3, 198, 0, 45, 1745, 12, 5000, 0, 0, 0, 0, 0};
        for (int i = 0; i < types.length(); i++)
        {
            assertEquals(expected[i], s.messageCount(types.charAt(i)), "type " + types.charAt(i));
        }
        assertEquals(12_012L, s.totalMessages());
    }

    @Test
    void addOrdersAndTradesByStockAndSideMatchTheReadme() throws IOException
    {
        final ItchStatistics s = replay(BinaryFileReader.DEFAULT_WINDOW_SIZE);
        assertEquals(3, s.maxStockLocate());
        assertEquals(AsciiFields.pack8("ALC"), s.symbol(1));
        assertEquals(AsciiFields.pack8("BOB"), s.symbol(2));
        assertEquals(AsciiFields.pack8("CHAR"), s.symbol(3));
        assertEquals(950, s.addOrders(1));
        assertEquals(2482, s.addOrders(2));
        assertEquals(1568, s.addOrders(3));
        assertEquals(2432, s.addOrderBuys());
        assertEquals(2568, s.addOrderSells());
        assertEquals(1885, s.trades(1));
        assertEquals(1658, s.trades(2));
        assertEquals(1457, s.trades(3));
        assertEquals(5000, s.tradeBuys());
        assertEquals(0, s.tradeSells());
    }

    @Test
    void systemEventsComeInSpecOrder() throws IOException
    {
        final ItchStatistics s = replay(BinaryFileReader.DEFAULT_WINDOW_SIZE);
        final StringBuilder codes = new StringBuilder();
        for (int i = 0; i < s.systemEventCount(); i++)
        {
            codes.append(s.systemEventCode(i));
        }
        assertEquals("OSQMEC", codes.toString());
        assertTrue(s.firstTimestampNs() >= 0 && s.firstTimestampNs() <= s.lastTimestampNs());
    }

    @Test
    void smallWindowsThatSplitMessagesGiveTheSameFigures() throws IOException
    {
        final ItchStatistics whole = replay(BinaryFileReader.DEFAULT_WINDOW_SIZE);
        for (final int window : new int[] {BinaryFileReader.MIN_WINDOW_SIZE, BinaryFileReader.MIN_WINDOW_SIZE + 7, 100_003})
        {
            final ItchStatistics split = replay(window);
            final StringBuilder a = whole.appendReport(new StringBuilder());
            final StringBuilder b = split.appendReport(new StringBuilder());
            assertEquals(a.toString(), b.toString(), "window " + window);
        }
    }

    @Test
    void inspectorPrintsCountsByTypeAndSymbols() throws IOException
    {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final ItchStatistics s = InspectBinaryFile.inspect(sample, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        final String report = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(12_012L, s.totalMessages());
        assertTrue(report.contains("messages: 12012"), report);
        assertTrue(report.contains("by type: A=4997 C=0".substring(0, 16)), report);
        assertTrue(report.contains(" P=5000"), report);
        assertTrue(report.contains("system events: O S Q M E C"), report);
        assertTrue(report.contains("locate 2 BOB: add orders=2482 trades=1658"), report);
        assertTrue(report.contains("decode errors: none"), report);
    }
}
