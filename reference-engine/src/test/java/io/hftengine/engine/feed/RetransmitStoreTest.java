package io.hftengine.engine.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import io.hftengine.protocol.moldudp64.MoldUdp64Decoder;
import io.hftengine.protocol.moldudp64.MoldUdp64PacketEncoder;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

class RetransmitStoreTest {
    @Test
    void everyStoredMessageComesBackWithItsSequence() {
        final RetransmitStore store = new RetransmitStore(1 << 10, 1 << 16);
        final SyntheticItchFeed feed = new SyntheticItchFeed(10, 5, 1000, 1000, MessageMix.NASDAQ_DAY);
        final MoldUdp64FeedEncoder encoder = new MoldUdp64FeedEncoder("STORETEST1", 1472, 8, store);
        feed.startOfDay(encoder);
        for (int i = 0; i < 500; i++) {
            feed.next(encoder);
        }
        feed.endOfDay(encoder);
        encoder.flush();
        final long last = encoder.nextSequence() - 1;
        assertEquals(last + 1, store.nextSequence());
        assertFalse(store.holds(last + 1));
        assertFalse(store.holds(0));
        final UnsafeBuffer out = new UnsafeBuffer(ByteBuffer.allocateDirect(2048));
        final MoldUdp64PacketEncoder packet = new MoldUdp64PacketEncoder();
        final List<Long> sequences = new ArrayList<>();
        final MoldUdp64Decoder decoder = new MoldUdp64Decoder((seq, buffer, offset, length) -> sequences.add(seq));
        long next = 1;
        while (next <= last) {
            assertTrue(store.holds(next), "holds " + next + " of " + last);
            packet.wrap(out, 0, 1472, "STORETEST1", next);
            final int appended = store.appendTo(next, (int) (last - next + 1), packet);
            assertTrue(appended > 0, "appended at " + next);
            decoder.decode(out, 0, packet.length());
            next += appended;
        }
        assertEquals(last, sequences.size());
        for (int i = 0; i < sequences.size(); i++) {
            assertEquals(i + 1, sequences.get(i));
        }
    }
}
