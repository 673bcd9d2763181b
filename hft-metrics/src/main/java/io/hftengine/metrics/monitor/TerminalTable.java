package io.hftengine.metrics.monitor;

import java.util.Locale;

import io.hftengine.metrics.shm.MetricsFileDescriptor;
import io.hftengine.metrics.shm.MetricsFileReader;
import io.hftengine.metrics.shm.StageSnapshot;
import io.hftengine.metrics.shm.WriterStatus;

/**
 * Renders the live terminal view: writer status, counters with per-second rates, and per-stage
 * percentiles. Keeps the previous counter values to compute rates; one monitor thread uses it.
 */
final class TerminalTable {
    private final StageSnapshot snapshot = new StageSnapshot();
    private long[] previous = new long[0];
    private long previousMs;
    private long previousPid;

    String render(final MetricsFileReader reader, final WriterStatus status, final long nowEpochMs) {
        final StringBuilder out = new StringBuilder(2048);
        out.append("hft-engine monitor  file=").append(reader.path()).append("  status=").append(status);
        if (!reader.isMapped()) {
            final String reason = reader.notReadyReason();
            return out.append(reason == null ? "  (waiting for the engine)\n" : "  (" + reason + ")\n").toString();
        }
        final long heartbeat = reader.heartbeatEpochMs();
        out.append(String.format(Locale.ROOT, "  pid=%d  heartbeat=%s%s%n", reader.writerPid(),
            heartbeat == 0 ? "none (the engine closed the file)" : Math.max(0, nowEpochMs - heartbeat) + "ms ago",
            reader.control().killSwitchRequested() ? "  KILL SWITCH REQUESTED" : ""));
        if (previous.length != reader.counterCapacity() || previousPid != reader.writerPid()) {
            previous = new long[reader.counterCapacity()];
            previousMs = 0;
            previousPid = reader.writerPid();
        }
        final double seconds = previousMs == 0 ? 0 : (nowEpochMs - previousMs) / 1000.0;
        out.append(String.format(Locale.ROOT, "%n%-40s %8s %18s %14s%n", "COUNTER", "TYPE", "VALUE", "RATE/s"));
        for (int id = 0; id < reader.counterCapacity(); id++) {
            if (!reader.isAllocated(id)) {
                continue;
            }
            final long value = reader.counterValue(id);
            final boolean gauge = reader.counterType(id) == MetricsFileDescriptor.TYPE_GAUGE;
            final String rate = seconds > 0 && !gauge ? String.format(Locale.ROOT, "%.1f", (value - previous[id]) / seconds) : "-";
            previous[id] = value;
            out.append(String.format(Locale.ROOT, "%-40s %8s %18d %14s%n", reader.counterLabel(id),
                gauge ? "gauge" : "counter", value, rate));
        }
        previousMs = nowEpochMs;
        out.append(String.format(Locale.ROOT, "%n%-16s %12s %9s %9s %9s %9s %9s %10s   (ns)%n",
            "STAGE", "COUNT", "p50", "p90", "p99", "p99.9", "p99.99", "max"));
        for (int stage = 0; stage < reader.stageCount(); stage++) {
            if (reader.readSnapshot(stage, snapshot)) {
                out.append(String.format(Locale.ROOT, "%-16s %12d %9d %9d %9d %9d %9d %10d%n", reader.stageName(stage),
                    snapshot.count(), snapshot.p50(), snapshot.p90(), snapshot.p99(), snapshot.p999(),
                    snapshot.p9999(), snapshot.max()));
            }
        }
        return out.toString();
    }
}
