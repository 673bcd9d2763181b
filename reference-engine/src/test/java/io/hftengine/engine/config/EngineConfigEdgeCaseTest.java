package io.hftengine.engine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Values at the edges of what the loader accepts: every rejection names the key actually at fault
 * and its own line, not a neighbour's or its table's.
 */
class EngineConfigEdgeCaseTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"market_events", "signals", "decisions", "venue_reports", "strategy_reports", "journal"})
    void aRingOfOneSlotIsRejectedAtItsOwnKeyAndLine(final String ring) throws IOException {
        // Before the fix the pipeline's own check caught it and the error named the table: "rings",
        // at the [rings] header's line.
        copyDefaults();
        final int line = replaceLineStarting(EngineConfigLoader.ENGINE_FILE, ring + " = ", ring + " = 1");
        final ConfigException e = assertThrows(ConfigException.class, () -> EngineConfigLoader.load(dir));
        assertEquals("rings." + ring, e.key(), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("between 2 and 16777216, was 1"), e.getMessage());
    }

    @Test
    void aPasswordTooLongIsBlamedOnThePasswordNotTheUsername() throws IOException {
        copyDefaults();
        final int line = replaceLineStarting(EngineConfigLoader.NETWORK_FILE, "password = ",
                "password = \"elevenchars\"");
        final ConfigException e = assertThrows(ConfigException.class, () -> EngineConfigLoader.load(dir));
        assertEquals("gateway.password", e.key(), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("at most 10 characters"), e.getMessage());
        assertTrue(!e.getMessage().contains("elevenchars"), "a password is not echoed: " + e.getMessage());
    }

    @Test
    void aUsernameTooLongIsBlamedOnTheUsername() throws IOException {
        copyDefaults();
        final int line = replaceLineStarting(EngineConfigLoader.NETWORK_FILE, "username = ", "username = \"SEVENCH\"");
        final ConfigException e = assertThrows(ConfigException.class, () -> EngineConfigLoader.load(dir));
        assertEquals("gateway.username", e.key(), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("at most 6 characters"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"\"", "\"  \""})
    void anEmptyFeedAddressIsAnErrorNotTheLoopbackAddress(final String empty) throws IOException {
        // Before the fix InetAddress.getByName("") made it 127.0.0.1 without a word.
        copyDefaults();
        final int line = replaceLineStarting(EngineConfigLoader.NETWORK_FILE, "address = \"127.0.0.1\"",
                "address = " + empty);
        final ConfigException e = assertThrows(ConfigException.class, () -> EngineConfigLoader.load(dir));
        assertEquals("feed.address", e.key(), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
    }

    @Test
    void theUnknownKeyReportedIsTheFirstInTheFile() throws IOException {
        // A stray table header: every key below it becomes unknown; the first of them is the one
        // the operator must look at, not whichever tomlj lists first.
        copyDefaults();
        final int line = replaceLineStarting(EngineConfigLoader.ENGINE_FILE, "layout = ",
                "layout = \"auto\"\n[engine.extra]\nstray = 1");
        final ConfigException e = assertThrows(ConfigException.class, () -> EngineConfigLoader.load(dir));
        assertEquals("engine.extra.stray", e.key(), e.getMessage());
        assertEquals(line + 2, e.line(), e.getMessage());
    }

    private void copyDefaults() throws IOException {
        for (final String name : List.of(EngineConfigLoader.ENGINE_FILE, EngineConfigLoader.NETWORK_FILE,
                EngineConfigLoader.RISK_FILE)) {
            Files.copy(Path.of("..", "config", name), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Replaces the first line starting with {@code prefix}; returns its 1-based number. */
    private int replaceLineStarting(final String file, final String prefix, final String to) throws IOException {
        final Path path = dir.resolve(file);
        final List<String> lines = Files.readAllLines(path);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                lines.set(i, to);
                Files.write(path, lines);
                return i + 1;
            }
        }
        throw new AssertionError(prefix + " not found in " + file);
    }
}
