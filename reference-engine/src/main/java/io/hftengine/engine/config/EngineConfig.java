package io.hftengine.engine.config;

import io.hftengine.pipeline.NetworkConfig;
import io.hftengine.pipeline.PipelineConfig;
import io.hftengine.pipeline.risk.RiskLimits;
import io.hftengine.pipeline.strategy.ImbalanceParams;

/**
 * Everything the engine needs to start, validated: read from {@code engine.toml},
 * {@code network.toml} and {@code risk_limits.toml} by {@link EngineConfigLoader}.
 *
 * @param pipeline rings, layout, book, sequencing, gateway and journal settings
 * @param network feed and venue addresses
 * @param risk pre-trade limits
 * @param strategy the reference strategy's parameters
 * @param layout the layout as written: {@code auto}, {@code 1}, {@code 2} or {@code 4}
 * @param primeSeconds seconds of pre-open priming before the pipeline trades: a throwaway copy of
 *        it trades a synthetic feed against simulators on loopback (in process for the benchmark)
 *        so that the JIT has compiled the order path by the open; 0 for none
 * @param layoutFile the file {@code layout} was read from, for an error found when it is planned
 * @param layoutLine the line of {@code engine.layout} in it, or {@link ConfigException#NO_LINE}
 */
public record EngineConfig(PipelineConfig.Builder pipeline, NetworkConfig network, RiskLimits risk,
        ImbalanceParams strategy, String layout, double primeSeconds, String layoutFile, int layoutLine) {
    /** The most priming accepted: ten minutes is far beyond what the JIT needs. */
    public static final double MAX_PRIME_SECONDS = 600;

    /**
     * Returns this configuration with another priming time: the command line's {@code --prime}
     * (the file's {@code engine.prime_seconds} is range-checked where it is read, naming the line).
     *
     * @param seconds 0 to {@value #MAX_PRIME_SECONDS}
     * @return the new configuration
     * @throws IllegalArgumentException when {@code seconds} is out of range
     */
    public EngineConfig withPrimeSeconds(final double seconds) {
        if (!(seconds >= 0 && seconds <= MAX_PRIME_SECONDS)) {
            throw new IllegalArgumentException("--prime must be 0 to " + (int) MAX_PRIME_SECONDS + " seconds, was "
                    + seconds);
        }
        return new EngineConfig(pipeline, network, risk, strategy, layout, seconds, layoutFile, layoutLine);
    }

    /**
     * An error in the file's {@code engine.layout} found only when it is planned on this host
     * (more busy threads than usable CPUs): named as the loader names its errors.
     *
     * @param problem what is wrong, in words
     * @return the exception, naming the file, the line and the key
     */
    public ConfigException layoutError(final String problem) {
        return new ConfigException(layoutFile, layoutLine, "engine.layout", problem);
    }
}
