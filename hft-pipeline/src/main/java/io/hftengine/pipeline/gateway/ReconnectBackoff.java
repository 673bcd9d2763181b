package io.hftengine.pipeline.gateway;

/**
 * Exponential back-off between reconnect attempts: the first delay, doubled after each failure up
 * to a ceiling, back to the first after a success. Clock-driven by the caller (no sleeping), so
 * the gateway's duty cycle keeps running while it waits.
 */
final class ReconnectBackoff {
    private final long firstNs;
    private final long maxNs;
    private long nextNs;

    ReconnectBackoff(final long firstNs, final long maxNs) {
        if (firstNs <= 0 || maxNs < firstNs) {
            throw new IllegalArgumentException("back-off must be 0 < first <= max: " + firstNs + ", " + maxNs);
        }
        this.firstNs = firstNs;
        this.maxNs = maxNs;
        this.nextNs = firstNs;
    }

    /** The delay before the next attempt; the one after it is twice as long, up to the ceiling. */
    long next() {
        final long delay = nextNs;
        nextNs = Math.min(maxNs, nextNs * 2);
        return delay;
    }

    /** After a success: the next failure waits the first delay again. */
    void reset() {
        nextNs = firstNs;
    }
}
