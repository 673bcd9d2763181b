package io.hftengine.affinity;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A cgroup CPU quota ({@code cpu.max} "200000 100000": 2 CPUs of time per period) on a wide
 * cpuset. Busy-spinning threads burn their quota whatever the cpuset; past it the kernel stops
 * every thread of the container until the next period (up to 100 ms with the default period),
 * so the planner must count the quota, as {@link Runtime#availableProcessors()} already does.
 */
class CgroupCpuQuotaTest
{
    private static Fixtures.MapSysFs sixtyFourCpus(final String cgroupPath)
    {
        return new Fixtures.MapSysFs()
            .put("sys/devices/system/cpu/online", "0-63\n")
            .put("proc/self/status", "Name:\tjava\nCpus_allowed_list:\t0-63\n")
            .put("proc/self/cgroup", "0::" + cgroupPath + "\n");
    }

    private static ThreadLayout plan(final LayoutRequest request, final CpuTopology topology, final List<String> log)
    {
        return ThreadLayoutPlanner.plan(ThreadLayoutPlannerTest.STAGES, request, topology, false, log::add);
    }

    @Test
    void aContainersQuotaOfTwoCpusIsRead()
    {
        // With a cgroup namespace (docker, k8s on cgroup v2) the container's cgroup is the mount's root.
        final CpuTopology pod = TopologyReader.read(sixtyFourCpus("/").put("sys/fs/cgroup/cpu.max", "200000 100000\n"));
        assertEquals(2.0, pod.cpuQuota());
        assertTrue(pod.describe().contains("cpu.max"), pod::describe);
    }

    @Test
    void autoOnTwoCpusOfQuotaIsOneThreadLeavingTimeForTheJvm()
    {
        final CpuTopology pod = TopologyReader.read(sixtyFourCpus("/").put("sys/fs/cgroup/cpu.max", "200000 100000\n"));
        final ThreadLayout layout = plan(LayoutRequest.AUTO, pod, new ArrayList<>());
        assertEquals(1, layout.threadCount(), layout::describe);
    }

    @Test
    void moreBusyThreadsThanTheQuotaAreRefusedNamingIt()
    {
        final CpuTopology pod = TopologyReader.read(sixtyFourCpus("/").put("sys/fs/cgroup/cpu.max", "200000 100000\n"));
        final IllegalArgumentException e = assertThrows(
            IllegalArgumentException.class, () -> plan(LayoutRequest.of(4), pod, new ArrayList<>()));
        assertTrue(e.getMessage().contains("cpu.max"), e::getMessage);
        final ThreadLayout allowed = ThreadLayoutPlanner.plan(
            ThreadLayoutPlannerTest.STAGES, LayoutRequest.of(4), pod, true, m -> { });
        assertTrue(allowed.isOversubscribed(), allowed::describe);
    }

    @Test
    void threadsTakingTheWholeQuotaAreWarnedAbout()
    {
        final CpuTopology pod = TopologyReader.read(sixtyFourCpus("/").put("sys/fs/cgroup/cpu.max", "200000 100000\n"));
        final List<String> log = new ArrayList<>();
        plan(LayoutRequest.of(2), pod, log);
        assertTrue(log.stream().anyMatch(m -> m.contains("cpu.max")), log::toString);
    }

    @Test
    void theTightestQuotaOnTheCgroupPathCountsAndMaxMeansNone()
    {
        // A systemd service without a cgroup namespace: the limit may sit on a parent slice.
        final CpuTopology service = TopologyReader.read(sixtyFourCpus("/trading.slice/engine.service")
            .put("sys/fs/cgroup/trading.slice/engine.service/cpu.max", "max 100000\n")
            .put("sys/fs/cgroup/trading.slice/cpu.max", "400000 100000\n"));
        assertEquals(4.0, service.cpuQuota());
        final CpuTopology unlimited = TopologyReader.read(sixtyFourCpus("/").put("sys/fs/cgroup/cpu.max", "max 100000\n"));
        assertEquals(Double.POSITIVE_INFINITY, unlimited.cpuQuota());
        assertEquals(4, plan(LayoutRequest.AUTO, unlimited, new ArrayList<>()).threadCount());
    }

    @Test
    void cgroupV1QuotaIsReadToo()
    {
        final CpuTopology v1 = TopologyReader.read(new Fixtures.MapSysFs()
            .put("sys/devices/system/cpu/online", "0-63\n")
            .put("proc/self/cgroup", "5:cpu,cpuacct:/docker/0123abcd\n4:memory:/docker/0123abcd\n")
            .put("sys/fs/cgroup/cpu,cpuacct/cpu.cfs_quota_us", "150000\n")
            .put("sys/fs/cgroup/cpu,cpuacct/cpu.cfs_period_us", "100000\n"));
        assertEquals(1.5, v1.cpuQuota());
    }
}
