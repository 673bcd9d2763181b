package io.hftengine.engine.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hft exchange} stopped as the README says (Ctrl-C, or SIGTERM from a script) prints its
 * closing summary whole: the JVM halted once the shutdown hook returned, cutting the summary off
 * ("exchange: " and nothing after it) or leaving it out. A real second JVM runs the simulator.
 */
class ExchangeSigtermTest {
    @TempDir
    Path dir;

    @Test
    void sigtermLeavesTheWholeSummary() throws Exception {
        for (int round = 0; round < 2; round++) {
            final Path log = dir.resolve("exchange-" + round + ".log");
            final Process exchange = new ProcessBuilder(command("exchange", "--bind", "127.0.0.1:47944"))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try {
                final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (!Files.readString(log).contains("filling 50%") && System.nanoTime() < deadline
                        && exchange.isAlive()) {
                    Thread.sleep(50);
                }
                assertTrue(exchange.isAlive(), "the exchange must be running: " + Files.readString(log));
                exchange.destroy(); // SIGTERM
                assertTrue(exchange.waitFor(30, TimeUnit.SECONDS), "the exchange must stop on SIGTERM");
            } finally {
                exchange.destroyForcibly();
            }
            final String text = Files.readString(log);
            assertTrue(text.contains("exchange: 0 orders, 0 replies") && text.contains("(not simulated)\n"),
                    "round " + round + ", the summary cut short:\n" + text);
        }
    }

    /** The engine's main class in a second JVM, on this test's module and class path. */
    private static List<String> command(final String... args) {
        final List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("--add-exports=java.base/jdk.internal.misc=org.agrona");
        if (Runtime.version().feature() >= 24) {
            command.add("--sun-misc-unsafe-memory-access=allow");
            command.add("--enable-native-access=ALL-UNNAMED");
        }
        command.add("-p");
        command.add(System.getProperty("jdk.module.path"));
        // tomlj's own dependency (antlr) is not a module: it lives on the class path, as in Surefire.
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("-m");
        command.add("io.hftengine.engine/io.hftengine.engine.HftMain");
        command.addAll(List.of(args));
        return command;
    }
}
