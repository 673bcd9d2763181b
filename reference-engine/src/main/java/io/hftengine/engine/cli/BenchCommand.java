package io.hftengine.engine.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.hftengine.engine.run.SessionOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code hft bench}: the pipeline latency benchmark. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"The pipeline latency benchmark: a synthetic ITCH feed handed to the market data stage in"
                + " process at a fixed rate, the simulated exchange answering in process; reports throughput,"
                + " GC and per-stage latency after warm-up."})
public final class BenchCommand implements Callable<Integer> {
    /** Creates the command; picocli fills its options. */
    public BenchCommand() {
        // fields are set by picocli or by the caller
    }

    @Mixin
    RunOptions run;

    @Option(names = "--config", paramLabel = "DIR", description = "Config directory (default: the embedded defaults).")
    Path config;

    @Option(names = "--seconds", defaultValue = "30", description = "Seconds measured (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--warmup", defaultValue = "10", description = "Seconds of warm-up (default: ${DEFAULT-VALUE}).")
    double warmup;

    @Option(names = "--rate", defaultValue = "1000000", description = "Messages per second (default: ${DEFAULT-VALUE}).")
    long rate;

    @Option(names = "--symbols", defaultValue = "1000", description = "Symbols (default: ${DEFAULT-VALUE}).")
    int symbols;

    @Option(names = "--seed", defaultValue = "1", description = "Feed seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws IOException, InterruptedException {
        OptionRanges.positiveSeconds("--seconds", seconds);
        OptionRanges.seconds("--warmup", warmup);
        OptionRanges.positive("--rate", rate);
        OptionRanges.symbols(symbols);
        return SessionCommands.run(new SessionOptions(SessionOptions.Kind.BENCH,
                run.primed(SessionCommands.config(config, run), 0), run.layout(), warmup, seconds, run.json,
                run.outputDir, null, 0, rate, symbols, seed, false, run.metricsFile()), run);
    }
}
