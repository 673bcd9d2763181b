/**
 * Will hold the L2 and order-by-order books (issue: hft-orderbook).
 */
package io.hftengine.orderbook;
