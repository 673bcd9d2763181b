package io.hftengine.affinity.internal;

import io.hftengine.affinity.AffinityLog;
import io.hftengine.affinity.CpuLock;
import net.openhft.affinity.IAffinity;

import java.util.BitSet;

/** A pin made through OpenHFT; closing restores the mask the owning thread had before. */
final class OpenHftCpuLock implements CpuLock
{
    private final IAffinity affinity;
    private final AffinityLog log;
    private final int cpu;
    private final BitSet previous;
    private final Thread owner;
    private boolean closed;

    OpenHftCpuLock(final IAffinity affinity, final AffinityLog log, final int cpu, final BitSet previous)
    {
        this.affinity = affinity;
        this.log = log;
        this.cpu = cpu;
        this.previous = previous;
        this.owner = Thread.currentThread();
    }

    @Override
    public int cpu()
    {
        return cpu;
    }

    @Override
    public void close()
    {
        if (Thread.currentThread() != owner)
        {
            throw new IllegalStateException("cpu " + cpu + " lock of thread '" + owner.getName() +
                "' closed from thread '" + Thread.currentThread().getName() + "': affinity is per thread");
        }
        if (closed)
        {
            return;
        }
        closed = true;
        try
        {
            affinity.setAffinity(previous);
        }
        catch (final RuntimeException | LinkageError ex)
        {
            log.warn("restoring affinity " + previous + " of thread '" + owner.getName() + "' failed: " + ex);
        }
    }

    @Override
    public String toString()
    {
        return "CpuLock[cpu " + cpu + ", thread '" + owner.getName() + "'" + (closed ? ", closed" : "") + "]";
    }
}
