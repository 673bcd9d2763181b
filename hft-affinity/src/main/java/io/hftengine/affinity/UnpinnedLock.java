package io.hftengine.affinity;

/** The lock of a pin that did not happen: nothing to restore. Stateless, so shared. */
enum UnpinnedLock implements CpuLock
{
    INSTANCE;

    @Override
    public int cpu()
    {
        return -1;
    }

    @Override
    public void close()
    {
        // Nothing was changed, so nothing is restored, whichever thread closes.
    }
}
