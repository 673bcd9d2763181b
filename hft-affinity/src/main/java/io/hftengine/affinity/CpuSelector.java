package io.hftengine.affinity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Picks CPUs for {@code t} busy threads, trying in order:
 * <ol>
 * <li>one CPU on each of {@code t} distinct physical cores, leaving the OS core alone;</li>
 * <li>{@code t} distinct logical CPUs, hyper-thread siblings shared, OS core still alone;</li>
 * <li>{@code t} distinct logical CPUs including the OS core (those threads yield);</li>
 * </ol>
 * and answering null when even that does not fit (the caller decides about oversubscription).
 *
 * <p>The "OS core" is the physical core of the lowest usable non-isolated CPU (normally CPU 0,
 * which takes most interrupts and housekeeping) or, when every usable CPU is isolated, of the
 * lowest CPU in the process's mask, where the JVM's own threads run. Within a tier, isolated
 * CPUs come first, then a home NUMA node (the node holding the most isolated candidates, or else
 * the lowest node where all threads fit), so that queues between stages stay on one socket when
 * they can.
 */
final class CpuSelector
{
    /** Chosen CPUs in thread order plus the facts the planner turns into idle kinds and warnings. */
    static final class Selection
    {
        final int[] cpus;
        final boolean[] onOsCore;
        final boolean[] sharesCore;

        Selection(final int[] cpus, final boolean[] onOsCore, final boolean[] sharesCore)
        {
            this.cpus = cpus;
            this.onOsCore = onOsCore;
            this.sharesCore = sharesCore;
        }
    }

    private final CpuTopology topology;
    private final CpuSet usable;
    private final CpuSet isolated;
    private final CpuSet osCore;

    CpuSelector(final CpuTopology topology)
    {
        this.topology = topology;
        this.usable = topology.usableCpus();
        this.isolated = topology.isolatedCpus().intersect(usable);
        // GC, JIT and the other JVM threads can only run in the process mask: when it holds no
        // housekeeping CPU (the process was started on isolated CPUs), they need one of those.
        final CpuSet housekeeping = usable.minus(isolated);
        final CpuSet jvmHome = housekeeping.isEmpty() ? topology.allowedCpus().intersect(usable) : housekeeping;
        this.osCore = jvmHome.isEmpty() ?
            CpuSet.empty() : topology.cpu(jvmHome.first()).threadSiblings().intersect(jvmHome);
    }

    /** CPUs reserved for the OS when they can be. */
    CpuSet osCore()
    {
        return osCore;
    }

    /** All CPUs a stage thread may be pinned to. */
    CpuSet usable()
    {
        return usable;
    }

    /** How many threads fit on dedicated physical cores without touching the OS core. */
    int dedicatedCoreCapacity()
    {
        return wholeCores(usable.minus(osCore)).size();
    }

    /** CPUs for {@code t} threads, or null if {@code t} exceeds the usable CPUs. */
    Selection select(final int t)
    {
        final CpuSet candidates = usable.minus(osCore);
        final List<Integer> cores = wholeCores(candidates);
        if (cores.size() >= t)
        {
            return finish(choose(cores, t, false));
        }
        final List<Integer> logical = toList(candidates);
        if (logical.size() >= t)
        {
            return finish(choose(logical, t, false));
        }
        final List<Integer> all = toList(usable);
        if (all.size() >= t)
        {
            return finish(choose(all, t, true));
        }
        return null;
    }

    private List<Integer> wholeCores(final CpuSet candidates)
    {
        final Map<Integer, Integer> firstOfCore = new TreeMap<>();
        for (int i = 0; i < candidates.size(); i++)
        {
            final int cpu = candidates.get(i);
            final Integer current = firstOfCore.putIfAbsent(topology.cpu(cpu).coreKey(), cpu);
            if (current != null && !isolated.contains(current) && isolated.contains(cpu))
            {
                // A partly isolated core is represented by its isolated CPU.
                firstOfCore.put(topology.cpu(cpu).coreKey(), cpu);
            }
        }
        return new ArrayList<>(firstOfCore.values());
    }

    private int[] choose(final List<Integer> pool, final int t, final boolean osCoreLast)
    {
        final int home = homeNode(pool, t);
        final Comparator<Integer> order = Comparator
            .comparingInt((Integer cpu) -> osCoreLast && osCore.contains(cpu) ? 1 : 0)
            // Of the OS core's CPUs, the lowest (the kernel's first housekeeping CPU) is taken last.
            .thenComparingInt(cpu -> osCoreLast && osCore.contains(cpu) ? -cpu : 0)
            .thenComparingInt(cpu -> isolated.contains(cpu) ? 0 : 1)
            .thenComparingInt(cpu -> topology.numaNodeOf(cpu) == home ? 0 : 1)
            .thenComparingInt(this::siblingRank)
            .thenComparingInt(cpu -> cpu);
        final List<Integer> sorted = new ArrayList<>(pool);
        sorted.sort(order);
        final List<Integer> chosen = new ArrayList<>(sorted.subList(0, t));
        // Thread order follows CPU order, so neighbouring stages sit on neighbouring cores, except
        // that a CPU shared with the OS always goes to the last thread: one documented victim.
        chosen.sort(Comparator.comparingInt((Integer cpu) -> osCore.contains(cpu) ? 1 : 0).thenComparingInt(cpu -> cpu));
        return chosen.stream().mapToInt(Integer::intValue).toArray();
    }

    private int homeNode(final List<Integer> pool, final int t)
    {
        final TreeMap<Integer, int[]> counts = new TreeMap<>();
        for (final int cpu : pool)
        {
            final int[] c = counts.computeIfAbsent(topology.numaNodeOf(cpu), n -> new int[2]);
            c[0]++;
            if (isolated.contains(cpu))
            {
                c[1]++;
            }
        }
        final int slot = counts.values().stream().anyMatch(c -> c[1] > 0) ? 1 : 0;
        for (final Map.Entry<Integer, int[]> e : counts.entrySet())
        {
            if (e.getValue()[slot] >= t)
            {
                return e.getKey();
            }
        }
        int best = counts.firstKey();
        for (final Map.Entry<Integer, int[]> e : counts.entrySet())
        {
            if (e.getValue()[slot] > counts.get(best)[slot])
            {
                best = e.getKey();
            }
        }
        return best;
    }

    /** 0 for the lowest sibling of a core, 1.. for the others: spread over cores before doubling up. */
    private int siblingRank(final int cpu)
    {
        final CpuSet siblings = topology.cpu(cpu).threadSiblings().intersect(usable);
        for (int i = 0; i < siblings.size(); i++)
        {
            if (siblings.get(i) == cpu)
            {
                return i;
            }
        }
        return 0;
    }

    private Selection finish(final int[] cpus)
    {
        final boolean[] onOsCore = new boolean[cpus.length];
        final boolean[] sharesCore = new boolean[cpus.length];
        for (int i = 0; i < cpus.length; i++)
        {
            onOsCore[i] = osCore.contains(cpus[i]);
            for (int j = 0; j < cpus.length; j++)
            {
                if (i != j && topology.cpu(cpus[i]).coreKey() == topology.cpu(cpus[j]).coreKey())
                {
                    sharesCore[i] = true;
                }
            }
        }
        return new Selection(cpus, onOsCore, sharesCore);
    }

    private static List<Integer> toList(final CpuSet set)
    {
        final List<Integer> list = new ArrayList<>(set.size());
        for (int i = 0; i < set.size(); i++)
        {
            list.add(set.get(i));
        }
        return list;
    }
}
