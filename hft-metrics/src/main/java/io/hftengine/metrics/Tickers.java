package io.hftengine.metrics;

import java.util.Locale;

import io.hftengine.metrics.internal.tsc.TscLoader;
import io.hftengine.metrics.internal.tsc.TscTicker;

/**
 * Chooses a {@link Ticker}. Slow path: call once at start-up and keep the result.
 *
 * <p>Modes (system property {@value #MODE_PROPERTY}, default {@code auto}):
 * <ul>
 *   <li>{@code nanoTime}: always {@link NanoTicker}.</li>
 *   <li>{@code auto}: the RDTSC ticker if its JNI library was built, the CPU has an invariant TSC
 *   and the kernel itself trusts the TSC as a clocksource; otherwise {@link NanoTicker}.</li>
 *   <li>{@code tsc}: as {@code auto} but without the kernel-trust check (for benchmarking on VMs
 *   whose kernel distrusts the TSC; readings may then jump between CPUs).</li>
 * </ul>
 * Measured on a KVM guest (2 vCPU, kvm-clock): {@code System.nanoTime} about 26-30 ns, RDTSC via
 * JNI about 12 ns; see {@code io.hftengine.bench.metrics.TickerBenchmark}.
 */
public final class Tickers {
    /** System property selecting the mode: {@code auto}, {@code tsc} or {@code nanoTime}. */
    public static final String MODE_PROPERTY = "hft.metrics.ticker";

    private static volatile String lastSelection = "none yet";

    private Tickers() {
    }

    /**
     * Selects a ticker with the mode from {@value #MODE_PROPERTY}.
     *
     * @return a TSC ticker where allowed and working, else {@link NanoTicker#INSTANCE}
     * @throws IllegalArgumentException if the property holds an unknown mode
     */
    public static Ticker best() {
        return select(System.getProperty(MODE_PROPERTY, "auto"));
    }

    /**
     * Selects a ticker for a mode.
     *
     * @param mode {@code auto}, {@code tsc} or {@code nanoTime} (case-insensitive)
     * @return a TSC ticker where allowed and working, else {@link NanoTicker#INSTANCE}
     * @throws IllegalArgumentException if the mode is unknown
     */
    public static Ticker select(final String mode) {
        final String m = mode.toLowerCase(Locale.ROOT);
        if ("nanotime".equals(m)) {
            lastSelection = "nanoTime (requested)";
            return NanoTicker.INSTANCE;
        }
        if (!"auto".equals(m) && !"tsc".equals(m)) {
            throw new IllegalArgumentException("unknown ticker mode '" + mode + "' (auto, tsc, nanoTime)");
        }
        final TscTicker tsc = TscLoader.tryLoad("auto".equals(m));
        lastSelection = tsc != null ? "tsc: " + TscLoader.lastReason() : "nanoTime: " + TscLoader.lastReason();
        return tsc != null ? tsc : NanoTicker.INSTANCE;
    }

    /**
     * Says which ticker the last selection returned and why, for the start-up log.
     *
     * @return e.g. {@code "nanoTime: kernel does not trust the TSC ..."}
     */
    public static String lastSelection() {
        return lastSelection;
    }
}
