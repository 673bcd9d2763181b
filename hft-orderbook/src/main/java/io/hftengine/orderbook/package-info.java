/**
 * Fixed-depth L2 books ({@link io.hftengine.orderbook.L2Book}) and the order-by-order book that
 * feeds them ({@link io.hftengine.orderbook.OrderBook}), both allocation free per event.
 */
package io.hftengine.orderbook;
