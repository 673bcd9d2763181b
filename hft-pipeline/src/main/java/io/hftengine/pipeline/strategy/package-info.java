/**
 * The strategy contract ({@link io.hftengine.pipeline.strategy.Strategy},
 * {@link io.hftengine.pipeline.strategy.SignalSink}), a reference book-imbalance strategy and the
 * strategy stage agent.
 */
package io.hftengine.pipeline.strategy;
