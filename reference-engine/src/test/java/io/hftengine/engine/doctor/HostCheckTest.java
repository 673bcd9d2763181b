package io.hftengine.engine.doctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.hftengine.affinity.SysFs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The doctor against captured hosts: this 2-vCPU VM, a tuned 8-core box, a bare container. */
class HostCheckTest {
    static final Path HOSTS = Path.of("src/test/resources/io/hftengine/engine/doctor/hosts");

    static final JvmFacts G1_DEFAULTS = new JvmFacts(17, "17.0.12+7", "OpenJDK 64-Bit Server VM (Eclipse Adoptium)",
        List.of("G1 Young Generation", "G1 Old Generation"), List.of("-Xss1m"), 2);

    static final JvmFacts TUNED_JVM = new JvmFacts(21, "21.0.4+7", "OpenJDK 64-Bit Server VM (Eclipse Adoptium)",
        List.of("ZGC Minor Cycles", "ZGC Major Cycles"),
        List.of("-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch", "-XX:+UseZGC", "-XX:+ZGenerational"), 8);

    static DoctorReport check(final String host, final JvmFacts jvm) {
        final DoctorReport report = new HostCheck(HostFiles.under(HOSTS.resolve(host)), jvm).run();
        System.out.println(report.format());
        return report;
    }

    private static void assertFinding(final DoctorReport report, final String setting, final Verdict verdict,
            final String foundPart) {
        final Finding finding = report.finding(setting);
        assertEquals(verdict, finding.verdict(), finding.toString());
        assertTrue(finding.found().contains(foundPart), finding.toString());
    }

    @Test
    void thisTwoCpuVmIsReportedAsItIs() {
        final DoctorReport report = check("vm-2vcpu", G1_DEFAULTS);
        assertFinding(report, "cpus and topology", Verdict.CHANGE, "2 logical cpus (0-1)");
        assertFinding(report, "isolated cpus (isolcpus)", Verdict.CHANGE, "none");
        assertTrue(report.finding("isolated cpus (isolcpus)").recommended().contains("isolcpus=1"),
            report.finding("isolated cpus (isolcpus)").toString());
        assertFinding(report, "tickless cpus (nohz_full)", Verdict.CHANGE, "none");
        assertFinding(report, "rcu callbacks offloaded (rcu_nocbs)", Verdict.CHANGE, "none");
        assertFinding(report, "default irq affinity", Verdict.INFO, "cpus 0-1");
        assertFinding(report, "cpu frequency governor", Verdict.UNKNOWN, "no cpufreq");
        assertFinding(report, "clock source", Verdict.INFO, "kvm-clock");
        assertFinding(report, "invariant tsc", Verdict.OK, "constant_tsc nonstop_tsc");
        assertFinding(report, "transparent huge pages", Verdict.OK, "enabled=madvise, defrag=madvise");
        assertFinding(report, "net.core.rmem_max", Verdict.CHANGE, "4194304");
        assertFinding(report, "net.core.wmem_max", Verdict.CHANGE, "4194304");
        assertFinding(report, "kernel.perf_event_paranoid", Verdict.INFO, "2");
        assertFinding(report, "jdk", Verdict.INFO, "17.0.12");
        assertFinding(report, "garbage collector", Verdict.CHANGE, "G1");
        assertFinding(report, "heap", Verdict.CHANGE, "AlwaysPreTouch off");
        assertFinding(report, "auto thread layout", Verdict.INFO,
            "1 thread; market-data+strategy+risk+gateway on cpu 1 BUSY_SPIN; OS keeps cpus 0");
    }

    @Test
    void aTunedBoxPassesEveryHostCheck() {
        final DoctorReport report = check("tuned-8c", TUNED_JVM);
        assertFinding(report, "isolated cpus (isolcpus)", Verdict.OK, "cpus 2-7");
        assertFinding(report, "tickless cpus (nohz_full)", Verdict.OK, "cpus 2-7");
        assertFinding(report, "rcu callbacks offloaded (rcu_nocbs)", Verdict.OK, "cpus 2-7");
        assertFinding(report, "default irq affinity", Verdict.OK, "cpus 0-1");
        assertFinding(report, "cpu frequency governor", Verdict.OK, "performance on cpus 0-7");
        assertFinding(report, "clock source", Verdict.OK, "tsc");
        assertFinding(report, "transparent huge pages", Verdict.OK, "enabled=never, defrag=never");
        assertFinding(report, "net.core.rmem_max", Verdict.OK, "134217728");
        assertFinding(report, "kernel.perf_event_paranoid", Verdict.OK, "1");
        assertFinding(report, "garbage collector", Verdict.OK, "ZGC");
        assertFinding(report, "heap", Verdict.OK, "-Xms 4g, -Xmx 4g, AlwaysPreTouch on");
        assertFinding(report, "auto thread layout", Verdict.OK, "4 threads");
        assertEquals(0, report.count(Verdict.CHANGE), report.format());
        assertEquals(0, report.count(Verdict.UNKNOWN), report.format());
    }

