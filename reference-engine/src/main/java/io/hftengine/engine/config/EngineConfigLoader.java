package io.hftengine.engine.config;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.function.Supplier;

import io.hftengine.orderbook.OrderBook;
import io.hftengine.pipeline.GatewayMode;
import io.hftengine.pipeline.MarketEventOverflow;
import io.hftengine.pipeline.NetworkConfig;
import io.hftengine.pipeline.PipelineConfig;
import io.hftengine.pipeline.risk.PositionBook;
import io.hftengine.pipeline.risk.RiskLimits;
import io.hftengine.pipeline.strategy.ImbalanceParams;
import io.hftengine.protocol.soupbintcp.SoupBinTcpDescriptor;
import io.hftengine.types.Price;

/**
 * Reads and validates the engine's three TOML files before trading starts.
 *
 * <p>Every value is checked as it is read; the first bad one stops the load with a
 * {@link ConfigException} naming file, line and key. Keys no reader asks for are rejected too,
 * so a misspelt limit never falls back to its default unnoticed. The embedded defaults are the
 * repository's {@code config/} directory, copied into the jar at build time, so {@code demo}
 * needs no files and {@code run --config config} runs the same settings.
 */
public final class EngineConfigLoader {
    /** The file holding layout, rings, book, strategy, gateway and journal settings. */
    public static final String ENGINE_FILE = "engine.toml";
    /** The file holding feed and venue addresses. */
    public static final String NETWORK_FILE = "network.toml";
    /** The file holding the pre-trade limits. */
    public static final String RISK_FILE = "risk_limits.toml";
    /** Stock locates an ITCH feed can use: the default and the most {@code limits.max_symbols} allows. */
    private static final int MAX_LOCATES = 65_536;

    private static final long MS = 1_000_000L;

    private EngineConfigLoader() {
    }

    /**
     * Loads the three files of a directory.
     *
     * @param dir the configuration directory
     * @return the validated configuration
     * @throws ConfigException on the first missing file or bad value
     */
    public static EngineConfig load(final Path dir) {
        return load(TomlFile.read(dir.resolve(ENGINE_FILE)), TomlFile.read(dir.resolve(NETWORK_FILE)),
                TomlFile.read(dir.resolve(RISK_FILE)));
    }

    /**
     * Loads the embedded defaults.
     *
     * @return the default configuration
     */
    public static EngineConfig defaults() {
        return load(TomlFile.resource("defaults/" + ENGINE_FILE), TomlFile.resource("defaults/" + NETWORK_FILE),
                TomlFile.resource("defaults/" + RISK_FILE));
    }

    /**
     * Loads three parsed files.
     *
     * @param engine the engine file
     * @param network the network file
     * @param risk the risk limits file
     * @return the validated configuration
     * @throws ConfigException on the first bad value
     */
    public static EngineConfig load(final TomlFile engine, final TomlFile network, final TomlFile risk) {
        final String layout = engine.getChoice("engine.layout", "auto", "auto", "1", "2", "4");
        final PipelineConfig.Builder pipeline = pipeline(engine, layout);
        // Symbols are stock locates, 16 bits in ITCH: by default every one a venue can use (a
        // NASDAQ day numbers about 9,000), so no symbol of a real feed is left untraded unseen.
        final int maxSymbols = (int) risk.getLong("limits.max_symbols", MAX_LOCATES, 2, MAX_LOCATES);
        final ImbalanceParams strategy = strategy(engine, maxSymbols);
        final int publishDepth = pipeline.build().publishDepth();
        if (strategy.depth() > publishDepth) {
            // The strategy would read levels the market data stage never sends and sum fewer than
            // it was told to, silently.
            throw engine.error("strategy.depth", "must not exceed book.publish_depth (" + publishDepth
                    + ", the levels each book update carries), was " + strategy.depth());
        }
        final long primeSeconds = engine.getLong("engine.prime_seconds", 0, 0, (long) EngineConfig.MAX_PRIME_SECONDS);
        engine.rejectUnknownKeys();
        final NetworkConfig net = network(network);
        network.rejectUnknownKeys();
        final RiskLimits limits = risk(risk, maxSymbols);
        risk.rejectUnknownKeys();
        return new EngineConfig(pipeline, net, limits, strategy, layout, primeSeconds, engine.name(),
                engine.lineOf("engine.layout"));
    }

