package io.hftengine.engine;

import io.hftengine.engine.cli.BenchCommand;
import io.hftengine.engine.cli.DemoCommand;
import io.hftengine.engine.cli.ExchangeCommand;
import io.hftengine.engine.cli.ExitCodes;
import io.hftengine.engine.cli.FeedCommand;
import io.hftengine.engine.cli.InspectCommand;
import io.hftengine.engine.cli.MonitorCommand;
import io.hftengine.engine.cli.RecordCommand;
import io.hftengine.engine.cli.ReplayCommand;
import io.hftengine.engine.cli.RunCommand;
import io.hftengine.engine.config.ConfigException;
import io.hftengine.engine.doctor.DoctorCommand;
import io.hftengine.engine.profile.ProfileRequestCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code hft} command: the reference engine and its tools.
 *
 * <p>Exit codes: 0 success, 1 the run failed, 2 bad command line, 3 bad configuration (the
 * message names file, line and key), 4 an input file could not be read, 5 a run completed with
 * trading halted (kill switch, venue session ended); see {@link ExitCodes}.
 */
@Command(name = "hft", mixinStandardHelpOptions = true, version = "hft-engine 0.1.0",
        description = "Low-latency trading engine: market data, strategy, risk and order gateway.",
        subcommands = {DemoCommand.class, RunCommand.class, FeedCommand.class, ExchangeCommand.class,
            RecordCommand.class, ReplayCommand.class, InspectCommand.class, MonitorCommand.class, BenchCommand.class,
            DoctorCommand.class, ProfileRequestCommand.class, CommandLine.HelpCommand.class})
public final class HftMain {
    private HftMain() {
    }

    /**
     * Runs one command and exits with its code.
     *
     * @param args the command line
     */
    public static void main(final String[] args) {
        System.exit(execute(args));
    }

    /**
     * Runs one command and returns its exit code, for tests and embedding.
     *
     * @param args the command line
     * @return the exit code
     */
    public static int execute(final String... args) {
        final CommandLine cli = new CommandLine(new HftMain());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof ConfigException) {
                commandLine.getErr().println("configuration error: " + e.getMessage());
                return ExitCodes.CONFIG;
            }
            if (e instanceof IllegalArgumentException) {
                commandLine.getErr().println(commandLine.getCommandName() + ": " + e.getMessage());
                return ExitCodes.USAGE;
            }
            if (e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
                commandLine.getErr().println("I/O error: " + withCauses(e));
                return ExitCodes.INPUT;
            }
            throw e;
        });
        return cli.execute(args);
    }

    /**
     * An exception's message followed by each cause's message that it does not already contain,
     * so that "cannot bind 127.0.0.1:26500" also says "Address already in use".
     *
     * @param e the exception
     * @return the messages joined by ": "
     */
    static String withCauses(final Throwable e) {
        final StringBuilder text = new StringBuilder(
                e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
        if (e instanceof java.nio.file.FileSystemException) {
            // Its message is the path alone, or the path and the system's reason ("Is a
            // directory"), which must not be said twice.
            final String reason = reason(e);
            if (reason != null && text.indexOf(reason) < 0) {
                text.append(": ").append(reason);
            }
        }
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            final String message = reason(cause);
            if (message != null && text.indexOf(message) < 0) {
                text.append(": ").append(message);
            }
        }
        return text.toString();
    }

    /** A file-system exception's message is often just the path: say what happened to it. */
    private static String reason(final Throwable cause) {
        if (cause instanceof java.nio.file.NoSuchFileException) {
            return "no such file or directory";
        }
        if (cause instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (cause instanceof java.nio.file.NotDirectoryException) {
            return "not a directory";
        }
        if (cause instanceof java.nio.file.FileAlreadyExistsException) {
            // Files.createDirectories met a file where a directory was to be (--out FILE).
            return "exists, and is not a directory";
        }
        if (cause instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return cause.getMessage();
    }
}
