package io.hftengine.affinity;

/**
 * Where this module reports degraded operation: a pinning fallback, a pin that failed, a layout
 * that had to compromise. Only ever called off the hot path (start-up, thread start and stop).
 *
 * <p>Implementations must be thread-safe: stage threads report their own pin failures.
 */
@FunctionalInterface
public interface AffinityLog
{
    /**
     * Reports a warning.
     *
     * @param message a complete sentence describing what was degraded and why.
     */
    void warn(String message);

    /**
     * The JDK platform logger {@code io.hftengine.affinity} at level WARNING (routed to whatever
     * logging backend the application configured via {@link System.LoggerFinder}).
     *
     * @return the shared system log.
     */
    static AffinityLog system()
    {
        return SystemAffinityLog.INSTANCE;
    }
}