    private static PipelineConfig.Builder pipeline(final TomlFile f, final String layout) {
        final PipelineConfig.Builder b = PipelineConfig.builder();
        final boolean oversubscribe = f.getBoolean("engine.allow_oversubscribe", false);
        final boolean pin = f.getBoolean("engine.pin_threads", true);
        apply(f, "engine.layout", () -> b.layout("auto".equals(layout) ? 0 : Integer.parseInt(layout), oversubscribe, pin));
        final boolean latency = f.getBoolean("engine.latency_tracking", true);
        b.latencyTracking(latency);
        // The rings' own bounds, checked here so that the error names the ring's key and line.
        final int minRing = 2;
        final int maxRing = 1 << 24;
        final int marketEvents = f.getPowerOfTwo("rings.market_events", 4096, minRing, maxRing);
        final int signals = f.getPowerOfTwo("rings.signals", 1024, minRing, maxRing);
        final int decisions = f.getPowerOfTwo("rings.decisions", 1024, minRing, maxRing);
        final int venueReports = f.getPowerOfTwo("rings.venue_reports", 4096, minRing, maxRing);
        final int strategyReports = f.getPowerOfTwo("rings.strategy_reports", 4096, minRing, maxRing);
        final int journal = f.getPowerOfTwo("rings.journal", 16_384, minRing, maxRing);
        apply(f, "rings", () -> b.rings(marketEvents, signals, decisions, venueReports, strategyReports, journal));
        final String whenFull = f.getChoice("rings.market_events_when_full", "conflate", "conflate", "drop");
        b.marketEventOverflow("drop".equals(whenFull) ? MarketEventOverflow.DROP : MarketEventOverflow.CONFLATE);
        final int orderCapacity = (int) f.getLong("book.order_capacity", OrderBook.DEFAULT_ORDER_CAPACITY, 1,
            OrderBook.MAX_ORDER_CAPACITY);
        apply(f, "book.order_capacity", () -> b.bookOrderCapacity(orderCapacity));
        final int depth = (int) f.getLong("book.publish_depth", 10, 1, 10);
        apply(f, "book.publish_depth", () -> b.publishDepth(depth));
        final String publishWhen = f.getChoice("book.publish_when", "top", "top", "depth");
        b.publishOnDepthChange("depth".equals(publishWhen));
        final long firstSequence = f.getLong("feed.first_sequence", 1, 1, Long.MAX_VALUE);
        final int held = (int) f.getLong("feed.held_packets", 8192, 1, 65_536);
        final long gapTimeoutMs = f.getLong("feed.gap_timeout_ms", 1000, 1, 3_600_000);
        apply(f, "feed", () -> b.sequencing(firstSequence, held, 1500, gapTimeoutMs * MS));
        final long silenceMs = f.getLong("feed.silence_ms", 5000, 1, 3_600_000);
        apply(f, "feed.silence_ms", () -> b.feedSilence(silenceMs * MS));
        final long firstOrderId = f.getLong("gateway.first_order_id", 1, 1, 10_000_000_000_000L);
        apply(f, "gateway.first_order_id", () -> b.firstOrderId(firstOrderId));
        final long tif = f.getLong("gateway.time_in_force", 0, 0, 99_999);
        apply(f, "gateway.time_in_force", () -> b.timeInForce(tif));
        final long ackTimeoutMs = f.getLong("gateway.ack_timeout_ms", 1000, 1, 3_600_000);
        apply(f, "gateway.ack_timeout_ms", () -> b.ackTimeout(ackTimeoutMs * MS));
        final int fill = (int) f.getLong("gateway.simulated_fill_percent", 50, 0, 100);
        final long maxShares = f.getLong("gateway.simulated_max_shares", 1_000_000, 1, Integer.MAX_VALUE);
        apply(f, "gateway.simulated_fill_percent", () -> b.simulatedExchange(fill, maxShares));
        final String journalPath = f.getString("journal.path", "");
        final int window = (int) f.getLong("journal.window_bytes", 16 << 20, 4096, 1 << 30);
        apply(f, "journal.path", () -> b.journal(journalPath.isEmpty() ? null : Path.of(journalPath), window));
        return b;
    }

