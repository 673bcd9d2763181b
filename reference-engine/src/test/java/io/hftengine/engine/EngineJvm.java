package io.hftengine.engine;

import java.util.ArrayList;
import java.util.List;

/** The engine's command line in a second JVM, on the running test's module and class path. */
public final class EngineJvm {
    private EngineJvm() {
    }

    /**
     * The command that runs {@code hft ARGS} in a child JVM with the flags the engine's jar
     * manifest carries (Agrona's export; on JDK 24+ Unsafe memory access and native access).
     *
     * @param args the engine's arguments
     * @return the command, for a {@link ProcessBuilder}
     */
    public static List<String> command(final String... args) {
        final List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("--add-exports=java.base/jdk.internal.misc=org.agrona");
        if (Runtime.version().feature() >= 24) {
            command.add("--sun-misc-unsafe-memory-access=allow");
            command.add("--enable-native-access=ALL-UNNAMED");
        }
        command.add("-p");
        command.add(System.getProperty("jdk.module.path"));
        // tomlj's own dependency (antlr) is not a module: it lives on the class path, as in Surefire.
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("-m");
        command.add("io.hftengine.engine/io.hftengine.engine.HftMain");
        command.addAll(List.of(args));
        return command;
    }
}
