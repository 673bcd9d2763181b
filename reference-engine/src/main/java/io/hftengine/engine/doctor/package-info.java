/**
 * {@code hft doctor}: a read-only report of how this host suits a latency-sensitive deployment.
 *
 * <p>{@link io.hftengine.engine.doctor.HostCheck} reads {@code /sys} and {@code /proc} through an
 * injectable root (so tests run against captured fixtures), never writes to the host, and reports
 * a missing entry as unknown rather than failing. Each
 * {@link io.hftengine.engine.doctor.Finding} is one line: setting, found, recommended and why.
 */
package io.hftengine.engine.doctor;
