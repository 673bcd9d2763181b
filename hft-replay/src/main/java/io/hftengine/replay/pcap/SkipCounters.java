package io.hftengine.replay.pcap;

/**
 * Counts of skipped records by {@link SkipReason}.
 *
 * <p>Written by the reader's thread only; reading the counts from another thread may see stale
 * values. Counting does not allocate.
 */
public final class SkipCounters {
    private static final SkipReason[] REASONS = SkipReason.values();
    private final long[] counts = new long[REASONS.length];

    /**
     * Creates counters, all zero.
     */
    public SkipCounters() {
    }

    /**
     * Counts one skipped record.
     *
     * @param reason why it was skipped, not null
     */
    public void increment(final SkipReason reason) {
        counts[reason.ordinal()]++;
    }

    /**
     * Returns how many records were skipped for one reason.
     *
     * @param reason the reason, not null
     * @return the count, zero or more
     */
    public long count(final SkipReason reason) {
        return counts[reason.ordinal()];
    }

    /**
     * Returns how many records were skipped for any reason.
     *
     * @return the sum of all counts
     */
    public long total() {
        long total = 0;
        for (final long count : counts) {
            total += count;
        }
        return total;
    }

    /**
     * Sets every count back to zero.
     */
    public void reset() {
        java.util.Arrays.fill(counts, 0);
    }

    /**
     * Describes the non-zero counts, for logs and reports; allocates.
     *
     * @return for example {@code "SkipCounters{NOT_UDP=3, IP_FRAGMENT=1}"}
     */
    @Override
    public String toString() {
        final StringBuilder text = new StringBuilder("SkipCounters{");
        String separator = "";
        for (final SkipReason reason : REASONS) {
            if (counts[reason.ordinal()] != 0) {
                text.append(separator).append(reason).append('=').append(counts[reason.ordinal()]);
                separator = ", ";
            }
        }
        return text.append('}').toString();
    }
}
