package io.hftengine.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.hftengine.affinity.CpuTopology;
import io.hftengine.affinity.TopologyReader;
import io.hftengine.engine.HftMain;
import io.hftengine.engine.cli.ExitCodes;
import io.hftengine.engine.config.ConfigException;
import io.hftengine.engine.config.EngineConfig;
import io.hftengine.engine.config.EngineConfigLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A layout engine.toml asks for that this host cannot run is a configuration error naming the
 * file, the line and the key (exit 3), found before anything opens; the same layout asked for on
 * the command line stays a usage error (exit 2).
 */
class LayoutPreflightTest {
    @TempDir
    Path dir;

    @Test
    void fourThreadsFromEngineTomlOnTwoCpusNameTheFileLineAndKey() throws IOException {
        final int line = configWithLayout("4");
        final EngineConfig config = EngineConfigLoader.load(dir);
        final ConfigException e = assertThrows(ConfigException.class,
            () -> LayoutPreflight.check(config, null, CpuTopology.uniform(2)));
        assertEquals(EngineConfigLoader.ENGINE_FILE, e.file(), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
        assertEquals("engine.layout", e.key(), e.getMessage());
        assertTrue(e.getMessage().contains("4 busy stage threads need 4 cpus"), e.getMessage());
    }

    /**
     * {@code run --layout 4} on 2 CPUs primed for 10 s first, printed "pre-open priming failed,
     * trading starts unprimed: java.lang.IllegalArgumentException ..." and only then exited 2.
     */
    @Test
    void theCommandLinesLayoutIsAUsageErrorBeforeAnythingOpens() throws IOException {
        configWithLayout("auto");
        final EngineConfig config = EngineConfigLoader.load(dir);
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> LayoutPreflight.check(config, "4", CpuTopology.uniform(2)));
        assertTrue(e.getMessage().contains("4 busy stage threads need 4 cpus"), e.getMessage());
        LayoutPreflight.check(config, "2", CpuTopology.uniform(2));
        LayoutPreflight.check(config, "auto", CpuTopology.uniform(2));
    }

    @Test
    void theCommandLinesLayoutOverridesTheFilesOne() throws IOException {
        configWithLayout("4");
        LayoutPreflight.check(EngineConfigLoader.load(dir), "1", CpuTopology.uniform(2));
    }

    @Test
    void allowOversubscribeLetsItRun() throws IOException {
        configWithLayout("4");
        final EngineConfig config = EngineConfigLoader.load(dir);
        final var current = config.pipeline().build();
        config.pipeline().layout(current.threads(), true, current.pin()); // as --oversubscribe does
        LayoutPreflight.check(config, null, CpuTopology.uniform(2));
    }

    @Test
    void aLayoutTheHostHasRoomForPasses() throws IOException {
        configWithLayout("4");
        LayoutPreflight.check(EngineConfigLoader.load(dir), null, CpuTopology.uniform(8));
    }

    /**
     * The command the user-tester ran: on a host with too few CPUs for 4 threads it exited 2 (usage)
     * with the planner's message, naming no file.
     */
    @Test
    void benchWithEngineTomlsLayoutTooBigForThisHostExitsWithTheConfigCode() throws IOException {
        configWithLayout("4");
        final EngineConfig config = EngineConfigLoader.load(dir);
        boolean fits = true;
        try {
            LayoutPreflight.check(config, null, TopologyReader.detect(message -> { }));
        } catch (final ConfigException tooBig) {
            fits = false;
        }
        assumeTrue(!fits, "this host has the CPUs for 4 busy threads");
        assertEquals(ExitCodes.CONFIG, HftMain.execute("bench", "--config", dir.toString(), "--seconds", "1",
            "--warmup", "0", "--no-metrics-file"));
        assertEquals(ExitCodes.USAGE, HftMain.execute("bench", "--config", dir.toString(), "--layout", "4",
            "--seconds", "1", "--warmup", "0", "--no-metrics-file"), "--layout 4 stays a usage error");
    }

    /** The defaults with engine.layout replaced; returns its line. */
    private int configWithLayout(final String layout) throws IOException {
        for (final String file : List.of(EngineConfigLoader.ENGINE_FILE, EngineConfigLoader.NETWORK_FILE,
                EngineConfigLoader.RISK_FILE)) {
            Files.copy(Path.of("..", "config", file), dir.resolve(file));
        }
        final List<String> lines = Files.readAllLines(dir.resolve(EngineConfigLoader.ENGINE_FILE));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("layout = ")) {
                lines.set(i, "layout = \"" + layout + "\"");
                Files.write(dir.resolve(EngineConfigLoader.ENGINE_FILE), lines);
                return i + 1;
            }
        }
        throw new AssertionError("no layout line in the defaults");
    }
}
