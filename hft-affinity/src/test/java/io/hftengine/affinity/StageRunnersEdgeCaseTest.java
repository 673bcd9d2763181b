package io.hftengine.affinity;

import org.agrona.concurrent.Agent;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stage threads whose pin is slow or broken: nothing may hang or vanish. */
class StageRunnersEdgeCaseTest
{
    private static final ThreadLayout ONE_THREAD =
        ThreadLayoutPlanner.plan(List.of("solo"), LayoutRequest.of(1), CpuTopology.uniform(4), false, m -> { });

    private static Pinning pinning(final IntFunction<CpuLock> pin)
    {
        return new Pinning()
        {
            @Override
            public CpuLock pin(final int cpu)
            {
                return pin.apply(cpu);
            }

            @Override
            public int currentCpu()
            {
                return -1;
            }

            @Override
            public boolean isEffective()
            {
                return true;
            }

            @Override
            public String describe()
            {
                return "test";
            }
        };
    }

    private static Agent idleAgent()
    {
        return new Agent()
        {
            @Override
            public int doWork()
            {
                return 0;
            }

            @Override
            public String roleName()
            {
                return "idle";
            }
        };
    }

    @Test
    void awaitPinnedWithTheLargestTimeoutWaitsForASlowPin() throws Exception
    {
        final RecordingPinning recording = new RecordingPinning();
        final Pinning slow = pinning(cpu ->
        {
            try
            {
                Thread.sleep(200);
            }
            catch (final InterruptedException ex)
            {
                Thread.currentThread().interrupt();
            }
            return recording.pin(cpu);
        });
        try (StageRunners running = StageRunners.start(ONE_THREAD, new Agent[] {idleAgent()}, slow, t -> { }))
        {
            assertTrue(running.awaitPinned(Long.MAX_VALUE), "\"wait forever\" must not overflow into \"already late\"");
            assertEquals(1, running.pinnedCpu(0));
        }
    }

    @Test
    void aPinningThatThrowsReachesTheErrorHandler() throws Exception
    {
        final List<Throwable> errors = new CopyOnWriteArrayList<>();
        try (StageRunners running = StageRunners.start(ONE_THREAD, new Agent[] {idleAgent()}, brokenPinning(), errors::add))
        {
            running.threads().get(0).join(10_000);
            assertFalse(running.threads().get(0).isAlive());
        }
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("pin blew up", errors.get(0).getMessage());
    }

    @Test
    void awaitPinnedReturnsPromptlyWhenAStageThreadDiedBeforePinning() throws Exception
    {
        try (StageRunners running = StageRunners.start(ONE_THREAD, new Agent[] {idleAgent()}, brokenPinning(), t -> { }))
        {
            final long startNs = System.nanoTime();
            assertFalse(running.awaitPinned(20_000), "the stage thread died before pinning");
            assertTrue(System.nanoTime() - startNs < 10_000_000_000L, "a dead thread is not waited for");
            assertEquals(StageThreadFactory.PIN_PENDING, running.pinnedCpu(0));
        }
    }

    private static Pinning brokenPinning()
    {
        return pinning(cpu ->
        {
            throw new IllegalStateException("pin blew up");
        });
    }
}
