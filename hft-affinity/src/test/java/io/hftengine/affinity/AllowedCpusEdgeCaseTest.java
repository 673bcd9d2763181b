package io.hftengine.affinity;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The process's affinity mask versus the isolated CPUs: whose CPUs may the planner take? */
class AllowedCpusEdgeCaseTest
{
    private static CpuTopology eightCpusIsolated2to7(final String allowedList)
    {
        return TopologyReader.read(new Fixtures.MapSysFs()
            .put("sys/devices/system/cpu/online", "0-7\n")
            .put("sys/devices/system/cpu/isolated", "2-7\n")
            .put("proc/self/status", "Name:\tjava\nCpus_allowed_list:\t" + allowedList + "\n"));
    }

    @Test
    void aMaskNarrowedOntoIsolatedCpusIsNotWidenedToTheOtherIsolatedCpus()
    {
        // Two engines on one isolcpus=2-7 box, started with taskset -c 2-4 and taskset -c 5-7 (or
        // two pods with those cpusets): the second must not plan onto the first one's cpus 2-4.
        final CpuTopology second = eightCpusIsolated2to7("5-7");
        assertEquals(CpuSet.parse("5-7"), second.usableCpus());
        final ThreadLayout layout = ThreadLayoutPlanner.plan(
            ThreadLayoutPlannerTest.STAGES, LayoutRequest.AUTO, second, false, m -> { });
        for (final ThreadPlan thread : layout.threads())
        {
            assertTrue(CpuSet.parse("5-7").contains(thread.cpu()), layout::describe);
        }
    }

    @Test
    void theDefaultIsolcpusMaskStillReachesTheIsolatedCpus()
    {
        // isolcpus= takes 2-7 out of the default mask; explicit pins onto them are what it is for.
        assertEquals(CpuSet.parse("0-7"), eightCpusIsolated2to7("0-1").usableCpus());
        final ThreadLayout layout = ThreadLayoutPlanner.plan(
            List.of("a", "b"), LayoutRequest.AUTO, eightCpusIsolated2to7("0-1"), false, m -> { });
        assertEquals(List.of(2, 3), layout.threads().stream().map(ThreadPlan::cpu).toList());
    }

    @Test
    void aProcessConfinedToIsolatedCpusStillKeepsOneForTheJvmsOwnThreads()
    {
        // GC, JIT and the other JVM threads can only run in the process mask, here 5-7: auto must
        // not fill all three with busy spinners, and an explicit third thread yields on cpu 5.
        final CpuTopology confined = eightCpusIsolated2to7("5-7");
        final ThreadLayout auto = ThreadLayoutPlanner.plan(
            ThreadLayoutPlannerTest.STAGES, LayoutRequest.AUTO, confined, false, m -> { });
        assertEquals(List.of(6, 7), auto.threads().stream().map(ThreadPlan::cpu).toList(), auto::describe);
        assertEquals(CpuSet.of(5), auto.osCpus());

        final ThreadLayout three = ThreadLayoutPlanner.plan(
            ThreadLayoutPlannerTest.STAGES, LayoutRequest.of(3), confined, false, m -> { });
        assertEquals(List.of(6, 7, 5), three.threads().stream().map(ThreadPlan::cpu).toList(), three::describe);
        assertEquals(IdleKind.YIELD, three.threads().get(2).idleKind());
    }
}
