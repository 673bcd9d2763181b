package io.hftengine.engine.doctor;

import java.util.Optional;

/** The kernel's boot parameters ({@code /proc/cmdline}), read once; the last of repeated keys wins, as in the kernel. */
final class KernelCommandLine {
    private final String text;

    KernelCommandLine(final String text) {
        this.text = text;
    }

    boolean known() {
        return text != null;
    }

    /** The value of {@code key=value}, empty if the key is absent or the command line unknown. */
    Optional<String> value(final String key) {
        if (text == null) {
            return Optional.empty();
        }
        String found = null;
        for (final String word : text.strip().split("\\s+")) {
            if (word.startsWith(key + "=")) {
                found = word.substring(key.length() + 1);
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The cpu list of {@code isolcpus}/{@code nohz_full}/{@code rcu_nocbs}, without flags such as
     * {@code managed_irq,domain,} that may precede it.
     */
    Optional<String> cpuList(final String key) {
        return value(key).map(v -> {
            final String[] parts = v.split(",");
            final StringBuilder list = new StringBuilder();
            for (final String part : parts) {
                if (!part.isEmpty() && Character.isDigit(part.charAt(0))) {
                    list.append(list.length() == 0 ? "" : ",").append(part);
                }
            }
            return list.toString();
        });
    }
}
