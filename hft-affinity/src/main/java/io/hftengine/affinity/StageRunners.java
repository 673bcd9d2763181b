package io.hftengine.affinity;

import org.agrona.ErrorHandler;
import org.agrona.concurrent.Agent;
import org.agrona.concurrent.AgentRunner;
import org.agrona.concurrent.CompositeAgent;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Runs a pipeline's stage agents on the threads of a {@link ThreadLayout}: one Agrona
 * {@link AgentRunner} per thread (a {@link CompositeAgent} for fused stages, called in pipeline
 * order), each with its plan's idle strategy, started on a named, pinned thread from a
 * {@link StageThreadFactory}. Each agent's {@code onStart} runs on its thread after the pin, so
 * memory it allocates there is first touched on the thread's NUMA node.
 *
 * <p>Start and close from one controlling thread; the accessors are thread-safe.
 */
public final class StageRunners implements AutoCloseable
{
    private final ThreadLayout layout;
    private final List<AgentRunner> runners;
    private final List<Thread> threads;
    private final List<StageThreadFactory> factories;

    private StageRunners(
        final ThreadLayout layout, final List<AgentRunner> runners, final List<Thread> threads,
        final List<StageThreadFactory> factories)
    {
        this.layout = layout;
        this.runners = runners;
        this.threads = threads;
        this.factories = factories;
    }

    /**
     * Builds and starts one thread per layout thread.
     *
     * @param layout       the plan.
     * @param stageAgents  one agent per stage, indexed like {@link ThreadLayout#stageNames()}.
     * @param pinning      how threads pin themselves; {@link Pinnings#best(AffinityLog)}.
     * @param errorHandler receives exceptions thrown by the agents, and anything that ends a stage
     *                     thread outside them (a {@link Pinning} that broke its contract and threw).
     * @return the running threads; close it to stop them.
     * @throws IllegalArgumentException if the agent count differs from the stage count, an agent
     *                                  is null, or the same agent is given twice.
     */
    public static StageRunners start(
        final ThreadLayout layout, final Agent[] stageAgents, final Pinning pinning, final ErrorHandler errorHandler)
    {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(pinning, "pinning");
        Objects.requireNonNull(errorHandler, "errorHandler");
        checkAgents(layout, stageAgents);
        final List<AgentRunner> runners = new ArrayList<>();
        final List<Thread> threads = new ArrayList<>();
        final List<StageThreadFactory> factories = new ArrayList<>();
        final StageRunners started = new StageRunners(layout, runners, threads, factories);
        try
        {
            for (final ThreadPlan plan : layout.threads())
            {
                final int[] stages = plan.stageIndices();
                final Agent agent;
                if (stages.length == 1)
                {
                    agent = stageAgents[stages[0]];
                }
                else
                {
                    final Agent[] fused = new Agent[stages.length];
                    for (int i = 0; i < stages.length; i++)
                    {
                        fused[i] = stageAgents[stages[i]];
                    }
                    agent = new CompositeAgent(fused);
                }
                final AgentRunner runner = new AgentRunner(plan.newIdleStrategy(), errorHandler, null, agent);
                final StageThreadFactory factory = new StageThreadFactory(plan, pinning);
                final Thread thread = factory.newThread(runner);
                thread.setUncaughtExceptionHandler(reportingTo(errorHandler));
                runners.add(runner);
                factories.add(factory);
                threads.add(thread);
                thread.start();
            }
        }
        catch (final RuntimeException | Error ex)
        {
            started.close();
            throw ex;
        }
        return started;
    }

    /**
     * The layout these threads follow.
     *
     * @return the layout.
     */
    public ThreadLayout layout()
    {
        return layout;
    }

    /**
     * The threads, in layout order.
     *
     * @return an unmodifiable list.
     */
    public List<Thread> threads()
    {
        return List.copyOf(threads);
    }

    /**
     * The agent runners, in layout order.
     *
     * @return an unmodifiable list.
     */
    public List<AgentRunner> runners()
    {
        return List.copyOf(runners);
    }

    /**
     * Where a thread ended up: its pinned CPU, -1 if unpinned, or
     * {@link StageThreadFactory#PIN_PENDING} if it has not pinned yet.
     *
     * @param threadIndex index into {@link #threads()}.
     * @return the CPU, -1 or {@link StageThreadFactory#PIN_PENDING}.
     * @throws IndexOutOfBoundsException if the index is out of range.
     */
    public int pinnedCpu(final int threadIndex)
    {
        return factories.get(threadIndex).pinnedCpu();
    }

    /**
     * Waits until every thread has made its pin attempt.
     *
     * @param timeoutMs longest wait, in milliseconds; {@link Long#MAX_VALUE} waits indefinitely.
     * @return true if all threads pinned (or settled on unpinned) in time; false at the timeout,
     *         or as soon as a thread is seen to have died before its pin attempt completed.
     * @throws InterruptedException if the waiting thread is interrupted.
     */
    public boolean awaitPinned(final long timeoutMs) throws InterruptedException
    {
        // toNanos saturates, and comparing elapsed time (never the deadline) cannot overflow.
        final long timeoutNs = TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        final long startNs = System.nanoTime();
        for (int i = 0; i < factories.size(); i++)
        {
            final StageThreadFactory factory = factories.get(i);
            while (factory.pinnedCpu() == StageThreadFactory.PIN_PENDING)
            {
                // Re-read after isAlive: a thread may pin and then finish between the two reads.
                final boolean diedUnpinned =
                    !threads.get(i).isAlive() && factory.pinnedCpu() == StageThreadFactory.PIN_PENDING;
                if (diedUnpinned || System.nanoTime() - startNs > timeoutNs)
                {
                    return false;
                }
                Thread.sleep(1);
            }
        }
        return true;
    }

    /**
     * Stops every thread, upstream stages first so producers stop before their consumers, and
     * waits for each to finish its agent's {@code onClose}. Idempotent.
     */
    @Override
    public void close()
    {
        for (final AgentRunner runner : runners)
        {
            runner.close();
        }
    }

    /**
     * A stage thread only dies of an exception from outside its agent (the agent runner hands
     * those to the error handler itself), so the application's handler sees it rather than
     * stderr alone; if the handler is what threw, the JVM's default handling still reports it.
     */
    private static Thread.UncaughtExceptionHandler reportingTo(final ErrorHandler errorHandler)
    {
        return (thread, ex) ->
        {
            try
            {
                errorHandler.onError(ex);
            }
            catch (final Throwable handlerFailure)
            {
                if (handlerFailure != ex)
                {
                    handlerFailure.addSuppressed(ex);
                }
                thread.getThreadGroup().uncaughtException(thread, handlerFailure);
            }
        };
    }

    private static void checkAgents(final ThreadLayout layout, final Agent[] stageAgents)
    {
        Objects.requireNonNull(stageAgents, "stageAgents");
        if (stageAgents.length != layout.stageNames().size())
        {
            throw new IllegalArgumentException(stageAgents.length + " agents for " + layout.stageNames().size() +
                " stages " + layout.stageNames());
        }
        for (int i = 0; i < stageAgents.length; i++)
        {
            if (stageAgents[i] == null)
            {
                throw new IllegalArgumentException("no agent for stage " + i + " '" + layout.stageNames().get(i) + "'");
            }
            for (int j = 0; j < i; j++)
            {
                if (stageAgents[j] == stageAgents[i])
                {
                    throw new IllegalArgumentException("the same agent runs stages " + j + " and " + i);
                }
            }
        }
    }
}
