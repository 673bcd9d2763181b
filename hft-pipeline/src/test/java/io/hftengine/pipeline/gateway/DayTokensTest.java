package io.hftengine.pipeline.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Day-unique tokens: an engine numbering its orders upward, with gaps where its own risk refused
 * ids (this engine's case), is remembered without allocating on the venue's thread; any token
 * seen is a duplicate for the rest of the day, however far back.
 */
class DayTokensTest {
    /** The JDK's per-thread allocation counter, reached by reflection (this module reads neither java.management nor jdk.management). */
    private static long allocatedBytes() throws ReflectiveOperationException {
        final java.lang.reflect.Method allocated = Class.forName("com.sun.management.ThreadMXBean")
            .getMethod("getThreadAllocatedBytes", long.class);
        final Object threads = Class.forName("java.lang.management.ManagementFactory")
            .getMethod("getThreadMXBean").invoke(null);
        return (long) allocated.invoke(threads, Thread.currentThread().getId());
    }

    @Test
    void risingTokensWithGapsAreRememberedWithoutAllocating() throws ReflectiveOperationException {
        final DayTokens tokens = new DayTokens();
        // A million first, so that the loop below runs compiled (the measure is of the venue's
        // steady state, not of the JIT getting there).
        long seen = remember(tokens, 1, 3_000_000);
        allocatedBytes(); // the reflective call's own first-use allocation, before measuring
        final long before = allocatedBytes();
        seen += remember(tokens, 3_000_001, 6_000_000);
        final long allocated = allocatedBytes() - before;
        // The counter's own reflective read costs about a kilobyte; one allocation per token would
        // be 16 MB or more, the hash set's growth megabytes.
        assertTrue(allocated < 16_384, "allocated " + allocated + " bytes for a million gapped tokens");
        assertEquals(0, seen, "no new token is taken for a seen one");
        assertTrue(tokens.contains(1) && tokens.contains(5_999_998), "the first and the last are remembered");
        assertFalse(tokens.contains(2) || tokens.contains(5_999_999), "the gaps are not");
    }

    /** Adds every third token of a range; returns how many were already there. */
    private static long remember(final DayTokens tokens, final long from, final long to) {
        long seen = 0;
        for (long t = from; t <= to; t += 3) {
            if (tokens.contains(t)) {
                seen++;
            }
            tokens.add(t);
        }
        return seen;
    }

    @Test
    void tokensBelowTheFirstAndFarAboveItAreRememberedToo() {
        final DayTokens tokens = new DayTokens();
        tokens.add(1_000_000);
        tokens.add(5);
        tokens.add(99_999_999_999_999L);
        tokens.add(1_000_000 + DayTokens.INITIAL_BITS + 7L); // grows the bitmap
        assertTrue(tokens.contains(1_000_000) && tokens.contains(5) && tokens.contains(99_999_999_999_999L)
            && tokens.contains(1_000_000 + DayTokens.INITIAL_BITS + 7L));
        assertFalse(tokens.contains(6) || tokens.contains(1_000_001) || tokens.contains(99_999_999_999_998L));
        assertEquals(false, tokens.contains(0));
    }
}
