package io.hftengine.engine.doctor;

import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;

/**
 * A measuring tool for TUNING.md, not a test: one thread spins like a busy stage and records every
 * gap between two consecutive reads of {@code System.nanoTime} (a hiccup: GC or safepoint pause,
 * preemption, interrupt), while a "housekeeping" thread allocates a steady stream of garbage.
 * Compare JVM flags by running it under each:
 * {@code java <flags> -cp <test-classes:classes:deps> io.hftengine.engine.doctor.JitterProbe SECONDS MB_PER_S}.
 */
public final class JitterProbe {
    private static volatile boolean running = true;
    private static volatile Object sink;

    private JitterProbe() {
    }

    /**
     * Runs the probe and prints one line of gap percentiles.
     *
     * @param args seconds to run (default 8), garbage in MB/s from the housekeeping thread (default 50)
     * @throws InterruptedException if interrupted
     */
    public static void main(final String[] args) throws InterruptedException {
        final long seconds = args.length > 0 ? Long.parseLong(args[0]) : 8;
        final int mbPerSecond = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        final Thread housekeeping = new Thread(() -> allocate(mbPerSecond), "housekeeping");
        housekeeping.setDaemon(true);
        housekeeping.start();
        final Histogram gaps = new Histogram(TimeUnit.SECONDS.toNanos(10), 3);
        // Warm up the loop so JIT compilation is not what we measure.
        spin(new Histogram(TimeUnit.SECONDS.toNanos(10), 3), TimeUnit.SECONDS.toNanos(1));
        final long lostNs = spin(gaps, TimeUnit.SECONDS.toNanos(seconds));
        running = false;
        housekeeping.join();
        System.out.printf("gaps>1us: %d  p50 %.1f us  p99 %.1f us  p99.9 %.1f us  p99.99 %.1f us  max %.1f us  "
                + "time lost in gaps>100us %.2f ms/s%n",
            gaps.getTotalCount(), gaps.getValueAtPercentile(50) / 1e3, gaps.getValueAtPercentile(99) / 1e3,
            gaps.getValueAtPercentile(99.9) / 1e3, gaps.getValueAtPercentile(99.99) / 1e3, gaps.getMaxValue() / 1e3,
            lostNs / 1e6 / seconds);
    }

    private static long spin(final Histogram gaps, final long durationNs) {
        final long end = System.nanoTime() + durationNs;
        long previous = System.nanoTime();
        long lost = 0;
        while (previous < end) {
            final long now = System.nanoTime();
            final long gap = now - previous;
            if (gap > 1_000) {
                gaps.recordValue(Math.min(gap, gaps.getHighestTrackableValue()));
                if (gap > 100_000) {
                    lost += gap;
                }
            }
            previous = now;
        }
        return lost;
    }

    private static void allocate(final int mbPerSecond) {
        // Keeps a window of recent blocks alive so some survive a young collection, as caches do.
        final Object[] window = new Object[4096];
        int next = 0;
        final int blocksPerMs = Math.max(1, mbPerSecond * 1024 / 1000);
        while (running) {
            for (int i = 0; i < blocksPerMs; i++) {
                window[next] = new byte[1024];
                next = (next + 1) & (window.length - 1);
            }
            sink = window;
            try {
                Thread.sleep(1);
            } catch (final InterruptedException e) {
                return;
            }
        }
    }
}
