package io.hftengine.engine.doctor;

import java.util.Optional;

import io.hftengine.affinity.SysFs;

/** Transparent huge pages, socket buffer limits and perf_events access. */
final class KernelFindings {
    /** The design's socket buffer limit: 128 MiB holds a burst of a busy feed without drops. */
    static final long WANTED_BUFFER_BYTES = 134_217_728L;

    private KernelFindings() {
    }

    static Finding hugePages(final SysFs fs) {
        final String name = "transparent huge pages";
        final String recommended = "enabled=madvise, defrag not 'always'";
        final String why = "with madvise the JVM gets huge pages for its pre-touched heap (-XX:+UseTransparentHugePages, "
            + "fewer TLB misses) while 'always' lets khugepaged and direct compaction stall any thread";
        final Optional<String> enabled = fs.read("sys/kernel/mm/transparent_hugepage/enabled").map(KernelFindings::selected);
        final Optional<String> defrag = fs.read("sys/kernel/mm/transparent_hugepage/defrag").map(KernelFindings::selected);
        if (enabled.isEmpty()) {
            return new Finding(name, "unknown (no /sys/kernel/mm/transparent_hugepage)", recommended, why, Verdict.UNKNOWN);
        }
        final String found = "enabled=" + enabled.get() + ", defrag=" + defrag.orElse("unknown");
        final boolean ok = !enabled.get().equals("always") && !defrag.orElse("").equals("always");
        return new Finding(name, found, recommended, why, ok ? Verdict.OK : Verdict.CHANGE);
    }

    static Finding socketBuffer(final SysFs fs, final String key) {
        final String name = "net.core." + key;
        final String recommended = ">= " + WANTED_BUFFER_BYTES + " (128 MiB)";
        final String why = key.startsWith("r")
            ? "the feed socket's receive buffer is capped at rmem_max; a burst larger than it is dropped by the kernel and becomes a gap"
            : "the order socket's send buffer is capped at wmem_max; a full buffer blocks or fails the gateway's send";
        final Optional<String> value = fs.read("proc/sys/net/core/" + key).map(String::strip);
        if (value.isEmpty()) {
            return new Finding(name, "unknown (no /proc/sys/net/core/" + key + ")", recommended, why, Verdict.UNKNOWN);
        }
        try {
            final long bytes = Long.parseLong(value.get());
            return new Finding(name, bytes + " (" + bytes / 1024 + " KiB)", recommended, why,
                bytes >= WANTED_BUFFER_BYTES ? Verdict.OK : Verdict.CHANGE);
        } catch (final NumberFormatException e) {
            return new Finding(name, "unreadable '" + value.get() + "'", recommended, why, Verdict.UNKNOWN);
        }
    }

    static Finding perfEvents(final SysFs fs) {
        final String name = "kernel.perf_event_paranoid";
        final String recommended = "<= 1 on a host you profile";
        final String why = "async-profiler's cpu mode uses perf_events; above 1 it loses kernel frames, and where "
            + "perf_events are denied (3+, many VMs and containers) hft falls back to the ctimer/itimer timers";
        final Optional<String> value = fs.read("proc/sys/kernel/perf_event_paranoid").map(String::strip);
        if (value.isEmpty()) {
            return new Finding(name, "unknown (no /proc/sys/kernel/perf_event_paranoid)", recommended, why, Verdict.UNKNOWN);
        }
        try {
            return new Finding(name, value.get(), recommended, why,
                Integer.parseInt(value.get()) <= 1 ? Verdict.OK : Verdict.INFO);
        } catch (final NumberFormatException e) {
            return new Finding(name, "unreadable '" + value.get() + "'", recommended, why, Verdict.UNKNOWN);
        }
    }

    /** The bracketed choice of a sysfs selector such as {@code always [madvise] never}. */
    static String selected(final String text) {
        final int open = text.indexOf('[');
        final int close = text.indexOf(']', open + 1);
        return open >= 0 && close > open ? text.substring(open + 1, close) : text.strip();
    }
}
