package io.hftengine.engine.run;

import io.hftengine.affinity.AffinityLog;
import io.hftengine.affinity.CpuTopology;
import io.hftengine.affinity.LayoutRequest;
import io.hftengine.affinity.ThreadLayoutPlanner;
import io.hftengine.engine.config.EngineConfig;
import io.hftengine.pipeline.Pipeline;
import io.hftengine.pipeline.PipelineConfig;

/**
 * Plans the layout a session asks for before anything of it opens (pre-open priming included,
 * 10 s by default): one this host cannot run (4 busy threads on 2 CPUs without
 * {@code allow_oversubscribe}) is, from engine.toml, a configuration error naming the file, the
 * line and the key (exit 3), and from the command line ({@code --layout}) a usage error (exit 2).
 */
final class LayoutPreflight {
    /** Warnings of the trial plan are the start's to print: this one says nothing. */
    private static final AffinityLog SILENT = message -> { };

    private LayoutPreflight() {
    }

    /**
     * Checks the file's layout against a host.
     *
     * @param config the configuration, with the command line's {@code --oversubscribe} applied
     * @param commandLineLayout {@code --layout}, or {@code null} when the file's layout is used
     * @param host the host's CPUs
     * @throws io.hftengine.engine.config.ConfigException when the file's layout cannot be planned
     * @throws IllegalArgumentException when the command line's layout cannot be planned
     */
    static void check(final EngineConfig config, final String commandLineLayout, final CpuTopology host) {
        final PipelineConfig pipeline = config.pipeline().build();
        if (commandLineLayout != null) {
            // The planner's own message, as the start would give it, but before priming costs
            // its seconds and reports "trading starts unprimed" for a run that never starts.
            final int threads = "auto".equals(commandLineLayout) ? 0 : Integer.parseInt(commandLineLayout);
            plan(threads, pipeline.allowOversubscribe(), host);
            return;
        }
        try {
            plan(pipeline.threads(), pipeline.allowOversubscribe(), host);
        } catch (final IllegalArgumentException e) {
            throw config.layoutError(e.getMessage());
        }
    }

    private static void plan(final int threads, final boolean allowOversubscribe, final CpuTopology host) {
        if (threads == 0) {
            return; // auto always fits
        }
        ThreadLayoutPlanner.plan(Pipeline.STAGE_NAMES, LayoutRequest.of(threads), host, allowOversubscribe, SILENT);
    }
}
