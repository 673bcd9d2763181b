package io.hftengine.affinity;

/** {@link AffinityLog} over the JDK platform logger; the logger is looked up on first use. */
enum SystemAffinityLog implements AffinityLog
{
    INSTANCE;

    @Override
    public void warn(final String message)
    {
        System.getLogger("io.hftengine.affinity").log(System.Logger.Level.WARNING, message);
    }
}
