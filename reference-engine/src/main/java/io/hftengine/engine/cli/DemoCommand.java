package io.hftengine.engine.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.hftengine.engine.config.EngineConfig;
import io.hftengine.engine.run.SessionOptions;
import io.hftengine.pipeline.GatewayMode;
import io.hftengine.pipeline.NetworkConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code hft demo}: feed simulator, exchange simulator and the pipeline, on loopback. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run everything on loopback in one process: the feed simulator publishes a synthetic ITCH"
                + " day over MoldUDP64 (with a few dropped and duplicated packets to recover from), the engine"
                + " trades it, the exchange simulator answers its OUCH orders, over UDP or a SoupBinTCP session"
                + " (--gateway). Prints the report at the end."})
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

    @Option(names = "--exchange-book", description = "The exchange simulator fills against its own book of the feed"
            + " (mirrored to it): crossing orders at the touch, resting ones when the market reaches them; without"
            + " it, half of each order fills at its limit.")
    boolean exchangeBook;

    @Option(names = "--no-faults", description = "Do not drop or duplicate feed packets.")
    boolean noFaults;

    @Option(names = "--gateway", defaultValue = "udp", paramLabel = "udp|soupbintcp",
            description = "How orders reach the exchange simulator: OUCH over UDP, or OUCH in a SoupBinTCP session"
                    + " (login, heartbeats, sequenced replies) (default: ${DEFAULT-VALUE}).")
    String gateway;

    @Option(names = "--config", paramLabel = "DIR",
            description = "Config directory: addresses, layout, strategy, limits (default: the embedded defaults).")
    Path config;

    @Override
    public Integer call() throws IOException, InterruptedException {
        OptionRanges.positiveSeconds("--seconds", seconds);
        OptionRanges.seconds("--warmup", warmup);
        OptionRanges.positive("--rate", rate);
        OptionRanges.symbols(symbols);
        final EngineConfig loaded = SessionCommands.config(config, run);
        final EngineConfig demo = run.primed(new EngineConfig(loaded.pipeline(),
                withGateway(loaded.network(), gatewayMode()), loaded.risk(), loaded.strategy(), loaded.layout(), 0, loaded.layoutFile(), loaded.layoutLine()), 0);
        return SessionCommands.run(new SessionOptions(SessionOptions.Kind.DEMO, demo,
                run.layout(), warmup, seconds, run.json, run.outputDir, null, 0, rate, symbols, seed, !noFaults,
                run.metricsFile(), exchangeBook), run);
    }

    /** The demo always talks to its own simulator: UDP or SoupBinTCP, never the in-process venue. */
    private GatewayMode gatewayMode() {
        return switch (gateway.toLowerCase(Locale.ROOT)) {
            case "udp" -> GatewayMode.UDP;
            case "soupbintcp" -> GatewayMode.SOUP_TCP;
            default -> throw new IllegalArgumentException("--gateway must be udp or soupbintcp, was " + gateway);
        };
    }

    private static NetworkConfig withGateway(final NetworkConfig net, final GatewayMode mode) {
        final NetworkConfig.Builder b = NetworkConfig.builder().feed(net.feedGroup(), net.feedPort())
                .feedInterface(net.feedInterface()).feedSource(net.feedSource()).requestServer(net.requestServer())
                .gateway(mode, net.gatewayAddress()).receiveBufferBytes(net.receiveBufferBytes());
        if (mode == GatewayMode.SOUP_TCP) {
            b.soupLogin(net.soupUsername(), net.soupPassword());
        }
        return b.build();
    }
}
