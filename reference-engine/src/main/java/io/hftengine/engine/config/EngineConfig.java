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
 */
public record EngineConfig(PipelineConfig.Builder pipeline, NetworkConfig network, RiskLimits risk,
        ImbalanceParams strategy, String layout, double primeSeconds) {
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
        return new EngineConfig(pipeline, network, risk, strategy, layout, seconds);
    }
}
