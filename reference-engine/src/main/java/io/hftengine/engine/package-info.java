/**
 * The reference engine as a program: {@link io.hftengine.engine.HftMain} and its commands
 * ({@code cli}), the TOML configuration ({@code config}), the feed and exchange simulators
 * ({@code feed}, {@code exchange}), the session that runs the pipeline and reports on it
 * ({@code run}, {@code report}), the host check ({@code doctor}) and profiling ({@code profile}).
 * Not a library: the module exports nothing.
 */
package io.hftengine.engine;
