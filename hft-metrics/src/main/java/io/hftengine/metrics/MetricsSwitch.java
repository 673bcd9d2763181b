package io.hftengine.metrics;

/**
 * The process-wide metrics on/off switch, read once when this class initialises.
 *
 * <p>Set the system property {@value #DISABLED_PROPERTY} to {@code true} (for example
 * {@code -Dhft.metrics.disabled=true}) to turn latency recording off. Because {@link #ENABLED} is a
 * {@code static final} constant, the JIT folds every {@code if (MetricsSwitch.ENABLED)} guard and
 * removes the disabled path entirely: a disabled {@code record} costs the same as no call (proved
 * by {@code io.hftengine.bench.metrics.MetricsSwitchBenchmark}). The switch cannot be flipped at
 * run time; that is the price of the zero cost.
 */
public final class MetricsSwitch {
    /** The system property that disables recording when set to {@code true}. */
    public static final String DISABLED_PROPERTY = "hft.metrics.disabled";

    /** {@code true} unless {@value #DISABLED_PROPERTY} was {@code true} when this class loaded. */
    public static final boolean ENABLED = !Boolean.getBoolean(DISABLED_PROPERTY);

    private MetricsSwitch() {
    }
}
