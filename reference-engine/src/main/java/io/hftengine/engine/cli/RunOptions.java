package io.hftengine.engine.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** Options shared by the commands that run the pipeline: demo, run, replay, bench. */
public final class RunOptions {
    /** Creates the options; picocli fills them. */
    public RunOptions() {
        // fields are set by picocli or by the caller
    }

    @Option(names = "--layout", defaultValue = "", paramLabel = "auto|1|2|4",
            description = "Thread layout: auto picks by the CPUs available; 1 fuses all stages on one thread,"
                    + " 2 runs market data apart from the rest, 4 gives each stage its own thread"
                    + " (default: the config's, auto).")
    String layout;

    @picocli.CommandLine.Mixin
    io.hftengine.engine.profile.ProfileOptions profile = new io.hftengine.engine.profile.ProfileOptions();

    @Option(names = "--oversubscribe",
            description = "Allow more busy threads than CPUs (e.g. --layout 4 on 2 CPUs): warns, uses backoff.")
    boolean oversubscribe;

    @Option(names = "--prime", paramLabel = "SECONDS",
            description = "Pre-open priming (run, demo, bench): before trading, a throwaway copy of the pipeline"
                    + " trades a synthetic feed against simulators on loopback this long, so the JIT has compiled the"
                    + " order path by the first real order (default: run takes engine.prime_seconds from the config,"
                    + " demo and bench 0).")
    Double prime;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the run summary as JSON.")
    Path json;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "hft-report",
            description = "Directory for the latency .hlog and percentile plot (default: ${DEFAULT-VALUE}).")
    Path outputDir;

    @Option(names = "--metrics-file", paramLabel = "FILE",
            description = "Shared-memory metrics file for ./hft monitor (default: /dev/shm/hft-engine/metrics.dat).")
    Path metricsFile;

    @Option(names = "--no-metrics-file", description = "Do not export metrics to shared memory.")
    boolean noMetricsFile;

    /**
     * Returns where metrics are exported.
     *
     * @return the metrics file, or null when export is off
     */
    Path metricsFile() {
        if (noMetricsFile) {
            return null;
        }
        return metricsFile != null ? metricsFile : io.hftengine.metrics.shm.MetricsFile.defaultPath();
    }

    /**
     * Returns a configuration with the priming time asked for on the command line, else
     * {@code otherwise}.
     *
     * @param config the loaded configuration
     * @param otherwise the command's default
     * @return the configuration to run
     * @throws IllegalArgumentException when the option is out of range
     */
    io.hftengine.engine.config.EngineConfig primed(final io.hftengine.engine.config.EngineConfig config,
            final double otherwise) {
        return config.withPrimeSeconds(prime == null ? otherwise : prime);
    }

    /**
     * Returns the layout asked for on the command line.
     *
     * @return auto, 1, 2, 4, or null when the option was not given
     * @throws IllegalArgumentException when the value is none of those
     */
    String layout() {
        if (layout.isEmpty()) {
            return null;
        }
        if (!layout.matches("auto|1|2|4")) {
            throw new IllegalArgumentException("--layout must be auto, 1, 2 or 4, was " + layout);
        }
        return layout;
    }
}
