package io.hftengine.engine.run;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the end-to-end tests of {@code hft run} and {@code hft demo} share. */
final class RunFixtures {
    private RunFixtures() {
    }

    /**
     * A counter of a run's {@code --json} summary.
     *
     * @param json the summary
     * @param key the counter's name
     * @return its value (the test fails when it is missing)
     */
    static long number(final String json, final String key) {
        final int at = json.indexOf("\"" + key + "\": ");
        assertTrue(at >= 0, key + " missing from " + json);
        int end = at + key.length() + 4;
        while (end < json.length() && Character.isDigit(json.charAt(end))) {
            end++;
        }
        return Long.parseLong(json.substring(at + key.length() + 4, end));
    }

    /**
     * A config directory: the shipped risk limits, the shipped engine.toml with a journal, and
     * the given network.toml.
     *
     * @param dir the directory
     * @param journal {@code [journal] path}
     * @param network lines of network.toml
     * @throws IOException when a file cannot be written
     */
    static void writeConfigWithJournal(final Path dir, final Path journal, final String... network)
            throws IOException {
        Files.copy(Path.of("..", "config", "risk_limits.toml"), dir.resolve("risk_limits.toml"));
        final String engine = Files.readString(Path.of("..", "config", "engine.toml"));
        final String withJournal = engine.replaceFirst("(?m)^path = \"\".*$",
            "path = \"" + journal.toString().replace("\\", "\\\\") + "\"");
        assertTrue(!withJournal.equals(engine), "the shipped engine.toml has a [journal] path line");
        Files.writeString(dir.resolve("engine.toml"), withJournal);
        Files.writeString(dir.resolve("network.toml"), String.join("\n", network) + "\n");
    }
}
