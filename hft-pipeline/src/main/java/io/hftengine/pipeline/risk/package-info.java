/**
 * Pre-trade risk: limits, positions and open orders, the order-rate token bucket, the kill switch
 * and the risk stage agent.
 */
package io.hftengine.pipeline.risk;
