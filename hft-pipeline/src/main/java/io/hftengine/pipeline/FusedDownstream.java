package io.hftengine.pipeline;

import io.hftengine.pipeline.gateway.GatewayStage;
import io.hftengine.pipeline.risk.RiskStage;
import io.hftengine.pipeline.strategy.StrategyStage;

import java.util.function.IntSupplier;

/**
 * Strategy, risk and gateway as one duty cycle, in pipeline order: what the market data stage
 * calls inline, on its own thread, when all four stages are fused. One cycle carries a market
 * event through to an order on the wire, since each stage finds its input already published by
 * the one before.
 */
final class FusedDownstream implements IntSupplier {
    private final StrategyStage strategy;
    private final RiskStage risk;
    private final GatewayStage gateway;

    FusedDownstream(final StrategyStage strategy, final RiskStage risk, final GatewayStage gateway) {
        this.strategy = strategy;
        this.risk = risk;
        this.gateway = gateway;
    }

    @Override
    public int getAsInt() {
        return strategy.doWork() + risk.doWork() + gateway.doWork();
    }
}
