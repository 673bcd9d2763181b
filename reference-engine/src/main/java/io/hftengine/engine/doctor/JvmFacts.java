package io.hftengine.engine.doctor;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the doctor reports about the JVM it runs in; injectable so tests can describe other JVMs.
 *
 * @param feature        the JDK feature release, e.g. 17 or 21
 * @param version        the full version string, e.g. {@code "17.0.12+7"}
 * @param vm             the VM name and vendor, e.g. {@code "OpenJDK 64-Bit Server VM (Eclipse Adoptium)"}
 * @param collectors     the garbage collector MXBean names, e.g. {@code "G1 Young Generation"}
 * @param arguments      the JVM's input arguments, e.g. {@code "-Xmx2g"}
 * @param processors     {@link Runtime#availableProcessors()}
 */
public record JvmFacts(int feature, String version, String vm, List<String> collectors, List<String> arguments,
        int processors) {
    /**
     * Copies the lists.
     *
     * @param feature    the feature release
     * @param version    the version string
     * @param vm         the VM description
     * @param collectors the collector names
     * @param arguments  the input arguments
     * @param processors the processor count
     * @throws NullPointerException if a string or list is null
     */
    public JvmFacts {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(vm, "vm");
        collectors = List.copyOf(collectors);
        arguments = List.copyOf(arguments);
    }

    /**
     * Describes the running JVM.
     *
     * @return the facts of this JVM
     */
    public static JvmFacts current() {
        final List<String> collectors = new ArrayList<>();
        for (final GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            collectors.add(bean.getName());
        }
        return new JvmFacts(Runtime.version().feature(), Runtime.version().toString(),
            System.getProperty("java.vm.name", "?") + " (" + System.getProperty("java.vm.vendor", "?") + ")",
            collectors, ManagementFactory.getRuntimeMXBean().getInputArguments(),
            Runtime.getRuntime().availableProcessors());
    }

    /**
     * Names the garbage collector: from a {@code -XX:+UseXxxGC} flag if given, else from the MXBean names.
     *
     * @return {@code G1}, {@code ZGC}, {@code Shenandoah}, {@code Parallel}, {@code Serial},
     *         {@code Epsilon} or {@code unknown}
     */
    public String collector() {
        for (final String arg : arguments) {
            if (arg.startsWith("-XX:+Use") && arg.endsWith("GC")) {
                final String name = arg.substring("-XX:+Use".length(), arg.length() - 2);
                return name.equals("Z") ? "ZGC" : name;
            }
        }
        final String names = String.join(",", collectors);
        if (names.contains("ZGC")) {
            return "ZGC";
        }
        if (names.contains("Shenandoah")) {
            return "Shenandoah";
        }
        if (names.contains("G1")) {
            return "G1";
        }
        if (names.contains("PS ")) {
            return "Parallel";
        }
        if (names.contains("Copy") || names.contains("MarkSweepCompact")) {
            return "Serial";
        }
        return collectors.isEmpty() ? "Epsilon" : "unknown";
    }

    /**
     * Returns the value of the last argument with a prefix, e.g. {@code "-Xmx"}.
     *
     * @param prefix the argument prefix
     * @return the rest of the argument, or {@code null} if absent
     */
    public String argument(final String prefix) {
        String value = null;
        for (final String arg : arguments) {
            if (arg.startsWith(prefix)) {
                value = arg.substring(prefix.length());
            }
        }
        return value;
    }
}
