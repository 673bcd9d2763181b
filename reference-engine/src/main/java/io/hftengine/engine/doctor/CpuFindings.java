package io.hftengine.engine.doctor;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.hftengine.affinity.CpuSet;
import io.hftengine.affinity.CpuTopology;
import io.hftengine.affinity.SysFs;

/** CPU count and topology, and the frequency governor. */
final class CpuFindings {
    /** Four stage threads on their own cores plus one core for the OS, the JVM and housekeeping. */
    static final int WANTED_CORES = 5;

    private CpuFindings() {
    }

    static Finding topology(final Optional<CpuTopology> topology, final String problem, final int processors) {
        final String recommended = ">= " + WANTED_CORES + " physical cores on one socket";
        final String why = "one core per stage (market-data, strategy, risk, gateway) plus one left to the OS, GC and JIT";
        if (topology.isEmpty()) {
            return new Finding("cpus and topology", "unknown (" + problem + "); the JVM sees " + processors + " cpus",
                recommended, why, Verdict.UNKNOWN);
        }
        final CpuTopology t = topology.get();
        final int threadsPerCore = Math.max(1, t.logicalCpuCount() / t.physicalCoreCount());
        final String found = t.logicalCpuCount() + " logical cpus (" + t.onlineCpus().format() + "), "
            + t.physicalCoreCount() + " physical cores, " + threadsPerCore + " thread(s) per core, "
            + t.socketCount() + (t.socketCount() == 1 ? " socket" : " sockets") + ", numa nodes "
            + (t.numaNodes().isEmpty() ? "unknown" : t.numaNodes().keySet().toString());
        return new Finding("cpus and topology", found, recommended, why,
            t.physicalCoreCount() >= WANTED_CORES ? Verdict.OK : Verdict.CHANGE);
    }

    static Finding governor(final SysFs fs, final Optional<CpuTopology> topology) {
        final String recommended = "performance on every stage cpu";
        final String why = "powersave/ondemand/schedutil lower the clock while a core idles and take tens of "
            + "microseconds to ramp up when the next packet lands";
        if (topology.isEmpty()) {
            return new Finding("cpu frequency governor", "unknown (no cpu list)", recommended, why, Verdict.UNKNOWN);
        }
        final CpuSet cpus = topology.get().onlineCpus();
        final Map<String, StringBuilder> byGovernor = new TreeMap<>();
        for (final int cpu : cpus.toArray()) {
            final String governor = fs.read("sys/devices/system/cpu/cpu" + cpu + "/cpufreq/scaling_governor")
                .map(String::strip).orElse("");
            if (!governor.isEmpty()) {
                final StringBuilder list = byGovernor.computeIfAbsent(governor, g -> new StringBuilder());
                list.append(list.length() == 0 ? "" : ",").append(cpu);
            }
        }
        if (byGovernor.isEmpty()) {
            return new Finding("cpu frequency governor",
                "unknown (no cpufreq in /sys: a VM or no frequency driver; the hypervisor or firmware sets the clock)",
                recommended, why, Verdict.UNKNOWN);
        }
        final StringBuilder found = new StringBuilder();
        byGovernor.forEach((governor, list) -> found.append(found.length() == 0 ? "" : "; ")
            .append(governor).append(" on cpus ").append(CpuSet.parse(list.toString()).format()));
        final boolean allPerformance = byGovernor.size() == 1 && byGovernor.containsKey("performance");
        return new Finding("cpu frequency governor", found.toString(), recommended, why,
            allPerformance ? Verdict.OK : Verdict.CHANGE);
    }

    /** CPUs a stage would be pinned to: every usable cpu except those of the OS core (the lowest one). */
    static CpuSet stageCpus(final CpuTopology topology) {
        return topology.onlineCpus().minus(topology.cpu(topology.onlineCpus().first()).threadSiblings());
    }
}
