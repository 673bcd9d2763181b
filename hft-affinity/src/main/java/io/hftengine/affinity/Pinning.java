package io.hftengine.affinity;

/**
 * Pins the calling thread to a CPU. The one seam between this toolkit and the OS affinity API:
 * {@link Pinnings#best(AffinityLog)} returns the OpenHFT-backed implementation where it works and
 * {@link NoOpPinning} elsewhere.
 *
 * <p>Contract for every implementation: never throws into the caller for an OS or library
 * failure (it is logged and reported as an unpinned {@link CpuLock}); thread-safe, each call
 * affecting only the calling thread. Not for the hot path: a pin is a system call.
 */
public interface Pinning
{
    /**
     * Pins the calling thread to one CPU until the returned lock is closed.
     *
     * @param cpu a logical CPU id, or -1 for "leave unpinned" (returns an unpinned lock).
     * @return the lock; {@link CpuLock#isPinned()} says whether the pin took effect.
     * @throws IllegalArgumentException if {@code cpu < -1}.
     */
    CpuLock pin(int cpu);

    /**
     * The CPU the calling thread is running on right now (it may move unless pinned). A
     * diagnostic: the OpenHFT implementation is a JNA call that allocates (about 16 B and
     * 0.5 us per call), so keep it off the hot path.
     *
     * @return the CPU id, or -1 when not known.
     */
    int currentCpu();

    /**
     * Whether pins take effect (false for the no-op fallback).
     *
     * @return true when this implementation really pins.
     */
    boolean isEffective();

    /**
     * Which implementation this is and, for a fallback, why.
     *
     * @return a short description.
     */
    String describe();
}
