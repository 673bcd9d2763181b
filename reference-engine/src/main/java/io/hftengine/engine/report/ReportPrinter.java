package io.hftengine.engine.report;

import java.io.PrintStream;
import java.util.Map;

/** Prints the end-of-run report a person reads: throughput, counters, orders, GC, latency. */
public final class ReportPrinter {
    /**
     * JIT compiler time during the measured run above which the report suggests priming: a settled
     * engine compiles next to nothing (a few ms for rare paths first taken late).
     */
    private static final long JIT_BUSY_MS = 100;

    private ReportPrinter() {
    }

    /**
     * Prints a summary.
     *
     * @param s the summary
     * @param out where to print
     */
    public static void print(final RunSummary s, final PrintStream out) {
        out.println();
        out.printf("== %s report: layout %s, %.1f s measured%n", s.command, s.layout, s.seconds);
        if (!s.layoutDescription.isEmpty()) {
            out.println(s.layoutDescription.strip().indent(3).stripTrailing());
        }
        final double rate = s.messagesPerSecond;
        out.printf("market data  %,d packets, %,d messages (%,.0f msg/s measured), %,d processed, %,d dropped, %,d gaps"
                + " (%,d unrecovered%s)%n", s.packets, s.messages, rate, s.messagesProcessed, s.droppedTotal(), s.gaps,
                s.gapsUnrecovered, stillOpen(s));
        printCounts(out, "  dropped", s.dropped);
        if (s.gapsUnrecovered > 0) {
            // Said plainly: an empty latency table after this is the engine being safe, not broken.
            out.printf("  books stale: %,d gap(s) could not be filled in time (the feed's retransmission was too"
                    + " late or silent); the strategy does not trade stale books%n", s.gapsUnrecovered);
            if (s.counters.getOrDefault("packets_left_to_request", 0L) > 0) {
                out.println("  the gap was wider than the hold area (feed.held_packets), left to the request server:"
                        + " a start after the feed needs the session from sequence 1, and a request server that no"
                        + " longer holds it cannot be caught up with (the feed simulator keeps the last 1,048,576"
                        + " messages, about 10 s at 100,000 msg/s)");
            }
        }
        final StringBuilder unread = new StringBuilder();
        for (final Map.Entry<String, Long> e : s.counters.entrySet()) {
            if (e.getKey().startsWith("capture_skipped_") || e.getKey().startsWith("binaryfile_")) {
                unread.append(unread.length() == 0 ? "" : ", ").append(e.getKey()).append('=')
                        .append(String.format("%,d", e.getValue()));
            }
        }
        if (unread.length() > 0) {
            out.printf("  not played from the file: %s%n", unread);
        }
        final long overflow = s.counters.getOrDefault("book_anomaly_order_capacity_exceeded", 0L);
        if (overflow > 0) {
            out.printf("  order book full: %,d adds dropped at book.order_capacity = %,d live orders (engine.toml"
                    + " [book]); the books of their symbols are wrong from then on%n", overflow, s.bookOrderCapacity);
        }
        out.printf("orders       %,d signals, %,d approved, %,d rejected, %,d fills%n", s.ordersSent, s.ordersApproved,
                s.ordersRejected.values().stream().mapToLong(Long::longValue).sum(), s.fills);
        printCounts(out, "  rejected", s.ordersRejected);
        if (!s.positions.isEmpty()) {
            final StringBuilder line = new StringBuilder("positions   ");
            int shown = 0;
            for (final Map.Entry<String, Long> e : s.positions.entrySet()) {
                if (shown++ == 12) {
                    line.append(" ... (").append(s.positions.size()).append(" symbols)");
                    break;
                }
                line.append(' ').append(e.getKey()).append(' ').append(e.getValue() > 0 ? "+" : "").append(e.getValue());
            }
            out.println(line);
        }
        final String since = "since " + s.measuredSince;
        out.printf("gc           %d collections during the run, heap used %,d MiB (%+,d KiB %s)%n",
                s.gcCollections, s.heapUsedBytes >> 20, s.heapGrowthBytes >> 10, since);
        if (s.jitCompilationMs >= 0) {
            out.printf("jit          %,d ms of JIT compiler time during the run (all compiler threads)%s%n",
                    s.jitCompilationMs, jitHint(s));
        }
        if (!s.allocatedByThread.isEmpty()) {
            final StringBuilder line = new StringBuilder("allocation   pipeline threads " + since + ":");
            s.allocatedByThread.forEach((thread, bytes) ->
                    line.append(' ').append(thread).append(' ').append(bytes < 0 ? "n/a" : String.format("%,d B", bytes)));
            out.println(line);
        }
        if (!s.orderDigest.isEmpty()) {
            out.println("order digest " + s.orderDigest);
        }
        out.println();
        out.printf("%-22s %10s %8s %8s %8s %8s %8s %10s%n", "latency (ns)", "count", "p50", "p90", "p99", "p99.9",
                "p99.99", "max");
        for (final StageLatency stage : s.latency) {
            row(out, stage);
        }
        if (s.wireToWire != null) {
            row(out, s.wireToWire);
        }
        for (final StageLatency stage : s.latency) {
            if (stage.clamped() != 0 || stage.negative() != 0) {
                out.printf("%s: %,d samples above the histogram's range (counted at its maximum), %,d negative"
                        + " (stamps out of order, left out of the table)%n", stage.name(), stage.clamped(),
                        stage.negative());
            }
        }
        s.files.forEach((what, path) -> out.printf("%-12s %s%n", what, path));
    }

    /**
     * A gap still open when the run ended (a catch-up through the request server not finished) is
     * neither filled nor given up: "0 unrecovered" alone would read as every gap filled.
     */
    private static String stillOpen(final RunSummary s) {
        final long behind = s.counters.getOrDefault("feed_behind_at_end", 0L);
        return behind > 0 ? String.format(", 1 still open: %,d messages behind", behind) : "";
    }

    private static void row(final PrintStream out, final StageLatency stage) {
        out.printf("%-22s %,10d %8d %8d %8d %8d %8d %10d%n", stage.name(), stage.count(), stage.at(50), stage.at(90),
                stage.at(99), stage.at(99.9), stage.at(99.99), stage.max());
    }

    private static void printCounts(final PrintStream out, final String label, final Map<String, Long> counts) {
        final StringBuilder line = new StringBuilder();
        counts.forEach((k, v) -> {
            if (v != 0) {
                line.append(' ').append(k).append('=').append(String.format("%,d", v));
            }
        });
        if (line.length() > 0) {
            out.println(label + ":" + line);
        }
    }

    /**
     * The advice after the JIT figure: not for replay (it takes no {@code --prime}), nor after
     * priming (a primed demo still compiles its simulators' code, which the figure includes).
     */
    private static String jitHint(final RunSummary s) {
        return !"replay".equals(s.command) && s.jitCompilationMs >= JIT_BUSY_MS
                && !s.counters.containsKey("pre_open_primer_orders")
                ? "; still compiling: --prime N or a longer --warmup steadies the tail" : "";
    }
}
