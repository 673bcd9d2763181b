/**
 * The bridge from hft-protocol's ITCH 5.0 decoder to {@link io.hftengine.orderbook.OrderBook}.
 */
package io.hftengine.orderbook.itch;
