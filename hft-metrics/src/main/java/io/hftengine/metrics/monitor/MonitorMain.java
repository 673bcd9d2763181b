package io.hftengine.metrics.monitor;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

import io.hftengine.metrics.shm.MetricsFile;
import io.hftengine.metrics.shm.WriterStatus;

/**
 * The monitor process: reads the engine's metrics file every second, prints a live table and
 * serves Prometheus metrics. Starts before the engine (waits for the file), follows engine
 * restarts and reports a stale file.
 *
 * <pre>
 * java -p &lt;module path&gt; -m io.hftengine.metrics/io.hftengine.metrics.monitor.MonitorMain \
 *      [--file PATH] [--bind 127.0.0.1] [--port 9464 | --port -1 (no HTTP)] [--interval-ms 1000]
 *      [--stale-ms 3000] [--iterations N] [--kill-switch REASON_CODE] [--clear-kill-switch]
 * </pre>
 */
public final class MonitorMain {
    /** Exit status of a kill-switch request: done. */
    public static final int EXIT_OK = 0;
    /** Exit status of a kill-switch request: no usable metrics file at the path. */
    public static final int EXIT_NO_METRICS_FILE = 2;
    /** Exit status of a kill-switch request: the file's engine is gone, so nobody would see it. */
    public static final int EXIT_NO_LIVE_ENGINE = 3;

    private MonitorMain() {
    }

    /**
     * Runs the monitor until interrupted (or for {@code --iterations} refreshes), and exits the JVM
     * with the status of a kill-switch request that failed.
     *
     * @param args options as in the class description
     * @throws IOException          if the HTTP endpoint cannot bind
     * @throws InterruptedException if interrupted while sleeping between refreshes
     */
    public static void main(final String[] args) throws IOException, InterruptedException {
        final int status = run(args, System.out);
        if (status != EXIT_OK) {
            System.exit(status);
        }
    }

    /**
     * Runs the monitor as {@link #main} does, but returns instead of exiting the JVM, for a caller
     * that embeds it (the {@code hft monitor} command).
     *
     * @param args options as in the class description
     * @param out where the table and messages go
     * @return {@link #EXIT_OK}, or for a kill-switch request {@link #EXIT_NO_METRICS_FILE} or
     *     {@link #EXIT_NO_LIVE_ENGINE}
     * @throws IOException          if the HTTP endpoint cannot bind
     * @throws InterruptedException if interrupted while sleeping between refreshes
     */
    public static int run(final String[] args, final PrintStream out) throws IOException, InterruptedException {
        final MonitorOptions options = MonitorOptions.parse(args);
        try (Monitor monitor = new Monitor(options.file, options.staleAfterMs)) {
            if (options.killSwitchReason != null || options.clearKillSwitch) {
                return control(monitor, options, out);
            }
            final PrometheusEndpoint endpoint = options.port < 0 ? null
                : new PrometheusEndpoint(options.bind, options.port, monitor::exposition);
            if (endpoint != null) {
                out.println("prometheus: http://" + options.bind + ":" + endpoint.port() + "/metrics");
            }
            final boolean ansi = System.console() != null;
            try {
                for (long i = 0; options.iterations < 0 || i < options.iterations; i++) {
                    final String table = monitor.step();
                    out.print(ansi ? "\033[H\033[2J" + table : table + "\n");
                    out.flush();
                    Thread.sleep(options.intervalMs);
                }
            } finally {
                if (endpoint != null) {
                    endpoint.close();
                }
            }
        }
        return EXIT_OK;
    }

    private static int control(final Monitor monitor, final MonitorOptions options, final PrintStream out) {
        monitor.step();
        if (!monitor.reader().isMapped()) {
            final String reason = monitor.reader().notReadyReason();
            out.println("no metrics file at " + options.file + " (" + monitor.status()
                + (reason == null ? "" : ": " + reason) + ")");
            return EXIT_NO_METRICS_FILE;
        }
        if (options.killSwitchReason != null && monitor.status() == WriterStatus.STALE) {
            // The engine that wrote this file is gone; the next one starts a new file with the
            // switch off, so a request here would reach nobody.
            out.println("no live engine owns " + options.file + " (" + monitor.status() + ", writer pid "
                + monitor.reader().writerPid() + " is gone): kill switch not requested");
            return EXIT_NO_LIVE_ENGINE;
        }
        if (options.clearKillSwitch) {
            monitor.reader().control().clearKillSwitch();
            out.println("kill switch cleared");
        } else {
            monitor.reader().control().requestKillSwitch(options.killSwitchReason, System.currentTimeMillis());
            out.println("kill switch requested, reason " + options.killSwitchReason + ", engine pid "
                + monitor.reader().writerPid() + " (" + monitor.status() + ")");
        }
        return EXIT_OK;
    }

    /** Parsed command line. */
    static final class MonitorOptions {
        Path file = MetricsFile.defaultPath();
        String bind = "127.0.0.1";
        int port = 9464;
        long intervalMs = 1000;
        long staleAfterMs = 3000;
        long iterations = -1;
        Integer killSwitchReason;
        boolean clearKillSwitch;

        static MonitorOptions parse(final String[] args) {
            final MonitorOptions o = new MonitorOptions();
            for (int i = 0; i < args.length; i++) {
                final String flag = args[i];
                if ("--clear-kill-switch".equals(flag)) {
                    o.clearKillSwitch = true;
                    continue;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("missing value after " + flag);
                }
                final String value = args[++i];
                switch (flag) {
                    case "--file": o.file = Path.of(value); break;
                    case "--bind": o.bind = value; break;
                    case "--port": o.port = Integer.parseInt(value); break;
                    case "--interval-ms": o.intervalMs = Long.parseLong(value); break;
                    case "--stale-ms": o.staleAfterMs = Long.parseLong(value); break;
                    case "--iterations": o.iterations = Long.parseLong(value); break;
                    case "--kill-switch": o.killSwitchReason = Integer.valueOf(value); break;
                    default: throw new IllegalArgumentException("unknown option " + flag);
                }
            }
            return o;
        }
    }
}
