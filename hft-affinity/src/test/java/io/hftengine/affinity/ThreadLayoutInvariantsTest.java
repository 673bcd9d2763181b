package io.hftengine.affinity;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules every layout must obey, over the matrix of machines x requests and random machines. */
class ThreadLayoutInvariantsTest
{
    static final List<String> STAGES = ThreadLayoutPlannerTest.STAGES;

    static Stream<Arguments> matrix()
    {
        final List<CpuTopology> machines = List.of(
            CpuTopology.uniform(1),
            CpuTopology.uniform(2),
            Fixtures.topology(Fixtures.VM_2VCPU),
            CpuTopology.uniform(4),
            Fixtures.synthetic(1, 2, 2, CpuSet.empty()),
            Fixtures.synthetic(1, 4, 2, CpuSet.parse("1-3,5-7")),
            CpuTopology.uniform(8),
            Fixtures.topology(Fixtures.ISOLCPUS_8C),
            Fixtures.topology(Fixtures.XEON_2S16C_HT),
            Fixtures.synthetic(2, 8, 2, CpuSet.parse("2-7,18-23")));
        final List<Arguments> cases = new ArrayList<>();
        for (final CpuTopology machine : machines)
        {
            for (final LayoutRequest request : List.of(
                LayoutRequest.AUTO, LayoutRequest.of(1), LayoutRequest.of(2), LayoutRequest.of(3), LayoutRequest.of(4)))
            {
                cases.add(Arguments.of(machine, request));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("matrix")
    void everyLayoutObeysTheRules(final CpuTopology topology, final LayoutRequest request)
    {
        check(topology, request);
    }

    @Property(tries = 300)
    void randomMachinesObeyTheRules(
        @ForAll @IntRange(min = 1, max = 2) final int sockets,
        @ForAll @IntRange(min = 1, max = 6) final int cores,
        @ForAll @IntRange(min = 1, max = 2) final int threadsPerCore,
        @ForAll final long isolatedMask,
        @ForAll @IntRange(min = 0, max = 4) final int threads)
    {
        final int count = sockets * cores * threadsPerCore;
        final List<Integer> isolated = new ArrayList<>();
        for (int cpu = 0; cpu < count; cpu++)
        {
            if ((isolatedMask >>> cpu & 1) == 1)
            {
                isolated.add(cpu);
            }
        }
        final CpuTopology topology = Fixtures.synthetic(
            sockets, cores, threadsPerCore, CpuSet.of(isolated.stream().mapToInt(Integer::intValue).toArray()));
        check(topology, threads == 0 ? LayoutRequest.AUTO : LayoutRequest.of(threads));
    }

    private static void check(final CpuTopology topology, final LayoutRequest request)
    {
        final CpuSet usable = topology.usableCpus();
        final int wanted = request.isAuto() ? -1 : request.threads();
        if (wanted > usable.size())
        {
            final IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> ThreadLayoutPlanner.plan(STAGES, request, topology, false, m -> { }));
            assertTrue(ex.getMessage().contains("allowOversubscribe"), ex.getMessage());
            final ThreadLayout allowed = ThreadLayoutPlanner.plan(STAGES, request, topology, true, m -> { });
            assertTrue(allowed.isOversubscribed());
            assertFalse(allowed.warnings().isEmpty());
            allowed.threads().forEach(t -> assertEquals(IdleKind.BACKOFF, t.idleKind()));
            allowed.threads().forEach(t -> assertEquals(-1, t.cpu()));
            checkStages(allowed);
            return;
        }
        final ThreadLayout layout = ThreadLayoutPlanner.plan(STAGES, request, topology, false, m -> { });
        checkStages(layout);
        assertFalse(layout.isOversubscribed());
        if (request.isAuto() && !usable.minus(topology.isolatedCpus()).isEmpty())
        {
            // When every usable cpu is isolated the OS lives outside them, so none needs keeping.

            assertTrue(layout.threadCount() <= Math.max(1, usable.size() - 1), "auto leaves a cpu for the OS: " + layout);
        }
        final Set<Integer> cpus = new HashSet<>();
        for (final ThreadPlan thread : layout.threads())
        {
            assertTrue(usable.contains(thread.cpu()), "pinned to a usable cpu: " + layout);
            assertTrue(cpus.add(thread.cpu()), "no two busy threads on one cpu: " + layout);
            assertEquals(topology.numaNodeOf(thread.cpu()), thread.numaNode());
            assertTrue(thread.idleKind() != IdleKind.BACKOFF);
        }
        final CpuSet isolated = topology.isolatedCpus();
        final long isolatedCores = java.util.Arrays.stream(isolated.toArray()).map(c -> topology.cpu(c).coreKey()).distinct().count();
        if (isolatedCores >= layout.threadCount())
        {
            layout.threads().forEach(t -> assertTrue(isolated.contains(t.cpu()), "isolated cpus first: " + layout));
        }
        if (layout.threadCount() < usable.size())
        {
            assertFalse(layout.osCpus().isEmpty(), "a cpu stays with the OS: " + layout);
            layout.threads().forEach(t -> assertEquals(IdleKind.BUSY_SPIN, t.idleKind(), layout::describe));
        }
        final int firstHousekeeping = usable.minus(isolated).first();
        if (firstHousekeeping >= 0 && layout.threadCount() < usable.size())
        {
            assertTrue(layout.osCpus().contains(firstHousekeeping), "the OS keeps its first cpu: " + layout);
        }
        assertEquals(usable.size() - layout.threadCount(), layout.osCpus().size());
    }

    private static void checkStages(final ThreadLayout layout)
    {
        int next = 0;
        for (final ThreadPlan thread : layout.threads())
        {
            for (final int stage : thread.stageIndices())
            {
                assertEquals(next++, stage, "stages contiguous, in order, each once: " + layout);
            }
            assertEquals(ThreadPlan.THREAD_NAME_PREFIX + String.join("+", thread.stageNames()), thread.threadName());
        }
        assertEquals(STAGES.size(), next);
    }
}
