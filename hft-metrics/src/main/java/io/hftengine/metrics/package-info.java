/**
 * Will hold tickers, latency tracking and shared-memory export (issue: hft-metrics).
 */
package io.hftengine.metrics;
