/**
 * The memory-mapped metrics file shared between the engine and the monitor process, after
 * Aeron's CnC/counters file: layout in {@link io.hftengine.metrics.shm.MetricsFileDescriptor},
 * writer side {@link io.hftengine.metrics.shm.MetricsFile}, reader side
 * {@link io.hftengine.metrics.shm.MetricsFileReader}.
 */
package io.hftengine.metrics.shm;
