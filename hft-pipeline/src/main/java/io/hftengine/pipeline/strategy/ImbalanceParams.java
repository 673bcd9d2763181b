package io.hftengine.pipeline.strategy;

/**
 * Parameters of {@link ImbalanceStrategy}, immutable; build with {@link #builder()}.
 *
 * <p>Units: shares, Price raws, basis points, ns of clock time.
 */
public final class ImbalanceParams {
    private final int maxSymbols;
    private final int depth;
    private final long thresholdBps;
    private final long orderQuantity;
    private final long maxPosition;
    private final long maxSpread;
    private final long cooldownNs;
    private final long orderTimeoutNs;

    private ImbalanceParams(final Builder b) {
        maxSymbols = b.maxSymbols;
        depth = b.depth;
        thresholdBps = b.thresholdBps;
        orderQuantity = b.orderQuantity;
        maxPosition = b.maxPosition;
        maxSpread = b.maxSpread;
        cooldownNs = b.cooldownNs;
        orderTimeoutNs = b.orderTimeoutNs;
    }

    /**
     * Returns a builder with defaults suited to the tests and the sample data.
     *
     * @return a builder with defaults suited to the tests and the sample data
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns symbol ids handled: {@code 1 .. maxSymbols - 1}.
     *
     * @return symbol ids handled: {@code 1 .. maxSymbols - 1}
     */
    public int maxSymbols() {
        return maxSymbols;
    }

    /**
     * Returns book levels a side summed into the imbalance, 1..10.
     *
     * @return book levels a side summed into the imbalance, 1..10
     */
    public int depth() {
        return depth;
    }

    /**
     * Returns imbalance that triggers an order, basis points of total size, 1..10000.
     *
     * @return imbalance that triggers an order, basis points of total size, 1..10000
     */
    public long thresholdBps() {
        return thresholdBps;
    }

    /**
     * Returns shares per order.
     *
     * @return shares per order
     */
    public long orderQuantity() {
        return orderQuantity;
    }

    /**
     * Returns the strategy's own position cap, shares (risk has its own, harder limits).
     *
     * @return the strategy's own position cap, shares (risk has its own, harder limits)
     */
    public long maxPosition() {
        return maxPosition;
    }

    /**
     * Returns widest spread traded, Price raw.
     *
     * @return widest spread traded, Price raw
     */
    public long maxSpread() {
        return maxSpread;
    }

    /**
     * Returns minimum clock time between two orders in one symbol, ns.
     *
     * @return minimum clock time between two orders in one symbol, ns
     */
    public long cooldownNs() {
        return cooldownNs;
    }

    /**
     * Returns an order still open after this long is cancelled, ns.
     *
     * @return an order still open after this long is cancelled, ns
     */
    public long orderTimeoutNs() {
        return orderTimeoutNs;
    }

    @Override
    public String toString() {
        return "ImbalanceParams{maxSymbols=" + maxSymbols + ", depth=" + depth + ", thresholdBps=" + thresholdBps
            + ", orderQuantity=" + orderQuantity + ", maxPosition=" + maxPosition + ", maxSpread=" + maxSpread
            + ", cooldownNs=" + cooldownNs + ", orderTimeoutNs=" + orderTimeoutNs + "}";
    }

    /** Builds {@link ImbalanceParams}; every setter validates at once. */
    public static final class Builder {
        private int maxSymbols = 1024;
        private int depth = 5;
        private long thresholdBps = 3_000;
        private long orderQuantity = 100;
        private long maxPosition = 1_000;
        private long maxSpread = 100_000_000L;
        private long cooldownNs = 1_000_000L;
        private long orderTimeoutNs = 100_000_000L;

        private Builder() {
        }

        /**
         * Sets the symbol id range.
         *
         * @param value 2..65536
         * @return this
         * @throws IllegalArgumentException when out of range
         */
        public Builder maxSymbols(final int value) {
            maxSymbols = (int) check("maxSymbols", value, 2, 65_536);
            return this;
        }

        /**
         * Sets the levels summed.
         *
         * @param levels 1..10
         * @return this
         * @throws IllegalArgumentException when out of range
         */
        public Builder depth(final int levels) {
            depth = (int) check("depth", levels, 1, 10);
            return this;
        }

        /**
         * Sets the trigger.
         *
         * @param bps 1..10000
         * @return this
         * @throws IllegalArgumentException when out of range
         */
        public Builder thresholdBps(final long bps) {
            thresholdBps = check("thresholdBps", bps, 1, 10_000);
            return this;
        }

        /**
         * Sets the order size.
         *
         * @param shares 1..10^9
         * @return this
         * @throws IllegalArgumentException when out of range
         */
        public Builder orderQuantity(final long shares) {
            orderQuantity = check("orderQuantity", shares, 1, 1_000_000_000L);
            return this;
        }

        /**
         * Sets the position cap.
         *
         * @param shares 1..10^12
         * @return this
         * @throws IllegalArgumentException when out of range
         */
        public Builder maxPosition(final long shares) {
            maxPosition = check("maxPosition", shares, 1, 1_000_000_000_000L);
            return this;
        }

        /**
         * Sets the widest spread traded.
         *
         * @param price positive Price raw
         * @return this
         * @throws IllegalArgumentException when not positive
         */
        public Builder maxSpread(final long price) {
            maxSpread = check("maxSpread", price, 1, Long.MAX_VALUE);
            return this;
        }

        /**
         * Sets the per-symbol cooldown.
         *
         * @param ns 0..1 hour
         * @return this
         * @throws IllegalArgumentException when out of range
         */
        public Builder cooldownNs(final long ns) {
            cooldownNs = check("cooldownNs", ns, 0, 3_600_000_000_000L);
            return this;
        }

        /**
         * Sets the order timeout.
         *
         * @param ns 1 us..1 hour
         * @return this
         * @throws IllegalArgumentException when out of range
         */
        public Builder orderTimeoutNs(final long ns) {
            orderTimeoutNs = check("orderTimeoutNs", ns, 1_000, 3_600_000_000_000L);
            return this;
        }

        /**
         * Builds the parameters.
         *
         * @return immutable parameters
         * @throws IllegalArgumentException when the order size exceeds the position cap
         */
        public ImbalanceParams build() {
            if (orderQuantity > maxPosition) {
                throw new IllegalArgumentException("orderQuantity (" + orderQuantity + ") must not exceed maxPosition ("
                    + maxPosition + ")");
            }
            return new ImbalanceParams(this);
        }

        private static long check(final String name, final long value, final long min, final long max) {
            if (value < min || value > max) {
                throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "], was " + value);
            }
            return value;
        }
    }
}
