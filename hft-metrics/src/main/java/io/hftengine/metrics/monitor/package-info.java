/**
 * The monitor program ({@link io.hftengine.metrics.monitor.MonitorMain}): live terminal table and
 * Prometheus endpoint over the engine's metrics file. Not exported: a program, not an API.
 */
package io.hftengine.metrics.monitor;
