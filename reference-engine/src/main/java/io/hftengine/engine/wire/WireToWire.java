package io.hftengine.engine.wire;

import io.hftengine.pipeline.journal.JournalDescriptor;
import io.hftengine.pipeline.journal.JournalReader;
import org.HdrHistogram.Histogram;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Wire-to-wire latency on loopback, measured outside the engine: from the moment the feed
 * simulator handed the packet holding a market data message to its socket, to the moment the
 * exchange simulator read the order that message caused. The three parties each log their side
 * while the demo runs (the feed's and the exchange's {@link StampLog}s, the engine's
 * drop-copy journal, which records for every order the feed sequence number of the message
 * behind it); the join happens afterwards, off every hot path.
 *
 * <p>Unlike the engine's internal tick-to-order, this includes both kernels' UDP paths, the
 * engine's receive syscall and any wait in its socket buffer, and the send syscall. All three
 * parties share one process and {@code System.nanoTime()}, so the differences are exact.
 */
public final class WireToWire {
    private WireToWire() {
    }

    /**
     * Joins the three logs into a histogram of wire-to-wire latencies, one value per order that
     * all three saw, in ns. Slow path: allocates.
     *
     * @param journal the engine's drop-copy journal for the run
     * @param sends the feed's send log
     * @param receives the exchange's receive log
     * @param fromNanos only orders that reached the exchange at or after this time count (the end
     *     of warm-up)
     * @return the histogram (possibly empty)
     */
    public static Histogram join(final Path journal, final StampLog sends, final StampLog receives,
            final long fromNanos) {
        final Map<Long, Long> causeOf = new HashMap<>();
        new JournalReader().read(journal, (direction, timeNs, orderId, feedSequence, buffer, offset, length) -> {
            if (direction == JournalDescriptor.OUTBOUND && feedSequence > 0) {
                causeOf.putIfAbsent(orderId, feedSequence);
            }
        });
        final Histogram histogram = new Histogram(3_600_000_000_000L, 3);
        for (int i = 0; i < receives.size(); i++) {
            final long received = receives.nanos(i);
            final Long cause = causeOf.get(receives.key(i));
            if (received - fromNanos < 0 || cause == null) {
                continue;
            }
            final long sent = sends.floorNanos(cause);
            if (sent != Long.MIN_VALUE && received - sent >= 0) {
                histogram.recordValue(received - sent);
            }
        }
        return histogram;
    }
}
