package io.hftengine.engine.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.hftengine.metrics.monitor.MonitorMain;
import io.hftengine.metrics.shm.MetricsFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hft monitor}: the separate monitor process over the engine's shared-memory metrics. */
@Command(name = "monitor", mixinStandardHelpOptions = true,
        description = {"Watch a running engine from another process: a live table of counters, rates and"
                + " per-stage latency every second, and a Prometheus endpoint. Survives the engine restarting,"
                + " starting after it, and stale files. Can also flip the engine's kill switch."})
public final class MonitorCommand implements Callable<Integer> {
    /** Creates the command; picocli fills its options. */
    public MonitorCommand() {
        // fields are set by picocli or by the caller
    }

    @Option(names = "--file", paramLabel = "FILE", description = "The metrics file (default: ${DEFAULT-VALUE}).")
    Path file = MetricsFile.defaultPath();

    @Option(names = "--bind", defaultValue = "127.0.0.1",
            description = "Prometheus endpoint address (default: ${DEFAULT-VALUE}, this host only).")
    String bind;

    @Option(names = "--port", defaultValue = "9464", description = "Prometheus port, -1 for none (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--interval-ms", defaultValue = "1000", description = "Refresh period (default: ${DEFAULT-VALUE}).")
    long intervalMs;

    @Option(names = "--iterations", defaultValue = "-1", description = "Stop after this many refreshes (-1: never).")
    long iterations;

    @Option(names = "--kill-switch", paramLabel = "REASON",
            description = "Trip the engine's kill switch, then exit: 0 when requested, 4 when there is no metrics"
                    + " file, 1 when its engine is gone (nobody would see it). REASON is a number of your choosing"
                    + " (an incident or runbook code), kept in the metrics file with the request's time for the"
                    + " post-mortem; any number stops new orders alike (cancels still go).")
    Integer killSwitch;

    @Option(names = "--clear-kill-switch", description = "Clear a kill-switch request, then exit.")
    boolean clearKillSwitch;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (port != -1) {
            OptionRanges.port("--port", port);
        }
        final List<String> args = new ArrayList<>(List.of("--file", file.toString(), "--bind", bind, "--port",
                Integer.toString(port), "--interval-ms", Long.toString(intervalMs), "--iterations",
                Long.toString(iterations)));
        if (killSwitch != null) {
            args.add("--kill-switch");
            args.add(killSwitch.toString());
        }
        if (clearKillSwitch) {
            args.add("--clear-kill-switch");
        }
        // run, not main: main exits the JVM, and its statuses 2 and 3 mean other things here.
        final int status = MonitorMain.run(args.toArray(String[]::new), System.out);
        if (status == MonitorMain.EXIT_NO_METRICS_FILE) {
            return ExitCodes.INPUT;
        }
        return status == MonitorMain.EXIT_OK ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
