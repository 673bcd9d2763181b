package io.hftengine.bench.orderbook;

import io.hftengine.orderbook.OrderBook;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * The {@link ItchDayStreamBenchmark} day replayed outside JMH, timed by the replaying thread's
 * CPU time as well as by the wall clock.
 *
 * <p>Why: on a shared 2-core host the wall clock counts the time other processes hold the core,
 * so JMH's rates swing 2x with the load. CPU time leaves that out (not the cache and memory
 * bandwidth the neighbours take), which makes before/after comparisons in one session usable.
 * Run: {@code java -cp benchmarks.jar io.hftengine.bench.orderbook.ItchDayCpuTime realistic 5}
 * (lifetime, days after one warm-up day; add JVM flags such as
 * {@code -XX:+UseTransparentHugePages} in front).
 */
public final class ItchDayCpuTime {
    private ItchDayCpuTime() {
    }

    /**
     * Replays the day and prints ns/message for each day and the best.
     *
     * @param args lifetime ({@code realistic} or {@code uniform}), days to time (default 5),
     *     warm-up days (default 3)
     */
    public static void main(final String[] args) {
        final String lifetime = args.length > 0 ? args[0] : "realistic";
        final int days = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        final int warmups = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        final SyntheticItchDay day = new SyntheticItchDay(ItchDayStreamBenchmark.EVENTS, 8915, 500_000, 11,
            SyntheticItchDay.Lifetime.of(lifetime));
        final OrderBook book = new OrderBook();
        day.defineSymbols(book);
        System.out.println(day.ageSummary());
        final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double best = Double.MAX_VALUE;
        double sum = 0;
        for (int d = -warmups; d < days; d++) {
            final long cpu0 = threads.getCurrentThreadCpuTime();
            final long wall0 = System.nanoTime();
            int changes = 0;
            for (int i = 0, n = day.length(); i < n; i++) {
                changes |= day.apply(book, i);
            }
            final double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / (double) day.length();
            final double wall = (System.nanoTime() - wall0) / (double) day.length();
            if (book.liveOrders() != 0 || book.totalAnomalies() != 0) {
                throw new IllegalStateException("stream not closed");
            }
            if (d >= 0) {
                best = Math.min(best, cpu);
                sum += cpu;
            }
            System.out.printf(Locale.ROOT, "%s day %d: cpu %.1f ns/msg, wall %.1f ns/msg (changes %x)%n",
                d < 0 ? "warm-up" : "timed", d, cpu, wall, changes);
        }
        System.out.printf(Locale.ROOT, "%s: cpu ns/msg mean %.1f best %.1f (%.2f M msgs/s at best)%n",
            lifetime, sum / days, best, 1e3 / best);
    }
}
