package io.hftengine.affinity;

import io.hftengine.affinity.internal.OpenHftPinning;

import java.util.Objects;
import java.util.function.Function;

/**
 * Chooses a {@link Pinning}: OpenHFT Affinity (JNA, {@code sched_setaffinity}) where it loads and
 * works, {@link NoOpPinning} otherwise. Loading happens on the call, never in a static
 * initialiser, so merely touching this class does no I/O and loads no native code.
 */
public final class Pinnings
{
    private Pinnings()
    {
    }

    /**
     * The best pinning this host supports. Never throws: a failure to load the native binding
     * (non-Linux OS, JNA missing or blocked, {@code LinkageError}) is logged once through
     * {@code log} and answered with a {@link NoOpPinning}.
     *
     * @param log where a fallback is reported, and later pin failures.
     * @return an effective pinning, or the no-op fallback.
     */
    public static Pinning best(final AffinityLog log)
    {
        return load(OpenHftPinning::load, log);
    }

    /**
     * Loads a pinning through {@code loader}, falling back to {@link NoOpPinning} if it throws
     * anything ({@code Error}s included: a missing native library surfaces as
     * {@code UnsatisfiedLinkError} or {@code NoClassDefFoundError}). The fallback is logged
     * exactly once, here; the returned no-op does not log again.
     *
     * @param loader builds the real pinning given the log; may throw.
     * @param log    where the fallback is reported.
     * @return the loaded pinning or the fallback; never null.
     */
    public static Pinning load(final Function<AffinityLog, Pinning> loader, final AffinityLog log)
    {
        Objects.requireNonNull(log, "log");
        try
        {
            final Pinning pinning = loader.apply(log);
            if (pinning == null)
            {
                throw new IllegalStateException("pinning loader returned null");
            }
            return pinning;
        }
        catch (final VirtualMachineError fatal)
        {
            throw fatal;
        }
        catch (final Throwable ex)
        {
            final String reason = ex.getClass().getSimpleName() + ": " + ex.getMessage();
            log.warn("thread pinning unavailable, stage threads will run unpinned: " + reason);
            return new NoOpPinning(reason, Pinnings::alreadyLogged);
        }
    }

    private static void alreadyLogged(final String message)
    {
        // The load failure was reported once above; repeating it per pin would be noise.
    }
}
