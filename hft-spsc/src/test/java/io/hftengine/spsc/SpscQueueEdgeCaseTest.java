package io.hftengine.spsc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Second review pass over {@link SpscQueue}: re-entrant batches and index edges. */
class SpscQueueEdgeCaseTest {

    /**
     * drain's consumer polls the next element (documented as seeing the live queue), then the
     * same thread, as producer, refills the two freed slots. The drain must go on from the live
     * consumer index: with a local copy of the index taken at its start it read the refilled slot
     * of the polled element, delivered the newest element before older ones and lost three
     * elements for good ([0, 1, 5, 2, 3, 8, 9, 6, 11, ...]: 4, 7 and 10 never came). JCTools'
     * drain keeps the same stale copy and delivers [0, 1, 5, 2, 3] here.
     */
    @Test
    void drainGoesOnFromTheLiveIndexAfterItsConsumerPolled() {
        final SpscQueue<Integer> q = new SpscQueue<>(4);
        for (int i = 0; i < 4; i++) {
            q.offer(i);
        }
        final List<Integer> out = new ArrayList<>();
        final int[] next = {4};
        q.drain(e -> {
            out.add(e);
            if (e == 0) {
                out.add(q.poll());
                assertTrue(q.offer(next[0]++));
                assertTrue(q.offer(next[0]++));
            }
        }, 4);
        for (int round = 0; round < 20; round++) {
            while (q.offer(next[0])) {
                next[0]++;
            }
            q.drain(out::add, 1 + round % 3);
        }
        q.drain(out::add);
        assertEquals(next[0], out.size(), "delivered " + out);
        for (int i = 0; i < out.size(); i++) {
            assertEquals(i, out.get(i), "delivered out of order: " + out);
        }
    }

    /**
     * The same with a drain nested in drain's consumer, two threads' worth of work on one: the
     * inner drain takes the rest of the batch, the producer side refills, and the outer drain
     * must go on in order from where the inner one stopped.
     */
    @Test
    void drainNestedInDrainKeepsFifoAndLosesNothing() {
        final SpscQueue<Integer> q = new SpscQueue<>(8);
        final int[] next = {0};
        while (q.offer(next[0])) {
            next[0]++;
        }
        final List<Integer> out = new ArrayList<>();
        q.drain(e -> {
            out.add(e);
            if (e == 0) {
                q.drain(out::add, 3);
                while (q.offer(next[0])) {
                    next[0]++;
                }
            }
        }, 8);
        q.drain(out::add);
        assertEquals(next[0], out.size(), "delivered " + out);
        for (int i = 0; i < out.size(); i++) {
            assertEquals(i, out.get(i), "delivered out of order: " + out);
        }
        assertTrue(q.isEmpty());
    }
}
