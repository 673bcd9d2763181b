package io.hftengine.engine.profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A ProfilerBackend that records commands, refuses chosen events and writes a small HTML on stop. */
final class ScriptedBackend implements ProfilerBackend {
    final List<String> commands = new ArrayList<>();
    final Set<String> refusedEvents = new HashSet<>();
    boolean listsPerfEvents = true;
    boolean failStopWrite;
    boolean running;

    @Override
    public String version() {
        return "scripted";
    }

    @Override
    public String execute(final String command) throws Exception {
        commands.add(command);
        if (command.equals("list")) {
            return "Basic events:\n  cpu\n  alloc\n  lock\n  ctimer\n  itimer\n" + (listsPerfEvents ? "Perf events:\n  cycles\n" : "");
        }
        if (command.startsWith("start,event=")) {
            final String event = command.substring("start,event=".length()).split(",")[0];
            if (refusedEvents.contains(event)) {
                throw new IllegalStateException("Perf events unavailable");
            }
            running = true;
            return "Profiling started\n";
        }
        if (command.startsWith("stop")) {
            if (!running) {
                throw new IllegalStateException("Profiler is not active");
            }
            running = false;
            final int at = command.indexOf("file=");
            if (at >= 0) {
                if (failStopWrite) {
                    throw new IOException("disk full");
                }
                Files.writeString(Path.of(command.substring(at + 5)), "<html>flame graph</html>");
            }
            return "OK\n";
        }
        throw new IllegalArgumentException("unexpected command " + command);
    }
}
