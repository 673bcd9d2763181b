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
 */
public record EngineConfig(PipelineConfig.Builder pipeline, NetworkConfig network, RiskLimits risk,
        ImbalanceParams strategy, String layout) {
}
