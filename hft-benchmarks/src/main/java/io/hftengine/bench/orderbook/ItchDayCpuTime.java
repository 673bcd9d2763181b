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
 * {@code -XX:+UseTransparentHugePages} in front; a fourth argument {@code ours,parity} times the
 * peer, Parity's Java book, on the same day in the same JVM, alternating days).
 */
public final class ItchDayCpuTime {
    private ItchDayCpuTime() {
    }

    /**
     * Replays the day and prints ns/message for each day and the best, for each book asked for.
     *
     * @param args lifetime ({@code realistic} or {@code uniform}), days to time (default 5),
     *     warm-up days (default 3), books ({@code ours}, {@code parity} or {@code ours,parity};
     *     default {@code ours}). With both, the days alternate between the books, and before
     *     timing the two books are checked to agree on every symbol's top of book at mid-day.
     */
    public static void main(final String[] args) {
        final String lifetime = args.length > 0 ? args[0] : "realistic";
        final int days = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        final int warmups = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        final String books = args.length > 3 ? args[3] : "ours";
        final SyntheticItchDay day = new SyntheticItchDay(ItchDayStreamBenchmark.EVENTS, 8915, 500_000, 11,
            SyntheticItchDay.Lifetime.of(lifetime));
        final OrderBook book = books.contains("ours") ? new OrderBook() : null;
        final ParityDay parity = books.contains("parity") ? new ParityDay(day) : null;
        if (book != null) {
            day.defineSymbols(book);
        }
        System.out.println(day.ageSummary());
        if (book != null && parity != null) {
            System.out.println("top of book agrees with Parity's at mid-day on " + crossCheck(day, book, parity)
                + " symbols");
        }
        final Timing ours = new Timing("ours");
        final Timing peer = new Timing("parity");
        for (int d = -warmups; d < days; d++) {
            if (book != null) {
                final long cpu0 = ours.start();
                final int changes = day.apply(book, 0, day.length());
                ours.stop(cpu0, d, day.length(), Integer.toHexString(changes));
                if (book.liveOrders() != 0 || book.totalAnomalies() != 0) {
                    throw new IllegalStateException("stream not closed");
                }
            }
            if (parity != null) {
                final long cpu0 = peer.start();
                final long changes = parity.apply(0, day.length());
                peer.stop(cpu0, d, day.length(), Long.toString(changes));
            }
        }
        if (book != null) {
            ours.summary(lifetime, days);
        }
        if (parity != null) {
            peer.summary(lifetime, days);
        }
        if (book != null && parity != null) {
            System.out.printf(Locale.ROOT, "%s: Parity / ours, best days: %.2fx%n", lifetime, peer.best / ours.best);
        }
    }

    /** Replays the first half of the day on both books, compares them, then finishes the day on both. */
    private static int crossCheck(final SyntheticItchDay day, final OrderBook book, final ParityDay parity) {
        final int half = day.length() / 2;
        day.apply(book, 0, half);
        parity.apply(0, half);
        final int checked = parity.checkAgainst(book);
        day.apply(book, half, day.length());
        parity.apply(half, day.length());
        return checked;
    }

    /** CPU and wall time per message of one book's days. */
    private static final class Timing {
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private final String name;
        private long wall0;
        private double best = Double.MAX_VALUE;
        private double sum;

        Timing(final String name) {
            this.name = name;
        }

        long start() {
            wall0 = System.nanoTime();
            return threads.getCurrentThreadCpuTime();
        }

        void stop(final long cpu0, final int d, final int messages, final String changes) {
            final double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / (double) messages;
            final double wall = (System.nanoTime() - wall0) / (double) messages;
            if (d >= 0) {
                best = Math.min(best, cpu);
                sum += cpu;
            }
            System.out.printf(Locale.ROOT, "%s %s day %d: cpu %.1f ns/msg, wall %.1f ns/msg (changes %s)%n",
                name, d < 0 ? "warm-up" : "timed", d, cpu, wall, changes);
        }

        void summary(final String lifetime, final int days) {
            System.out.printf(Locale.ROOT, "%s, %s: cpu ns/msg mean %.1f best %.1f (%.2f M msgs/s at best)%n",
                name, lifetime, sum / days, best, 1e3 / best);
        }
    }
}
