package io.hftengine.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hftengine.replay.pcap.PcapReader;
import io.hftengine.replay.pcap.PcapWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The market data thread taps datagrams into a ring; a recorder thread writes them. */
class RecordingTapTest {
    @TempDir
    Path dir;

    @Test
    void everyDatagramIsRecordedInOrderOrCountedAsDropped() throws Exception {
        final Path file = dir.resolve("live.pcap");
        final RecordingTap tap = new RecordingTap(16 * 1024);
        final int offered = 50_000;
        final long[] accepted = new long[1];
        final Thread marketData = new Thread(() -> {
            final UnsafeBuffer payload = new UnsafeBuffer(new byte[64]);
            for (int i = 0; i < offered; i++) {
                payload.putLong(0, i);
                if (tap.offer(1_000_000L + i, 0x0A000001, 4000, 0xE9363601, 26400, payload, 0, 8 + i % 56)) {
                    accepted[0]++;
                }
            }
        });
        try (PcapWriter writer = PcapWriter.create(file, 64 * 1024)) {
            marketData.start();
            while (marketData.isAlive()) {
                tap.drainTo(writer, 64);
            }
            marketData.join();
            while (tap.drainTo(writer, 64) > 0) {
                // drain what is left
            }
            assertEquals(accepted[0], writer.recordsWritten());
        }
        assertEquals(offered, accepted[0] + tap.dropped());
        final List<Long> sequences = new ArrayList<>();
        try (PcapReader reader = PcapReader.open(file)) {
            reader.readAll((long t, DirectBuffer b, int o, int l, int si, int sp, int di, int dp) -> {
                final long sequence = b.getLong(o);
                assertEquals(1_000_000L + sequence, t);
                assertEquals(8 + sequence % 56, l);
                assertEquals(26400, dp);
                sequences.add(sequence);
            });
        }
        assertEquals(accepted[0], sequences.size());
        for (int i = 1; i < sequences.size(); i++) {
            assertTrue(sequences.get(i) > sequences.get(i - 1), "recorded in the order received");
        }
    }

    @Test
    void drainingReturnsZeroOnlyWhenEmptyAlsoAtTheWrap() throws IOException {
        // One datagram in, one out, many times round a small ring: every wrap leaves a padding
        // record at the end of the buffer, which a plain ring read returns 0 for.
        final RecordingTap tap = new RecordingTap(1024);
        final UnsafeBuffer payload = new UnsafeBuffer(new byte[64]);
        try (PcapWriter writer = PcapWriter.create(dir.resolve("wrap.pcap"), 64 * 1024)) {
            for (int i = 0; i < 200; i++) {
                assertTrue(tap.offer(i, 1, 2, 3, 4, payload, 0, 8 + i % 50));
                assertEquals(1, tap.drainTo(writer, 64), "datagram " + i + " is there to drain");
            }
            assertEquals(200, writer.recordsWritten());
        }
    }

    @Test
    void aFullRingDropsAndCountsInsteadOfBlocking() throws IOException {
        final RecordingTap tap = new RecordingTap(1024);
        final UnsafeBuffer payload = new UnsafeBuffer(new byte[100]);
        int accepted = 0;
        for (int i = 0; i < 20; i++) {
            if (tap.offer(i, 1, 2, 3, 4, payload, 0, 100)) {
                accepted++;
            }
        }
        assertTrue(accepted > 0 && accepted < 20);
        assertEquals(20 - accepted, tap.dropped());
        assertFalse(tap.offer(0, 1, 2, 3, 4, new UnsafeBuffer(new byte[4096]), 0, 4096), "larger than the ring");
        assertEquals(21 - accepted, tap.dropped());
        try (PcapWriter writer = PcapWriter.create(dir.resolve("full.pcap"))) {
            assertEquals(accepted, tap.drainTo(writer, 100));
        }
        assertThrows(IllegalArgumentException.class, () -> new RecordingTap(3000));
    }
}
