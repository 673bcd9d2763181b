package io.hftengine.engine.profile;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.hftengine.engine.cli.ExitCodes;
import io.hftengine.metrics.shm.ControlRegion;
import io.hftengine.metrics.shm.MetricsFile;
import io.hftengine.metrics.shm.MetricsFileReader;
import io.hftengine.metrics.shm.WriterStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hft profile}: asks a running engine, from another process, for a flame graph, by raising
 * the profile request word of its shared-memory metrics file, and waits for the acknowledgement.
 * The engine profiles on its housekeeping thread and writes the HTML into its output directory.
 */
@Command(name = "profile", mixinStandardHelpOptions = true,
        description = {"Ask a running engine for a flame graph (written by the engine when the capture ends).",
            "Exit 0 when the engine acknowledged the request, 1 when no live engine did."})
public final class ProfileRequestCommand implements Callable<Integer> {
    @Option(names = "--metrics-file", paramLabel = "FILE",
            description = "The engine's metrics file (default: /dev/shm/hft-engine/metrics.dat).")
    Path metricsFile;

    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "5",
            description = "How long to wait for the engine to acknowledge (default: ${DEFAULT-VALUE}).")
    double waitSeconds;

    @Spec
    CommandSpec spec;

    /** Creates the command; picocli fills the options. */
    public ProfileRequestCommand() {
    }

    @Override
    public Integer call() throws InterruptedException {
        final PrintWriter out = spec.commandLine().getOut();
        final Path path = metricsFile != null ? metricsFile : MetricsFile.defaultPath();
        try (MetricsFileReader reader = new MetricsFileReader(path, 2_000)) {
            final WriterStatus status = reader.refresh();
            if (status != WriterStatus.LIVE) {
                out.println("profile: no live engine at " + path + " (" + status + ")");
                out.flush();
                return ExitCodes.FAILED;
            }
            final ControlRegion control = reader.control();
            final long sequence = control.requestProfile();
            final long deadline = System.nanoTime() + (long) (waitSeconds * 1e9);
            while (control.profileAcknowledgedSequence() < sequence && System.nanoTime() - deadline < 0) {
                Thread.sleep(20);
            }
            final boolean acknowledged = control.profileAcknowledgedSequence() >= sequence;
            out.println(acknowledged
                ? "profile: request " + sequence + " acknowledged; the engine logs the flame graph's file when the capture ends"
                : "profile: request " + sequence + " not acknowledged within " + waitSeconds + " s (is the engine polling profile requests?)");
            out.flush();
            return acknowledged ? ExitCodes.OK : ExitCodes.FAILED;
        }
    }
}
