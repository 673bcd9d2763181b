package io.hftengine.pipeline.marketdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.hftengine.pipeline.Counters;
import io.hftengine.pipeline.MutableClock;
import io.hftengine.protocol.moldudp64.MoldUdp64Header;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * A gap of any width behind a live feed that keeps publishing, a hold area of any size, a request
 * server with any cap on its answers, and lost packets (live and answers alike): as long as the
 * server answers and outpaces the feed, the sequencer catches up with the live feed, applies every
 * message exactly once in sequence order and gives nothing up.
 */
class SequencerCatchUpPropertyTest {
    private static final long TIMEOUT_NS = 1_000_000_000L;

    @Property(tries = 200)
    void aServerThatAnswersIsFollowedToTheLiveFeed(
            @ForAll @IntRange(min = 1, max = 20_000) final int ahead,
            @ForAll @IntRange(min = 1, max = 16) final int holdArea,
            @ForAll @IntRange(min = 8, max = 600) final int serverCap,
            @ForAll @IntRange(min = 0, max = 10) final int lossPercent,
            @ForAll final long seed) {
        final Random random = new Random(seed);
        final MutableClock clock = new MutableClock(1_000_000_000_000L);
        final Counters<MarketDataCounter> counters = new Counters<>("md", MarketDataCounter.class);
        final List<Long> applied = new ArrayList<>();
        final long[] lastRequest = new long[2];
        final MoldUdp64Sequencer sequencer = new MoldUdp64Sequencer(
            (buffer, offset, length) -> applied.add(buffer.getLong(offset)), counters,
            (buffer, offset, length) -> {
                final MoldUdp64Header h = new MoldUdp64Header().wrap(buffer, offset);
                lastRequest[0] = h.sequenceNumber();
                lastRequest[1] = h.messageCount();
                return true;
            },
            clock, () -> { }, 1, holdArea, 1500, TIMEOUT_NS);
        long live = 1 + ahead; // the engine joins here: 1..ahead were published before it started
        int turns = 0;
        while ((sequencer.gapOpen() || sequencer.expectedSequence() < live) && turns++ < 200_000) {
            clock.advance(random.nextInt(2_000_000)); // up to 2 ms a turn: a quiet server is re-asked after 50
            sequencer.checkTimeout();
            if (lastRequest[1] > 0) {
                // The server answers the last request, as far as it is published, in packets of 1..32.
                long next = lastRequest[0];
                final long end = Math.min(live, next + Math.min(lastRequest[1], serverCap));
                while (next < end) {
                    final int n = (int) Math.min(1 + random.nextInt(32), end - next);
                    if (random.nextInt(100) >= lossPercent) {
                        feed(sequencer, next, n);
                    }
                    next += n;
                }
            }
            final int count = random.nextInt(4); // the live feed: 0..3 messages a turn
            if (count > 0) {
                if (random.nextInt(100) >= lossPercent) {
                    feed(sequencer, live, count);
                }
                live += count;
            }
        }
        assertFalse(sequencer.gapOpen(), "caught up within " + turns + " turns");
        assertEquals(live - 1, applied.size(), "every message applied once");
        for (int i = 0; i < applied.size(); i++) {
            assertEquals(i + 1, applied.get(i), "in sequence order");
        }
        assertEquals(0, counters.get(MarketDataCounter.UNRECOVERABLE_GAPS));
    }

    private static void feed(final MoldUdp64Sequencer sequencer, final long first, final int count) {
        final byte[] packet = SequencerTestBase.packet(first, count);
        sequencer.onPacket(new UnsafeBuffer(packet), 0, packet.length);
    }
}
