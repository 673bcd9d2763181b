package io.hftengine.affinity;

import java.util.List;

/**
 * The plan for running pipeline stages on threads and threads on CPUs, produced by
 * {@link ThreadLayoutPlanner}. Threads are in pipeline order; every stage is run by exactly one
 * thread; stages fused on a thread are contiguous.
 *
 * <p>Immutable; thread-safe.
 */
public final class ThreadLayout
{
    private final List<String> stageNames;
    private final List<ThreadPlan> threads;
    private final CpuSet osCpus;
    private final boolean oversubscribed;
    private final List<String> warnings;
    private final String topologySummary;

    ThreadLayout(
        final List<String> stageNames,
        final List<ThreadPlan> threads,
        final CpuSet osCpus,
        final boolean oversubscribed,
        final List<String> warnings,
        final String topologySummary)
    {
        this.stageNames = List.copyOf(stageNames);
        this.threads = List.copyOf(threads);
        this.osCpus = osCpus;
        this.oversubscribed = oversubscribed;
        this.warnings = List.copyOf(warnings);
        this.topologySummary = topologySummary;
    }

    /**
     * The stage names the layout was planned for, in pipeline order.
     *
     * @return an unmodifiable list.
     */
    public List<String> stageNames()
    {
        return stageNames;
    }

    /**
     * The threads, in pipeline order.
     *
     * @return an unmodifiable list of at least one thread.
     */
    public List<ThreadPlan> threads()
    {
        return threads;
    }

    /**
     * Number of threads.
     *
     * @return the count.
     */
    public int threadCount()
    {
        return threads.size();
    }

    /**
     * The thread that runs a stage.
     *
     * @param stageIndex index into {@link #stageNames()}.
     * @return that stage's thread.
     * @throws IllegalArgumentException if the index is out of range.
     */
    public ThreadPlan threadOfStage(final int stageIndex)
    {
        for (final ThreadPlan thread : threads)
        {
            for (final int s : thread.stageIndices())
            {
                if (s == stageIndex)
                {
                    return thread;
                }
            }
        }
        throw new IllegalArgumentException("no stage " + stageIndex + " in " + stageNames);
    }

    /**
     * Usable CPUs no stage thread was given, left for the OS, interrupts and the JVM's own threads.
     *
     * @return the set, possibly empty.
     */
    public CpuSet osCpus()
    {
        return osCpus;
    }

    /**
     * Whether there are more threads than usable CPUs (only when the caller allowed it); such
     * threads run unpinned with {@link IdleKind#BACKOFF}.
     *
     * @return true when oversubscribed.
     */
    public boolean isOversubscribed()
    {
        return oversubscribed;
    }

    /**
     * Compromises the planner made (shared hyper-threads, no CPU left for the OS, NUMA spanning,
     * oversubscription), each a full sentence.
     *
     * @return an unmodifiable list, empty for an uncompromised layout.
     */
    public List<String> warnings()
    {
        return warnings;
    }

    /**
     * A multi-line description for start-up logs: the topology, one line per thread, the OS
     * CPUs and any warnings.
     *
     * @return the text.
     */
    public String describe()
    {
        final StringBuilder out = new StringBuilder();
        out.append("thread layout: ").append(threads.size()).append(threads.size() == 1 ? " thread" : " threads")
            .append(" for ").append(stageNames.size()).append(" stages ").append(stageNames).append('\n')
            .append("  topology: ").append(topologySummary).append('\n');
        for (final ThreadPlan thread : threads)
        {
            out.append("  ").append(thread.describe()).append("  ").append(thread.stageNames()).append('\n');
        }
        out.append("  left for the OS: ").append(osCpus.isEmpty() ? "none" : "cpus " + osCpus.format()).append('\n');
        for (final String warning : warnings)
        {
            out.append("  warning: ").append(warning).append('\n');
        }
        return out.toString();
    }

    @Override
    public String toString()
    {
        return describe();
    }
}
