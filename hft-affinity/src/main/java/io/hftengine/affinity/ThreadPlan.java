package io.hftengine.affinity;

import org.agrona.concurrent.IdleStrategy;

import java.util.List;
import java.util.Objects;

/**
 * One stage thread of a {@link ThreadLayout}: which stages it runs (fused, in pipeline order),
 * the CPU it is pinned to, that CPU's NUMA node and how it idles.
 *
 * <p>Immutable; thread-safe.
 */
public final class ThreadPlan
{
    /** Prefix of every stage thread's name, so they are easy to find in {@code top -H} and jstack. */
    public static final String THREAD_NAME_PREFIX = "hft-";

    private final int index;
    private final int[] stageIndices;
    private final List<String> stageNames;
    private final int cpu;
    private final int numaNode;
    private final IdleKind idleKind;
    private final boolean ownsCore;

    ThreadPlan(
        final int index,
        final int[] stageIndices,
        final List<String> stageNames,
        final int cpu,
        final int numaNode,
        final IdleKind idleKind,
        final boolean ownsCore)
    {
        this.index = index;
        this.stageIndices = stageIndices.clone();
        this.stageNames = List.copyOf(stageNames);
        this.cpu = cpu;
        this.numaNode = numaNode;
        this.idleKind = Objects.requireNonNull(idleKind);
        this.ownsCore = ownsCore;
    }

    /**
     * Position of this thread in the layout, 0-based, in pipeline order.
     *
     * @return the index.
     */
    public int index()
    {
        return index;
    }

    /**
     * Short name: the stage names joined with {@code '+'}, e.g. {@code "strategy+risk"}.
     *
     * @return the name.
     */
    public String name()
    {
        return String.join("+", stageNames);
    }

    /**
     * Name for the {@link Thread}: {@code "hft-" + name()}, e.g. {@code "hft-strategy+risk"}.
     *
     * @return the thread name.
     */
    public String threadName()
    {
        return THREAD_NAME_PREFIX + name();
    }

    /**
     * Indices (into the planner's stage list) of the stages this thread runs, ascending: the
     * order a fused thread must call them in.
     *
     * @return a fresh copy.
     */
    public int[] stageIndices()
    {
        return stageIndices.clone();
    }

    /**
     * Names of the stages this thread runs, in order.
     *
     * @return an unmodifiable list.
     */
    public List<String> stageNames()
    {
        return stageNames;
    }

    /**
     * CPU to pin to, or -1 to leave the thread unpinned (oversubscribed layouts).
     *
     * @return the CPU or -1.
     */
    public int cpu()
    {
        return cpu;
    }

    /**
     * NUMA node of {@link #cpu()}, or -1 when unpinned or unknown. Memory the stage touches
     * first from this thread lands on this node under Linux's default first-touch policy.
     *
     * @return the node or -1.
     */
    public int numaNode()
    {
        return numaNode;
    }

    /**
     * How this thread idles.
     *
     * @return the idle kind.
     */
    public IdleKind idleKind()
    {
        return idleKind;
    }

    /**
     * Whether no other stage thread runs on this thread's physical core (hyper-thread siblings
     * included) and the thread has a CPU of its own.
     *
     * @return true for a dedicated core.
     */
    public boolean ownsCore()
    {
        return ownsCore;
    }

    /**
     * A fresh Agrona idle strategy of {@link #idleKind()} for this thread (strategies hold
     * per-thread state, so never share one).
     *
     * @return a new strategy.
     */
    public IdleStrategy newIdleStrategy()
    {
        return IdleStrategies.create(idleKind);
    }

    /**
     * One line for logs.
     *
     * @return e.g. {@code "hft-strategy+risk  stages [1, 2]  cpu 2  node 0  BUSY_SPIN  owns core"}.
     */
    public String describe()
    {
        return String.format("%-28s stages %-10s cpu %-3s node %-3s %-9s %s",
            threadName(), java.util.Arrays.toString(stageIndices), cpu < 0 ? "-" : String.valueOf(cpu),
            numaNode < 0 ? "?" : String.valueOf(numaNode), idleKind, ownsCore ? "owns core" : "shared");
    }

    @Override
    public String toString()
    {
        return describe();
    }
}
