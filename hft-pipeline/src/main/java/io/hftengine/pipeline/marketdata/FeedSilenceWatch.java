package io.hftengine.pipeline.marketdata;

import io.hftengine.pipeline.Counters;
import io.hftengine.types.Clock;

/**
 * Notices a feed gone completely silent (no packets of the followed session, not even MoldUDP64
 * heartbeats, which a server sends every second): once nothing has arrived for the threshold, it
 * counts one {@link MarketDataCounter#FEED_SILENCES} and raises {@link #isSilent()}; the next
 * packet of the session lowers it. A silence is not a gap (nothing is known to be missing) and
 * the books are not touched: if messages were lost, the next packet's sequence number shows the
 * gap and the sequencer handles it.
 *
 * <p>Cheap by construction: the market data stage calls {@link #onIdle} only on duty cycles that
 * found no packet, so the clock is read when there is nothing else to do and never per packet.
 * Stage thread only, except {@link #isSilent()}.
 */
public final class FeedSilenceWatch {
    /** Default threshold: five missed heartbeats ({@code feed.silence_ms} in engine.toml sets another). */
    public static final long DEFAULT_THRESHOLD_NS = 5_000_000_000L;

    private final Clock clock;
    private final long thresholdNs;
    private final Counters<MarketDataCounter> counters;
    private long packetsSeen = -1;
    private long lastProgressNs;
    private volatile boolean silent;

    /**
     * Creates a watch.
     *
     * @param clock time source (the stage's clock)
     * @param thresholdNs how long without a packet is a silence, positive
     * @param counters the market data counters, where silences are counted
     * @throws IllegalArgumentException when the threshold is not positive
     */
    public FeedSilenceWatch(final Clock clock, final long thresholdNs, final Counters<MarketDataCounter> counters) {
        if (thresholdNs <= 0) {
            throw new IllegalArgumentException("silence threshold must be positive: " + thresholdNs);
        }
        this.clock = clock;
        this.thresholdNs = thresholdNs;
        this.counters = counters;
    }

    /**
     * An idle duty cycle: the source had nothing. Counts a silence once it has lasted the threshold.
     *
     * @param packets packets of the followed session received so far
     */
    public void onIdle(final long packets) {
        final long now = clock.epochNanos();
        if (packets != packetsSeen) {
            packetsSeen = packets;
            lastProgressNs = now;
            if (silent) {
                silent = false;
            }
            return;
        }
        if (!silent && now - lastProgressNs >= thresholdNs) {
            silent = true;
            counters.increment(MarketDataCounter.FEED_SILENCES);
        }
    }

    /**
     * Returns whether the feed is silent now (any thread).
     *
     * @return true from the threshold on until the next packet
     */
    public boolean isSilent() {
        return silent;
    }

    /**
     * Returns the threshold.
     *
     * @return how long without a packet counts as a silence, ns
     */
    public long thresholdNs() {
        return thresholdNs;
    }
}
