/**
 * The monitor program ({@link io.hftengine.metrics.monitor.MonitorMain}): live terminal table and
 * Prometheus endpoint over the engine's metrics file. A program, not an API: exported only to the
 * reference engine, whose {@code hft monitor} runs it in process.
 */
package io.hftengine.metrics.monitor;
