package io.hftengine.engine.doctor;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.hftengine.affinity.CpuSet;
import io.hftengine.affinity.CpuTopology;
import io.hftengine.affinity.SysFs;

/** Cores kept away from the scheduler, the tick, RCU callbacks and interrupts. */
final class IsolationFindings {
    private IsolationFindings() {
    }

    static List<Finding> check(final SysFs fs, final KernelCommandLine cmdline, final Optional<CpuTopology> topology) {
        // Every cpu but those of the lowest cpu's core: that core is left to the OS, JVM and IRQs.
        final String stage = topology.map(CpuFindings::stageCpus).filter(c -> !c.isEmpty()).map(CpuSet::format)
            .orElse("<stage cpus>");
        final Optional<CpuSet> isolated = cpuSet(fs.read("sys/devices/system/cpu/isolated"))
            .or(() -> cmdline.cpuList("isolcpus").flatMap(IsolationFindings::parse));
        final List<Finding> out = new ArrayList<>();
        out.add(setting("isolated cpus (isolcpus)", isolated, cmdline.known(), "isolcpus=" + stage + " (all but the first core, kept for the OS)",
            "the scheduler puts no other task on an isolated cpu, so a busy-spinning stage thread is never preempted"));
        final Optional<CpuSet> nohz = cpuSet(fs.read("sys/devices/system/cpu/nohz_full"))
            .or(() -> cmdline.cpuList("nohz_full").flatMap(IsolationFindings::parse));
        out.add(setting("tickless cpus (nohz_full)", nohz, cmdline.known() || fs.read("sys/devices/system/cpu/nohz_full").isPresent(),
            "nohz_full=" + stage + " (the isolated cpus)",
            "without it the scheduler tick interrupts every cpu 250-1000 times a second, a few microseconds each"));
        final Optional<CpuSet> rcu = cmdline.cpuList("rcu_nocbs").flatMap(IsolationFindings::parse);
        out.add(setting("rcu callbacks offloaded (rcu_nocbs)", rcu, cmdline.known(), "rcu_nocbs=" + stage + " (the isolated cpus)",
            "RCU callbacks then run on the OS cpus instead of interrupting a stage thread"));
        out.add(irqAffinity(fs, isolated.orElse(CpuSet.empty())));
        return out;
    }

    private static Finding setting(final String name, final Optional<CpuSet> value, final boolean readable,
            final String recommended, final String why) {
        if (value.isPresent() && !value.get().isEmpty()) {
            return new Finding(name, "cpus " + value.get().format(), recommended, why, Verdict.OK);
        }
        if (!readable) {
            return new Finding(name, "unknown (neither /sys nor /proc/cmdline readable)", recommended, why, Verdict.UNKNOWN);
        }
        return new Finding(name, "none", recommended, why, Verdict.CHANGE);
    }

    private static Finding irqAffinity(final SysFs fs, final CpuSet isolated) {
        final String name = "default irq affinity";
        final String why = "a device interrupt on a stage cpu stalls the stage thread for microseconds";
        final Optional<String> mask = fs.read("proc/irq/default_smp_affinity");
        if (mask.isEmpty()) {
            return new Finding(name, "unknown (no /proc/irq/default_smp_affinity)", "the OS cpus only", why, Verdict.UNKNOWN);
        }
        final CpuSet cpus;
        try {
            cpus = fromMask(mask.get());
        } catch (final NumberFormatException e) {
            return new Finding(name, "unreadable mask '" + mask.get().strip() + "'", "the OS cpus only", why, Verdict.UNKNOWN);
        }
        final String found = "cpus " + cpus.format() + " (mask " + mask.get().strip() + ")";
        if (isolated.isEmpty()) {
            return new Finding(name, found, "the OS cpus only, once stage cpus are isolated (irqaffinity=)", why, Verdict.INFO);
        }
        final CpuSet overlap = cpus.intersect(isolated);
        return new Finding(name, found, "cpus outside the isolated set " + isolated.format()
            + " (irqaffinity= or /proc/irq/*/smp_affinity; stop irqbalance)", why,
            overlap.isEmpty() ? Verdict.OK : Verdict.CHANGE);
    }

    /** A hex cpu mask as /proc writes it: 32-bit groups separated by commas, highest first. */
    static CpuSet fromMask(final String mask) {
        final BigInteger bits = new BigInteger(mask.strip().replace(",", ""), 16);
        final List<Integer> ids = new ArrayList<>();
        for (int i = bits.getLowestSetBit(); i >= 0 && i < bits.bitLength(); i++) {
            if (bits.testBit(i)) {
                ids.add(i);
            }
        }
        return CpuSet.of(ids.stream().mapToInt(Integer::intValue).toArray());
    }

    private static Optional<CpuSet> cpuSet(final Optional<String> text) {
        return text.map(String::strip).map(s -> s.equals("(null)") ? "" : s).flatMap(IsolationFindings::parse);
    }

    private static Optional<CpuSet> parse(final String list) {
        try {
            return Optional.of(CpuSet.parse(list));
        } catch (final IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
