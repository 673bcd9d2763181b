package io.hftengine.engine.doctor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.hftengine.affinity.CpuTopology;
import io.hftengine.affinity.SysFs;
import io.hftengine.affinity.TopologyReader;

/**
 * Compares this host with what a latency-sensitive deployment of the engine wants: CPU count and
 * topology, isolated and tickless CPUs, interrupt affinity, frequency governor, clock source and
 * TSC, transparent huge pages, socket buffer limits, perf_events access, the JDK and its GC, and
 * the thread layout {@code auto} would pick.
 *
 * <p>Reads only, through a {@link SysFs} root ({@link SysFs#live()} or a fixture); never writes to
 * the host and never throws for a missing or malformed entry: it reports the setting as unknown.
 * Works unprivileged. Stateless after construction; {@link #run()} may be called from any thread.
 */
public final class HostCheck {
    private final SysFs fs;
    private final JvmFacts jvm;

    /**
     * Creates a check over a root.
     *
     * @param fs  where {@code sys/} and {@code proc/} are read, e.g. {@link HostFiles#live()}
     * @param jvm the JVM to report on, e.g. {@link JvmFacts#current()}
     * @throws NullPointerException if an argument is null
     */
    public HostCheck(final SysFs fs, final JvmFacts jvm) {
        this.fs = Objects.requireNonNull(fs, "fs");
        this.jvm = Objects.requireNonNull(jvm, "jvm");
    }

    /**
     * Checks the live host and the running JVM.
     *
     * @return the check
     */
    public static HostCheck live() {
        return new HostCheck(HostFiles.live(), JvmFacts.current());
    }

    /**
     * Reads everything and compares it with the recommendations.
     *
     * @return the report, one finding per setting, in a fixed order
     */
    public DoctorReport run() {
        Optional<CpuTopology> topology;
        String problem = "";
        try {
            topology = Optional.of(TopologyReader.read(fs));
        } catch (final RuntimeException e) {
            topology = Optional.empty();
            problem = e.getMessage();
        }
        final KernelCommandLine cmdline = new KernelCommandLine(fs.read("proc/cmdline").orElse(null));
        final List<Finding> findings = new ArrayList<>();
        findings.add(CpuFindings.topology(topology, problem, jvm.processors()));
        findings.addAll(IsolationFindings.check(fs, cmdline, topology));
        findings.add(CpuFindings.governor(fs, topology));
        findings.add(ClockFindings.clockSource(fs));
        findings.add(ClockFindings.invariantTsc(fs));
        findings.add(KernelFindings.hugePages(fs));
        findings.add(KernelFindings.socketBuffer(fs, "rmem_max"));
        findings.add(KernelFindings.socketBuffer(fs, "wmem_max"));
        findings.add(KernelFindings.perfEvents(fs));
        findings.addAll(JvmFindings.check(jvm));
        findings.add(LayoutFindings.autoLayout(topology, jvm.processors()));
        return new DoctorReport(fs.describe(), findings);
    }
}
