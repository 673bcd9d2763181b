package io.hftengine.affinity;

/**
 * How many threads the pipeline's stages should run on: an explicit count (1 = all stages fused
 * on one thread, the stage count = one thread per stage, as in the design's four-core layout) or
 * {@link #AUTO}, which lets {@link ThreadLayoutPlanner} pick from the CPUs available.
 *
 * <p>Immutable value; thread-safe.
 */
public final class LayoutRequest
{
    /** Let the planner choose: as many threads as dedicated cores allow, at most one per stage. */
    public static final LayoutRequest AUTO = new LayoutRequest(0);

    private final int threads;

    private LayoutRequest(final int threads)
    {
        this.threads = threads;
    }

    /**
     * An explicit thread count.
     *
     * @param threads number of stage threads, at least 1 (at most the stage count, checked when planning).
     * @return the request.
     * @throws IllegalArgumentException if threads is below 1.
     */
    public static LayoutRequest of(final int threads)
    {
        if (threads < 1)
        {
            throw new IllegalArgumentException("thread count must be at least 1 (or use AUTO): " + threads);
        }
        return new LayoutRequest(threads);
    }

    /**
     * Parses a configuration value: {@code "auto"} (any case) or a positive integer.
     *
     * @param text the value.
     * @return the request.
     * @throws IllegalArgumentException if the text is neither.
     */
    public static LayoutRequest parse(final String text)
    {
        final String s = text.strip();
        if (s.equalsIgnoreCase("auto"))
        {
            return AUTO;
        }
        if (!s.matches("[0-9]{1,4}"))
        {
            throw new IllegalArgumentException("thread layout must be 'auto' or a thread count, got '" + text + "'");
        }
        return of(Integer.parseInt(s));
    }

    /**
     * Whether the planner chooses the count.
     *
     * @return true for {@link #AUTO}.
     */
    public boolean isAuto()
    {
        return threads == 0;
    }

    /**
     * The requested count.
     *
     * @return the thread count, or 0 for {@link #AUTO}.
     */
    public int threads()
    {
        return threads;
    }

    @Override
    public boolean equals(final Object o)
    {
        return o instanceof LayoutRequest && ((LayoutRequest)o).threads == threads;
    }

    @Override
    public int hashCode()
    {
        return threads;
    }

    @Override
    public String toString()
    {
        return isAuto() ? "auto" : threads + (threads == 1 ? " thread" : " threads");
    }
}
