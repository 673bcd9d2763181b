package io.hftengine.affinity;

import java.util.Objects;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Creates the thread for one {@link ThreadPlan}: named {@link ThreadPlan#threadName()} (a second
 * thread from the same factory gets {@code "-2"} appended, and so on), non-daemon, and pinned to
 * the plan's CPU from inside the thread before the task runs, the pin released after it returns.
 *
 * <p>Pinning never throws into the thread (see {@link Pinning}); a failed pin leaves the thread
 * running unpinned and is visible through {@link #pinnedCpu()}. Thread-safe.
 */
public final class StageThreadFactory implements ThreadFactory
{
    /** {@link #pinnedCpu()} before the most recent thread has made its pin attempt. */
    public static final int PIN_PENDING = -2;

    private final ThreadPlan plan;
    private final Pinning pinning;
    private final AtomicInteger created = new AtomicInteger();
    private final AtomicInteger pinnedCpu = new AtomicInteger(PIN_PENDING);

    /**
     * A factory for one planned thread.
     *
     * @param plan    the thread's plan (name, CPU).
     * @param pinning how to pin; use {@link Pinnings#best(AffinityLog)}.
     */
    public StageThreadFactory(final ThreadPlan plan, final Pinning pinning)
    {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.pinning = Objects.requireNonNull(pinning, "pinning");
    }

    /**
     * A new, unstarted thread that pins itself then runs {@code task}.
     *
     * @param task what the thread runs, e.g. an Agrona {@code AgentRunner}.
     * @return the thread, not started.
     */
    @Override
    public Thread newThread(final Runnable task)
    {
        Objects.requireNonNull(task, "task");
        final int n = created.incrementAndGet();
        pinnedCpu.set(PIN_PENDING);
        final String name = n == 1 ? plan.threadName() : plan.threadName() + "-" + n;
        final Thread thread = new Thread(() -> runPinned(task), name);
        thread.setDaemon(false);
        return thread;
    }

    /**
     * Outcome of the most recent thread's pin: its CPU, -1 if it runs unpinned, or
     * {@link #PIN_PENDING} if it has not got that far yet.
     *
     * @return the pinned CPU, -1 or {@link #PIN_PENDING}.
     */
    public int pinnedCpu()
    {
        return pinnedCpu.get();
    }

    /**
     * The plan this factory serves.
     *
     * @return the plan.
     */
    public ThreadPlan plan()
    {
        return plan;
    }

    private void runPinned(final Runnable task)
    {
        try (CpuLock lock = pinning.pin(plan.cpu()))
        {
            pinnedCpu.set(lock.cpu());
            task.run();
        }
    }
}
