package io.hftengine.pipeline.gateway;

import org.agrona.collections.LongHashSet;

/**
 * The order tokens the simulated venue has seen today: OUCH 4.2 tokens are day-unique, so a
 * token is remembered whatever became of its order (filled, cancelled, rejected).
 *
 * <p>A bitmap from the first token seen holds every token within 2^30 of it, one bit each, so a
 * client numbering its orders upward (with gaps where its own risk refused an id, as this
 * engine's do) costs a bit an order and allocates nothing until its ids pass the first
 * {@value #INITIAL_BITS} (then the bitmap doubles, rarely). Tokens below the first or far above it
 * go to a hash set, which allocates as it grows. Single thread.
 */
final class DayTokens {
    /** Bits the bitmap starts with: 8 Mi tokens, 1 MiB. */
    static final int INITIAL_BITS = 1 << 23;
    private static final long MAX_BITS = 1L << 30;

    private final LongHashSet others = new LongHashSet(1 << 10);
    private long[] bits = new long[INITIAL_BITS >>> 6];
    private long base = Long.MIN_VALUE;

    /**
     * Tells whether a token was {@linkplain #add added} today.
     *
     * @param token the token number
     * @return true when seen
     */
    boolean contains(final long token) {
        final long offset = token - base;
        if (base != Long.MIN_VALUE && offset >= 0 && offset < (long) bits.length << 6) {
            return (bits[(int) (offset >>> 6)] & 1L << offset) != 0;
        }
        return others.contains(token);
    }

    /**
     * Remembers a token not seen before.
     *
     * @param token the token number
     */
    void add(final long token) {
        if (base == Long.MIN_VALUE) {
            base = token;
        }
        final long offset = token - base;
        if (offset < 0 || offset >= MAX_BITS) {
            others.add(token);
            return;
        }
        if (offset >= (long) bits.length << 6) {
            long size = (long) bits.length << 6;
            while (size <= offset) {
                size <<= 1;
            }
            bits = java.util.Arrays.copyOf(bits, (int) (size >>> 6));
        }
        bits[(int) (offset >>> 6)] |= 1L << offset;
    }
}
