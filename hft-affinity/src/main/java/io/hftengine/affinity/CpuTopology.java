package io.hftengine.affinity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An immutable snapshot of the machine's CPUs: logical CPUs, physical cores, hyper-thread
 * siblings, sockets, NUMA nodes, the CPUs set apart for dedicated threads ({@code isolcpus},
 * {@code nohz_full}) and the CPUs this process may run on.
 *
 * <p>Build one with {@link TopologyReader} (from sysfs or a captured fixture) or with
 * {@link #of}/{@link #uniform} in tests. Immutable, so safe to share between threads.
 */
public final class CpuTopology
{
    private final TreeMap<Integer, LogicalCpu> cpus = new TreeMap<>();
    private final CpuSet online;
    private final CpuSet isolated;
    private final CpuSet allowed;
    private final String source;
    private final double cpuQuota;
    private final CpuSet held;

    private CpuTopology(
        final List<LogicalCpu> cpus, final CpuSet isolated, final CpuSet allowed, final String source, final double cpuQuota,
        final CpuSet held)
    {
        for (final LogicalCpu cpu : cpus)
        {
            if (this.cpus.put(cpu.id(), cpu) != null)
            {
                throw new IllegalArgumentException("cpu " + cpu.id() + " listed twice");
            }
        }
        this.online = CpuSet.of(this.cpus.keySet().stream().mapToInt(Integer::intValue).toArray());
        this.isolated = isolated.intersect(online);
        this.allowed = allowed.isEmpty() ? online : allowed.intersect(online);
        this.source = source;
        this.cpuQuota = cpuQuota;
        this.held = held.intersect(online);
    }

    /**
     * A topology from explicit parts.
     *
     * @param onlineCpus the online logical CPUs; at least one.
     * @param isolated   CPUs set apart for dedicated threads, {@code isolcpus=} or {@code nohz_full=}
     *                   (ids not online are ignored).
     * @param allowed    CPUs in this process's affinity mask; empty means "all online".
     * @param source     where the data came from, for {@link #describe()}.
     * @return the topology.
     * @throws IllegalArgumentException if no CPU is given or a CPU id repeats.
     */
    public static CpuTopology of(
        final List<LogicalCpu> onlineCpus, final CpuSet isolated, final CpuSet allowed, final String source)
    {
        if (onlineCpus.isEmpty())
        {
            throw new IllegalArgumentException("a topology needs at least one online cpu");
        }
        return new CpuTopology(
            onlineCpus, Objects.requireNonNull(isolated), Objects.requireNonNull(allowed), source, Double.POSITIVE_INFINITY,
            CpuSet.empty());
    }

    /**
     * This topology with a CPU time quota, as a cgroup's {@code cpu.max} sets one.
     *
     * @param quotaCpus CPUs of time per scheduling period (2.0 for {@code "200000 100000"}), or
     *                  {@link Double#POSITIVE_INFINITY} for none.
     * @return the new topology; this one is unchanged.
     * @throws IllegalArgumentException if {@code quotaCpus} is not positive.
     */
    public CpuTopology withCpuQuota(final double quotaCpus)
    {
        if (!(quotaCpus > 0))
        {
            throw new IllegalArgumentException("cpu quota must be positive: " + quotaCpus);
        }
        return new CpuTopology(cpus(), isolated, allowed, source, quotaCpus, held);
    }

    /**
     * This topology with some CPUs held by other engines on the host (see {@link CpuClaims}):
     * they are left out of {@link #usableCpus()}, so a layout is planned around them.
     *
     * @param heldElsewhere CPUs other engines have pinned (ids not online are ignored); replaces
     *                      any set given before.
     * @return the new topology; this one is unchanged.
     */
    public CpuTopology withHeldCpus(final CpuSet heldElsewhere)
    {
        return new CpuTopology(cpus(), isolated, allowed, source, cpuQuota, Objects.requireNonNull(heldElsewhere));
    }

    /**
     * Online CPUs other engines on the host hold, as given to {@link #withHeldCpus}.
     *
     * @return the held set; empty when none (or never given).
     */
    public CpuSet heldCpus()
    {
        return held;
    }

    /**
     * The CPU time this process may use per scheduling period, in CPUs: a cgroup's {@code cpu.max}
     * (what {@link Runtime#availableProcessors()} rounds up). Busy threads past it get the whole
     * process throttled until the next period, whatever CPUs the affinity mask holds.
     *
     * @return the quota, or {@link Double#POSITIVE_INFINITY} when there is none.
     */
    public double cpuQuota()
    {
        return cpuQuota;
    }

    /**
     * {@code count} CPUs, each its own core, one socket, node 0, nothing isolated: what a
     * non-Linux host or a plain VM looks like.
     *
     * @param count number of CPUs, at least 1.
     * @return the topology.
     * @throws IllegalArgumentException if count is below 1.
     */
    public static CpuTopology uniform(final int count)
    {
        if (count < 1)
        {
            throw new IllegalArgumentException("cpu count must be at least 1: " + count);
        }
        final List<LogicalCpu> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++)
        {
            list.add(new LogicalCpu(i, i, i, 0, 0, CpuSet.of(i)));
        }
        return of(list, CpuSet.empty(), CpuSet.empty(), "uniform(" + count + ")");
    }

    /**
     * All online logical CPUs.
     *
     * @return the online set.
     */
    public CpuSet onlineCpus()
    {
        return online;
    }

    /**
     * Online CPUs set apart for dedicated threads: isolated from the general scheduler
     * ({@code isolcpus=}) or, as {@link TopologyReader} reads them, tickless ({@code nohz_full=});
     * empty when none.
     *
     * @return the isolated set.
     */
    public CpuSet isolatedCpus()
    {
        return isolated;
    }

    /**
     * Online CPUs in this process's affinity mask when the topology was read. Isolated CPUs are
     * usually outside this mask yet remain reachable by explicit pinning.
     *
     * @return the allowed set.
     */
    public CpuSet allowedCpus()
    {
        return allowed;
    }

    /**
     * CPUs a pinned stage thread may use, all online: the allowed CPUs, plus the isolated ones
     * when the allowed mask is the default mask under {@code isolcpus=}: every online CPU but the
     * isolated ones, which that option leaves to explicit pinning. Any other mask was narrowed on
     * purpose ({@code taskset}, a container's cpuset, a second engine on the same box), so the
     * isolated CPUs outside it are not this process's to take: sysfs is not namespaced, so a pod
     * limited to CPUs 8-11 still reads the host's whole isolated list, and pinning outside its
     * cpuset fails. CPUs other engines hold ({@link #heldCpus()}) are left out.
     *
     * @return the usable set; empty only when other engines hold all of it.
     */
    public CpuSet usableCpus()
    {
        final boolean defaultIsolcpusMask = !isolated.isEmpty() && allowed.intersect(isolated).isEmpty() &&
            allowed.union(isolated).equals(online);
        final CpuSet usable = defaultIsolcpusMask ? online : allowed;
        return (usable.isEmpty() ? online : usable).minus(held);
    }

    /**
     * Number of online logical CPUs.
     *
     * @return the count, at least 1.
     */
    public int logicalCpuCount()
    {
        return cpus.size();
    }

    /**
     * Number of distinct physical cores among the online CPUs.
     *
     * @return the count, at least 1.
     */
    public int physicalCoreCount()
    {
        return (int)cpus.values().stream().mapToInt(LogicalCpu::coreKey).distinct().count();
    }

    /**
     * Number of distinct known sockets; 1 when unknown.
     *
     * @return the count, at least 1.
     */
    public int socketCount()
    {
        return (int)Math.max(1, cpus.values().stream().mapToInt(LogicalCpu::packageId).filter(p -> p >= 0).distinct().count());
    }

    /**
     * Known NUMA nodes with their online CPUs, ascending by node; empty when no node is known.
     *
     * @return an unmodifiable map from node id to its CPUs.
     */
    public Map<Integer, CpuSet> numaNodes()
    {
        final TreeMap<Integer, List<Integer>> byNode = new TreeMap<>();
        for (final LogicalCpu cpu : cpus.values())
        {
            if (cpu.numaNode() >= 0)
            {
                byNode.computeIfAbsent(cpu.numaNode(), n -> new ArrayList<>()).add(cpu.id());
            }
        }
        final TreeMap<Integer, CpuSet> result = new TreeMap<>();
        byNode.forEach((node, ids) -> result.put(node, CpuSet.of(ids.stream().mapToInt(Integer::intValue).toArray())));
        return Collections.unmodifiableMap(result);
    }

    /**
     * Details of one online CPU.
     *
     * @param cpuId a logical CPU id.
     * @return the CPU.
     * @throws IllegalArgumentException if the CPU is not online in this topology.
     */
    public LogicalCpu cpu(final int cpuId)
    {
        final LogicalCpu cpu = cpus.get(cpuId);
        if (cpu == null)
        {
            throw new IllegalArgumentException("cpu " + cpuId + " is not online; online: " + online.format());
        }
        return cpu;
    }

    /**
     * All online CPUs in ascending id order.
     *
     * @return an unmodifiable list.
     */
    public List<LogicalCpu> cpus()
    {
        return List.copyOf(cpus.values());
    }

    /**
     * NUMA node of a CPU, or -1 when unknown or the CPU is not online (or {@code cpuId} is -1).
     *
     * @param cpuId a logical CPU id or -1.
     * @return the node or -1.
     */
    public int numaNodeOf(final int cpuId)
    {
        final LogicalCpu cpu = cpus.get(cpuId);
        return cpu == null ? LogicalCpu.UNKNOWN : cpu.numaNode();
    }

    /**
     * Where this snapshot came from (a sysfs root, a fixture, {@code uniform(n)}).
     *
     * @return the source label.
     */
    public String source()
    {
        return source;
    }

    /**
     * A one-paragraph summary for logs.
     *
     * @return e.g. {@code "32 logical cpus (0-31), 16 physical cores, 2 sockets, numa 0:0-7,16-23 1:8-15,24-31, isolated none"}.
     */
    public String describe()
    {
        final StringBuilder numa = new StringBuilder();
        numaNodes().forEach((node, set) -> numa.append(' ').append(node).append(':').append(set.format()));
        return logicalCpuCount() + " logical cpus (" + online.format() + "), " + physicalCoreCount() +
            " physical cores, " + socketCount() + (socketCount() == 1 ? " socket" : " sockets") +
            ", numa" + (numa.length() == 0 ? " unknown" : numa.toString()) +
            ", isolated " + (isolated.isEmpty() ? "none" : isolated.format()) +
            ", allowed " + allowed.format() +
            (cpuQuota == Double.POSITIVE_INFINITY ? "" : ", cpu quota " + formatCpus(cpuQuota) + " cpus (cgroup cpu.max)") +
            (held.isEmpty() ? "" : ", held by other engines " + held.format()) +
            " [" + source + "]";
    }

    /**
     * A CPU quota for messages: {@code 2} or {@code 1.5}.
     *
     * @param cpus the quota.
     * @return the text.
     */
    static String formatCpus(final double cpus)
    {
        return cpus == Math.rint(cpus) ? String.valueOf((long)cpus) : String.format(java.util.Locale.ROOT, "%.2f", cpus);
    }

    @Override
    public String toString()
    {
        return "CpuTopology{" + describe() + "}";
    }
}
