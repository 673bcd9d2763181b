package io.hftengine.metrics.monitor;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import org.agrona.concurrent.SystemEpochClock;

import io.hftengine.metrics.LatencyTracker;
import io.hftengine.metrics.NanoTicker;
import io.hftengine.metrics.shm.CountersWriter;
import io.hftengine.metrics.shm.LatencyPublisher;
import io.hftengine.metrics.shm.MetricsFile;

/**
 * A stand-in engine that writes synthetic metrics, to try the monitor without the real engine
 * (and used by the two-process tests). It records random latencies into the five pipeline
 * stages, counts packets and orders, publishes every 50 ms and stops when its time is up or when
 * the kill switch is requested (exit status 3, printing {@code KILLED reason=N}).
 *
 * <pre>java -m io.hftengine.metrics/io.hftengine.metrics.monitor.SyntheticWriterMain PATH DURATION_MS</pre>
 */
public final class SyntheticWriterMain {
    /** Counter label of the packets counter. */
    static final String PACKETS = "md.packets.received";
    /** Counter label of the orders counter. */
    static final String ORDERS = "gw.orders.sent";
    /** Label of the queue-depth gauge. */
    static final String DEPTH = "strategy.queue.depth";

    private SyntheticWriterMain() {
    }

    /**
     * Runs the synthetic writer.
     *
     * @param args the metrics file path and the run time in milliseconds
     * @throws Exception if the file cannot be created
     */
    public static void main(final String[] args) throws Exception {
        final Path path = Path.of(args[0]);
        final long durationMs = Long.parseLong(args[1]);
        final List<String> stages = List.of("MARKET_DATA", "STRATEGY", "RISK", "GATEWAY", "TICK_TO_ORDER");
        final LatencyTracker tracker = new LatencyTracker(stages, NanoTicker.INSTANCE, 10_000_000L, 3);
        try (MetricsFile file = MetricsFile.prepare(path, 16, stages)) {
            final CountersWriter counters = file.counters();
            final int packets = counters.allocateCounter(PACKETS);
            final int orders = counters.allocateCounter(ORDERS);
            final int depth = counters.allocateGauge(DEPTH);
            file.publish(); // a monitor sees the file with its counters labelled, never before
            final LatencyPublisher publisher = new LatencyPublisher(tracker, file, SystemEpochClock.INSTANCE, 50, null);
            publisher.publishNow(System.currentTimeMillis());
            System.out.println("READY pid=" + ProcessHandle.current().pid());
            System.out.flush();
            final SplittableRandom random = new SplittableRandom(42);
            final long end = System.currentTimeMillis() + durationMs;
            while (System.currentTimeMillis() < end) {
                for (int i = 0; i < 100; i++) {
                    long total = 0;
                    for (int stage = 0; stage < 4; stage++) {
                        final long ns = 50 + random.nextLong(200) * (stage + 1);
                        tracker.recordNanos(stage, ns);
                        total += ns;
                    }
                    tracker.recordNanos(4, total);
                    counters.increment(packets);
                    if ((i & 7) == 0) {
                        counters.increment(orders);
                    }
                    counters.set(depth, random.nextLong(64));
                }
                publisher.doWork();
                if (file.control().killSwitchRequested()) {
                    publisher.publishNow(System.currentTimeMillis());
                    System.out.println("KILLED reason=" + file.control().killSwitchReason());
                    System.out.flush();
                    System.exit(3);
                }
                Thread.sleep(1);
            }
            publisher.publishNow(System.currentTimeMillis());
        }
    }
}
