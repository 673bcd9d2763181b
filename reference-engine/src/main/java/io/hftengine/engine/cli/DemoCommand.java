package io.hftengine.engine.cli;

import java.io.IOException;
import java.util.concurrent.Callable;

import io.hftengine.engine.run.SessionOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code hft demo}: feed simulator, exchange simulator and the pipeline, on loopback. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run everything on loopback in one process: the feed simulator publishes a synthetic ITCH"
                + " day over MoldUDP64 (with a few dropped and duplicated packets to recover from), the engine"
                + " trades it, the exchange simulator answers its OUCH orders. Prints the report at the end."})
public final class DemoCommand implements Callable<Integer> {
    /** Creates the command; picocli fills its options. */
    public DemoCommand() {
        // fields are set by picocli or by the caller
    }

    @Mixin
    RunOptions run;

    @Option(names = "--seconds", defaultValue = "20", description = "Seconds measured (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--warmup", defaultValue = "5", description = "Seconds of warm-up first (default: ${DEFAULT-VALUE}).")
    double warmup;

    @Option(names = "--rate", defaultValue = "100000", description = "Feed messages per second (default: ${DEFAULT-VALUE}).")
    long rate;

    @Option(names = "--symbols", defaultValue = "500", description = "Feed symbols (default: ${DEFAULT-VALUE}).")
    int symbols;

    @Option(names = "--seed", defaultValue = "1", description = "Feed seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--no-faults", description = "Do not drop or duplicate feed packets.")
    boolean noFaults;

    @Override
    public Integer call() throws IOException, InterruptedException {
        return SessionCommands.run(new SessionOptions(SessionOptions.Kind.DEMO, SessionCommands.config(null, run),
                run.layout(), warmup, seconds, run.json, run.outputDir, null, 0, rate, symbols, seed, !noFaults,
                run.metricsFile()), run);
    }
}
