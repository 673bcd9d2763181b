package io.hftengine.affinity;

/**
 * The result of {@link Pinning#pin(int)}: while open, the thread that pinned runs only on
 * {@link #cpu()}; {@link #close()} restores the affinity mask the thread had before.
 *
 * <p>Not thread-safe: a lock belongs to the thread that acquired it and must be closed by that
 * same thread (Linux affinity is per thread). Closing twice is harmless.
 */
public interface CpuLock extends AutoCloseable
{
    /**
     * The CPU the thread was pinned to, or -1 when the pin did not happen (unpinned request,
     * pinning unavailable, or the OS refused).
     *
     * @return the CPU or -1.
     */
    int cpu();

    /**
     * Whether the pin took effect.
     *
     * @return true when {@link #cpu()} is not -1.
     */
    default boolean isPinned()
    {
        return cpu() >= 0;
    }

    /**
     * Restores the previous affinity of the owning thread. Never throws for OS failures (they are
     * logged); idempotent.
     *
     * @throws IllegalStateException if called from a thread other than the one that pinned.
     */
    @Override
    void close();

    /**
     * The lock of a pin that did not happen: {@link #cpu()} is -1 and {@link #close()} does
     * nothing, from any thread.
     *
     * @return the shared unpinned lock.
     */
    static CpuLock unpinned()
    {
        return UnpinnedLock.INSTANCE;
    }
}
