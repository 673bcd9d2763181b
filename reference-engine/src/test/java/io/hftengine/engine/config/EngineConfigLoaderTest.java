package io.hftengine.engine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.hftengine.pipeline.GatewayMode;
import io.hftengine.pipeline.NetworkConfig;
import io.hftengine.types.Price;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EngineConfigLoaderTest {
    @TempDir
    Path dir;

    @Test
    void embeddedDefaultsLoad() {
        final EngineConfig config = EngineConfigLoader.defaults();
        assertEquals("auto", config.layout());
        assertEquals(GatewayMode.UDP, config.network().gatewayMode());
        assertEquals(26_400, config.network().feedPort());
        assertEquals(5_000_000_000L, config.pipeline().build().feedSilenceNs(), "feed.silence_ms = 5000");
        assertEquals(65_536, config.risk().maxSymbols(), "every ITCH stock locate (a NASDAQ day uses ~9,000)");
        assertEquals(65_536, config.strategy().maxSymbols(), "the strategy covers what risk covers");
    }

    @Test
    void aBLineIsReadFromFeedB() throws IOException {
        copyDefaults();
        assertFalse(EngineConfigLoader.load(dir).network().hasLineB(), "the shipped config has one line");
        replace(EngineConfigLoader.NETWORK_FILE, "address = \"\"", "address = \"127.0.0.1\"");
        replace(EngineConfigLoader.NETWORK_FILE, "port = 0", "port = 26402");
        replace(EngineConfigLoader.NETWORK_FILE, "request_delay_us = 1000", "request_delay_us = 250");
        final NetworkConfig network = EngineConfigLoader.load(dir).network();
        assertTrue(network.hasLineB());
        assertEquals(26_402, network.lineB().feedPort());
        assertEquals(250_000, network.lineBRequestDelayNs());
        assertEquals(network.feedInterface(), network.lineB().feedInterface(), "both lines on the feed's interface");
    }

    @Test
    void maxSymbolsSizesRiskAndTheStrategyAlike() throws IOException {
        copyDefaults();
        replace(EngineConfigLoader.RISK_FILE, "max_symbols = 65536", "max_symbols = 2000");
        final EngineConfig config = EngineConfigLoader.load(dir);
        assertEquals(2000, config.risk().maxSymbols());
        assertEquals(2000, config.strategy().maxSymbols());
    }

    @Test
    void repositoryConfigDirectoryLoadsAsItIs() {
        final Path repoConfig = Path.of("..", "config");
        final EngineConfig config = EngineConfigLoader.load(repoConfig);
        assertEquals("auto", config.layout());
    }

    @Test
    void valuesAreRead() throws IOException {
        copyDefaults();
        replace(EngineConfigLoader.RISK_FILE, "max_order_notional = \"100000.00\"", "max_order_notional = \"2500.50\"");
        replace(EngineConfigLoader.ENGINE_FILE, "layout = \"auto\"", "layout = \"2\"");
        replace(EngineConfigLoader.ENGINE_FILE, "silence_ms = 5000", "silence_ms = 250");
        assertEquals(io.hftengine.pipeline.MarketEventOverflow.CONFLATE,
            EngineConfigLoader.load(dir).pipeline().build().marketEventOverflow(), "the shipped default");
        replace(EngineConfigLoader.ENGINE_FILE, "market_events_when_full = \"conflate\"", "market_events_when_full = \"drop\"");
        final EngineConfig config = EngineConfigLoader.load(dir);
        assertEquals(io.hftengine.pipeline.MarketEventOverflow.DROP, config.pipeline().build().marketEventOverflow());
        assertEquals("2", config.layout());
        assertEquals(10, config.primeSeconds(), "the shipped config primes the live engine");
        replace(EngineConfigLoader.ENGINE_FILE, "prime_seconds = 10", "prime_seconds = 0");
        assertEquals(0, EngineConfigLoader.load(dir).primeSeconds());
        assertEquals(250_000_000L, config.pipeline().build().feedSilenceNs());
        assertFalse(config.pipeline().build().publishOnDepthChange(), "the shipped default: the touch");
        replace(EngineConfigLoader.ENGINE_FILE, "publish_when = \"top\"", "publish_when = \"depth\"");
        assertTrue(EngineConfigLoader.load(dir).pipeline().build().publishOnDepthChange());
        assertEquals(Price.parse("2500.50"), config.risk().maxOrderNotional());
    }

    @Test
    void aStrategyDeeperThanTheBookUpdatesIsRejectedAtItsOwnLine() throws Exception {
        copyDefaults();
        replace(EngineConfigLoader.ENGINE_FILE, "publish_depth = 10", "publish_depth = 4");
        final int strategyDepthLine = replace(EngineConfigLoader.ENGINE_FILE, "depth = 5 ", "depth = 5 ");
        final ConfigException e = assertThrows(ConfigException.class, () -> EngineConfigLoader.load(dir));
        assertEquals("engine.toml:" + strategyDepthLine + ": strategy.depth: must not exceed book.publish_depth (4, the levels each book update carries), was 5",
            e.getMessage());
        replace(EngineConfigLoader.ENGINE_FILE, "depth = 5 ", "depth = 4 ");
        assertEquals(4, EngineConfigLoader.load(dir).strategy().depth(), "equal depths are fine");
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
        "risk_limits.toml | max_order_quantity = 1000 | max_order_quantity = 0 | limits.max_order_quantity | between 1",
        "risk_limits.toml | max_order_quantity = 1000 | max_order_quantity = \"lots\" | limits.max_order_quantity | integer",
        "risk_limits.toml | max_order_notional = \"100000.00\" | max_order_notional = \"12.345678901\" | limits.max_order_notional | decimal",
        "risk_limits.toml | max_symbol_position = 5000 | max_symbol_position = 500000 | limits.max_symbol_position | max_total_position",
        "risk_limits.toml | price_band_bps = 500 | price_bnad_bps = 500 | limits.price_bnad_bps | unknown key",
        "risk_limits.toml | max_symbols = 65536 | max_symbols = 65537 | limits.max_symbols | between 2 and 65536",
        "risk_limits.toml | max_symbols = 65536 | max_symbols = 1 | limits.max_symbols | between 2 and 65536",
        "engine.toml | layout = \"auto\" | layout = \"3\" | engine.layout | one of",
        "engine.toml | layout = \"auto\" | layout = 3 | engine.layout | one of auto, 1, 2, 4, was \"3\"",
        "engine.toml | market_events = 4096 | market_events = 3000 | rings.market_events | power of two",
        "engine.toml | market_events_when_full = \"conflate\" | market_events_when_full = \"block\" | rings.market_events_when_full | one of",
        "engine.toml | publish_depth = 10 | publish_depth = 11 | book.publish_depth | between 1 and 10",
        "engine.toml | publish_when = \"top\" | publish_when = \"always\" | book.publish_when | one of",
        "engine.toml | pin_threads = true | pin_threads = \"yes\" | engine.pin_threads | true or false",
        "engine.toml | silence_ms = 5000 | silence_ms = 0 | feed.silence_ms | between 1 and 3600000",
        // 0 gave every gap up unasked (55 of 55 in a 5 s run, books stale from the first loss)
        "engine.toml | gap_timeout_ms = 1000 | gap_timeout_ms = 0 | feed.gap_timeout_ms | between 1 and 3600000",
        "engine.toml | ack_timeout_ms = 1000 | ack_timeout_ms = 0 | gateway.ack_timeout_ms | between 1 and 3600000",
        "engine.toml | silence_ms = 5000 | silence_ms = \"5s\" | feed.silence_ms | integer",
        "engine.toml | prime_seconds = 10 | prime_seconds = 601 | engine.prime_seconds | between 0 and 600",
        "engine.toml | prime_seconds = 10 | prime_seconds = -1 | engine.prime_seconds | between 0 and 600",
        "network.toml | port = 26400 | port = 70000 | feed.port | between 0 and 65535",
        "network.toml | mode = \"udp\" | mode = \"carrier-pigeon\" | gateway.mode | one of",
        "network.toml | request_delay_us = 1000 | request_delay_us = 1000001 | feed_b.request_delay_us | between 0 and 1000000",
        "network.toml | port = 0 | port = 65536 | feed_b.port | between 0 and 65535",
        "network.toml | request_server = \"127.0.0.1:26401\" | request_server = \"127.0.0.1\" | feed.request_server | host:port",
    })
    void badValueIsRejectedNamingFileLineAndKey(final String file, final String good, final String bad,
            final String key, final String problem) throws IOException {
        copyDefaults();
        final int line = replace(file, good, bad);
        final ConfigException e = assertThrows(ConfigException.class, () -> EngineConfigLoader.load(dir));
        assertEquals(file, e.file(), e.getMessage());
        assertEquals(key, e.key(), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ":" + line + ": " + key + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }

    /** The file's comment says {@code auto | 1 | 2 | 4}: a number is read as one (it said "must be a string"). */
    @Test
    void aLayoutWrittenAsANumberIsRead() throws IOException {
        copyDefaults();
        replace(EngineConfigLoader.ENGINE_FILE, "layout = \"auto\"", "layout = 2");
        assertEquals("2", EngineConfigLoader.load(dir).layout());
    }

    @Test
    void brokenTomlNamesTheLine() throws IOException {
        copyDefaults();
        final int line = replace(EngineConfigLoader.NETWORK_FILE, "port = 26400", "port = = 26400");
        final ConfigException e = assertThrows(ConfigException.class, () -> EngineConfigLoader.load(dir));
        assertEquals(EngineConfigLoader.NETWORK_FILE, e.file());
        assertEquals(line, e.line());
        assertTrue(e.getMessage().contains("invalid TOML"), e.getMessage());
    }

    @Test
    void missingFileIsNamed() throws IOException {
        copyDefaults();
        Files.delete(dir.resolve(EngineConfigLoader.RISK_FILE));
        final ConfigException e = assertThrows(ConfigException.class, () -> EngineConfigLoader.load(dir));
        assertEquals(EngineConfigLoader.RISK_FILE, e.file());
        assertTrue(e.getMessage().contains("file not found"), e.getMessage());
    }

    private void copyDefaults() throws IOException {
        for (final String name : new String[] {EngineConfigLoader.ENGINE_FILE, EngineConfigLoader.NETWORK_FILE,
            EngineConfigLoader.RISK_FILE}) {
            Files.copy(Path.of("..", "config", name), dir.resolve(name));
        }
    }

    /** Replaces the first line containing {@code from}; returns its 1-based number. */
    private int replace(final String file, final String from, final String to) throws IOException {
        final Path path = dir.resolve(file);
        final var lines = Files.readAllLines(path);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(from)) {
                lines.set(i, lines.get(i).replace(from, to));
                Files.write(path, lines);
                return i + 1;
            }
        }
        throw new AssertionError(from + " not found in " + file);
    }
}
