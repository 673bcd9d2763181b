package io.hftengine.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hftengine.replay.pcap.FrameDescriptor;
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

/**
 * A datagram that no pcap record can hold is refused by the tap on the market data thread and
 * counted, rather than queued to make the recorder thread throw (and lose it uncounted).
 */
class RecordingTapEdgeCaseTest {
    private static final int RING = 1 << 20;
    @TempDir
    Path dir;

    /** Offers one bad datagram between two good ones; both good ones must be recorded, the bad one counted. */
    private void assertRefusedAndCounted(final long epochNanos, final int srcPort, final int dstPort, final int length)
        throws IOException {
        final RecordingTap tap = new RecordingTap(RING);
        final UnsafeBuffer payload = new UnsafeBuffer(new byte[FrameDescriptor.MAX_UDP_PAYLOAD + 100]);
        assertTrue(tap.offer(1_000, 1, 2, 3, 4, payload, 0, 10));
        assertFalse(tap.offer(epochNanos, 1, srcPort, 3, dstPort, payload, 0, length), "refused on the market data thread");
        assertTrue(tap.offer(2_000, 1, 2, 3, 4, payload, 0, 10));
        assertEquals(1, tap.dropped());
        final Path file = dir.resolve("tap.pcap");
        try (PcapWriter writer = PcapWriter.create(file)) {
            assertEquals(2, tap.drainTo(writer, 100), "the recorder thread records the rest and does not throw");
            assertEquals(0, tap.drainTo(writer, 100));
        }
        final List<Long> times = new ArrayList<>();
        try (PcapReader reader = PcapReader.open(file)) {
            reader.readAll((long t, DirectBuffer b, int o, int l, int si, int sp, int di, int dp) -> times.add(t));
        }
        assertEquals(List.of(1_000L, 2_000L), times);
    }

    @Test
    void aPayloadLongerThanAnIpv4UdpDatagramIsRefusedAndCounted() throws IOException {
        assertRefusedAndCounted(1_500, 2, 4, FrameDescriptor.MAX_UDP_PAYLOAD + 1);
    }

    @Test
    void aTimeBeforeTheEpochIsRefusedAndCounted() throws IOException {
        assertRefusedAndCounted(-1, 2, 4, 10);
    }

    @Test
    void aPortOutOfRangeIsRefusedAndCountedNotRecordedTruncated() throws IOException {
        assertRefusedAndCounted(1_500, 70_000, 4, 10);
    }

    @Test
    void aLengthNearIntegerMaxIsRefusedAndCountedNotThrown() {
        final RecordingTap tap = new RecordingTap(RING);
        assertFalse(tap.offer(1_000, 1, 2, 3, 4, new UnsafeBuffer(new byte[16]), 0, Integer.MAX_VALUE - 8));
        assertFalse(tap.offer(1_000, 1, 2, 3, 4, new UnsafeBuffer(new byte[16]), 0, -1));
        assertEquals(2, tap.dropped());
    }
}
