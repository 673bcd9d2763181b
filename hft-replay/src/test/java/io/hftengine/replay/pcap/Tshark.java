package io.hftengine.replay.pcap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the real tshark, when installed, and returns its output lines. */
final class Tshark {
    private static final Path BINARY = findBinary();

    private Tshark() {
    }

    private static Path findBinary() {
        for (final String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
            final Path candidate = Path.of(dir, "tshark");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    static boolean isInstalled() {
        return BINARY != null;
    }

    /** Reads a capture with tshark; one output line per frame (the default summary, or -T fields). */
    static List<String> run(final Path capture, final String... options) throws IOException, InterruptedException {
        final List<String> command = new ArrayList<>(List.of(BINARY.toString(), "-n", "-r", capture.toString()));
        command.addAll(List.of(options));
        return exec(command);
    }

    /** Runs tshark with arbitrary arguments (for example to convert a capture). */
    static List<String> exec(final List<String> command) throws IOException, InterruptedException {
        final Path output = Files.createTempFile("tshark", ".out");
        try {
            final Process process = new ProcessBuilder(command).redirectErrorStream(false)
                .redirectOutput(output.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("tshark timed out: " + command);
            }
            if (process.exitValue() != 0) {
                throw new IOException("tshark exited " + process.exitValue() + ": " + command);
            }
            final List<String> lines = new ArrayList<>();
            for (final String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
            return lines;
        } finally {
            Files.delete(output);
        }
    }

    static List<String> command(final String... args) {
        final List<String> command = new ArrayList<>();
        command.add(BINARY.toString());
        command.addAll(List.of(args));
        return command;
    }
}
