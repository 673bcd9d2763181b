package io.hftengine.pipeline.marketdata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import io.hftengine.pipeline.Counters;
import io.hftengine.protocol.moldudp64.MoldUdp64PacketEncoder;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Packets reordered and duplicated at random, within the hold area: every message is applied
 * exactly once, in sequence order, and nothing is given up (the hold area keeps its packets
 * sorted however they arrive).
 */
class MoldUdp64SequencerPropertyTest {
    @Property(tries = 300)
    void reorderedAndDuplicatedPacketsApplyEveryMessageOnceInOrder(
            @ForAll @IntRange(min = 1, max = 60) final int packets, @ForAll final long seed) {
        final Random random = new Random(seed);
        final List<byte[]> datagrams = new ArrayList<>();
        long sequence = 1;
        for (int p = 0; p < packets; p++) {
            final int count = 1 + random.nextInt(3);
            final UnsafeBuffer buffer = new UnsafeBuffer(ByteBuffer.allocate(256));
            final MoldUdp64PacketEncoder encoder = new MoldUdp64PacketEncoder().wrap(buffer, 0, 256, "SESSION001", sequence);
            for (int m = 0; m < count; m++) {
                final int at = encoder.claim(8);
                buffer.putLong(at, sequence + m); // the message carries its own sequence number
            }
            final byte[] bytes = new byte[encoder.length()];
            buffer.getBytes(0, bytes);
            datagrams.add(bytes);
            sequence += count;
        }
        final List<byte[]> arrival = new ArrayList<>(datagrams);
        for (int d = 0; d < packets / 3; d++) {
            arrival.add(datagrams.get(random.nextInt(packets))); // duplicates
        }
        Collections.shuffle(arrival, random);
        final List<Long> applied = new ArrayList<>();
        final Counters<MarketDataCounter> counters = new Counters<>("md", MarketDataCounter.class);
        final MoldUdp64Sequencer sequencer = new MoldUdp64Sequencer(
            (buffer, offset, length) -> applied.add(buffer.getLong(offset)), counters, RetransmitRequester.NONE,
            () -> 0L, () -> { }, 1, 128, 256, Long.MAX_VALUE);
        for (final byte[] datagram : arrival) {
            sequencer.onPacket(new UnsafeBuffer(datagram), 0, datagram.length);
        }
        assertEquals(sequence - 1, applied.size(), "every message applied once");
        for (int i = 0; i < applied.size(); i++) {
            assertEquals(i + 1, applied.get(i), "in sequence order");
        }
        assertEquals(0, counters.get(MarketDataCounter.UNRECOVERABLE_GAPS));
        assertEquals(0, counters.get(MarketDataCounter.MESSAGES_LOST));
    }
}
