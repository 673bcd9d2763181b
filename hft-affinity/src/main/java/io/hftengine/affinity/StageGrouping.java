package io.hftengine.affinity;

/**
 * Splits {@code n} pipeline stages into {@code t} contiguous groups, one per thread.
 *
 * <p>The edges stay alone as long as possible: the first stage (market data, which must keep
 * draining the NIC) gets its own thread as soon as there are two, the last (the order gateway)
 * as soon as there are three, and the interior stages are fused, balanced, earlier groups taking
 * any remainder. So 4 stages on 2 threads are {@code [md] [strategy+risk+gateway]} (the decision
 * path makes no cross-core hop) and on 3 threads {@code [md] [strategy+risk] [gateway]}.
 */
final class StageGrouping
{
    private StageGrouping()
    {
    }

    /** Groups of stage indices, in order; requires {@code 1 <= t <= n}. */
    static int[][] split(final int n, final int t)
    {
        final int[][] groups = new int[t][];
        if (t == 1)
        {
            groups[0] = sequence(0, n);
            return groups;
        }
        groups[0] = new int[] {0};
        final boolean lastAlone = t >= 3;
        final int interiorStart = 1;
        final int interiorEnd = lastAlone ? n - 1 : n;
        final int interiorThreads = lastAlone ? t - 2 : t - 1;
        final int interiorStages = interiorEnd - interiorStart;
        final int base = interiorStages / interiorThreads;
        final int extra = interiorStages % interiorThreads;
        int next = interiorStart;
        for (int g = 0; g < interiorThreads; g++)
        {
            final int size = base + (g < extra ? 1 : 0);
            groups[1 + g] = sequence(next, size);
            next += size;
        }
        if (lastAlone)
        {
            groups[t - 1] = new int[] {n - 1};
        }
        return groups;
    }

    private static int[] sequence(final int from, final int count)
    {
        final int[] out = new int[count];
        for (int i = 0; i < count; i++)
        {
            out[i] = from + i;
        }
        return out;
    }
}
