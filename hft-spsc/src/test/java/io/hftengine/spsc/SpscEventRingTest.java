package io.hftengine.spsc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class SpscEventRingTest {

    /** A mutable event, as the pipeline uses. */
    static final class Tick {
        long value;
    }

    /** The same event carrying its own publication mark: the ring then never reads its index. */
    static final class MarkedTick extends RingEvent {
        final long[] pair = new long[2];
    }

    /** Records each handler call as "sequence:value:endOfBatch". */
    static final class Recording implements EventHandler<Tick> {
        final List<String> calls = new ArrayList<>();

        @Override
        public void onEvent(Tick event, long sequence, boolean endOfBatch) {
            calls.add(sequence + ":" + event.value + ":" + endOfBatch);
        }
    }

    @Test
    void preallocatesADistinctEventPerSlot() {
        final int[] made = {0};
        final SpscEventRing<Tick> ring = new SpscEventRing<>(4, () -> {
            made[0]++;
            return new Tick();
        });
        assertEquals(4, made[0]);
        final Tick first = ring.event(ring.claim());
        assertNotSame(first, ring.event(ring.claim()));
    }

    @Test
    void rejectsBadConstruction() {
        assertThrows(IllegalArgumentException.class, () -> new SpscEventRing<>(3, Tick::new));
        assertThrows(IllegalArgumentException.class, () -> new SpscEventRing<>(0, Tick::new));
        assertThrows(NullPointerException.class, () -> new SpscEventRing<Tick>(4, null));
        assertThrows(NullPointerException.class, () -> new SpscEventRing<Tick>(4, () -> null));
    }

    @Test
    void claimFillPublishPollInPlaceWithBatchEnd() {
        final SpscEventRing<Tick> ring = new SpscEventRing<>(4, Tick::new);
        for (int i = 0; i < 3; i++) {
            final long seq = ring.claim();
            assertEquals(i, seq);
            ring.event(seq).value = 100 + i;
            ring.publish(seq);
        }
        assertEquals(3, ring.size());
        final Recording rec = new Recording();
        assertEquals(2, ring.poll(rec, 2));
        assertEquals(1, ring.poll(rec, 10));
        assertEquals(0, ring.poll(rec, 10));
        assertEquals(List.of("0:100:false", "1:101:true", "2:102:true"), rec.calls);
        assertTrue(ring.isEmpty());
    }

    @Test
    void unpublishedClaimsAreInvisibleAndPublishCoversEarlierClaims() {
        final SpscEventRing<Tick> ring = new SpscEventRing<>(4, Tick::new);
        final long a = ring.claim();
        final long b = ring.claim();
        ring.event(a).value = 1;
        ring.event(b).value = 2;
        final Recording rec = new Recording();
        assertEquals(0, ring.poll(rec, 10));
        assertEquals(0, ring.size());
        ring.publish(b);
        assertEquals(2, ring.poll(rec, 10));
        assertEquals(List.of("0:1:false", "1:2:true"), rec.calls);
    }

    @Test
    void fullRingRefusesClaimsUntilTheConsumerReleases() {
        final SpscEventRing<Tick> ring = new SpscEventRing<>(2, Tick::new);
        ring.publish(ring.claim());
        ring.publish(ring.claim());
        assertEquals(-1, ring.tryClaim());
        final IllegalStateException e = assertThrows(IllegalStateException.class, ring::claim);
        assertTrue(e.getMessage().contains("full"), e.getMessage());
        assertEquals(1, ring.poll((ev, s, end) -> { }, 1));
        assertEquals(2, ring.tryClaim());
    }

    @Test
    void slotsAreReusedInPlaceAfterWraparound() {
        final SpscEventRing<Tick> ring = new SpscEventRing<>(2, Tick::new);
        final long s0 = ring.claim();
        final Tick t0 = ring.event(s0);
        ring.publish(s0);
        ring.poll((ev, s, end) -> { }, 1);
        ring.publish(ring.claim());
        ring.poll((ev, s, end) -> { }, 1);
        final long s2 = ring.claim();
        assertEquals(2, s2);
        assertSame(t0, ring.event(s2));
    }

    @Test
    void eventAndPublishRejectSequencesNotClaimed() {
        final SpscEventRing<Tick> ring = new SpscEventRing<>(4, Tick::new);
        assertThrows(IllegalArgumentException.class, () -> ring.event(0));
        assertThrows(IllegalArgumentException.class, () -> ring.publish(0));
        final long s = ring.claim();
        ring.publish(s);
        assertThrows(IllegalArgumentException.class, () -> ring.event(s), "already published");
        assertThrows(IllegalArgumentException.class, () -> ring.publish(s), "already published");
        assertThrows(IllegalArgumentException.class, () -> ring.event(-5));
        assertThrows(IllegalArgumentException.class, () -> ring.poll((e, q, end) -> { }, -1));
    }

    @Test
    void handlerFailureConsumesThatEventAndKeepsTheRest() {
        final SpscEventRing<Tick> ring = new SpscEventRing<>(4, Tick::new);
        for (int i = 0; i < 3; i++) {
            ring.publish(ring.claim());
        }
        assertThrows(IllegalStateException.class, () -> ring.poll((e, s, end) -> {
            if (s == 1) {
                throw new IllegalStateException("boom");
            }
        }, 10));
        final Recording rec = new Recording();
        assertEquals(1, ring.poll(rec, 10));
        assertEquals(List.of("2:0:true"), rec.calls);
    }

    @Test
    void batchClaimIsAllOrNothingAndOnePublishCoversIt() {
        final SpscEventRing<Tick> ring = new SpscEventRing<>(4, Tick::new);
        final long first = ring.tryClaim(3);
        assertEquals(0, first);
        for (long s = first; s < first + 3; s++) {
            ring.event(s).value = 10 + s;
        }
        assertThrows(IllegalArgumentException.class, () -> ring.event(3), "not claimed");
        assertEquals(0, ring.size(), "claimed is not published");
        ring.publish(first + 2);
        assertEquals(3, ring.size());
        assertEquals(-1, ring.tryClaim(2), "only one slot free");
        assertThrows(IllegalStateException.class, () -> ring.claim(2));
        assertEquals(3, ring.claim(1), "a refused batch claims nothing");
        ring.publish(3);
        final Recording rec = new Recording();
        assertEquals(4, ring.poll(rec, 10));
        assertEquals(List.of("0:10:false", "1:11:false", "2:12:false", "3:0:true"), rec.calls);
        assertEquals(4, ring.claim(4), "a whole ring at once once it is free");
    }

    @Test
    void batchClaimRejectsCountsOutsideOneToCapacity() {
        final SpscEventRing<Tick> ring = new SpscEventRing<>(4, Tick::new);
        assertThrows(IllegalArgumentException.class, () -> ring.tryClaim(0));
        assertThrows(IllegalArgumentException.class, () -> ring.tryClaim(-1));
        assertThrows(IllegalArgumentException.class, () -> ring.tryClaim(5));
        assertEquals(0, ring.tryClaim(), "nothing was claimed by the rejected calls");
    }

    @Test
    void singleEventPollConsumesTheEventEvenIfTheHandlerThrows() {
        final SpscEventRing<Tick> ring = new SpscEventRing<>(4, Tick::new);
        ring.publish(ring.claim());
        ring.publish(ring.claim());
        // limit 1 and exactly one event available both take the single-event path.
        assertThrows(IllegalStateException.class, () -> ring.poll((e, s, end) -> {
            throw new IllegalStateException("boom");
        }, 1));
        assertEquals(1, ring.size());
        assertThrows(IllegalStateException.class, () -> ring.poll((e, s, end) -> {
            throw new IllegalStateException("boom");
        }, 10));
        assertTrue(ring.isEmpty());
        assertEquals(0, ring.poll((e, s, end) -> { }, 1));
    }

    @Property(tries = 300)
    void batchClaimsAndPollsOfAnySizeBehaveLikeABoundedArrayDeque(
            @ForAll @Size(max = 200) List<@IntRange(min = -4, max = 4) Integer> script,
            @ForAll @IntRange(min = 0, max = 3) int capacityLog2, @ForAll boolean selfPublishing) {
        // script: n > 0 claims n events at once, fills and publishes them; n <= 0 polls with a
        // limit of 1 - n (so limit 1, the single-event path, is exercised as often as batches).
        // Both publication paths: through the producer index, and through the events' marks.
        if (selfPublishing) {
            runBatchScript(new SpscEventRing<>(1 << capacityLog2, MarkedTick::new), e -> e.pair, script);
        } else {
            runBatchScript(new SpscEventRing<>(1 << capacityLog2, () -> new long[1]), e -> e, script);
        }
    }

    private static <T> void runBatchScript(final SpscEventRing<T> ring, final Function<T, long[]> payload,
                                           final List<Integer> script) {
        final ArrayDeque<Long> model = new ArrayDeque<>();
        final List<Long> got = new ArrayList<>();
        long value = 0;
        for (int step : script) {
            if (step > 0) {
                if (step > ring.capacity()) {
                    assertThrows(IllegalArgumentException.class, () -> ring.tryClaim(step));
                    continue;
                }
                final long first = ring.tryClaim(step);
                assertEquals(model.size() + step <= ring.capacity(), first >= 0);
                if (first >= 0) {
                    for (int i = 0; i < step; i++) {
                        payload.apply(ring.event(first + i))[0] = value;
                        model.addLast(value++);
                    }
                    ring.publish(first + step - 1);
                }
            } else {
                final int limit = 1 - step;
                got.clear();
                final boolean[] sawEnd = {false};
                final int n = ring.poll((e, s, end) -> {
                    assertFalse(sawEnd[0], "endOfBatch only on the last event");
                    sawEnd[0] = end;
                    got.add(payload.apply(e)[0]);
                }, limit);
                final List<Long> expected = new ArrayList<>();
                while (expected.size() < limit && !model.isEmpty()) {
                    expected.add(model.pollFirst());
                }
                assertEquals(expected, got);
                assertEquals(expected.size(), n);
                assertEquals(n > 0, sawEnd[0]);
            }
            assertEquals(model.size(), ring.size());
        }
    }

    @Property(tries = 200)
    void behavesLikeABoundedArrayDeque(@ForAll @Size(max = 300) List<@IntRange(min = -1, max = 3) Integer> script,
                                       @ForAll @IntRange(min = 0, max = 3) int capacityLog2) {
        // script: n >= 0 publishes one event of value n; -1 polls everything up to a limit of 2.
        final SpscEventRing<Tick> ring = new SpscEventRing<>(1 << capacityLog2, Tick::new);
        final ArrayDeque<Long> model = new ArrayDeque<>();
        final List<Long> got = new ArrayList<>();
        long value = 0;
        for (int step : script) {
            if (step >= 0) {
                final long seq = ring.tryClaim();
                assertEquals(model.size() < ring.capacity(), seq >= 0);
                if (seq >= 0) {
                    ring.event(seq).value = value;
                    ring.publish(seq);
                    model.addLast(value++);
                }
            } else {
                got.clear();
                final int n = ring.poll((e, s, end) -> got.add(e.value), 2);
                final List<Long> expected = new ArrayList<>();
                while (expected.size() < 2 && !model.isEmpty()) {
                    expected.add(model.pollFirst());
                }
                assertEquals(expected, got);
                assertEquals(expected.size(), n);
            }
            assertEquals(model.size(), ring.size());
            assertEquals(model.isEmpty(), ring.isEmpty());
            assertFalse(ring.size() > ring.capacity());
        }
    }

    @Test
    void twoThreadsSeeEveryEventFullyWrittenOnceInOrder() throws Exception {
        TwoThreadRun.ring(new SpscEventRing<>(64, () -> new long[2]), 500_000, 16);
        TwoThreadRun.ring(new SpscEventRing<>(1, () -> new long[2]), 20_000, 1);
    }

    @Test
    void selfPublishingEventsReachTheOtherThreadFullyWrittenOnceInOrder() throws Exception {
        TwoThreadRun.ring(new SpscEventRing<>(64, MarkedTick::new), e -> e.pair, 500_000, 16);
        TwoThreadRun.ring(new SpscEventRing<>(8, MarkedTick::new), e -> e.pair, 200_000, 1);
        TwoThreadRun.ring(new SpscEventRing<>(1, MarkedTick::new), e -> e.pair, 20_000, 1);
    }

    @Test
    void eventsMovedFromAnOldRingAreNotTakenAsPublishedByTheNewOne() {
        final List<MarkedTick> pool = new ArrayList<>();
        final SpscEventRing<MarkedTick> old = new SpscEventRing<>(4, () -> {
            final MarkedTick e = new MarkedTick();
            pool.add(e);
            return e;
        });
        // Publish sequences 0..3 on the old ring: each event now carries the mark of its slot.
        for (int i = 0; i < 4; i++) {
            old.publish(old.tryClaim());
        }
        final java.util.Iterator<MarkedTick> reuse = pool.iterator();
        final SpscEventRing<MarkedTick> ring = new SpscEventRing<>(4, reuse::next);
        assertEquals(0, ring.poll((e, s, end) -> { }, 4), "nothing was published on the new ring");
        final long seq = ring.tryClaim();
        ring.event(seq).pair[0] = 7;
        ring.publish(seq);
        final long[] seen = new long[1];
        assertEquals(1, ring.poll((e, s, end) -> seen[0] = e.pair[0], 4));
        assertEquals(7, seen[0]);
    }
}
