package io.hftengine.engine.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.hftengine.engine.exchange.ExchangeSimulator;
import io.hftengine.engine.exchange.ExchangeSimulators;
import io.hftengine.types.SystemClock;
import io.hftengine.engine.exchange.ExchangeMarket;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hft exchange}: the exchange simulator. */
@Command(name = "exchange", mixinStandardHelpOptions = true,
        description = {"Accept OUCH 4.2 orders over UDP or a SoupBinTCP session and answer with accepts, fills (a"
                + " configured share of each order, at its limit price; an immediate-or-cancel order's rest is"
                + " cancelled at once) and rejects (orders over --max-shares, a zero or too high price, zero size)."
                + " Tokens are day-unique: an Enter Order reusing one is ignored. Over SoupBinTCP: one session, login checked against --username/--password,"
                + " replies as sequenced data kept for a re-login from any sequence number, End of Session at stop."})
public final class ExchangeCommand implements Callable<Integer> {
    /** Creates the command; picocli fills its options. */
    public ExchangeCommand() {
        // fields are set by picocli or by the caller
    }

    @Option(names = "--bind", defaultValue = "127.0.0.1:26500", description = "Listen address (default: ${DEFAULT-VALUE}).")
    String bind;

    @Option(names = "--protocol", defaultValue = "udp",
            description = "udp or soupbintcp, as gateway.mode in network.toml (default: ${DEFAULT-VALUE}).")
    String protocol;

    @Option(names = "--username", defaultValue = "HFT", description = "SoupBinTCP login accepted (default: ${DEFAULT-VALUE}).")
    String username;

    @Option(names = "--password", defaultValue = "secret", description = "SoupBinTCP password (default: ${DEFAULT-VALUE}).")
    String password;

    @Option(names = "--session", defaultValue = "HFTEXCH001", description = "SoupBinTCP session name (default: ${DEFAULT-VALUE}).")
    String session;

    @Option(names = "--fill-percent", defaultValue = "50", description = "Share of each order filled (default: ${DEFAULT-VALUE}).")
    int fillPercent;

    @Option(names = "--max-shares", defaultValue = "1000000", description = "Larger orders are rejected (default: ${DEFAULT-VALUE}).")
    long maxShares;

    @Option(names = "--feed", paramLabel = "HOST:PORT",
            description = "Fill against the venue's own book of the feed received here: the feed's multicast group, or"
                    + " a unicast address the feed mirrors to (hft feed --mirror HOST:PORT); crossing orders fill at the"
                    + " touch, resting ones when the market reaches them; replaces --fill-percent.")
    String feed;

    @Option(names = "--feed-interface", paramLabel = "NAME",
            description = "With a multicast --feed: the interface to join on (default: loopback).")
    String feedInterface;

    @Option(names = "--book-capacity", defaultValue = "4194304",
            description = "With --feed: live orders the venue's book holds (default: ${DEFAULT-VALUE}).")
    int bookCapacity;

    @Option(names = "--seconds", defaultValue = "0", description = "Stop after this long (0: on Ctrl-C).")
    long seconds;

    @Override
    public Integer call() throws InterruptedException {
        OptionRanges.seconds("--seconds", seconds);
        if (fillPercent < 0 || fillPercent > 100) {
            throw new IllegalArgumentException("--fill-percent must be 0..100, was " + fillPercent);
        }
        // Counted down once the closing summary is printed: on Ctrl-C or SIGTERM the JVM halts as
        // soon as the shutdown hook returns, and it cut that summary off, or half-way through.
        final CountDownLatch reported = new CountDownLatch(1);
        try (ExchangeSimulator exchange = ExchangeSimulators.open(protocol, Addresses.parse("--bind", bind),
                new SystemClock(), fillPercent, maxShares, username, password, session)) {
            if (feed != null) {
                exchange.desk().fillAgainst(new ExchangeMarket(Addresses.parse("--feed", feed), feedInterface,
                        bookCapacity));
            }
            System.out.println("exchange: OUCH 4.2 over " + exchange.protocol() + " on " + exchange.address()
                    + (feed != null ? ", filling against its book of the feed on " + exchange.desk().market().address()
                            : ", filling " + fillPercent + "%"));
            final Thread thread = new Thread(exchange, "hft-exchange-sim");
            thread.start();
            final Thread hook = new Thread(() -> {
                exchange.stop();
                try {
                    // End of Session goes out and the summary is printed before the JVM exits.
                    reported.await(5, TimeUnit.SECONDS);
                } catch (final InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            Runtime.getRuntime().addShutdownHook(hook);
            thread.join(seconds > 0 ? seconds * 1000 : 0);
            exchange.stop();
            thread.join();
            System.out.printf("exchange: %,d orders, %,d replies, %,d malformed, %,d resent Enter Orders ignored"
                    + " (token already used), %,d Replace/Modify requests ignored (not simulated)%n", exchange.orders(),
                    exchange.replies(), exchange.malformed(), exchange.desk().duplicateTokensIgnored(),
                    exchange.desk().unsupportedRequestsIgnored());
            if (feed != null) {
                final ExchangeMarket market = exchange.desk().market();
                System.out.printf("exchange: feed %,d datagrams, %,d gaps, %,d symbols%n", market.datagrams(),
                        market.gaps(), market.book().symbolCount());
            }
            System.out.flush();
        } finally {
            reported.countDown();
        }
        return ExitCodes.OK;
    }
}
