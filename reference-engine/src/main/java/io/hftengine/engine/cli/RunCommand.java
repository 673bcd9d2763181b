package io.hftengine.engine.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.hftengine.engine.config.EngineConfig;
import io.hftengine.engine.run.SessionOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code hft run}: the live engine. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run the live engine: feed from network.toml, limits from risk_limits.toml, layout and"
                + " strategy from engine.toml. Stops after --seconds or on SIGTERM (rings drained, journal"
                + " flushed, report written)."})
public final class RunCommand implements Callable<Integer> {
    /** Creates the command; picocli fills its options. */
    public RunCommand() {
        // fields are set by picocli or by the caller
    }

    @Mixin
    RunOptions run;

    @Option(names = "--config", required = true, paramLabel = "DIR",
            description = "Directory holding engine.toml, network.toml and risk_limits.toml.")
    Path config;

    @Option(names = "--seconds", defaultValue = "3153600000", description = "Seconds to run after warm-up (default: until SIGTERM or Ctrl-C).")
    double seconds;

    @Option(names = "--warmup", defaultValue = "5", description = "Seconds before measuring (default: ${DEFAULT-VALUE}).")
    double warmup;

    @Override
    public Integer call() throws IOException, InterruptedException {
        OptionRanges.positiveSeconds("--seconds", seconds);
        OptionRanges.seconds("--warmup", warmup);
        final EngineConfig loaded = SessionCommands.config(config, run);
        return SessionCommands.run(new SessionOptions(SessionOptions.Kind.RUN,
                run.primed(loaded, loaded.primeSeconds()), run.layout(), warmup, seconds, run.json, run.outputDir,
                null, 0, 0, 0, 0, false, run.metricsFile()), run);
    }
}
