/**
 * On-demand profiling with async-profiler: CPU, allocation and lock flame graphs (HTML) of the
 * running engine.
 *
 * <p>{@link io.hftengine.engine.profile.Profiler} wraps the native profiler and never throws into
 * the engine: every outcome, failures included, is a {@link io.hftengine.engine.profile.ProfileStatus}.
 * {@link io.hftengine.engine.profile.ProfileOptions} is the {@code --profile FILE.html} option of
 * the run commands; {@link io.hftengine.engine.profile.ProfileController} serves profile requests
 * that the monitor writes into the shared-memory control region, polled from a housekeeping
 * thread so the pipeline threads never do I/O for it;
 * {@link io.hftengine.engine.profile.ProfileRequestCommand} ({@code hft profile}) raises such a
 * request from another process.
 */
package io.hftengine.engine.profile;
