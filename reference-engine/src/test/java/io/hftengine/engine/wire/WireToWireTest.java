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
        final SendLog sends = new SendLog(8);
        sends.sent(1, 100);   // messages 1..9
        sends.sent(10, 200);  // messages 10..10
        sends.sent(11, 300);
        assertEquals(Long.MIN_VALUE, sends.sentNanos(0));
        assertEquals(100, sends.sentNanos(1));
        assertEquals(100, sends.sentNanos(9));
        assertEquals(200, sends.sentNanos(10));
        assertEquals(300, sends.sentNanos(11_000));
    }

    @Test
    void aFullLogCountsWhatItDropsAndDoesNotGuessPastItsEnd() {
        final SendLog sends = new SendLog(2);
        sends.sent(1, 100);
        sends.sent(5, 200);
        sends.sent(9, 300);
        assertEquals(1, sends.overflowed());
        assertEquals(100, sends.sentNanos(4));
        assertEquals(Long.MIN_VALUE, sends.sentNanos(9), "may be in the packet that was not logged");
        final ReceiveLog receives = new ReceiveLog(1);
        receives.received(7, 1);
        receives.received(8, 2);
        assertEquals(1, receives.size());
        assertEquals(1, receives.overflowed());
        assertThrows(IllegalArgumentException.class, () -> new SendLog(0));
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
        final SendLog sends = new SendLog(4);
        sends.sent(1, 1_000);
        sends.sent(10, 2_000);
        final ReceiveLog receives = new ReceiveLog(4);
        receives.received(501, 1_700);
        receives.received(502, 2_900);
        receives.received(503, 3_000);
        receives.received(999, 3_100); // unknown to the engine's journal
        final Histogram all = WireToWire.join(journal, sends, receives, 0);
        assertEquals(2, all.getTotalCount());
        assertEquals(700, all.getMinValue());
        assertEquals(900, all.getMaxValue(), 1);
        final Histogram afterWarmup = WireToWire.join(journal, sends, receives, 2_000);
        assertEquals(1, afterWarmup.getTotalCount(), "orders that arrived before the start are left out");
    }
}
