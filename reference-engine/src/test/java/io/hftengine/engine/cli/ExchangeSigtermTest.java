package io.hftengine.engine.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import io.hftengine.engine.EngineJvm;
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
            final Process exchange = new ProcessBuilder(EngineJvm.command("exchange", "--bind", "127.0.0.1:47944"))
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
}
