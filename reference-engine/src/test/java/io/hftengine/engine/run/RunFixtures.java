package io.hftengine.engine.run;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** What the end-to-end tests of {@code hft run} and {@code hft demo} share. */
public final class RunFixtures {
    private RunFixtures() {
    }

    /**
     * The lines of a network.toml with the feed on loopback: its port, its request server (none
     * for 0) and only 127.0.0.1 as its source; then a {@code [gateway]} section of the given lines.
     *
     * @param feedPort {@code [feed] port}
     * @param requestPort the request server's port on loopback; 0 for none
     * @param gateway the {@code [gateway]} section's lines, e.g. {@link #udpVenue}
     * @return the lines
     */
    public static String[] loopbackNetwork(final int feedPort, final int requestPort, final String... gateway) {
        final String[] feed = {
            "[feed]",
            "address = \"127.0.0.1\"",
            "port = " + feedPort,
            "source = \"127.0.0.1\"",
            "request_server = \"" + (requestPort == 0 ? "" : "127.0.0.1:" + requestPort) + "\"",
            "[gateway]"};
        final String[] lines = Arrays.copyOf(feed, feed.length + gateway.length);
        System.arraycopy(gateway, 0, lines, feed.length, gateway.length);
        return lines;
    }

    /**
     * {@code [gateway]} lines: OUCH datagrams to a venue on loopback.
     *
     * @param port the venue's port
     * @return the lines
     */
    public static String[] udpVenue(final int port) {
        return new String[] {"mode = \"udp\"", "address = \"127.0.0.1:" + port + "\""};
    }

    /**
     * {@code [gateway]} lines: a SoupBinTCP session to a venue on loopback, as user HFT.
     *
     * @param port the venue's port
     * @return the lines
     */
    public static String[] soupVenue(final int port) {
        return new String[] {"mode = \"soupbintcp\"", "address = \"127.0.0.1:" + port + "\"",
            "username = \"HFT\"", "password = \"secret\""};
    }

    /**
     * A config directory: the shipped engine.toml and risk limits, and the given network.toml.
     *
     * @param dir the directory
     * @param network lines of network.toml
     * @throws IOException when a file cannot be written
     */
    public static void writeConfig(final Path dir, final String... network) throws IOException {
        for (final String name : new String[] {"engine.toml", "risk_limits.toml"}) {
            Files.copy(Path.of("..", "config", name), dir.resolve(name));
        }
        writeNetwork(dir, network);
    }

    /**
     * Writes a config directory's network.toml.
     *
     * @param dir the directory
     * @param network its lines
     * @throws IOException when it cannot be written
     */
    public static void writeNetwork(final Path dir, final String... network) throws IOException {
        Files.writeString(dir.resolve("network.toml"), String.join("\n", network) + "\n");
    }

    /**
     * A counter of a run's {@code --json} summary.
     *
     * @param json the summary
     * @param key the counter's name
     * @return its value (the test fails when it is missing)
     */
    public static long number(final String json, final String key) {
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
    public static void writeConfigWithJournal(final Path dir, final Path journal, final String... network)
            throws IOException {
        Files.copy(Path.of("..", "config", "risk_limits.toml"), dir.resolve("risk_limits.toml"));
        final String engine = Files.readString(Path.of("..", "config", "engine.toml"));
        final String withJournal = engine.replaceFirst("(?m)^path = \"\".*$",
            "path = \"" + journal.toString().replace("\\", "\\\\") + "\"");
        assertTrue(!withJournal.equals(engine), "the shipped engine.toml has a [journal] path line");
        Files.writeString(dir.resolve("engine.toml"), withJournal);
        writeNetwork(dir, network);
    }
}
