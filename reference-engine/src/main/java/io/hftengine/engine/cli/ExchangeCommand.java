package io.hftengine.engine.cli;

import java.util.concurrent.Callable;

import io.hftengine.engine.exchange.UdpExchangeSimulator;
import io.hftengine.types.SystemClock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hft exchange}: the exchange simulator. */
@Command(name = "exchange", mixinStandardHelpOptions = true,
        description = {"Accept OUCH 4.2 orders over UDP and answer with accepts, fills (a configured share of each"
                + " order, at its limit price) and rejects (orders over --max-shares, zero price or size)."})
public final class ExchangeCommand implements Callable<Integer> {
    /** Creates the command; picocli fills its options. */
    public ExchangeCommand() {
        // fields are set by picocli or by the caller
    }

    @Option(names = "--bind", defaultValue = "127.0.0.1:26500", description = "Listen address (default: ${DEFAULT-VALUE}).")
    String bind;

    @Option(names = "--fill-percent", defaultValue = "50", description = "Share of each order filled (default: ${DEFAULT-VALUE}).")
    int fillPercent;

    @Option(names = "--max-shares", defaultValue = "1000000", description = "Larger orders are rejected.")
    long maxShares;

    @Option(names = "--seconds", defaultValue = "0", description = "Stop after this long (0: on Ctrl-C).")
    long seconds;

    @Override
    public Integer call() throws InterruptedException {
        if (fillPercent < 0 || fillPercent > 100) {
            throw new IllegalArgumentException("--fill-percent must be 0..100, was " + fillPercent);
        }
        try (UdpExchangeSimulator exchange = new UdpExchangeSimulator(Addresses.parse("--bind", bind),
                new SystemClock(), fillPercent, maxShares)) {
            System.out.println("exchange: OUCH 4.2 over UDP on " + exchange.address() + ", filling " + fillPercent + "%");
            final Thread thread = new Thread(exchange, "hft-exchange-sim");
            thread.start();
            final Thread hook = new Thread(exchange::stop);
            Runtime.getRuntime().addShutdownHook(hook);
            thread.join(seconds > 0 ? seconds * 1000 : 0);
            exchange.stop();
            thread.join();
            System.out.printf("exchange: %,d orders, %,d replies, %,d malformed%n", exchange.datagrams(),
                    exchange.replies(), exchange.malformed());
        }
        return ExitCodes.OK;
    }
}
