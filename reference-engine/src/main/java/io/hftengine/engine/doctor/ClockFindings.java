package io.hftengine.engine.doctor;

import java.util.Set;

import io.hftengine.affinity.SysFs;

/** The clock behind {@code System.nanoTime} and whether the TSC can be trusted. */
final class ClockFindings {
    private static final Set<String> PARAVIRTUAL = Set.of("kvm-clock", "hyperv_clocksource_tsc_page", "xen");

    private ClockFindings() {
    }

    static Finding clockSource(final SysFs fs) {
        final String name = "clock source";
        final String recommended = "tsc (arch_sys_counter on arm64)";
        final String why = "System.nanoTime is then a ~20 ns vDSO read; hpet or acpi_pm make every timestamp a "
            + "system call of about a microsecond";
        final String current = fs.read("sys/devices/system/clocksource/clocksource0/current_clocksource")
            .map(String::strip).orElse("");
        if (current.isEmpty()) {
            return new Finding(name, "unknown (no /sys/devices/system/clocksource)", recommended, why, Verdict.UNKNOWN);
        }
        final String available = fs.read("sys/devices/system/clocksource/clocksource0/available_clocksource")
            .map(String::strip).orElse("?");
        final String found = current + " (available: " + available + ")";
        if (current.equals("tsc") || current.equals("arch_sys_counter")) {
            return new Finding(name, found, recommended, why, Verdict.OK);
        }
        if (PARAVIRTUAL.contains(current)) {
            return new Finding(name, found, recommended, why + "; " + current
                + " is a paravirtual clock, vDSO-fast but steered by the hypervisor", Verdict.INFO);
        }
        return new Finding(name, found, recommended, why, Verdict.CHANGE);
    }

    static Finding invariantTsc(final SysFs fs) {
        final String name = "invariant tsc";
        final String recommended = "constant_tsc and nonstop_tsc";
        final String why = "an invariant TSC ticks at one rate in every power state and on every core, so "
            + "timestamps from different stage threads compare";
        final String cpuinfo = fs.read("proc/cpuinfo").orElse("");
        String flags = null;
        for (final String line : cpuinfo.split("\n")) {
            if (line.startsWith("flags")) {
                flags = " " + line.substring(line.indexOf(':') + 1).strip() + " ";
                break;
            }
        }
        if (flags == null) {
            return new Finding(name, "unknown (no cpu flags in /proc/cpuinfo; not x86?)", recommended, why, Verdict.UNKNOWN);
        }
        final boolean constant = flags.contains(" constant_tsc ");
        final boolean nonstop = flags.contains(" nonstop_tsc ");
        final boolean reliable = flags.contains(" tsc_reliable ");
        final String found = (constant ? "constant_tsc " : "") + (nonstop ? "nonstop_tsc " : "")
            + (reliable ? "tsc_reliable" : "");
        return new Finding(name, found.isBlank() ? "not invariant (no constant_tsc/nonstop_tsc)" : found.strip(),
            recommended, why, constant && nonstop ? Verdict.OK : Verdict.CHANGE);
    }
}