    private static ImbalanceParams strategy(final TomlFile f, final int maxSymbols) {
        final ImbalanceParams.Builder b = ImbalanceParams.builder().maxSymbols(maxSymbols);
        final int depth = (int) f.getLong("strategy.depth", 5, 1, 10);
        apply(f, "strategy.depth", () -> b.depth(depth));
        final long threshold = f.getLong("strategy.threshold_bps", 3000, 1, 10_000);
        apply(f, "strategy.threshold_bps", () -> b.thresholdBps(threshold));
        final long quantity = f.getLong("strategy.order_quantity", 100, 1, 1_000_000_000L);
        apply(f, "strategy.order_quantity", () -> b.orderQuantity(quantity));
        final long position = f.getLong("strategy.max_position", 1000, 1, 1_000_000_000_000L);
        apply(f, "strategy.max_position", () -> b.maxPosition(position));
        final long spread = price(f, "strategy.max_spread", "0.05");
        apply(f, "strategy.max_spread", () -> b.maxSpread(spread));
        final long cooldownMs = f.getLong("strategy.cooldown_ms", 1, 0, 3_600_000);
        apply(f, "strategy.cooldown_ms", () -> b.cooldownNs(cooldownMs * MS));
        final long timeoutMs = f.getLong("strategy.order_timeout_ms", 100, 1, 3_600_000);
        apply(f, "strategy.order_timeout_ms", () -> b.orderTimeoutNs(timeoutMs * MS));
        return build(f, "strategy", b::build);
    }

    /** [feed_b]: the B line of an A/B feed, arbitrated with [feed]; absent or an empty address: none. */
    private static void lineB(final TomlFile f, final NetworkConfig.Builder b) {
        final String address = f.getString("feed_b.address", "");
        final long port = f.getLong("feed_b.port", 0, 0, 65_535);
        final String source = f.getString("feed_b.source", "");
        final long delayUs = f.getLong("feed_b.request_delay_us",
            NetworkConfig.DEFAULT_LINE_B_REQUEST_DELAY_NS / 1_000, 0, 1_000_000);
        if (address.isEmpty()) {
            return;
        }
        final InetAddress group = host(f, "feed_b.address", address);
        final InetSocketAddress sender = source.isEmpty() ? null
                : new InetSocketAddress(host(f, "feed_b.source", source), 0);
        apply(f, "feed_b.address", () -> b.lineB(group, (int) port, sender, delayUs * 1_000));
    }

    private static NetworkConfig network(final TomlFile f) {
        final NetworkConfig.Builder b = NetworkConfig.builder();
        final InetAddress feedAddress = host(f, "feed.address", "127.0.0.1");
        final int port = (int) f.getLong("feed.port", 26_400, 0, 65_535);
        apply(f, "feed.address", () -> b.feed(feedAddress, port));
        final String iface = f.getString("feed.interface", "");
        apply(f, "feed.interface", () -> b.feedInterface(iface.isEmpty() ? null : iface));
        final String source = f.getString("feed.source", "");
        if (!source.isEmpty()) {
            final InetAddress sourceHost = host(f, "feed.source", source);
            apply(f, "feed.source", () -> b.feedSource(new InetSocketAddress(sourceHost, 0)));
        }
        final String request = f.getString("feed.request_server", "");
        if (!request.isEmpty()) {
            final InetSocketAddress server = hostPort(f, "feed.request_server", request);
            apply(f, "feed.request_server", () -> b.requestServer(server));
        }
        final int rcvbuf = (int) f.getLong("feed.receive_buffer_bytes", 4 << 20, 64 << 10, 1 << 30);
        apply(f, "feed.receive_buffer_bytes", () -> b.receiveBufferBytes(rcvbuf));
        lineB(f, b);
        final String mode = f.getChoice("gateway.mode", "udp", "udp", "soupbintcp", "simulated");
        final GatewayMode gatewayMode = "udp".equals(mode) ? GatewayMode.UDP
                : "soupbintcp".equals(mode) ? GatewayMode.SOUP_TCP : GatewayMode.SIMULATED;
        final String address = f.getString("gateway.address", "127.0.0.1:26500");
        final InetSocketAddress venue = gatewayMode == GatewayMode.SIMULATED && address.isEmpty() ? null
                : hostPort(f, "gateway.address", address);
        apply(f, "gateway.mode", () -> b.gateway(gatewayMode, venue));
        final String user = f.getString("gateway.username", "");
        final String password = f.getString("gateway.password", "");
        // Checked one by one: the builder's single message would blame the username for a password.
        if (user.length() > SoupBinTcpDescriptor.USERNAME_LENGTH) {
            throw f.error("gateway.username", "must be at most " + SoupBinTcpDescriptor.USERNAME_LENGTH
                    + " characters (a SoupBinTCP login field), was \"" + user + "\"");
        }
        if (password.length() > SoupBinTcpDescriptor.PASSWORD_LENGTH) {
            throw f.error("gateway.password", "must be at most " + SoupBinTcpDescriptor.PASSWORD_LENGTH
                    + " characters (a SoupBinTCP login field), was " + password.length());
        }
        apply(f, "gateway.username", () -> b.soupLogin(user, password));
        return build(f, "feed", b::build);
    }

