package io.hftengine.engine.exchange;

import java.net.InetSocketAddress;
import java.util.Locale;

import io.hftengine.types.Clock;

/** Opens the exchange simulator for a protocol name: {@code udp} or {@code soupbintcp}. */
public final class ExchangeSimulators {
    private ExchangeSimulators() {
    }

    /**
     * Opens a simulator, bound and ready to {@link ExchangeSimulator#run()}.
     *
     * @param protocol {@code udp} or {@code soupbintcp} (any case)
     * @param bind the address to listen on
     * @param clock the exchange's time source
     * @param fillPercent share of each order filled at once, 0..100
     * @param maxShares larger orders are rejected
     * @param username SoupBinTCP login accepted (unused over UDP)
     * @param password its password (unused over UDP)
     * @param session SoupBinTCP session name (unused over UDP)
     * @return the simulator
     * @throws IllegalArgumentException for another protocol name
     */
    public static ExchangeSimulator open(final String protocol, final InetSocketAddress bind, final Clock clock,
            final int fillPercent, final long maxShares, final String username, final String password,
            final String session) {
        return switch (protocol.toLowerCase(Locale.ROOT)) {
            case "udp" -> new UdpExchangeSimulator(bind, clock, fillPercent, maxShares);
            case "soupbintcp" -> new SoupBinTcpExchangeSimulator(bind, clock, fillPercent, maxShares, username,
                    password, session, SoupBinTcpExchangeSimulator.DEFAULT_STORE);
            default -> throw new IllegalArgumentException("--protocol must be udp or soupbintcp, was " + protocol);
        };
    }
}
