package io.hftengine.protocol;

/**
 * Counts decode errors by {@link DecodeError} kind, in a plain {@code long} array: no allocation,
 * no boxing.
 *
 * <p>Single writer: the decoder thread that owns it increments it. Other threads may read the
 * counts, but without ordering guarantees (a monitoring thread sees values that are eventually
 * current); take a snapshot on the owning thread when exact figures matter.
 */
public final class DecodeErrorCounters
{
    private final long[] counts = new long[DecodeError.count()];

    /**
     * Creates a set of counters, all zero.
     */
    public DecodeErrorCounters()
    {
    }

    /**
     * Adds one to the counter of {@code error}.
     *
     * @param error the kind of error
     */
    public void increment(final DecodeError error)
    {
        counts[error.ordinal()]++;
    }

    /**
     * Returns the count of one kind of error.
     *
     * @param error the kind of error
     * @return how many were counted
     */
    public long count(final DecodeError error)
    {
        return counts[error.ordinal()];
    }

    /**
     * Returns the sum of every counter.
     *
     * @return all errors counted
     */
    public long total()
    {
        long total = 0;
        for (final long count : counts)
        {
            total += count;
        }
        return total;
    }

    /**
     * Sets every counter back to zero.
     */
    public void reset()
    {
        java.util.Arrays.fill(counts, 0L);
    }

    /**
     * Returns the non-zero counters as {@code KIND=n, ...}. Allocates: for tools and logs.
     *
     * @return the counters as text, or {@code "none"}
     */
    @Override
    public String toString()
    {
        final StringBuilder sb = new StringBuilder();
        for (int i = 0; i < counts.length; i++)
        {
            if (counts[i] != 0)
            {
                sb.append(sb.length() == 0 ? "" : ", ").append(DecodeError.fromOrdinal(i)).append('=').append(counts[i]);
            }
        }
        return sb.length() == 0 ? "none" : sb.toString();
    }
}