    private static RiskLimits risk(final TomlFile f, final int maxSymbols) {
        final RiskLimits.Builder b = RiskLimits.builder().maxSymbols(maxSymbols);
        final long quantity = f.getLong("limits.max_order_quantity", 1000, 1, Integer.MAX_VALUE);
        apply(f, "limits.max_order_quantity", () -> b.maxOrderQuantity(quantity));
        final long notional = price(f, "limits.max_order_notional", "100000");
        apply(f, "limits.max_order_notional", () -> b.maxOrderNotional(notional));
        final long symbolPosition = f.getLong("limits.max_symbol_position", 5000, 1, 1_000_000_000_000L);
        apply(f, "limits.max_symbol_position", () -> b.maxSymbolPosition(symbolPosition));
        final long totalPosition = f.getLong("limits.max_total_position", 20_000, 1, 1_000_000_000_000_000L);
        apply(f, "limits.max_total_position", () -> b.maxTotalPosition(totalPosition));
        final long rate = f.getLong("limits.max_orders_per_second", 1000, 1, 1_000_000_000L);
        final long burst = f.getLong("limits.order_burst", 100, 1, 1_000_000L);
        apply(f, "limits.max_orders_per_second", () -> b.orderRate(rate, burst));
        final long band = f.getLong("limits.price_band_bps", 500, 1, 10_000);
        apply(f, "limits.price_band_bps", () -> b.priceBandBps(band));
        final int openOrders = (int) f.getLong("limits.max_open_orders", 256, 1, 1 << 20);
        apply(f, "limits.max_open_orders", () -> b.maxOpenOrders(openOrders));
        final int recentFills = (int) f.getLong("limits.recent_fills", PositionBook.DEFAULT_RECENT_FILLS, 1, 1 << 24);
        apply(f, "limits.recent_fills", () -> b.recentFills(recentFills));
        if (symbolPosition > totalPosition) {
            throw f.error("limits.max_symbol_position", "must not exceed limits.max_total_position ("
                    + totalPosition + "), was " + symbolPosition);
        }
        return build(f, "limits", b::build);
    }

    private static long price(final TomlFile f, final String key, final String defaultText) {
        final String text = f.getDecimalText(key, defaultText);
        final long value = Price.tryParse(text);
        if (Price.isNull(value) || value <= 0) {
            throw f.error(key, "must be a positive decimal with at most 8 decimals, was \"" + text + "\"");
        }
        return value;
    }

    private static InetAddress host(final TomlFile f, final String key, final String defaultText) {
        final String text = f.getString(key, defaultText);
        if (text.isBlank()) {
            // InetAddress.getByName("") is the loopback address: an emptied value must not
            // quietly become 127.0.0.1.
            throw f.error(key, "must be a host name or address, was \"" + text + "\"");
        }
        try {
            return InetAddress.getByName(text);
        } catch (final UnknownHostException e) {
            throw f.error(key, "unknown host \"" + text + "\"");
        }
    }

    private static InetSocketAddress hostPort(final TomlFile f, final String key, final String text) {
        final int colon = text.lastIndexOf(':');
        if (colon <= 0) {
            throw f.error(key, "must be host:port, was \"" + text + "\"");
        }
        final int port;
        try {
            port = Integer.parseInt(text.substring(colon + 1));
        } catch (final NumberFormatException e) {
            throw f.error(key, "port must be a number, was \"" + text + "\"");
        }
        if (port < 1 || port > 65_535) {
            throw f.error(key, "port must be 1..65535, was " + port);
        }
        try {
            return new InetSocketAddress(InetAddress.getByName(text.substring(0, colon)), port);
        } catch (final UnknownHostException e) {
            throw f.error(key, "unknown host in \"" + text + "\"");
        }
    }

    /** Runs a builder call; its own range checks become errors that name the key. */
    private static void apply(final TomlFile f, final String key, final Runnable call) {
        try {
            call.run();
        } catch (final IllegalArgumentException e) {
            throw f.error(key, e.getMessage());
        }
    }

    private static <T> T build(final TomlFile f, final String key, final Supplier<T> build) {
        try {
            return build.get();
        } catch (final IllegalArgumentException | IllegalStateException e) {
            throw f.error(key, e.getMessage());
        }
    }
}
