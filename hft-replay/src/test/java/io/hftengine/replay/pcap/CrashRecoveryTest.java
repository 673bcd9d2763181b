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

    /**
     * The states a kill can leave the record being written in, made deterministically: a zero
     * header followed by nothing, by the frame's Ethernet header only (its IPv4 total length not
     * yet written), by the whole frame, each then zeros. All read as an unwritten tail after the
     * complete records, none as corrupt; a record after the frame is corrupt.
     */
    @Test
    void everyStateOfTheRecordBeingWrittenReadsAsAnUnwrittenTail() throws Exception {
        final Path complete = dir.resolve("complete.pcap");
        try (PcapWriter writer = PcapWriter.create(complete)) {
            final org.agrona.concurrent.UnsafeBuffer payload = new org.agrona.concurrent.UnsafeBuffer(new byte[100]);
            writer.write(1_700_000_000_000_000_000L, 0x0A000001, 1, 0xE9000001, 2, payload, 0, 100);
            writer.write(1_700_000_000_000_000_001L, 0x0A000001, 1, 0xE9000001, 2, payload, 0, 100);
        }
        final byte[] records = Files.readAllBytes(complete);
        final int recordLength = (records.length - PcapDescriptor.GLOBAL_HEADER_LENGTH) / 2;
        final byte[] second = java.util.Arrays.copyOfRange(records, records.length - recordLength, records.length);
        final byte[] unwritten = second.clone();
        java.util.Arrays.fill(unwritten, PcapDescriptor.INCL_LEN_OFFSET, PcapDescriptor.RECORD_HEADER_LENGTH, (byte) 0);
        final int[] frameBytesWritten = {0, FrameDescriptor.ETHERNET_HEADER_LENGTH, recordLength - 16};
        for (final int written : frameBytesWritten) {
            final byte[] state = java.util.Arrays.copyOf(unwritten, recordLength + 4096);
            java.util.Arrays.fill(state, PcapDescriptor.RECORD_HEADER_LENGTH + written, state.length, (byte) 0);
            final Path file = dir.resolve("killed-" + written + ".pcap");
            Files.write(file, concat(records, state));
            try (PcapReader reader = PcapReader.open(file)) {
                assertEquals(2, reader.readAll(this::ignore), written + " frame bytes written");
                assertEquals(CaptureEnd.UNWRITTEN_TAIL, reader.end(), written + " frame bytes written");
            }
        }
        final Path damaged = dir.resolve("damaged.pcap");
        Files.write(damaged, concat(records, concat(unwritten, second)));
        try (PcapReader reader = PcapReader.open(damaged)) {
            reader.readAll(this::ignore);
            assertEquals(CaptureEnd.CORRUPT, reader.end(), "a whole record after a zeroed header");
        }
    }

    private static byte[] concat(final byte[] a, final byte[] b) {
        final byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
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
