package io.hftengine.affinity.internal;

import io.hftengine.affinity.AffinityLog;
import io.hftengine.affinity.CpuLock;
import io.hftengine.affinity.Pinning;
import net.openhft.affinity.Affinity;
import net.openhft.affinity.IAffinity;

import java.util.BitSet;

/**
 * {@link Pinning} over OpenHFT Java-Thread-Affinity's {@link IAffinity} (JNA calls to
 * {@code sched_setaffinity}/{@code sched_getcpu}). Internal: obtain it via
 * {@code Pinnings.best(log)}, which falls back to a no-op when {@link #load} throws.
 *
 * <p>Uses the raw per-thread affinity calls rather than {@code AffinityLock}: the thread layout
 * planner has already decided which CPU each thread gets, so OpenHFT's own reservation
 * bookkeeping (lock files, its reserved-CPU property) would only second-guess it.
 *
 * <p>Thread-safe; each call affects only the calling thread.
 */
public final class OpenHftPinning implements Pinning
{
    private final IAffinity affinity;
    private final AffinityLog log;

    private OpenHftPinning(final IAffinity affinity, final AffinityLog log)
    {
        this.affinity = affinity;
        this.log = log;
    }

    /**
     * Loads the OpenHFT binding and checks it can read this thread's affinity.
     *
     * @param log where later pin failures are reported.
     * @return the pinning.
     * @throws IllegalStateException if OpenHFT picked its no-op implementation (JNA unavailable or
     *                               unsupported OS) or reads an empty affinity mask.
     * @throws LinkageError          if the library or JNA cannot be loaded.
     */
    public static Pinning load(final AffinityLog log)
    {
        final IAffinity impl = Affinity.getAffinityImpl();
        final String implName = impl.getClass().getSimpleName();
        if (!Affinity.isJNAAvailable() || "NullAffinity".equals(implName))
        {
            throw new IllegalStateException("OpenHFT Affinity has no native implementation on " +
                System.getProperty("os.name") + " (JNA available: " + Affinity.isJNAAvailable() + ", impl " + implName + ")");
        }
        if (impl.getAffinity().isEmpty())
        {
            throw new IllegalStateException("OpenHFT Affinity " + implName + " reads an empty affinity mask");
        }
        return new OpenHftPinning(impl, log);
    }

    @Override
    public CpuLock pin(final int cpu)
    {
        if (cpu < -1)
        {
            throw new IllegalArgumentException("cpu must be >= -1: " + cpu);
        }
        if (cpu == -1)
        {
            return CpuLock.unpinned();
        }
        try
        {
            final BitSet previous = affinity.getAffinity();
            final BitSet target = new BitSet();
            target.set(cpu);
            affinity.setAffinity(target);
            if (!target.equals(affinity.getAffinity()))
            {
                affinity.setAffinity(previous);
                log.warn("pin of thread '" + Thread.currentThread().getName() + "' to cpu " + cpu +
                    " did not take effect (mask reads " + affinity.getAffinity() + "); running unpinned");
                return CpuLock.unpinned();
            }
            return new OpenHftCpuLock(affinity, log, cpu, previous);
        }
        catch (final RuntimeException | LinkageError ex)
        {
            log.warn("pin of thread '" + Thread.currentThread().getName() + "' to cpu " + cpu + " failed (" +
                ex.getClass().getSimpleName() + ": " + ex.getMessage() + "); running unpinned");
            return CpuLock.unpinned();
        }
    }

    @Override
    public int currentCpu()
    {
        try
        {
            return affinity.getCpu();
        }
        catch (final RuntimeException | LinkageError ex)
        {
            return -1;
        }
    }

    @Override
    public boolean isEffective()
    {
        return true;
    }

    @Override
    public String describe()
    {
        return "OpenHFT affinity (" + affinity.getClass().getSimpleName() + ")";
    }

    @Override
    public String toString()
    {
        return describe();
    }
}
