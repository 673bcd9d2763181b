package io.hftengine.bench.spsc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;

/**
 * Pins the calling thread to one CPU with {@code taskset -p} on its Linux thread id (read from
 * {@code /proc/thread-self}), so producer and consumer run on different cores. Setup-time only;
 * does nothing (and says so) where that is not possible. Disable with {@code -Dspsc.pin=false}.
 */
public final class CpuPinning {
    private CpuPinning() {
    }

    /**
     * Pins the calling thread.
     *
     * @param cpu the CPU number
     */
    public static void pinCurrentThread(int cpu) {
        if (!Boolean.parseBoolean(System.getProperty("spsc.pin", "true"))
                || Runtime.getRuntime().availableProcessors() < 2) {
            return;
        }
        try {
            final Path self = Files.readSymbolicLink(Paths.get("/proc/thread-self"));
            final String tid = self.getFileName().toString();
            final Process p = new ProcessBuilder("taskset", "-p", "-c", Integer.toString(cpu), tid)
                .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (!p.waitFor(5, TimeUnit.SECONDS) || p.exitValue() != 0) {
                System.err.println("[spsc] could not pin thread " + tid + " to CPU " + cpu);
            }
        } catch (IOException | UnsupportedOperationException e) {
            System.err.println("[spsc] thread pinning unavailable: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
