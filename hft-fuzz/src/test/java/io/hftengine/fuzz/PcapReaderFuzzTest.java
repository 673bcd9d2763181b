package io.hftengine.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.hftengine.replay.pcap.CaptureEnd;
import io.hftengine.replay.pcap.CaptureFormat;
import io.hftengine.replay.pcap.PcapReader;
import io.hftengine.replay.pcap.SkipReason;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.agrona.DirectBuffer;

/**
 * Fuzzes {@link PcapReader} (classic pcap, either byte order and resolution, and pcapng): a file
 * of any bytes is either refused at open with an {@link IOException} or read to an end state, with
 * every record delivered or counted under one {@link SkipReason}, every payload inside the mapped
 * buffer, and exactly the same result whether the file is mapped whole or 4 KiB at a time.
 */
class PcapReaderFuzzTest
{
    private static final Path FILE = ScratchFile.create("pcap-fuzz");
    private static final int SMALLEST_WINDOW = 4096;

    /**
     * The whole input is a capture file.
     *
     * @param input file bytes
     */
    @FuzzTest(maxDuration = "60s")
    void captureFile(final byte[] input)
    {
        ScratchFile.write(FILE, input);
        final String whole = read(PcapReader.DEFAULT_WINDOW_BYTES, input.length);
        final String windowed = read(SMALLEST_WINDOW, input.length);
        assertEquals(whole, windowed, "same result through a 4 KiB window as through one mapping");
    }

    /**
     * The fuzzed bytes are the records (or blocks) that follow a valid header and a run of valid
     * filler records of fuzzed count and size, so they start anywhere relative to the 4 KiB window
     * boundaries and records straddle remaps, which inputs under 4 KiB never reach.
     *
     * @param data pcapng or classic, filler count and payload size (taken from the end), then the bytes
     */
    @FuzzTest(maxDuration = "60s")
    void recordsAcrossWindows(final FuzzedDataProvider data)
    {
        final boolean pcapng = data.consumeBoolean();
        final int fillers = data.consumeInt(0, 120);
        final int payload = data.consumeInt(0, 1400);
        final byte[] tail = data.consumeRemainingAsBytes();
        final byte[] head = pcapng ? CaptureBytes.pcapngHead(fillers, payload) : CaptureBytes.pcapHead(fillers, payload);
        ScratchFile.write(FILE, head, tail);
        final long length = (long)head.length + tail.length;
        final String whole = read(PcapReader.DEFAULT_WINDOW_BYTES, length);
        final String windowed = read(SMALLEST_WINDOW, length);
        assertEquals(whole, windowed, "same result through a 4 KiB window as through one mapping");
        assertTrue(whole.contains("/" + payload + "/") || fillers == 0, "filler records delivered");
    }

    /** Reads the scratch file, checks the invariants, and describes everything that came out. */
    private static String read(final int windowBytes, final long fileLength)
    {
        final PcapReader reader;
        try
        {
            reader = PcapReader.open(FILE, windowBytes);
        }
        catch (final IOException refused)
        {
            // A capture that is not one says "pcap"; a gzip stream that cannot be inflated says "gzip".
            assertTrue(refused.getMessage() != null
                && (refused.getMessage().contains("pcap") || refused.getMessage().contains("gzip")), refused.toString());
            return "refused: " + refused.getMessage();
        }
        final List<String> packets = new ArrayList<>();
        long records = 0;
        try (reader)
        {
            int read;
            try
            {
                while ((read = reader.poll((t, b, o, l, si, sp, di, dp) -> packets.add(describe(t, b, o, l, si, sp, di, dp)), 3)) > 0)
                {
                    records += read;
                    // A record or block takes at least 12 bytes: the reader must be moving forward.
                    if (records > reader.position() / 12 + 1)
                    {
                        throw new AssertionError("more records than the bytes read can hold: " + records);
                    }
                }
            }
            catch (final UncheckedIOException corrupt)
            {
                assertTrue(reader.isCompressed() && corrupt.getMessage().startsWith("corrupt gzip data"), corrupt.toString());
                return "corrupt after " + packets;
            }
            assertNotEquals(CaptureEnd.NOT_REACHED, reader.end(), "poll returned 0 before the end");
            assertEquals(packets.size(), reader.packetsDelivered(), "packetsDelivered()");
            assertTrue(reader.isCompressed() || reader.position() <= reader.fileLength(), "position past the end");
            assertEquals(fileLength, reader.fileLength(), "fileLength()");
            final long terminal = reader.skipCounters().count(SkipReason.TRUNCATED_RECORD)
                + reader.skipCounters().count(SkipReason.CORRUPT_RECORD);
            assertTrue(terminal <= 1, "at most one record ends the file");
            assertEquals(reader.end() == CaptureEnd.TRUNCATED || reader.end() == CaptureEnd.CORRUPT, terminal == 1,
                "a terminal count goes with a terminal end");
            final long countedPerRecord = packets.size() + reader.skipCounters().total() - terminal;
            if (reader.format() == CaptureFormat.PCAPNG)
            {
                assertTrue(records >= countedPerRecord, "blocks read >= delivered + skipped");
            }
            else
            {
                assertEquals(records, countedPerRecord, "every record delivered or skipped");
            }
            return reader.format() + " " + reader.end() + " " + reader.position() + " " + reader.skipCounters() + " " + packets;
        }
        catch (final IOException ex)
        {
            throw new AssertionError("close failed", ex);
        }
    }

    private static String describe(
        final long epochNanos, final DirectBuffer buffer, final int offset, final int length,
        final int srcIp, final int srcPort, final int dstIp, final int dstPort)
    {
        InRange.check("UDP payload", offset, length, 0, buffer.capacity());
        assertTrue(srcPort >= 0 && srcPort <= 0xFFFF && dstPort >= 0 && dstPort <= 0xFFFF, "ports");
        long hash = 1125899906842597L;
        for (int i = 0; i < length; i++)
        {
            hash = 31 * hash + buffer.getByte(offset + i);
        }
        return epochNanos + "/" + length + "/" + Long.toHexString(hash) + "/" + srcIp + ":" + srcPort + ">" + dstIp + ":" + dstPort;
    }
}
