package io.hftengine.affinity;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A Pinning that pins nothing but records who asked for which cpu, and "succeeds". */
final class RecordingPinning implements Pinning
{
    final List<String> calls = new CopyOnWriteArrayList<>();
    final List<String> closes = new CopyOnWriteArrayList<>();

    @Override
    public CpuLock pin(final int cpu)
    {
        final String who = Thread.currentThread().getName();
        calls.add(who + "@" + cpu);
        if (cpu < 0)
        {
            return CpuLock.unpinned();
        }
        return new CpuLock()
        {
            @Override
            public int cpu()
            {
                return cpu;
            }

            @Override
            public void close()
            {
                closes.add(Thread.currentThread().getName() + "@" + cpu);
            }
        };
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
        return "recording";
    }
}
