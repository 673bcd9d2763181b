package io.hftengine.replay.pcap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.agrona.DirectBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A writer killed with SIGKILL mid-recording leaves every complete record readable. */
class CrashRecoveryTest {
    @TempDir
    Path dir;

    private long expectedSequence;

    @Test
    void everyCompleteRecordSurvivesKillMinus9() throws Exception {
        final Path file = dir.resolve("crash.pcap");
        final Process child = new ProcessBuilder(ChildJvm.command(CrashingWriterMain.class, file.toString()))
            .redirectErrorStream(true).start();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            final String line = output.readLine();
            assertEquals("READY", line, "child JVM did not start recording");
            Thread.sleep(30);
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        } finally {
            child.destroyForcibly();
        }
        assertEquals(137, child.exitValue(), "the writer must have been killed, not closed");

        final long delivered;
        try (PcapReader reader = PcapReader.open(file)) {
            delivered = reader.readAll(this::checkRecord);
            assertTrue(reader.end() == CaptureEnd.UNWRITTEN_TAIL || reader.end() == CaptureEnd.COMPLETE, reader.end().toString());
            assertEquals(0, reader.skipCounters().total(), reader.skipCounters().toString());
        }
        assertEquals(expectedSequence, delivered);
        assertTrue(delivered > CrashingWriterMain.READY_AFTER, "records before READY must all be there: " + delivered);

        final long repairedLength = PcapRepair.truncateToCompleteRecords(file);
        assertEquals(repairedLength, Files.size(file));
        try (PcapReader reader = PcapReader.open(file)) {
            assertEquals(delivered, reader.readAll(this::ignore));
            assertEquals(CaptureEnd.COMPLETE, reader.end());
        }
        if (Tshark.isInstalled()) {
            assertEquals(delivered, Tshark.run(file).size(), "tshark must read every record of the repaired file");
        }
    }

    private void checkRecord(
        final long epochNanos, final DirectBuffer buffer, final int offset, final int length, final int srcIp,
        final int srcPort, final int dstIp, final int dstPort) {
        final long sequence = expectedSequence++;
        assertEquals(sequence, buffer.getLong(offset), "records must be contiguous from 0");
        assertEquals(1_700_000_000_000_000_000L + sequence, epochNanos);
        assertEquals(CrashingWriterMain.payloadLength(sequence), length);
        final byte[] expected = new byte[length - 8];
        final byte[] actual = new byte[length - 8];
        for (int i = 8; i < length; i++) {
            expected[i - 8] = CrashingWriterMain.fill(sequence, i);
        }
        buffer.getBytes(offset + 8, actual);
        assertArrayEquals(expected, actual, "payload of record " + sequence);
    }

    private void ignore(
        final long epochNanos, final DirectBuffer buffer, final int offset, final int length, final int srcIp,
        final int srcPort, final int dstIp, final int dstPort) {
        // counting only
    }

}
