package io.hftengine.affinity;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hosts an engine meets in production, as sysfs/procfs fixtures: a container's cpuset, a cgroup
 * CPU quota, tickless CPUs without {@code isolcpus}, CPU ids past 63. Each plan may only use CPUs
 * the process can really be pinned to.
 */
class DeploymentHostsTest
{
    private static final String CPU = "sys/devices/system/cpu/";

    private static Fixtures.MapSysFs host(final String online, final String allowed)
    {
        return new Fixtures.MapSysFs()
            .put(CPU + "online", online + "\n")
            .put("proc/self/status", "Name:\tjava\nCpus_allowed_list:\t" + allowed + "\n");
    }

    private static ThreadLayout auto(final CpuTopology topology)
    {
        return ThreadLayoutPlanner.plan(ThreadLayoutPlannerTest.STAGES, LayoutRequest.AUTO, topology, false, m -> { });
    }

    private static void assertAllWithin(final CpuSet cpus, final ThreadLayout layout)
    {
        for (final ThreadPlan thread : layout.threads())
        {
            assertTrue(cpus.contains(thread.cpu()),
                () -> "cpu " + thread.cpu() + " outside " + cpus.format() + ": " + layout.describe());
        }
    }

    @Test
    void aPodCpusetOfFourCpusOnASixtyFourCpuHostPlansOnlyInsideIt()
    {
        final CpuTopology pod = TopologyReader.read(host("0-63", "8-11"));
        assertEquals(CpuSet.parse("8-11"), pod.usableCpus());
        final ThreadLayout layout = auto(pod);
        assertEquals(List.of(9, 10, 11), layout.threads().stream().map(ThreadPlan::cpu).toList(), layout::describe);
        assertEquals(CpuSet.of(8), layout.osCpus());
    }

    @Test
    void aPodCpusetNextToHostIsolatedCpusIsNotWidenedOntoThem()
    {
        // sysfs is not namespaced: a pod limited to 8-11 still reads the host's isolcpus=32-63,
        // CPUs the kubelet gave to other pods (or DPDK). sched_setaffinity onto them fails with
        // EINVAL, so a plan there runs unpinned while its description claims otherwise.
        final CpuTopology pod = TopologyReader.read(host("0-63", "8-11").put(CPU + "isolated", "32-63\n"));
        assertEquals(CpuSet.parse("8-11"), pod.usableCpus());
        final ThreadLayout layout = auto(pod);
        assertAllWithin(CpuSet.parse("8-11"), layout);
        assertEquals(3, layout.threadCount(), layout::describe);
    }

    @Test
    void nonContiguousCpusWithIdsPastSixtyThreeArePlannedOnTheMask()
    {
        final CpuTopology box = TopologyReader.read(host("0-3,64-67", "64-67"));
        final ThreadLayout layout = auto(box);
        assertEquals(List.of(65, 66, 67), layout.threads().stream().map(ThreadPlan::cpu).toList(), layout::describe);
    }

    @Test
    void ticklessCpusWithoutIsolcpusAreTheStageCpus()
    {
        // tuned's cpu-partitioning profile: nohz_full=2-7 and systemd CPUAffinity=0-1, no isolcpus.
        // The mask is the housekeeping set, so 2-7 are reachable only by explicit pinning, and
        // they are the CPUs the operator set apart for busy threads.
        final CpuTopology tuned = TopologyReader.read(host("0-7", "0-1").put(CPU + "nohz_full", "2-7\n"));
        final ThreadLayout layout = auto(tuned);
        assertEquals(List.of(2, 3, 4, 5), layout.threads().stream().map(ThreadPlan::cpu).toList(), layout::describe);
    }

    @Test
    void ticklessCpusInsideTheFullMaskArePreferredAndCpuZeroStaysWithTheOs()
    {
        final CpuTopology box = TopologyReader.read(host("0-7", "0-7").put(CPU + "nohz_full", "4-7\n"));
        final ThreadLayout layout = ThreadLayoutPlanner.plan(
            List.of("a", "b"), LayoutRequest.AUTO, box, false, m -> { });
        assertEquals(List.of(4, 5), layout.threads().stream().map(ThreadPlan::cpu).toList(), layout::describe);
    }

    @Test
    void aKernelWithoutNohzFullReadsNullThereAndThatIsNoCpus()
    {
        // CONFIG_NO_HZ_FULL kernels booted without nohz_full= write "(null)" into the file.
        final CpuTopology box = TopologyReader.read(host("0-3", "0-3").put(CPU + "nohz_full", " (null)\n"));
        assertEquals(CpuSet.empty(), box.isolatedCpus());
        assertEquals(CpuSet.parse("0-3"), box.usableCpus());
    }
}
