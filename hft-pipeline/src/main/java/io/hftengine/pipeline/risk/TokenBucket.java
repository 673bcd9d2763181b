package io.hftengine.pipeline.risk;

/**
 * Order-rate limiter on clock time, integer only (a generic cell rate algorithm).
 *
 * <p>Each order costs {@code 10^9 / ratePerSecond} ns of credit; credit accrues at one ns per ns
 * of clock time up to {@code burst} orders' worth. The time comes from the caller (the injected
 * clock), so the bucket is virtual in replay. Time going backwards adds no credit. Single thread.
 */
public final class TokenBucket {
    /** One order's cost, in credit units: a second of time at one unit per ns per order per second. */
    private static final long COST = 1_000_000_000L;
    /** Credit a nanosecond adds: the rate, so that the arithmetic is exact at any rate. */
    private final long perNs;
    private final long capacity;
    private long credit;
    private long lastNs = Long.MIN_VALUE;

    /**
     * Creates a full bucket.
     *
     * @param ratePerSecond sustained orders per second, 1 .. 10^9
     * @param burst orders allowed back to back, 1 .. 10^6
     * @throws IllegalArgumentException when out of range
     */
    public TokenBucket(final long ratePerSecond, final long burst) {
        if (ratePerSecond < 1 || ratePerSecond > 1_000_000_000L || burst < 1 || burst > 1_000_000L) {
            throw new IllegalArgumentException("rate must be in [1, 1e9] and burst in [1, 1e6]: rate=" + ratePerSecond
                + " burst=" + burst);
        }
        // Exact: rounding the cost per order down in ns let a 600 M/s bucket grant 1 G/s.
        this.perNs = ratePerSecond;
        this.capacity = COST * burst;
        this.credit = capacity;
    }

    /**
     * Takes one token if available.
     *
     * @param nowNs clock time, ns
     * @return true when the order may go
     */
    public boolean tryAcquire(final long nowNs) {
        refill(nowNs);
        if (credit >= COST) {
            credit -= COST;
            return true;
        }
        return false;
    }

    /**
     * Whether a token is available, without taking it.
     *
     * @param nowNs clock time, ns
     * @return true when {@link #tryAcquire} would succeed
     */
    public boolean available(final long nowNs) {
        refill(nowNs);
        return credit >= COST;
    }

    private void refill(final long nowNs) {
        if (lastNs == Long.MIN_VALUE) {
            lastNs = nowNs;
            return;
        }
        final long elapsed = nowNs - lastNs;
        if (elapsed > 0) {
            lastNs = nowNs;
            // elapsed * perNs only once it is known to stay below the capacity: no overflow.
            final long missing = capacity - credit;
            credit = elapsed >= (missing + perNs - 1) / perNs ? capacity : credit + elapsed * perNs;
        }
    }
}
