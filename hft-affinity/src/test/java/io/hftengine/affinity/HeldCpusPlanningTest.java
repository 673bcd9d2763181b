package io.hftengine.affinity;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A second engine on a host plans around the CPUs the first one holds ({@link CpuClaims}): on 8
 * CPUs both took 1-3 (or 1-4) and busy-spun against each other. Held CPUs leave the usable set;
 * the OS core and the refusal and oversubscription rules are the planner's usual ones, and a
 * refusal names the CPUs the other engines hold.
 */
class HeldCpusPlanningTest
{
    private static final List<String> STAGES = ThreadLayoutPlannerTest.STAGES;

    private final List<String> log = new ArrayList<>();

    private ThreadLayout plan(final LayoutRequest request, final CpuTopology topology, final boolean allow)
    {
        return ThreadLayoutPlanner.plan(STAGES, request, topology, allow, log::add);
    }

    private static int[] cpus(final ThreadLayout layout)
    {
        return layout.threads().stream().mapToInt(ThreadPlan::cpu).toArray();
    }

    @Test
    void aSecondEngineOnEightCpusPlansAroundTheFirstOnesCpus()
    {
        final CpuTopology host = CpuTopology.uniform(8);
        final ThreadLayout first = plan(LayoutRequest.AUTO, host, false);
        assertArrayEquals(new int[] {1, 2, 3, 4}, cpus(first));

        final CpuSet held = CpuSet.of(cpus(first));
        final CpuTopology second = host.withHeldCpus(held);
        assertEquals(CpuSet.parse("0,5-7"), second.usableCpus());
        assertTrue(second.describe().contains("held by other engines 1-4"), second.describe());
        final ThreadLayout layout = plan(LayoutRequest.AUTO, second, false);
        assertArrayEquals(new int[] {5, 6, 7}, cpus(layout), "auto fits the cores left, CPU 0 kept for the OS");
        assertTrue(layout.threads().stream().allMatch(t -> t.idleKind() == IdleKind.BUSY_SPIN));
        assertEquals(CpuSet.of(0), layout.osCpus());
        assertTrue(layout.warnings().isEmpty(), layout.warnings().toString());
        assertEquals(host.onlineCpus(), second.onlineCpus(), "held cpus are still the host's, only not usable");
    }

    @Test
    void tooFewCpusLeftIsRefusedNamingTheHeldCpusOrRunsUnpinnedWhenOversubscribed()
    {
        final CpuTopology twoCpus = Fixtures.topology(Fixtures.VM_2VCPU).withHeldCpus(CpuSet.of(1));
        final IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
            () -> plan(LayoutRequest.of(2), twoCpus, false));
        assertTrue(refused.getMessage().contains("other engines on this host hold cpus 1"), refused.getMessage());

        final ThreadLayout oversubscribed = plan(LayoutRequest.of(2), twoCpus, true);
        assertTrue(oversubscribed.isOversubscribed());
        assertArrayEquals(new int[] {-1, -1}, cpus(oversubscribed), "unpinned: nothing pinned onto the held cpu");

        final ThreadLayout auto = plan(LayoutRequest.AUTO, twoCpus, false);
        assertArrayEquals(new int[] {0}, cpus(auto), "auto takes the cpu left, and yields on the OS's cpu");
        assertEquals(IdleKind.YIELD, auto.threads().get(0).idleKind());
    }

    @Test
    void everyCpuHeldLeavesNothingToPinTo()
    {
        final CpuTopology host = CpuTopology.uniform(2).withHeldCpus(CpuSet.parse("0-1"));
        assertTrue(host.usableCpus().isEmpty());
        final IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
            () -> plan(LayoutRequest.AUTO, host, false));
        assertTrue(refused.getMessage().contains("hold cpus 0-1"), refused.getMessage());
        assertArrayEquals(new int[] {-1}, cpus(plan(LayoutRequest.AUTO, host, true)));
    }

    @Test
    void aQuotaAndHeldCpusAreKeptTogether()
    {
        final CpuTopology host = CpuTopology.uniform(8).withHeldCpus(CpuSet.of(1)).withCpuQuota(3);
        assertEquals(CpuSet.of(1), host.heldCpus());
        assertEquals(3.0, host.withHeldCpus(CpuSet.of(2)).cpuQuota());
        assertEquals(CpuSet.of(2), host.withHeldCpus(CpuSet.of(2)).heldCpus(), "a new held set replaces the old");
    }
}
