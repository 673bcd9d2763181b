package io.hftengine.engine.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.hftengine.engine.run.SessionOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code hft replay}: a recording through the pipeline, deterministically. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Replay a pcap/pcapng recording of MoldUDP64 or a NASDAQ BinaryFILE (plain or .gz) through the pipeline,"
                + " against the simulated exchange, in virtual time: the same input and config give the same"
                + " order_digest in every layout and at every speed."})
public final class ReplayCommand implements Callable<Integer> {
    /** Creates the command; picocli fills its options. */
    public ReplayCommand() {
        // fields are set by picocli or by the caller
    }

    @Mixin
    RunOptions run;

    @Option(names = "--in", required = true, paramLabel = "FILE", description = "The recording, or the BinaryFILE (NASDAQ's MMDDYYYY.NASDAQ_ITCH50[.gz]: the name gives the"
            + " trading day, else 2020-01-30 is assumed).")
    Path input;

    @Option(names = "--config", paramLabel = "DIR", description = "Config directory (default: the embedded defaults).")
    Path config;

    @Option(names = "--speed", defaultValue = "0",
            description = "0: as fast as possible; 1: the recorded pace; N: N times it (default: ${DEFAULT-VALUE}).")
    double speed;

    @Option(names = "--port", defaultValue = "0",
            description = "Capture only: play the datagrams to this UDP destination port, the feed's (a capture"
                    + " often holds other feeds and traffic); the rest are skipped and counted. 0: every UDP"
                    + " datagram (default: ${DEFAULT-VALUE}).")
    int port;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!(speed >= 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("--speed must be 0 or a finite factor above 0, was " + speed);
        }
        OptionRanges.port("--port", port);
        if (run.prime != null) {
            throw new IllegalArgumentException("--prime applies to run, demo and bench: a replay's decisions"
                    + " do not depend on how warm the JIT is");
        }
        return SessionCommands.run(new SessionOptions(SessionOptions.Kind.REPLAY, SessionCommands.config(config, run),
                run.layout(), 0, 0, run.json, run.outputDir, input, speed, 0, 0, 0, false, run.metricsFile()).withFeedPort(port), run);
    }
}
