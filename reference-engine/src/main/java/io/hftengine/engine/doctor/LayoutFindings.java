package io.hftengine.engine.doctor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.hftengine.affinity.CpuTopology;
import io.hftengine.affinity.LayoutRequest;
import io.hftengine.affinity.ThreadLayout;
import io.hftengine.affinity.ThreadLayoutPlanner;
import io.hftengine.affinity.ThreadPlan;
import io.hftengine.pipeline.Pipeline;

/** The thread layout {@code layout = "auto"} would pick on this host. */
final class LayoutFindings {
    private LayoutFindings() {
    }

    static Finding autoLayout(final Optional<CpuTopology> topology, final int processors) {
        final CpuTopology machine = topology.orElseGet(() -> CpuTopology.uniform(Math.max(1, processors)));
        final List<String> warnings = new ArrayList<>();
        final String recommended = Pipeline.STAGE_NAMES.size() + " threads, one per stage, each owning an isolated core";
        final String why = "fused stages share one thread, so a slow stage delays the others; pinned owners of "
            + "isolated cores are never preempted";
        final ThreadLayout layout;
        try {
            layout = ThreadLayoutPlanner.plan(Pipeline.STAGE_NAMES, LayoutRequest.AUTO, machine, false, warnings::add);
        } catch (final IllegalArgumentException e) {
            return new Finding("auto thread layout", "none possible: " + e.getMessage(), recommended, why, Verdict.CHANGE);
        }
        final StringBuilder found = new StringBuilder();
        found.append(layout.threadCount()).append(layout.threadCount() == 1 ? " thread" : " threads");
        for (final ThreadPlan thread : layout.threads()) {
            found.append("; ").append(String.join("+", thread.stageNames())).append(" on ")
                .append(thread.cpu() < 0 ? "any cpu" : "cpu " + thread.cpu()).append(' ').append(thread.idleKind())
                .append(thread.ownsCore() ? "" : " (shared core)");
        }
        found.append("; OS keeps ").append(layout.osCpus().isEmpty() ? "no cpu" : "cpus " + layout.osCpus().format());
        if (topology.isEmpty()) {
            found.append(" (topology unknown: assumed ").append(machine.logicalCpuCount()).append(" uniform cpus)");
        }
        final boolean full = layout.threadCount() == Pipeline.STAGE_NAMES.size()
            && layout.threads().stream().allMatch(ThreadPlan::ownsCore)
            && layout.threads().stream().allMatch(t -> machine.isolatedCpus().contains(t.cpu()));
        return new Finding("auto thread layout", found.toString(), recommended, why, full ? Verdict.OK : Verdict.INFO);
    }
}
