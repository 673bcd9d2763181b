package io.hftengine.metrics.internal.tsc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Locale;

/**
 * Decides whether the TSC can be used, loads the JNI library and calibrates it. Slow path: file
 * reads, a temporary file and about 60 ms of calibration. Every failure leads to a reason string
 * and no ticker, never an exception, so callers fall back to {@code System.nanoTime}.
 */
public final class TscLoader {
    private static final String LIBRARY = "/io/hftengine/metrics/internal/tsc/linux-x86_64/libhfttsc.so";

    private static volatile String lastReason = "not tried";
    /** Set once the library is in: a second copy would be a second temp file and a second load. */
    private static boolean libraryLoaded;

    private TscLoader() {
    }

    /**
     * Tries to build a TSC ticker.
     *
     * @param requireKernelTrust also require the kernel to offer {@code tsc} as a clocksource
     *                           (it withdraws it when it finds the TSC unreliable, e.g. across
     *                           vCPUs or after migration on some hypervisors)
     * @return the ticker, or {@code null} with {@link #lastReason()} saying why not
     */
    public static synchronized TscTicker tryLoad(final boolean requireKernelTrust) {
        try {
            final String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
            if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")
                || !(arch.equals("amd64") || arch.equals("x86_64"))) {
                return fail("TSC ticker supports x86-64 Linux only, this is " + arch);
            }
            final String cpuinfo = Files.readString(Path.of("/proc/cpuinfo"));
            if (!hasFlag(cpuinfo, "constant_tsc") || !hasFlag(cpuinfo, "nonstop_tsc")) {
                return fail("CPU has no invariant TSC (constant_tsc + nonstop_tsc)");
            }
            if (requireKernelTrust) {
                final Path sources = Path.of("/sys/devices/system/clocksource/clocksource0/available_clocksource");
                if (!Files.isReadable(sources) || !Arrays.asList(Files.readString(sources).trim().split("\\s+")).contains("tsc")) {
                    return fail("kernel does not trust the TSC (no 'tsc' in available_clocksource)");
                }
            }
            if (!loadLibrary()) {
                return null;
            }
            return calibrate();
        } catch (final IOException | RuntimeException | LinkageError e) {
            return fail("TSC unavailable: " + e);
        }
    }

    /**
     * Says why the last {@link #tryLoad} returned what it did.
     *
     * @return a human-readable reason
     */
    public static String lastReason() {
        return lastReason;
    }

    private static boolean hasFlag(final String cpuinfo, final String flag) {
        for (final String line : cpuinfo.split("\n")) {
            if (line.startsWith("flags") && Arrays.asList(line.split("\\s+")).contains(flag)) {
                return true;
            }
        }
        return false;
    }

    private static boolean loadLibrary() throws IOException {
        if (libraryLoaded) {
            return true;
        }
        try (InputStream in = TscLoader.class.getResourceAsStream(LIBRARY)) {
            if (in == null) {
                fail("native library not built (gcc was missing when hft-metrics was built)");
                return false;
            }
            Path file;
            try {
                file = Files.createTempFile("hfttsc", ".so",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } catch (final UnsupportedOperationException notPosix) {
                file = Files.createTempFile("hfttsc", ".so");
            }
            file.toFile().deleteOnExit();
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            System.load(file.toAbsolutePath().toString());
            libraryLoaded = true;
            return true;
        }
    }

    private static TscTicker calibrate() {
        final double[] ratios = new double[3];
        for (int i = 0; i < ratios.length; i++) {
            final long n0 = System.nanoTime();
            final long t0 = TscNative.rdtsc();
            while (System.nanoTime() - n0 < 20_000_000L) {
                Thread.onSpinWait();
            }
            final long t1 = TscNative.rdtsc();
            final long n1 = System.nanoTime();
            if (t1 <= t0) {
                return fail("TSC did not advance during calibration");
            }
            ratios[i] = (double) (n1 - n0) / (t1 - t0);
        }
        Arrays.sort(ratios);
        final double nanosPerTick = ratios[1];
        // Between 0.1 and 10 GHz, and three runs within 1%: anything else is not a usable TSC.
        if (nanosPerTick < 0.1 || nanosPerTick > 10.0 || (ratios[2] - ratios[0]) / nanosPerTick > 0.01) {
            return fail("TSC calibration inconsistent: ns/tick " + Arrays.toString(ratios));
        }
        lastReason = String.format(Locale.ROOT, "TSC at %.3f GHz", 1.0 / nanosPerTick);
        return new TscTicker(nanosPerTick);
    }

    private static TscTicker fail(final String reason) {
        lastReason = reason;
        return null;
    }
}
