package io.hftengine.engine.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import io.hftengine.engine.profile.ProfileController;
import io.hftengine.engine.profile.ProfileMode;
import io.hftengine.engine.profile.Profiler;

import io.hftengine.engine.report.StageLatency;
import io.hftengine.metrics.shm.ControlRegion;
import io.hftengine.metrics.shm.CountersWriter;
import io.hftengine.metrics.shm.MetricsFile;
import io.hftengine.pipeline.Counters;
import io.hftengine.pipeline.Pipeline;
import io.hftengine.pipeline.gateway.GatewayCounter;
import io.hftengine.pipeline.gateway.SoupBinTcpOrderTransport;
import io.hftengine.pipeline.gateway.SoupBinTcpSessionCounter;
import io.hftengine.pipeline.marketdata.MarketDataCounter;
import io.hftengine.pipeline.message.RejectReason;
import io.hftengine.pipeline.risk.KillSwitchSource;
import io.hftengine.pipeline.risk.RiskCounter;
import io.hftengine.pipeline.strategy.StrategyCounter;

/**
 * Publishes a running pipeline into the shared-memory metrics file that {@code hft monitor}
 * reads: every pipeline counter, the per-stage latency percentiles, a heartbeat; and carries the
 * monitor's kill-switch request back to the risk stage.
 *
 * <p>The stage threads never touch the file: each keeps its own single-writer counters, and this
 * exporter, on the engine's housekeeping thread, copies them across. The file is created
 * owner-only; a stale one from an earlier run is replaced, a live one is refused. It is built
 * under a temporary name and put in place by {@link #bind} once every counter is labelled, so a
 * monitor never sees this engine without its counters.
 */
final class MetricsExporter implements AutoCloseable {
    private final MetricsFile file;
    private final List<Runnable> copies = new ArrayList<>();
    private ProfileController profiles;

    private MetricsExporter(final MetricsFile file) {
        this.file = file;
    }

    static MetricsExporter create(final Path path, final List<String> stageNames) throws IOException {
        try {
            return new MetricsExporter(MetricsFile.prepare(path, 256, stageNames));
        } catch (final IllegalStateException owned) {
            throw inUse(owned);
        }
    }

    /**
     * Refuses, before priming or any socket, a metrics file another running engine owns (the
     * default path is one per host): an I/O error naming the option, as a journal in use is.
     */
    static void preflight(final Path path) throws IOException {
        try {
            MetricsFile.requireNoLiveOwner(path);
        } catch (final IllegalStateException owned) {
            throw inUse(owned);
        }
    }

    private static IOException inUse(final IllegalStateException owned) {
        return new IOException("--metrics-file: " + owned.getMessage() + ", an engine still running: one engine"
            + " per metrics file (stop the other, or give this one its own --metrics-file, or --no-metrics-file)",
            owned);
    }

    /** The kill-switch word of the file's control region, for the risk stage to poll. */
    KillSwitchSource killSwitch() {
        final ControlRegion control = file.control();
        return control::killSwitchRequested;
    }

    /** The profile-request words of the file's control region, for the profile controller. */
    private io.hftengine.engine.profile.ProfileRequests profileRequests() {
        final ControlRegion control = file.control();
        return io.hftengine.engine.profile.ProfileRequests.of(control::profileRequestSequence,
                control::profileAcknowledgedSequence, control::acknowledgeProfile);
    }

    /**
     * Allocates a counter in the file for every counter of the pipeline, then publishes the file
     * at its path (start-up only, once).
     */
    void bind(final Pipeline pipeline) throws IOException {
        bindGroup("md", pipeline.marketData().counters(), MarketDataCounter.values());
        bindGroup("strategy", pipeline.strategy().counters(), StrategyCounter.values());
        bindGroup("risk", pipeline.risk().engine().counters(), RiskCounter.values());
        bindGroup("risk.reject", pipeline.risk().engine().rejects(), RejectReason.values());
        bindGroup("gateway", pipeline.gateway().counters(), GatewayCounter.values());
        if (DigestingTransport.unwrap(pipeline.gateway().transport()) instanceof SoupBinTcpOrderTransport soup) {
            bindGroup("gateway.session", soup.counters(), SoupBinTcpSessionCounter.values());
        }
        file.publish();
    }

    private <E extends Enum<E>> void bindGroup(final String group, final Counters<E> counters, final E[] names) {
        final CountersWriter writer = file.counters();
        for (final E name : names) {
            final int id = writer.allocateCounter(group + "." + name.name().toLowerCase(Locale.ROOT));
            copies.add(() -> writer.set(id, counters.get(name)));
        }
    }

    /**
     * Serves flame-graph requests that {@code hft profile} raises in the file's control region:
     * started and stopped from the housekeeping thread, never from a stage thread.
     */
    void enableProfiling(final Path outputDir, final Consumer<String> log) {
        profiles = new ProfileController(Profiler.instance(), profileRequests(), ProfileMode.CPU,
                outputDir == null ? Path.of(".") : outputDir, 30_000_000_000L, System::nanoTime, log);
    }

    /** Copies every counter, beats the heartbeat, serves profile requests (housekeeping, ~100 ms). */
    void publishCounters(final long nowEpochMs) {
        for (final Runnable copy : copies) {
            copy.run();
        }
        file.heartbeat(nowEpochMs);
        if (profiles != null) {
            profiles.poll();
        }
    }

    /** Publishes the latency measured so far, one snapshot per stage (housekeeping thread). */
    void publishLatency(final List<StageLatency> stages, final long nowEpochMs) {
        for (int i = 0; i < stages.size() && i < file.stageCount(); i++) {
            final StageLatency stage = stages.get(i);
            file.snapshots().publish(i, stage.histogram(), stage.clamped(), stage.negative(), nowEpochMs);
        }
    }

    Path path() {
        return file.path();
    }

    @Override
    public void close() {
        if (profiles != null) {
            profiles.close();
        }
        file.close();
    }
}
