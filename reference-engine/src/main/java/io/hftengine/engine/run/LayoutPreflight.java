package io.hftengine.engine.run;

import io.hftengine.affinity.AffinityLog;
import io.hftengine.affinity.CpuTopology;
import io.hftengine.affinity.LayoutRequest;
import io.hftengine.affinity.ThreadLayoutPlanner;
import io.hftengine.engine.config.EngineConfig;
import io.hftengine.pipeline.Pipeline;
import io.hftengine.pipeline.PipelineConfig;

/**
 * Plans the layout engine.toml asks for before anything of a session opens: one this host cannot
 * run (4 busy threads on 2 CPUs without {@code allow_oversubscribe}) is a configuration error
 * naming the file, the line and the key (exit 3), not a usage error at the pipeline's start. A
 * layout from the command line ({@code --layout}) is left to the start, where it is a usage error.
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
     */
    static void check(final EngineConfig config, final String commandLineLayout, final CpuTopology host) {
        final PipelineConfig pipeline = config.pipeline().build();
        if (commandLineLayout != null || pipeline.threads() == 0) {
            return; // auto always fits
        }
        try {
            ThreadLayoutPlanner.plan(Pipeline.STAGE_NAMES, LayoutRequest.of(pipeline.threads()), host,
                pipeline.allowOversubscribe(), SILENT);
        } catch (final IllegalArgumentException e) {
            throw config.layoutError(e.getMessage());
        }
    }
}
