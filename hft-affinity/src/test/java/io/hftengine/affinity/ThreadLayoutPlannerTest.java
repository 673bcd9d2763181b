package io.hftengine.affinity;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThreadLayoutPlannerTest
{
    static final List<String> STAGES = List.of("market-data", "strategy", "risk", "gateway");

    private final List<String> log = new ArrayList<>();

    private ThreadLayout plan(final LayoutRequest request, final CpuTopology topology, final boolean allow)
    {
        return ThreadLayoutPlanner.plan(STAGES, request, topology, allow, log::add);
    }

    private static int[] cpus(final ThreadLayout layout)
    {
        return layout.threads().stream().mapToInt(ThreadPlan::cpu).toArray();
    }

    private static List<IdleKind> idles(final ThreadLayout layout)
    {
        return layout.threads().stream().map(ThreadPlan::idleKind).toList();
    }

    @Test
    void autoOnTwoCpusIsOneFusedBusyThreadWithCpuZeroLeftForTheOs()
    {
        final ThreadLayout layout = plan(LayoutRequest.AUTO, Fixtures.topology(Fixtures.VM_2VCPU), false);
        assertEquals(1, layout.threadCount());
        final ThreadPlan only = layout.threads().get(0);
        assertEquals("hft-market-data+strategy+risk+gateway", only.threadName());
        assertEquals(1, only.cpu());
        assertEquals(0, only.numaNode());
        assertEquals(IdleKind.BUSY_SPIN, only.idleKind());
        assertEquals(CpuSet.of(0), layout.osCpus());
        assertTrue(layout.warnings().isEmpty(), layout.warnings().toString());
    }

    @Test
    void twoThreadsOnTwoCpusTheLastSharesCpuZeroWithTheOsAndYields()
    {
        final ThreadLayout layout = plan(LayoutRequest.of(2), Fixtures.topology(Fixtures.VM_2VCPU), false);
        assertArrayEquals(new int[] {1, 0}, cpus(layout), "the last thread takes the cpu shared with the OS");
        assertEquals(List.of(IdleKind.BUSY_SPIN, IdleKind.YIELD), idles(layout));
        assertEquals("hft-strategy+risk+gateway", layout.threads().get(1).threadName());
        assertTrue(layout.osCpus().isEmpty());
        assertEquals(1, layout.warnings().size());
        assertTrue(layout.warnings().get(0).contains("no cpu left for the OS"), layout.warnings().get(0));
        assertEquals(layout.warnings(), log, "warnings are logged");
    }

    @Test
    void fourThreadsOnTwoCpusAreRefusedWithAClearMessage()
    {
        final IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
            () -> plan(LayoutRequest.of(4), Fixtures.topology(Fixtures.VM_2VCPU), false));
        assertTrue(ex.getMessage().contains("4 busy stage threads need 4 cpus but only 2 are usable (0-1)"), ex.getMessage());
        assertTrue(ex.getMessage().contains("allowOversubscribe"), ex.getMessage());
        assertTrue(log.isEmpty());
    }

    @Test
    void fourThreadsOnTwoCpusWhenAllowedRunUnpinnedWithBackoffAndWarn()
    {
        final ThreadLayout layout = plan(LayoutRequest.of(4), Fixtures.topology(Fixtures.VM_2VCPU), true);
        assertTrue(layout.isOversubscribed());
        assertArrayEquals(new int[] {-1, -1, -1, -1}, cpus(layout));
        assertTrue(idles(layout).stream().allMatch(k -> k == IdleKind.BACKOFF));
        assertEquals(1, log.size());
        assertTrue(log.get(0).contains("oversubscribed"), log.get(0));
        assertEquals(List.of("hft-market-data", "hft-strategy", "hft-risk", "hft-gateway"),
            layout.threads().stream().map(ThreadPlan::threadName).toList());
    }

    @Test
    void oneCpuMachineYieldsAndRefusesTwo()
    {
        final CpuTopology one = CpuTopology.uniform(1);
        final ThreadLayout layout = plan(LayoutRequest.AUTO, one, false);
        assertArrayEquals(new int[] {0}, cpus(layout));
        assertEquals(List.of(IdleKind.YIELD), idles(layout));
        assertThrows(IllegalArgumentException.class, () -> plan(LayoutRequest.of(2), one, false));
    }

    @Test
    void designFourCoreLayoutOnFourCpusKeepsNoCpuForTheOs()
    {
        final ThreadLayout auto = plan(LayoutRequest.AUTO, CpuTopology.uniform(4), false);
        assertArrayEquals(new int[] {1, 2, 3}, cpus(auto), "auto keeps cpu 0 for the OS");
        assertEquals("hft-strategy+risk", auto.threads().get(1).threadName());

        final ThreadLayout four = plan(LayoutRequest.of(4), CpuTopology.uniform(4), false);
        assertArrayEquals(new int[] {1, 2, 3, 0}, cpus(four), "cpu 0, shared with the OS, goes to the last thread");
        assertEquals(List.of(IdleKind.BUSY_SPIN, IdleKind.BUSY_SPIN, IdleKind.BUSY_SPIN, IdleKind.YIELD), idles(four));
    }

    @Test
    void eightCpusFourDedicatedCoresAndCpuZeroFree()
    {
        final ThreadLayout layout = plan(LayoutRequest.AUTO, CpuTopology.uniform(8), false);
        assertArrayEquals(new int[] {1, 2, 3, 4}, cpus(layout));
        assertTrue(layout.threads().stream().allMatch(t -> t.ownsCore() && t.idleKind() == IdleKind.BUSY_SPIN));
        assertEquals(CpuSet.parse("0,5-7"), layout.osCpus());
    }

    @Test
    void isolatedCpusArePreferred()
    {
        final CpuTopology topology = Fixtures.topology(Fixtures.ISOLCPUS_8C);
        assertArrayEquals(new int[] {2, 3, 4, 5}, cpus(plan(LayoutRequest.AUTO, topology, false)));
        assertArrayEquals(new int[] {2, 3}, cpus(plan(LayoutRequest.of(2), topology, false)));
        assertArrayEquals(new int[] {2}, cpus(plan(LayoutRequest.of(1), topology, false)));
        assertTrue(log.isEmpty(), log.toString());
    }

    @Test
    void tooFewIsolatedCpusAreTopUpWithHousekeepingCpusButNotCpuZero()
    {
        final CpuTopology topology = CpuTopology.of(
            CpuTopology.uniform(4).cpus(), CpuSet.of(3), CpuSet.parse("0-2"), "test");
        final ThreadLayout layout = plan(LayoutRequest.of(3), topology, false);
        assertArrayEquals(new int[] {1, 2, 3}, cpus(layout));
        assertEquals(CpuSet.of(0), layout.osCpus());
    }

    @Test
    void twoSocketBoxStaysOnOneSocketAndAvoidsSiblings()
    {
        final CpuTopology topology = Fixtures.topology(Fixtures.XEON_2S16C_HT);
        final ThreadLayout layout = plan(LayoutRequest.AUTO, topology, false);
        assertArrayEquals(new int[] {1, 2, 3, 4}, cpus(layout));
        assertTrue(layout.threads().stream().allMatch(t -> t.numaNode() == 0 && t.ownsCore()));
        assertTrue(layout.osCpus().contains(0) && layout.osCpus().contains(16));
        assertTrue(log.isEmpty(), log.toString());
    }

    @Test
    void twoSocketBoxSpansNodesOnlyWhenOneSocketIsFullAndSaysSo()
    {
        final CpuTopology topology = Fixtures.synthetic(2, 2, 2, CpuSet.empty());
        // 8 cpus: cores 0..3 (0,1 node 0; 2,3 node 1), siblings n+4. Core 0 is the OS core.
        final ThreadLayout layout = plan(LayoutRequest.of(3), topology, false);
        assertArrayEquals(new int[] {1, 2, 3}, cpus(layout));
        assertTrue(layout.warnings().stream().anyMatch(w -> w.contains("spans numa nodes [0, 1]")), layout.warnings().toString());
    }

    @Test
    void hyperThreadSiblingsOnlyWhenCoresRunOut()
    {
        final CpuTopology topology = Fixtures.synthetic(1, 3, 2, CpuSet.empty());
        // cores {0,3} {1,4} {2,5}; OS core {0,3}: four threads must share cores 1 and 2.
        final ThreadLayout layout = plan(LayoutRequest.of(4), topology, false);
        assertArrayEquals(new int[] {1, 2, 4, 5}, cpus(layout));
        assertTrue(layout.threads().stream().noneMatch(ThreadPlan::ownsCore));
        assertTrue(layout.threads().stream().allMatch(t -> t.idleKind() == IdleKind.BUSY_SPIN));
        assertEquals(CpuSet.of(0, 3), layout.osCpus());
        assertEquals(4, layout.warnings().size());
    }

    @Test
    void thirtyTwoCpusWithIsolatedSecondSocketUsesIt()
    {
        final CpuTopology topology = Fixtures.synthetic(2, 8, 2, CpuSet.parse("8-15,24-31"));
        final ThreadLayout layout = plan(LayoutRequest.AUTO, topology, false);
        assertArrayEquals(new int[] {8, 9, 10, 11}, cpus(layout));
        assertTrue(layout.threads().stream().allMatch(t -> t.numaNode() == 1));
    }

    @Test
    void layoutAnswersWhichThreadRunsAStageAndDescribesItself()
    {
        final ThreadLayout layout = plan(LayoutRequest.of(3), CpuTopology.uniform(8), false);
        assertEquals("hft-strategy+risk", layout.threadOfStage(2).threadName());
        assertArrayEquals(new int[] {1, 2}, layout.threadOfStage(1).stageIndices());
        assertEquals(List.of("strategy", "risk"), layout.threadOfStage(1).stageNames());
        assertThrows(IllegalArgumentException.class, () -> layout.threadOfStage(4));
        final String text = layout.describe();
        assertTrue(text.contains("3 threads for 4 stages"), text);
        assertTrue(text.contains("hft-gateway"), text);
        assertTrue(text.contains("left for the OS: cpus 0,4-7"), text);
    }

    @Test
    void badArgumentsAreRejected()
    {
        final CpuTopology topology = CpuTopology.uniform(8);
        assertThrows(IllegalArgumentException.class, () -> plan(LayoutRequest.of(5), topology, true));
        assertThrows(IllegalArgumentException.class,
            () -> ThreadLayoutPlanner.plan(List.of(), LayoutRequest.AUTO, topology, false, log::add));
        assertThrows(IllegalArgumentException.class,
            () -> ThreadLayoutPlanner.plan(List.of("a", "a"), LayoutRequest.AUTO, topology, false, log::add));
        assertThrows(IllegalArgumentException.class,
            () -> ThreadLayoutPlanner.plan(List.of("a+b"), LayoutRequest.AUTO, topology, false, log::add));
        assertThrows(IllegalArgumentException.class, () -> LayoutRequest.of(0));
        assertThrows(IllegalArgumentException.class, () -> LayoutRequest.parse("four"));
        assertEquals(LayoutRequest.AUTO, LayoutRequest.parse(" Auto "));
        assertEquals(LayoutRequest.of(2), LayoutRequest.parse("2"));
        assertFalse(LayoutRequest.of(2).isAuto());
    }
}