    @Test
    void aBareContainerReportsUnknownsInsteadOfFailing() {
        final DoctorReport report = check("container-bare", G1_DEFAULTS);
        assertFinding(report, "cpus and topology", Verdict.CHANGE, "2 logical cpus");
        assertFinding(report, "isolated cpus (isolcpus)", Verdict.UNKNOWN, "unknown");
        assertFinding(report, "tickless cpus (nohz_full)", Verdict.UNKNOWN, "unknown");
        assertFinding(report, "cpu frequency governor", Verdict.UNKNOWN, "unknown");
        assertFinding(report, "clock source", Verdict.UNKNOWN, "unknown");
        assertFinding(report, "transparent huge pages", Verdict.UNKNOWN, "unknown");
        assertFinding(report, "net.core.rmem_max", Verdict.UNKNOWN, "unknown");
        assertFinding(report, "default irq affinity", Verdict.UNKNOWN, "unknown");
        assertFinding(report, "invariant tsc", Verdict.OK, "constant_tsc");
    }

    @Test
    void anEmptyRootStillGivesAFullReport(@TempDir final Path empty) {
        final DoctorReport report = new HostCheck(SysFs.under(empty), G1_DEFAULTS).run();
        assertFinding(report, "cpus and topology", Verdict.UNKNOWN, "the JVM sees 2 cpus");
        assertFinding(report, "invariant tsc", Verdict.UNKNOWN, "unknown");
        assertFinding(report, "auto thread layout", Verdict.INFO, "assumed 2 uniform cpus");
        assertEquals(16, report.findings().size(), report.format());
    }

    @Test
    void malformedEntriesAreUnknownNotACrash(@TempDir final Path root) throws Exception {
        write(root, "sys/devices/system/cpu/online", "zero-one");
        write(root, "proc/irq/default_smp_affinity", "zz");
        write(root, "proc/sys/net/core/rmem_max", "lots");
        write(root, "proc/sys/kernel/perf_event_paranoid", "");
        final DoctorReport report = new HostCheck(SysFs.under(root), G1_DEFAULTS).run();
        assertFinding(report, "cpus and topology", Verdict.UNKNOWN, "unknown");
        assertFinding(report, "default irq affinity", Verdict.UNKNOWN, "unreadable");
        assertFinding(report, "net.core.rmem_max", Verdict.UNKNOWN, "unreadable");
        assertFinding(report, "kernel.perf_event_paranoid", Verdict.UNKNOWN, "unreadable");
    }

    @Test
    void itOnlyReadsBelowSysAndProc() {
        final SysFs fixture = SysFs.under(HOSTS.resolve("tuned-8c"));
        final List<String> paths = new ArrayList<>();
        final SysFs recording = new SysFs() {
            @Override
            public Optional<String> read(final String relativePath) {
                paths.add(relativePath);
                return fixture.read(relativePath);
            }

            @Override
            public List<String> list(final String relativeDir) {
                paths.add(relativeDir);
                return fixture.list(relativeDir);
            }

            @Override
            public String describe() {
                return fixture.describe();
            }
        };
        new HostCheck(recording, TUNED_JVM).run();
        assertTrue(paths.size() > 10, paths.toString());
        assertTrue(paths.stream().allMatch(p -> p.startsWith("sys/") || p.startsWith("proc/")), paths.toString());
    }

    @Test
    void cpuMasksParseInGroupsOf32Bits() {
        assertEquals("0-1", IsolationFindings.fromMask("00000000,00000003\n").format());
        assertEquals("32-39", IsolationFindings.fromMask("ff,00000000").format());
        assertEquals("2-7", new KernelCommandLine("ro isolcpus=managed_irq,domain,2-7 quiet").cpuList("isolcpus").orElseThrow());
        assertEquals("5", new KernelCommandLine("nohz_full=1 nohz_full=5").cpuList("nohz_full").orElseThrow());
    }

    @Test
    void theCollectorIsNamedFromFlagsOrBeans() {
        assertEquals("G1", G1_DEFAULTS.collector());
        assertEquals("ZGC", TUNED_JVM.collector());
        assertEquals("Parallel", new JvmFacts(17, "17", "vm", List.of("PS Scavenge", "PS MarkSweep"), List.of(), 1).collector());
        assertEquals("Serial", new JvmFacts(17, "17", "vm", List.of("Copy", "MarkSweepCompact"), List.of(), 1).collector());
        assertEquals("Epsilon", new JvmFacts(17, "17", "vm", List.of(),
            List.of("-XX:+UnlockExperimentalVMOptions", "-XX:+UseEpsilonGC"), 1).collector());
        assertEquals("Shenandoah", new JvmFacts(17, "17", "vm", List.of("Shenandoah Cycles"), List.of(), 1).collector());
    }

    private static void write(final Path root, final String relative, final String text) throws Exception {
        final Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
