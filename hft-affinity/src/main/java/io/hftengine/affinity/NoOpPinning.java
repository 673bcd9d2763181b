package io.hftengine.affinity;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The fallback {@link Pinning}: pins nothing, logs once why, never throws. Used on non-Linux
 * hosts and wherever the native library fails to load, so stages still run, just unpinned.
 *
 * <p>Thread-safe.
 */
public final class NoOpPinning implements Pinning
{
    private final String reason;
    private final AffinityLog log;
    private final AtomicBoolean warned = new AtomicBoolean();

    /**
     * Creates the fallback.
     *
     * @param reason why pinning is unavailable, for the one log line and {@link #describe()}.
     * @param log    where the first ignored pin request is reported (once per instance).
     */
    public NoOpPinning(final String reason, final AffinityLog log)
    {
        this.reason = Objects.requireNonNull(reason, "reason");
        this.log = Objects.requireNonNull(log, "log");
    }

    /**
     * Does not pin; the first request for a real CPU is logged once.
     *
     * @param cpu a CPU id or -1.
     * @return an unpinned lock.
     * @throws IllegalArgumentException if {@code cpu < -1}.
     */
    @Override
    public CpuLock pin(final int cpu)
    {
        if (cpu < -1)
        {
            throw new IllegalArgumentException("cpu must be >= -1: " + cpu);
        }
        if (cpu >= 0 && warned.compareAndSet(false, true))
        {
            log.warn("thread pinning unavailable (" + reason + "): stage threads run unpinned; first request was cpu " +
                cpu + " from thread '" + Thread.currentThread().getName() + "'");
        }
        return CpuLock.unpinned();
    }

    /**
     * Not known without the native library.
     *
     * @return -1.
     */
    @Override
    public int currentCpu()
    {
        return -1;
    }

    /**
     * Never effective.
     *
     * @return false.
     */
    @Override
    public boolean isEffective()
    {
        return false;
    }

    @Override
    public String describe()
    {
        return "no-op pinning (" + reason + ")";
    }

    @Override
    public String toString()
    {
        return describe();
    }
}
