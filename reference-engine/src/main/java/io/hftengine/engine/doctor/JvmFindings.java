package io.hftengine.engine.doctor;

import java.util.List;
import java.util.Set;

/** The JDK, its garbage collector and its heap flags. */
final class JvmFindings {
    private static final Set<String> LOW_PAUSE = Set.of("ZGC", "Shenandoah", "Epsilon");

    private JvmFindings() {
    }

    static List<Finding> check(final JvmFacts jvm) {
        return List.of(jdk(jvm), collector(jvm), heap(jvm));
    }

    private static Finding jdk(final JvmFacts jvm) {
        return new Finding("jdk", jvm.version() + ", " + jvm.vm(), "21 or newer (17 is the minimum)",
            "JDK 21 brings generational ZGC; the engine builds and runs on 17", jvm.feature() >= 21 ? Verdict.OK : Verdict.INFO);
    }

    private static Finding collector(final JvmFacts jvm) {
        final String gc = jvm.collector();
        final String found = gc + (jvm.collectors().isEmpty() ? "" : " " + jvm.collectors());
        return new Finding("garbage collector", found,
            "ZGC (-XX:+UseZGC, generational on 21+); Epsilon for proof runs",
            "the stages allocate nothing in steady state, but the JVM's housekeeping does; a G1, Parallel or Serial "
                + "young pause stops every stage thread for milliseconds, a ZGC pause for well under one",
            LOW_PAUSE.contains(gc) ? Verdict.OK : Verdict.CHANGE);
    }

    private static Finding heap(final JvmFacts jvm) {
        final String xms = jvm.argument("-Xms");
        final String xmx = jvm.argument("-Xmx");
        final boolean preTouch = jvm.arguments().contains("-XX:+AlwaysPreTouch");
        final String found = "-Xms " + (xms == null ? "default" : xms) + ", -Xmx " + (xmx == null ? "default" : xmx)
            + ", AlwaysPreTouch " + (preTouch ? "on" : "off");
        final boolean fixed = xms != null && xms.equals(xmx);
        return new Finding("heap", found, "-Xms = -Xmx and -XX:+AlwaysPreTouch",
            "a fixed, pre-touched heap never grows or faults in pages while trading; the cost moves to start-up",
            fixed && preTouch ? Verdict.OK : Verdict.CHANGE);
    }
}
