package io.hftengine.affinity;

import org.agrona.concurrent.BackoffIdleStrategy;
import org.agrona.concurrent.BusySpinIdleStrategy;
import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.YieldingIdleStrategy;

/**
 * Maps an {@link IdleKind} to a fresh Agrona {@link IdleStrategy}. Stateless and thread-safe;
 * the strategies it returns are not (give each thread its own).
 */
public final class IdleStrategies
{
    /** Backoff: spins before yielding; about a microsecond of spinning on a modern core. */
    public static final long BACKOFF_MAX_SPINS = 100;
    /** Backoff: yields before parking. */
    public static final long BACKOFF_MAX_YIELDS = 10;
    /** Backoff: first park period, in nanoseconds. */
    public static final long BACKOFF_MIN_PARK_NS = 1_000;
    /**
     * Backoff: longest park period, in nanoseconds. 100 us (Agrona's default is 1 ms) bounds the
     * extra latency of a shared, idle stage at the cost of more wake-ups.
     */
    public static final long BACKOFF_MAX_PARK_NS = 100_000;

    private IdleStrategies()
    {
    }

    /**
     * A new strategy for one thread.
     *
     * @param kind the kind; must not be null.
     * @return {@link BusySpinIdleStrategy}, {@link YieldingIdleStrategy} or a
     *         {@link BackoffIdleStrategy} with the {@code BACKOFF_*} parameters.
     * @throws NullPointerException if kind is null.
     */
    public static IdleStrategy create(final IdleKind kind)
    {
        switch (kind)
        {
            case BUSY_SPIN:
                return new BusySpinIdleStrategy();
            case YIELD:
                return new YieldingIdleStrategy();
            case BACKOFF:
                return new BackoffIdleStrategy(
                    BACKOFF_MAX_SPINS, BACKOFF_MAX_YIELDS, BACKOFF_MIN_PARK_NS, BACKOFF_MAX_PARK_NS);
            default:
                throw new IllegalArgumentException("unknown idle kind " + kind);
        }
    }
}
