package io.hftengine.affinity;

import org.agrona.concurrent.Agent;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class StageRunnersTest
{
    static final List<String> STAGES = ThreadLayoutPlannerTest.STAGES;

    /** Counts its work and remembers which thread ran it and in what order relative to others. */
    static final class ProbeAgent implements Agent
    {
        final String name;
        final List<String> order;
        final AtomicInteger work = new AtomicInteger();
        final AtomicReference<String> thread = new AtomicReference<>();
        final AtomicReference<String> startedOn = new AtomicReference<>();
        volatile boolean closed;

        ProbeAgent(final String name, final List<String> order)
        {
            this.name = name;
            this.order = order;
        }

        @Override
        public void onStart()
        {
            startedOn.set(Thread.currentThread().getName());
        }

        @Override
        public int doWork()
        {
            thread.set(Thread.currentThread().getName());
            if (work.incrementAndGet() <= 3)
            {
                order.add(name);
            }
            return 0;
        }

        @Override
        public void onClose()
        {
            closed = true;
        }

        @Override
        public String roleName()
        {
            return name;
        }
    }

    private static ProbeAgent[] agents(final List<String> order)
    {
        final ProbeAgent[] agents = new ProbeAgent[STAGES.size()];
        for (int i = 0; i < agents.length; i++)
        {
            agents[i] = new ProbeAgent(STAGES.get(i), order);
        }
        return agents;
    }

    private static void awaitWork(final ProbeAgent[] agents) throws InterruptedException
    {
        final long deadline = System.nanoTime() + 10_000_000_000L;
        for (final ProbeAgent agent : agents)
        {
            while (agent.work.get() < 5)
            {
                assertTrue(System.nanoTime() < deadline, agent.name + " never ran");
                Thread.sleep(1);
            }
        }
    }

    @Test
    void threadFactoryNamesPinsAndReportsThePin() throws Exception
    {
        final ThreadLayout layout = ThreadLayoutPlanner.plan(STAGES, LayoutRequest.of(3), CpuTopology.uniform(8), false, m -> { });
        final RecordingPinning pinning = new RecordingPinning();
        final StageThreadFactory factory = new StageThreadFactory(layout.threads().get(1), pinning);
        final AtomicReference<String> ranAs = new AtomicReference<>();
        final Thread first = factory.newThread(() -> ranAs.set(Thread.currentThread().getName()));
        assertEquals("hft-strategy+risk", first.getName());
        assertFalse(first.isDaemon());
        assertEquals(StageThreadFactory.PIN_PENDING, factory.pinnedCpu());
        first.start();
        first.join();
        assertEquals("hft-strategy+risk", ranAs.get());
        assertEquals(2, factory.pinnedCpu());
        assertEquals(List.of("hft-strategy+risk@2"), pinning.calls);
        assertEquals(List.of("hft-strategy+risk@2"), pinning.closes, "pin released on the same thread after the task");
        assertEquals("hft-strategy+risk-2", factory.newThread(() -> { }).getName());
    }

    @Test
    void fusedStagesRunInPipelineOrderOnTheirPlannedThreads() throws Exception
    {
        final ThreadLayout layout = ThreadLayoutPlanner.plan(STAGES, LayoutRequest.of(2), CpuTopology.uniform(8), false, m -> { });
        final List<String> order = new CopyOnWriteArrayList<>();
        final ProbeAgent[] agents = agents(order);
        final RecordingPinning pinning = new RecordingPinning();
        final List<Throwable> errors = new CopyOnWriteArrayList<>();
        try (StageRunners running = StageRunners.start(layout, agents, pinning, errors::add))
        {
            assertTrue(running.awaitPinned(10_000));
            awaitWork(agents);
            assertEquals(List.of("hft-market-data", "hft-strategy+risk+gateway"),
                running.threads().stream().map(Thread::getName).toList());
            assertEquals(1, running.pinnedCpu(0));
            assertEquals(2, running.pinnedCpu(1));
        }
        assertEquals("hft-market-data", agents[0].thread.get());
        for (int i = 1; i < 4; i++)
        {
            assertEquals("hft-strategy+risk+gateway", agents[i].thread.get());
            assertEquals("hft-strategy+risk+gateway", agents[i].startedOn.get(), "onStart runs on the pinned thread");
            assertTrue(agents[i].closed);
        }
        final List<String> fused = order.stream().filter(n -> !n.equals("market-data")).toList();
        assertEquals(List.of("strategy", "risk", "gateway", "strategy", "risk", "gateway"), fused.subList(0, 6));
        assertTrue(pinning.calls.containsAll(List.of("hft-market-data@1", "hft-strategy+risk+gateway@2")), pinning.calls.toString());
        assertEquals(2, pinning.closes.size(), "both pins released when the runners close");
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void agentErrorsGoToTheHandlerAndTheThreadKeepsRunning() throws Exception
    {
        final ThreadLayout layout = ThreadLayoutPlanner.plan(List.of("only"), LayoutRequest.of(1), CpuTopology.uniform(2), true, m -> { });
        final List<Throwable> errors = new CopyOnWriteArrayList<>();
        final AtomicInteger calls = new AtomicInteger();
        final Agent failing = new Agent()
        {
            @Override
            public int doWork()
            {
                if (calls.incrementAndGet() == 1)
                {
                    throw new IllegalStateException("bad tick");
                }
                return 0;
            }

            @Override
            public String roleName()
            {
                return "failing";
            }
        };
        try (StageRunners running = StageRunners.start(layout, new Agent[] {failing}, new RecordingPinning(), errors::add))
        {
            final long deadline = System.nanoTime() + 10_000_000_000L;
            while (calls.get() < 3)
            {
                assertTrue(System.nanoTime() < deadline);
                Thread.sleep(1);
            }
            assertEquals("hft-only", running.threads().get(0).getName());
        }
        assertEquals(1, errors.size());
        assertEquals("bad tick", errors.get(0).getMessage());
    }

    @Test
    void wrongAgentsAreRejectedBeforeAnyThreadStarts()
    {
        final ThreadLayout layout = ThreadLayoutPlanner.plan(STAGES, LayoutRequest.of(4), CpuTopology.uniform(8), false, m -> { });
        final List<String> order = new CopyOnWriteArrayList<>();
        final ProbeAgent[] agents = agents(order);
        final RecordingPinning pinning = new RecordingPinning();
        assertThrows(IllegalArgumentException.class,
            () -> StageRunners.start(layout, new Agent[] {agents[0]}, pinning, t -> { }));
        assertThrows(IllegalArgumentException.class,
            () -> StageRunners.start(layout, new Agent[] {agents[0], agents[1], null, agents[3]}, pinning, t -> { }));
        assertThrows(IllegalArgumentException.class,
            () -> StageRunners.start(layout, new Agent[] {agents[0], agents[1], agents[1], agents[3]}, pinning, t -> { }));
        assertTrue(pinning.calls.isEmpty());
    }

    @Test
    void realPinOfAStageThreadToCpuOne() throws Exception
    {
        assumeTrue(ThreadAffinity.isLinux() && ThreadAffinity.allowedCpus().contains(1), "needs Linux and cpu 1");
        final CpuTopology topology = TopologyReader.read(SysFs.live());
        final ThreadLayout layout = ThreadLayoutPlanner.plan(List.of("solo"), LayoutRequest.AUTO, topology, false, m -> { });
        final Pinning pinning = Pinnings.best(m -> { });
        final AtomicReference<CpuSet> seen = new AtomicReference<>();
        final Agent probe = new Agent()
        {
            @Override
            public int doWork()
            {
                if (seen.get() == null)
                {
                    seen.set(ThreadAffinity.allowedCpus());
                }
                return 0;
            }

            @Override
            public String roleName()
            {
                return "probe";
            }
        };
        final int cpu = layout.threads().get(0).cpu();
        try (StageRunners running = StageRunners.start(layout, new Agent[] {probe}, pinning, t -> { }))
        {
            assertTrue(running.awaitPinned(10_000));
            assertEquals(cpu, running.pinnedCpu(0));
            final long deadline = System.nanoTime() + 10_000_000_000L;
            while (seen.get() == null)
            {
                assertTrue(System.nanoTime() < deadline);
                Thread.sleep(1);
            }
        }
        assertEquals(CpuSet.of(cpu), seen.get(), "the stage thread runs only on its planned cpu");
    }
}
