package io.hftengine.engine.wire;

import io.hftengine.pipeline.journal.JournalDescriptor;
import io.hftengine.pipeline.journal.JournalEntry;
import io.hftengine.pipeline.journal.JournalWriter;
import org.HdrHistogram.Histogram;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WireToWireTest {
    @TempDir
    Path dir;

    @Test
    void aMessageIsFoundInThePacketThatCarriedIt() {
        final StampLog sends = new StampLog(8);
        sends.add(1, 100);   // messages 1..9
        sends.add(10, 200);  // messages 10..10
        sends.add(11, 300);
        assertEquals(Long.MIN_VALUE, sends.floorNanos(0));
        assertEquals(100, sends.floorNanos(1));
        assertEquals(100, sends.floorNanos(9));
        assertEquals(200, sends.floorNanos(10));
        assertEquals(300, sends.floorNanos(11_000));
    }

    @Test
    void aFullLogCountsWhatItDropsAndDoesNotGuessPastItsEnd() {
        final StampLog sends = new StampLog(2);
        sends.add(1, 100);
        sends.add(5, 200);
        sends.add(9, 300);
        assertEquals(1, sends.overflowed());
        assertEquals(100, sends.floorNanos(4));
        assertEquals(Long.MIN_VALUE, sends.floorNanos(9), "may be in the packet that was not logged");
        final StampLog receives = new StampLog(1);
        receives.add(7, 1);
        receives.add(8, 2);
        assertEquals(1, receives.size());
        assertEquals(1, receives.overflowed());
        assertThrows(IllegalArgumentException.class, () -> new StampLog(0));
    }

    @Test
    void ordersAreJoinedToTheSendOfTheirCausingMessage() {
        final Path journal = dir.resolve("journal");
        try (JournalWriter writer = new JournalWriter(journal, 1 << 16)) {
            final UnsafeBuffer ouch = new UnsafeBuffer(new byte[8]);
            final JournalEntry entry = new JournalEntry();
            writer.append(entry.set(JournalDescriptor.OUTBOUND, 0, 501, 3, ouch, 0, 8));
            writer.append(entry.set(JournalDescriptor.INBOUND, 0, 501, 3, ouch, 0, 8));
            writer.append(entry.set(JournalDescriptor.OUTBOUND, 0, 502, 12, ouch, 0, 8));
            writer.append(entry.set(JournalDescriptor.OUTBOUND, 0, 503, 0, ouch, 0, 8)); // timer: no cause
        }
        final StampLog sends = new StampLog(4);
        sends.add(1, 1_000);
        sends.add(10, 2_000);
        final StampLog receives = new StampLog(4);
        receives.add(501, 1_700);
        receives.add(502, 2_900);
        receives.add(503, 3_000);
        receives.add(999, 3_100); // unknown to the engine's journal
        final Histogram all = WireToWire.join(journal, sends, receives, 0);
        assertEquals(2, all.getTotalCount());
        assertEquals(700, all.getMinValue());
        assertEquals(900, all.getMaxValue(), 1);
        final Histogram afterWarmup = WireToWire.join(journal, sends, receives, 2_000);
        assertEquals(1, afterWarmup.getTotalCount(), "orders that arrived before the start are left out");
    }
}
