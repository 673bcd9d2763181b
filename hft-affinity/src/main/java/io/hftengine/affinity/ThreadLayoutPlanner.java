package io.hftengine.affinity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Plans which thread runs which pipeline stages and which CPU each thread is pinned to.
 *
 * <p>Rules, in priority order:
 * <ul>
 * <li>Only {@link CpuTopology#usableCpus()} are planned on: CPUs other engines on the host hold
 *     ({@link CpuTopology#withHeldCpus}, from {@link CpuClaims}) are left out, and a refusal for
 *     too few CPUs names them.</li>
 * <li>Stages are fused contiguously; see the class comment of the grouping for which stages
 *     share a thread (first stage alone from 2 threads, last stage alone from 3).</li>
 * <li>One physical core (the one of the lowest non-isolated CPU, normally CPU 0, or of the lowest
 *     CPU in the process's mask when that mask holds only isolated CPUs) is kept for the OS and
 *     the JVM's own threads whenever the threads fit elsewhere; distinct physical cores
 *     come before hyper-thread siblings; within that, isolated CPUs ({@code isolcpus}) come
 *     first (a partly isolated core counts as isolated); all threads are kept on one NUMA node
 *     when they fit.</li>
 * <li>Idle strategy per thread: {@link IdleKind#BUSY_SPIN} on a CPU it owns,
 *     {@link IdleKind#YIELD} when the threads take every usable CPU, for the thread on the OS
 *     core's CPU (always the last thread), so the OS and the JVM's own threads still get to run,
 *     {@link IdleKind#BACKOFF} for every thread of an oversubscribed layout.</li>
 * <li>More threads than usable CPUs, or than whole CPUs of a cgroup quota
 *     ({@link CpuTopology#cpuQuota()}), is refused with an {@link IllegalArgumentException} unless
 *     the caller passes {@code allowOversubscribe}; then the threads run unpinned with backoff
 *     and the layout carries a warning. Threads leaving less than one CPU of the quota to the
 *     OS and JVM are warned about.</li>
 * <li>{@link LayoutRequest#AUTO} picks as many threads as there are dedicated physical cores
 *     besides the OS core, and fewer than the quota's whole CPUs, at most one per stage and at
 *     least one. On a 2-CPU machine (or quota) without isolated CPUs that is one fused
 *     busy-spinning thread, with a CPU left to the OS: two spinning threads would leave the OS,
 *     GC and JIT no CPU at all.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe. Planning is start-up work: it allocates freely.
 */
public final class ThreadLayoutPlanner
{
    private ThreadLayoutPlanner()
    {
    }

    /**
     * Plans a layout, logging its warnings through {@link AffinityLog#system()}.
     *
     * @param stageNames         stage names in pipeline order, e.g. {@code market-data, strategy, risk, gateway}.
     * @param request            thread count or {@link LayoutRequest#AUTO}.
     * @param topology           the machine.
     * @param allowOversubscribe whether more threads than usable CPUs is acceptable (with a warning).
     * @return the layout.
     * @throws IllegalArgumentException if the stage names are invalid, more threads than stages
     *                                  are requested, or the layout oversubscribes the CPUs and
     *                                  {@code allowOversubscribe} is false.
     */
    public static ThreadLayout plan(
        final List<String> stageNames,
        final LayoutRequest request,
        final CpuTopology topology,
        final boolean allowOversubscribe)
    {
        return plan(stageNames, request, topology, allowOversubscribe, AffinityLog.system());
    }

    /**
     * Plans a layout, reporting each of its warnings through {@code log}.
     *
     * @param stageNames         stage names in pipeline order: non-blank, distinct, letters, digits,
     *                           {@code '-'}, {@code '_'} or {@code '.'} only ({@code '+'} joins fused names).
     * @param request            thread count or {@link LayoutRequest#AUTO}.
     * @param topology           the machine.
     * @param allowOversubscribe whether more threads than usable CPUs is acceptable (with a warning).
     * @param log                receives each warning of the returned layout.
     * @return the layout.
     * @throws IllegalArgumentException as for {@link #plan(List, LayoutRequest, CpuTopology, boolean)}.
     */
    public static ThreadLayout plan(
        final List<String> stageNames,
        final LayoutRequest request,
        final CpuTopology topology,
        final boolean allowOversubscribe,
        final AffinityLog log)
    {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(topology, "topology");
        Objects.requireNonNull(log, "log");
        checkStageNames(stageNames);
        final int n = stageNames.size();
        final CpuSelector selector = new CpuSelector(topology);
        // A cgroup quota is CPU time, not CPUs: busy threads past it get the whole process
        // throttled for the rest of each period. Auto leaves one CPU of it to the OS and JVM.
        final double quota = topology.cpuQuota();
        final int quotaThreads = quota == Double.POSITIVE_INFINITY ? Integer.MAX_VALUE : Math.max(1, (int)Math.floor(quota));
        final int t = request.isAuto() ?
            Math.max(1, Math.min(Math.min(n, selector.dedicatedCoreCapacity()), quotaThreads - 1)) : request.threads();
        if (t > n)
        {
            throw new IllegalArgumentException(
                t + " threads requested for " + n + " stages " + stageNames + ": at most one thread per stage");
        }

        final int[][] groups = StageGrouping.split(n, t);
        final List<String> warnings = new ArrayList<>();
        final List<ThreadPlan> threads = new ArrayList<>(t);
        final CpuSet usable = selector.usable();
        final CpuSelector.Selection selection = t > quotaThreads ? null : selector.select(t);
        if (selection == null)
        {
            final int limit = Math.min(usable.size(), quotaThreads);
            final String problem = t + " busy stage threads need " + t + " cpus but only " + usable.size() +
                " are usable (" + usable.format() + ")" + (topology.heldCpus().isEmpty() ? "" :
                ", other engines on this host hold cpus " + topology.heldCpus().format()) + (t > quotaThreads ?
                " and the cgroup quota (cpu.max) grants " + CpuTopology.formatCpus(quota) + " cpus of time" : "");
            if (!allowOversubscribe)
            {
                // Both vocabularies: the library's caller and the hft command line both meet this.
                throw new IllegalArgumentException(problem + ": choose at most " + limit +
                    " threads (hft: --layout auto, 1 or 2; API: LayoutRequest.AUTO), or allow oversubscription to" +
                    " run them unpinned with backoff (hft: --oversubscribe or engine.allow_oversubscribe; API:" +
                    " allowOversubscribe=true)");
            }
            warnings.add(problem + ": oversubscribed as requested; threads run unpinned with BACKOFF idling, " +
                "expect scheduler-driven latency");
            for (int i = 0; i < t; i++)
            {
                threads.add(plan(i, groups[i], stageNames, -1, -1, IdleKind.BACKOFF, false));
            }
            return finish(stageNames, threads, usable, true, warnings, topology, log);
        }

        final CpuSet left = usable.minus(CpuSet.of(selection.cpus));
        for (int i = 0; i < t; i++)
        {
            final int cpu = selection.cpus[i];
            // Spinning on the OS core is only harmful when it leaves the OS no CPU at all.
            final boolean osStarved = selection.onOsCore[i] && left.isEmpty();
            final IdleKind idle = osStarved ? IdleKind.YIELD : IdleKind.BUSY_SPIN;
            final ThreadPlan thread = plan(
                i, groups[i], stageNames, cpu, topology.numaNodeOf(cpu), idle, !selection.sharesCore[i]);
            threads.add(thread);
            if (osStarved)
            {
                warnings.add("no cpu left for the OS: " + thread.threadName() + " shares cpu " + cpu +
                    " with OS and JVM threads, so it yields instead of busy-spinning");
            }
            else if (selection.onOsCore[i])
            {
                warnings.add(thread.threadName() + " on cpu " + cpu + " shares the OS core; only cpus " +
                    left.format() + " are left for the OS");
            }
            else if (selection.sharesCore[i])
            {
                warnings.add(thread.threadName() + " on cpu " + cpu +
                    " shares its physical core with another stage thread (hyper-thread siblings)");
            }
        }
        if (t > quota - 1)
        {
            warnings.add(t + " busy stage threads leave less than one cpu of the cgroup quota (cpu.max, " +
                CpuTopology.formatCpus(quota) + " cpus) to the OS and JVM threads: GC or JIT work gets the whole" +
                " process throttled until the next period");
        }
        final Set<Integer> nodes = new TreeSet<>();
        threads.forEach(th -> nodes.add(th.numaNode()));
        if (nodes.size() > 1)
        {
            warnings.add("layout spans numa nodes " + nodes + ": queues between stages on different nodes cross the interconnect");
        }
        return finish(stageNames, threads, left, false, warnings, topology, log);
    }

    private static ThreadPlan plan(
        final int index, final int[] stages, final List<String> names, final int cpu, final int node,
        final IdleKind idle, final boolean ownsCore)
    {
        final List<String> stageNames = new ArrayList<>(stages.length);
        for (final int s : stages)
        {
            stageNames.add(names.get(s));
        }
        return new ThreadPlan(index, stages, stageNames, cpu, node, idle, ownsCore);
    }

    private static ThreadLayout finish(
        final List<String> stageNames, final List<ThreadPlan> threads, final CpuSet osCpus, final boolean oversubscribed,
        final List<String> warnings, final CpuTopology topology, final AffinityLog log)
    {
        for (final String warning : warnings)
        {
            log.warn(warning);
        }
        return new ThreadLayout(stageNames, threads, osCpus, oversubscribed, warnings, topology.describe());
    }

    private static void checkStageNames(final List<String> stageNames)
    {
        Objects.requireNonNull(stageNames, "stageNames");
        if (stageNames.isEmpty())
        {
            throw new IllegalArgumentException("at least one stage is needed");
        }
        final Set<String> seen = new HashSet<>();
        for (final String name : stageNames)
        {
            if (name == null || !name.matches("[A-Za-z0-9._-]{1,64}"))
            {
                throw new IllegalArgumentException("stage name must be 1-64 of [A-Za-z0-9._-]: '" + name + "'");
            }
            if (!seen.add(name))
            {
                throw new IllegalArgumentException("stage name '" + name + "' appears twice in " + stageNames);
            }
        }
    }
}
